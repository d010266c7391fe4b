import { Role } from '@throughline/shared';
import { UserEntity } from '../src/user/user.entity';
import { UserService } from '../src/user/user.service';
import { next } from './factories';
import { TestApp } from './test-app';

// Signing in over HTTP, as the web app does, for the session, throttling and first-run tests.

export const PASSWORD = 'correct horse battery staple';

/** POSTs JSON the way the web app does; `cookie` is a whole Cookie header. */
export function postJson(sut: TestApp, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return sut.anonymous.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export async function newUser(sut: TestApp, role = Role.EDITOR): Promise<UserEntity> {
  return sut.app.get(UserService).create({ email: `Person${next()}@Example.com`, name: `Person ${next()}`, role, password: PASSWORD });
}

/** The tl_session cookie set by `response`, as sent back in a Cookie header. */
export function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('tl_session='));
  if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
  return cookie.split(';')[0];
}
