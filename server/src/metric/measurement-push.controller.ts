import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { Role } from '@throughline/shared';
import { Requires } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../auth/caller';
import { assertUuid } from '../common/id-args';
import { parseMeasurementPoints } from './measurement-points';
import { MetricService } from './metric.service';

/**
 * POST /api/v1/metrics/{metricId}/measurements: a deploy pipeline's push, with an API token (or a
 * browser session with X-Requested-With, as the guard requires of every cookie request). Body: a
 * JSON array of {"at", "value"}, at most 10,000 points, upserted by instant, the whole batch or
 * nothing. Answers {"accepted": n}. Errors: the REST exception filter (common/rest-errors.ts).
 */
@Controller('api/v1/metrics')
export class MeasurementPushController {
  constructor(private readonly metricService: MetricService) {}

  @Requires(Role.EDITOR)
  @Post(':metricId/measurements')
  @HttpCode(HttpStatus.OK)
  async push(@Param('metricId') metricId: string, @Body() body: unknown, @CurrentActor() actor: Actor): Promise<{ accepted: number }> {
    assertUuid('metricId', metricId);
    const points = parseMeasurementPoints(body);
    const { accepted } = await this.metricService.recordMany(metricId, points, actor);
    return { accepted };
  }
}
