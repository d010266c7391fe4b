import { authRequest } from './auth-request';

/** Whether the server has no account at all yet, so the first visitor creates the administrator. */
export async function firstRunNeeded(): Promise<boolean> {
  const response = await fetch('/auth/first-run', { credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok) return false;
  const answer = (await response.json().catch(() => ({}))) as { needed?: boolean };
  return answer.needed === true;
}

export interface FirstAdmin {
  email: string;
  name: string;
  password: string;
}

/** Creates the first ADMIN and signs them in; refused once any account exists. */
export async function createFirstAdmin(admin: FirstAdmin): Promise<void> {
  await authRequest('/auth/first-run', admin);
}
