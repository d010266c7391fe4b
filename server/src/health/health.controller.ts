import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Public } from '../auth/access.decorators';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { readiness } from './readiness';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when the database answers, 503 when it does not (for load balancers and compose). */
  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: 'down' });
    }
  }

  /** Liveness: 200 whenever the process answers; an orchestrator restarts it when this stops. */
  @Public()
  @Get('live')
  live(): { status: 'alive' } {
    return { status: 'alive' };
  }

  /**
   * Readiness: 200 when the database answers and has every migration of this build, else 503
   * saying which is missing; an orchestrator sends no traffic until then, without restarting it.
   */
  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const answer = await readiness(this.dataSource);
    res.status(answer.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(answer);
  }
}
