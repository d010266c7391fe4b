/** Whether the server offers single sign-on (OpenID Connect), and the name its button shows. */
export interface SsoStatus {
  enabled: boolean;
  displayName: string | null;
}

const OFF: SsoStatus = { enabled: false, displayName: null };

/** GET /auth/oidc; off when the server cannot say (an older server, no connection). */
export async function ssoStatus(): Promise<SsoStatus> {
  const response = await fetch('/auth/oidc', { credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok) return OFF;
  const answer = (await response.json().catch(() => ({}))) as Partial<SsoStatus>;
  return answer.enabled === true ? { enabled: true, displayName: answer.displayName ?? null } : OFF;
}

/** Where the browser goes to sign in through the provider (a server route, not a page of the app). */
export function ssoSignInUrl(next: string): string {
  return next === '/' ? '/auth/oidc/login' : `/auth/oidc/login?${new URLSearchParams({ next })}`;
}
