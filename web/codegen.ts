import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the server's generated schema.gql; `npm run codegen -w web` after it changes.
const config: CodegenConfig = {
  schema: '../server/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        nonOptionalTypename: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
