import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Role } from '@throughline/shared';
import type { Request, Response } from 'express';
import { Public, Requires } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { SignInBody } from './auth-bodies';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

/** The client's address as Express sees it (behind proxies: as TRUST_PROXY allows). */
function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Sign-in and sign-out (JSON bodies; errors in the REST shape). */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
  ) {}

  /** 204 and a new session cookie; 401 for any wrong email or password; 429 after too many failures. */
  @Public()
  @Post('login')
  @HttpCode(204)
  async login(@Body() body: SignInBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const session = await this.signIn.signIn(body.email, body.password, clientAddress(req));
    // A new id at every sign-in: a session id planted before sign-in is worth nothing after it.
    const previous = sessionCookieOf(req);
    if (previous) await this.sessions.end(previous);
    setSessionCookie(req, res, session.secret, session.expiresAt);
  }

  /** Ends this browser's session, if any; public, so that a stale cookie can always be cleared. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const secret = sessionCookieOf(req);
    if (secret) await this.sessions.end(secret);
    clearSessionCookie(req, res);
  }

  /** Ends every session of the caller's account, this one included. */
  @Requires(Role.VIEWER)
  @Post('logout-everywhere')
  @HttpCode(204)
  async logoutEverywhere(@CurrentCaller() caller: Caller, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (caller.userId) await this.sessions.endAllOf(caller.userId);
    clearSessionCookie(req, res);
  }
}
