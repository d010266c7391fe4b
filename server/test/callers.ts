import { Role } from '@throughline/shared';
import { UserEntity } from '../src/user/user.entity';
import { UserService } from '../src/user/user.service';
import { next } from './factories';
import { AnswerData, GraphQLResponse, TestApp } from './test-app';

// Calling the running test app as someone: a signed-in user (session cookie), a token, or nobody.

export const PASSWORD = 'correct horse battery staple';

/** How a request authenticates: a session cookie, a Bearer token, or neither (anonymous). */
export interface Credentials {
  cookie?: string;
  bearer?: string;
}

function headersOf(credentials: Credentials): Record<string, string> {
  return {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
    ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
  };
}

export function gqlAs<T = AnswerData>(
  sut: TestApp,
  credentials: Credentials,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return fetch(`${sut.baseUrl}/graphql`, {
    method: 'POST',
    headers: headersOf(credentials),
    body: JSON.stringify({ query, variables }),
  }).then((response) => response.json() as Promise<GraphQLResponse<T>>);
}

/** Like gqlAs, but fails on any error and returns `data`. */
export async function okAs<T = AnswerData>(
  sut: TestApp,
  credentials: Credentials,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await gqlAs<T>(sut, credentials, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** POSTs JSON to a REST route with no credentials but these headers (`cookie`, `x-forwarded-for`…). */
export function postJson(sut: TestApp, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sut.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The session cookie a 204 sign-in answer sets, as a Cookie header. */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('tl_session='));
  if (!cookie) throw new Error(`no session cookie in the answer (status ${response.status})`);
  return cookie.split(';')[0];
}

/** A new account with this role and the password PASSWORD, not signed in. */
export function newUser(sut: TestApp, role = Role.EDITOR, name = `${role} ${next()}`): Promise<UserEntity> {
  return sut.app.get(UserService).create({ email: `Person${next()}@Example.com`, name, role, password: PASSWORD });
}

export interface SignedIn extends Credentials {
  user: UserEntity;
}

/** A new account with this role and a password, signed in through POST /auth/login. */
export async function signedIn(sut: TestApp, role: Role, name?: string): Promise<SignedIn> {
  const user = await newUser(sut, role, name);
  const response = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD });
  return { user, cookie: sessionCookie(response) };
}
