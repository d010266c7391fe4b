import { authRequest } from './auth-request';

/** Sets the password of the account a one-time link was made for, and signs its owner in. */
export async function setPassword(token: string, password: string): Promise<void> {
  await authRequest('/auth/set-password', { token, password });
}
