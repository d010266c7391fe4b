import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ErrorCode, safeNext, SsoError } from '@throughline/shared';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorators';
import { DomainError } from '../common/domain-error';
import { requestIdOf } from '../common/request-id';
import { SecretBox } from '../common/secret-box';
import { AppConfig, CONFIG } from '../config/config';
import { SessionService } from '../session/session.service';
import { sessionCookieOf, setSessionCookie } from '../session/session-cookie';
import { OidcSignInService } from './oidc-sign-in.service';
import { setPendingSignIn, takePendingSignIn } from './pending-sign-in';

/** What the sign-in page needs to know: whether to offer single sign-on, and under which name. */
export interface OidcStatus {
  enabled: boolean;
  displayName: string | null;
}

/** The web app's sign-in page, telling why single sign-on failed and keeping where the user was going. */
function signInPage(error: SsoError, next: string): string {
  const query = new URLSearchParams({ sso_error: error });
  if (next !== '/') query.set('next', next);
  return `/sign-in?${query}`;
}

/** Sign-in through an OpenID Connect provider (authorization code with PKCE), when OIDC_ISSUER_URL is set. */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly signIn: OidcSignInService,
    private readonly sessions: SessionService,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  private assertOn(): void {
    if (!this.config.oidc) throw new DomainError(ErrorCode.NOT_FOUND, 'Single sign-on is not configured on this server (OIDC_ISSUER_URL)');
  }

  @Public()
  @Get()
  status(): OidcStatus {
    return { enabled: this.config.oidc !== null, displayName: this.config.oidc?.displayName ?? null };
  }

  /** Sends the browser to the provider; `?next=` (a path of this app) is where it lands once signed in. */
  @Public()
  @Get('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertOn();
    const next = safeNext(typeof req.query.next === 'string' ? req.query.next : null);
    const begun = await this.signIn.begin(next);
    if ('error' in begun) return res.redirect(302, signInPage(begun.error, next));
    setPendingSignIn(req, res, this.secrets, begun.pending);
    res.redirect(302, begun.url);
  }

  /** The provider sends the browser back here: a session and the page it was going to, or the sign-in page saying why not. */
  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertOn();
    const pending = takePendingSignIn(req, res, this.secrets);
    const query = new URLSearchParams(req.originalUrl.slice(req.originalUrl.indexOf('?') + 1 || req.originalUrl.length));
    const outcome = await this.signIn.complete(query, pending, requestIdOf(req));
    const next = pending?.next ?? '/';
    if ('error' in outcome) return res.redirect(302, signInPage(outcome.error, next));
    // A new id at every sign-in, as with a password: a session planted before it is worth nothing after it.
    const previous = sessionCookieOf(req);
    if (previous) await this.sessions.end(previous);
    setSessionCookie(req, res, outcome.session.secret, outcome.session.expiresAt);
    res.redirect(302, next);
  }
}
