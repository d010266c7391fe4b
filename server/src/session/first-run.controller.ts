import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorators';
import { FirstRunService } from '../user/first-run.service';
import { FirstAdminBody } from './auth-bodies';
import { setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';

/** With no account at all, the first visitor creates the first administrator (and is signed in). */
@Controller('auth/first-run')
export class FirstRunController {
  constructor(
    private readonly firstRun: FirstRunService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Get()
  async needed(): Promise<{ needed: boolean }> {
    return { needed: await this.firstRun.needed() };
  }

  /** 204 and a session cookie; 409 CONFLICT once any account exists. */
  @Public()
  @Post()
  @HttpCode(204)
  async createFirstAdmin(@Body() body: FirstAdminBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const admin = await this.firstRun.createFirstAdmin({ email: body.email, name: body.name, password: body.password });
    const session = await this.sessions.start(admin.id);
    setSessionCookie(req, res, session.secret, session.expiresAt);
  }
}
