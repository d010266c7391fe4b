import { authRequest } from './auth-request';

/** Ends this session, or with `everywhere` every session of the user (other browsers too). */
export async function signOut({ everywhere = false } = {}): Promise<void> {
  await authRequest(everywhere ? '/auth/logout-everywhere' : '/auth/logout');
}
