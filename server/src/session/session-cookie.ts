import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'tl_session';

/** The session cookie's value in this request, if any. */
export function sessionCookieOf(req: Request): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === SESSION_COOKIE) return pair.slice(at + 1).trim();
  }
  return undefined;
}

// Lax: sent when following a link to the app, not with cross-site POSTs. Secure whenever the
// request came over https (behind a proxy, as TRUST_PROXY lets Express tell).
function options(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}

export function setSessionCookie(req: Request, res: Response, value: string, expires: Date): void {
  res.cookie(SESSION_COOKIE, value, { ...options(req), expires });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, options(req));
}
