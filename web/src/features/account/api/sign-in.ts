import { authRequest } from './auth-request';

/** Starts a session (an HttpOnly cookie); throws AuthRequestError (UNAUTHENTICATED, RATE_LIMITED). */
export async function signIn(email: string, password: string): Promise<void> {
  await authRequest('/auth/login', { email, password });
}
