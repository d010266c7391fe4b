import type { Request, Response } from 'express';
import { SecretBox } from '../common/secret-box';
import { cookieOf, cookieOptions } from '../session/session-cookie';
import { SignInChecks } from './oidc-client';

/** A sign-in that has left for the provider: its checks and where to go afterwards. */
export interface PendingSignIn extends SignInChecks {
  next: string;
}

const COOKIE = 'tl_oidc';
// Only the callback needs it back.
const PATH = '/auth/oidc';
const CONTEXT = 'oidc-pending-sign-in';
/** Long enough to type a password and answer a second factor at the provider. */
const LIFETIME_MS = 10 * 60_000;

/**
 * Kept in the browser, sealed (AES-GCM with the server's secret key: unreadable and unforgeable)
 * and HttpOnly, so that any server process can finish the sign-in and nothing is stored server-side.
 */
export function setPendingSignIn(req: Request, res: Response, secrets: SecretBox, pending: PendingSignIn): void {
  const sealed = secrets.encrypt(JSON.stringify({ ...pending, expiresAt: Date.now() + LIFETIME_MS }), CONTEXT);
  res.cookie(COOKIE, sealed, { ...cookieOptions(req, PATH), maxAge: LIFETIME_MS });
}

/** The pending sign-in of this browser, or null when there is none, it expired or it was altered. Clears it: it is used once. */
export function takePendingSignIn(req: Request, res: Response, secrets: SecretBox): PendingSignIn | null {
  const sealed = cookieOf(req, COOKIE);
  res.clearCookie(COOKIE, cookieOptions(req, PATH));
  if (!sealed) return null;
  try {
    const { expiresAt, ...pending } = JSON.parse(secrets.decrypt(decodeURIComponent(sealed), CONTEXT)) as PendingSignIn & {
      expiresAt: number;
    };
    return expiresAt > Date.now() ? pending : null;
  } catch {
    return null;
  }
}
