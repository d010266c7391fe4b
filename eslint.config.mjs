import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'web/src/gql/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  webBoundaries(),
  serverBoundaries(),
);

/**
 * The web app's layers (STYLE.md): a feature imports no other feature (what several use lives in
 * components/ or lib/, or is composed in app/); components/ and lib/ know no feature; nothing
 * imports app/. Plus no import cycles.
 */
function webBoundaries() {
  const src = './web/src';
  const features = readdirSync(new URL('web/src/features', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const zones = [
    ...features.map((feature) => ({
      target: `${src}/features/${feature}`,
      from: `${src}/features`,
      except: [`./${feature}`],
      message: 'A feature imports no other feature: move what both use to components/ or lib/, or compose them in app/.',
    })),
    { target: [`${src}/components`, `${src}/lib`], from: `${src}/features`, message: 'components/ and lib/ know no feature.' },
    {
      target: [`${src}/components`, `${src}/lib`, `${src}/features`],
      from: `${src}/app`,
      message: 'Only app/ composes; nothing imports it.',
    },
  ];
  return {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  };
}

/**
 * The server's boundaries (STYLE.md, "Features talk through what they export"). A feature is a
 * folder of server/src other than the shared layers (common, config, database, web) and the
 * benchmark tooling (bench). Another feature may import only what a feature exports:
 * - its module (`*.module.ts`) and the providers the module exports (`*.service.ts`, `*-store.ts`),
 * - its data shapes (`*.entity.ts`, `*.model.ts`, `*.inputs.ts`) and its loaders (`*.loaders.ts`,
 *   `*.loader.ts`);
 * - plus the few helpers named in SHARED_HELPERS, each with why another feature needs it.
 * Everything else (resolvers, rules, internal helpers, sub-folders' internals) is the feature's own.
 * `common/` imports no feature. Plus no import cycles.
 */
function serverBoundaries() {
  const src = './server/src';
  const layers = new Set(['common', 'config', 'database', 'web', 'bench']);
  const features = readdirSync(new URL('server/src', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !layers.has(entry.name))
    .map((entry) => entry.name);
  const root = `${import.meta.dirname}/server/src`;
  const SHARED_HELPERS = {
    // The dependency edge type and the one cycle check: the Jira sync, the seed and the roadmap read edges.
    initiative: ['dependency-graph', 'initiative-filter', 'initiative-order'],
    // The window SQL that the alignment view shares with the roadmap; its conflict rule, which the forecast follows.
    roadmap: ['window-queries', 'schedule-conflict'],
    // The one order of every list of risks (inherited risks too).
    risk: ['risk-order'],
    // Every resolver and controller declares its role and reads its caller (auth/ is the access layer).
    auth: ['caller', 'access.decorators'],
    // The auth guard reads the session cookie.
    session: ['session-cookie'],
    // Every writer records its changes in the audit trail, in its own transaction.
    audit: ['audit-log'],
    // The role matrix shows which queries a share link answers.
    'share-link': ['shared-view-operations'],
  };
  const exported = (feature) => [
    `${root}/${feature}/**/*.{module,service,entity,model,inputs,loaders,loader}.ts`,
    `${root}/${feature}/**/*-store.ts`,
    // An extglob, as the rule wants only globs here.
    ...(SHARED_HELPERS[feature] ?? []).map((name) => `${root}/${feature}/@(${name}).ts`),
  ];
  const zones = [
    { target: `${src}/common`, from: features.map((feature) => `${src}/${feature}`), message: 'common/ knows no feature.' },
    ...features.map((feature) => ({
      target: features.filter((other) => other !== feature).map((other) => `${src}/${other}`),
      from: `${root}/${feature}/**`,
      except: exported(feature),
      message: `Import only what ${feature}/ exports (module, exported providers, entities, models, inputs, loaders): see serverBoundaries() in eslint.config.mjs.`,
    })),
  ];
  return {
    files: ['server/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  };
}
