import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Request } from 'express';
import { sessionCookieOf } from '../session/session-cookie';
import { SessionService } from '../session/session.service';
import { BEARER_AUTHENTICATOR, BearerAuthenticator } from './bearer-authenticator';
import { Caller, WithCaller } from './caller';
import { SHARE_LINK_AUTHENTICATOR, SHARE_LINK_HEADER, ShareLinkAuthenticator } from './share-link-authenticator';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Finds who is calling: an API token when the request has `Authorization: Bearer` (and then only
 * the token counts), else a share link when it has `X-Share-Link` (only the link counts: a signed-in
 * browser opening a shared view sees what the link shows), else the session cookie. Once per request: a GraphQL request with several
 * root fields passes the guard once per field, in parallel.
 */
@Injectable()
export class CallerResolver {
  private readonly resolved = new WeakMap<Request, Promise<Caller | null>>();

  constructor(
    private readonly sessions: SessionService,
    @Optional() @Inject(BEARER_AUTHENTICATOR) private readonly tokens?: BearerAuthenticator,
    @Optional() @Inject(SHARE_LINK_AUTHENTICATOR) private readonly shareLinks?: ShareLinkAuthenticator,
  ) {}

  /** The caller of `req` (also left on it as `req.caller`), or null when nobody valid is calling. */
  callerOf(req: Request & WithCaller): Promise<Caller | null> {
    let caller = this.resolved.get(req);
    if (!caller) {
      caller = this.resolve(req).then((found) => {
        req.caller = found ?? undefined;
        return found;
      });
      this.resolved.set(req, caller);
    }
    return caller;
  }

  private async resolve(req: Request): Promise<Caller | null> {
    const authorization = req.headers.authorization;
    if (authorization) {
      const raw = BEARER.exec(authorization)?.[1];
      return raw && this.tokens ? this.tokens.authenticate(raw) : null;
    }
    const shared = req.headers[SHARE_LINK_HEADER];
    if (shared !== undefined) return typeof shared === 'string' && this.shareLinks ? this.shareLinks.authenticate(shared.trim()) : null;
    const secret = sessionCookieOf(req);
    return secret ? this.sessions.callerOf(secret) : null;
  }
}
