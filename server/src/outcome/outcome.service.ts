import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InitiativeStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';

/** One (initiative, metric) pair whose outcome is asked for. */
export interface OutcomeKey {
  initiativeId: string;
  metricId: string;
}

@Injectable()
export class OutcomeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The (initiative, metric) pairs of work done and ended within [from, to]: by end date, key, then metric name. */
  async endedWithin(from: string, to: string): Promise<OutcomeKey[]> {
    const rows: Array<{ initiative_id: string; metric_id: string }> = await this.dataSource.query(
      `SELECT im.initiative_id, im.metric_id FROM initiative_metric im
         JOIN initiative i ON i.id = im.initiative_id
         JOIN metric m ON m.id = im.metric_id
        WHERE i.status = $1 AND i.end_date BETWEEN $2 AND $3
        ORDER BY i.end_date, i.key, m.name, m.id`,
      [InitiativeStatus.DONE, from, to],
    );
    return rows.map((row) => ({ initiativeId: row.initiative_id, metricId: row.metric_id }));
  }
}
