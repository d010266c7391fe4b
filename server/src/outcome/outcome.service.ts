import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InitiativeStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { applyInitiativeFilter } from '../initiative/initiative-filter';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { InitiativeFilter } from '../initiative/initiative.inputs';

/** One (initiative, metric) pair whose outcome is asked for. */
export interface OutcomeKey {
  initiativeId: string;
  metricId: string;
}

@Injectable()
export class OutcomeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The (initiative, metric) pairs of work done and ended within [from, to] that `filter` selects: by end date, key, then metric name. */
  endedWithin(from: string, to: string, filter?: InitiativeFilter | null): Promise<OutcomeKey[]> {
    const query = this.dataSource
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .select('im.initiative_id', 'initiativeId')
      .addSelect('im.metric_id', 'metricId')
      .innerJoin('initiative_metric', 'im', 'im.initiative_id = i.id')
      .innerJoin('metric', 'm', 'm.id = im.metric_id')
      .where('i.status = :done AND i.end_date BETWEEN :from AND :to', { done: InitiativeStatus.DONE, from, to });
    applyInitiativeFilter(query, filter);
    return query.orderBy('i.end_date').addOrderBy('i.key').addOrderBy('m.name').addOrderBy('m.id').getRawMany<OutcomeKey>();
  }
}
