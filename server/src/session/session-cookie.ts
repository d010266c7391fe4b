import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'tl_session';

/** The value of the cookie `name` in this request, as sent (not URL-decoded), if any. */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/** The session cookie's value in this request, if any. */
export function sessionCookieOf(req: Request): string | undefined {
  return cookieOf(req, SESSION_COOKIE);
}

// Lax: sent when following a link to the app, not with cross-site POSTs. Secure whenever the
// request came over https (behind a proxy, as TRUST_PROXY lets Express tell). Also the options of
// the other sign-in cookies (OpenID Connect's pending sign-in), on their own path.
export function cookieOptions(req: Request, path = '/'): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path };
}

export function setSessionCookie(req: Request, res: Response, value: string, expires: Date): void {
  res.cookie(SESSION_COOKIE, value, { ...cookieOptions(req), expires });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
