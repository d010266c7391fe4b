import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { LIMITS } from '@throughline/shared';
import type { Request, Response } from 'express';
import { IsString, MaxLength } from 'class-validator';
import { Public } from '../auth/access.decorators';
import { SetPasswordLinkService } from '../user/set-password-link.service';
import { sessionCookieOf, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';

export class SetPasswordBody {
  // The link's secret; its shape is checked where it is used, with the same answer as an unknown one.
  @IsString({ message: 'token must be text' })
  @MaxLength(100, { message: 'token must be at most 100 characters' })
  token: string;

  @IsString({ message: 'password must be text' })
  @MaxLength(LIMITS.password.max, { message: `password must be at most ${LIMITS.password.max} characters` })
  password: string;
}

/** A new account's one-time set-password link, as the web app's /set-password page posts it. */
@Controller('auth')
export class SetPasswordController {
  constructor(
    private readonly links: SetPasswordLinkService,
    private readonly sessions: SessionService,
  ) {}

  /** 204 and a session cookie: the password is set and its owner signed in. A used, expired or unknown link: 400. */
  @Public()
  @Post('set-password')
  @HttpCode(204)
  async setPassword(@Body() body: SetPasswordBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const userId = await this.links.use(body.token, body.password);
    const previous = sessionCookieOf(req);
    if (previous) await this.sessions.end(previous);
    const session = await this.sessions.start(userId);
    setSessionCookie(req, res, session.secret, session.expiresAt);
  }
}
