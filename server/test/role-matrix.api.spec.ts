import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role, SharedView } from '@throughline/shared';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLScalarType,
  isListType,
  isNonNullType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../src/app.module';
import { declaredOperations, Operation } from '../src/auth/declared-operations';
import { allows, MATRIX_CALLERS, MatrixCaller, roleMatrixTable, tableInReadme } from '../src/auth/role-matrix';
import { loadConfig, REPO_ROOT } from '../src/config/config';
import { SessionService } from '../src/session/session.service';
import { SHARED_VIEW_OPERATIONS } from '../src/share-link/shared-view-operations';
import { MISSING_ID } from './graphql-helpers';
import { sharedViewRequest, shareLinkOf } from './share-links';
import { useTestApp } from './test-app';

const OPERATIONS = declaredOperations(AppModule.forRoot(loadConfig({}), 'postgres://unused'));

/** A dummy value of an input type: what matters is whether the guard lets the request through. */
function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return `[${dummy(type.ofType)}]`;
  const named = getNamedType(type);
  // The lowest role: a token or account asked for at VIEWER is within every caller's own role.
  if (named instanceof GraphQLEnumType) return named.name === 'Role' ? 'VIEWER' : named.getValues()[0].name;
  if (named instanceof GraphQLInputObjectType)
    return `{ ${Object.values(named.getFields())
      .filter((field) => isNonNullType(field.type))
      .map((field) => `${field.name}: ${dummy(field.type)}`)
      .join(', ')} }`;
  const scalars: Record<string, string> = { ID: `"${MISSING_ID}"`, Int: '1', Float: '1', Boolean: 'false', Date: '"2027-01-01"' };
  return scalars[(named as GraphQLScalarType).name] ?? (named.name === 'DateTime' ? '"2027-01-01T00:00:00Z"' : '"x"');
}

function documentOf(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${dummy(arg.type)}`);
  const selection = getNamedType(field.type) instanceof GraphQLObjectType ? ' { __typename }' : '';
  return `${kind === 'Query' ? 'query' : 'mutation'} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describe('roles on every operation', () => {
  const sut = useTestApp();
  const schema = () => sut.app.get(GraphQLSchemaHost).schema;
  const key = (op: Pick<Operation, 'kind' | 'name'>) => `${op.kind} ${op.name}`;

  it('has a declaration on every Query and Mutation field of the schema and every REST route (default deny)', () => {
    const declared = new Map(OPERATIONS.map((op) => [key(op), op.access]));
    const fields = (['Query', 'Mutation'] as const).flatMap((kind) =>
      Object.keys(schema().getType(kind) instanceof GraphQLObjectType ? (schema().getType(kind) as GraphQLObjectType).getFields() : {}).map(
        (name) => ({ kind, name }),
      ),
    );
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((field) => !declared.get(key(field))).map(key)).toEqual([]);
    const rest = OPERATIONS.filter((op) => op.kind === 'REST');
    expect(rest.map((op) => op.name)).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'GET /health',
        'GET /health/live',
        'GET /health/ready',
        'POST /api/jira/import-csv',
        'POST /api/v1/metrics/:metricId/measurements',
        'GET /api/v1/decisions/export',
        'POST /api/v1/decisions/import',
        'GET /auth/oidc',
        'GET /auth/oidc/login',
        'GET /auth/oidc/callback',
      ]),
    );
    expect(rest.filter((op) => !op.access).map((op) => op.name)).toEqual([]);
  });

  it('answers each operation as declared: anonymous UNAUTHENTICATED, a lower role FORBIDDEN, others let through', async () => {
    const sessions = sut.app.get(SessionService);
    const users = new Map<MatrixCaller, string>();
    for (const role of [Role.VIEWER, Role.EDITOR, Role.ADMIN]) users.set(role, (await sut.userOf(role)).id);
    // A fresh session per request: some operations end sessions (logout everywhere).
    const cookieOf = async (caller: MatrixCaller) =>
      caller === 'anonymous' || caller === 'share link' ? undefined : `tl_session=${(await sessions.start(users.get(caller)!)).secret}`;
    // A link of each view; the share link asks the matrix's dummy document, or (for the queries a
    // view answers) that view's own document with the link's params.
    const links = {
      [SharedView.ROADMAP]: await shareLinkOf(sut, SharedView.ROADMAP, 'from=2027-01-01&to=2027-12-31'),
      [SharedView.ALIGNMENT]: await shareLinkOf(sut, SharedView.ALIGNMENT, 'fy=2027'),
    };
    const viewOf = (field: string) =>
      (Object.keys(SHARED_VIEW_OPERATIONS) as SharedView[]).find((view) =>
        Object.values(SHARED_VIEW_OPERATIONS[view]).some((operation) => operation.rootField === field),
      );

    async function outcome(op: Operation, caller: MatrixCaller): Promise<'UNAUTHENTICATED' | 'FORBIDDEN' | 'through'> {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' };
      const cookie = await cookieOf(caller);
      if (cookie) headers.cookie = cookie;
      const view = caller === 'share link' && op.kind !== 'REST' ? viewOf(op.name) : undefined;
      if (caller === 'share link') headers['x-share-link'] = links[view ?? SharedView.ROADMAP].secret;
      if (op.kind === 'REST') {
        const [method, path] = op.name.split(' ');
        const response = await sut.anonymous.fetch(path, { method, headers, body: method === 'GET' ? undefined : '{}' });
        await response.arrayBuffer();
        return response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'through';
      }
      const field = (schema().getType(op.kind) as GraphQLObjectType).getFields()[op.name];
      const body = view ? sharedViewRequest(links[view], op.name) : { query: documentOf(op.kind, field) };
      const response = await sut.anonymous.fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
      const codes = (((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? []).map(
        (e) => e.extensions?.code,
      );
      return codes.includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : codes.includes('FORBIDDEN') ? 'FORBIDDEN' : 'through';
    }

    const mismatches: string[] = [];
    for (const op of OPERATIONS) {
      for (const caller of MATRIX_CALLERS) {
        const expected = allows(op, caller) ? 'through' : ['anonymous', 'share link'].includes(caller) ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const actual = await outcome(op, caller);
        if (actual !== expected) mismatches.push(`${key(op)} as ${caller}: expected ${expected}, got ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('is in README.md exactly as the code declares it (npm run docs:roles -w server rewrites it)', () => {
    const readme = readFileSync(resolve(REPO_ROOT, 'README.md'), 'utf8');
    expect(tableInReadme(readme)).toBe(roleMatrixTable(OPERATIONS));
  });
});
