/** Where to go after signing in: a path of this app from `?next=`, else the roadmap. */
export function safeNext(next: string | null | undefined): string {
  // Only a path on this origin: "//evil.example", "/\evil.example" (browsers read "\" as "/") or
  // "https://…" would leave the app; control characters have no place in a path.
  if (!next || !next.startsWith('/') || next.length > 2000) return '/';
  const control = [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  return /^\/[/\\]/.test(next) || control ? '/' : next;
}

/** Why a sign-in through the OpenID provider came back refused: `?sso_error=` on the sign-in page. */
export enum SsoError {
  /** The provider is unreachable or misconfigured. */
  UNAVAILABLE = 'unavailable',
  /** The sign-in started elsewhere (another tab), took too long, or its state did not match. */
  EXPIRED = 'expired',
  /** The provider refused (the user cancelled, or has no access to this app there). */
  PROVIDER_REFUSED = 'provider_refused',
  /** The provider's answer did not check out (nonce, PKCE, signature, token). */
  FAILED = 'failed',
  UNVERIFIED_EMAIL = 'unverified_email',
  DOMAIN_NOT_ALLOWED = 'domain_not_allowed',
  DEACTIVATED = 'deactivated',
}

export const SSO_ERROR_MESSAGES: Record<SsoError, string> = {
  [SsoError.UNAVAILABLE]: 'Single sign-on is not reachable right now. Try again later, or ask an administrator.',
  [SsoError.EXPIRED]: 'The sign-in took too long or was started again in another tab. Try again.',
  [SsoError.PROVIDER_REFUSED]: 'Your identity provider did not sign you in to Throughline.',
  [SsoError.FAILED]: 'The answer of your identity provider could not be verified. Try again.',
  [SsoError.UNVERIFIED_EMAIL]: 'Your identity provider has not verified your email address, so Throughline cannot sign you in with it.',
  [SsoError.DOMAIN_NOT_ALLOWED]: 'Accounts with your email domain may not sign in to Throughline. Ask an administrator.',
  [SsoError.DEACTIVATED]: 'Your Throughline account is deactivated. Ask an administrator.',
};

/** The message of `?sso_error=`, or null when there is none (an unknown value gets the generic one). */
export function ssoErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return SSO_ERROR_MESSAGES[code as SsoError] ?? SSO_ERROR_MESSAGES[SsoError.FAILED];
}
