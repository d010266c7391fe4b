import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { requireRow } from '../../common/versioned-rows';
import { InitiativeStore } from '../../initiative/initiative-store';
import { InitiativeEntity } from '../../initiative/initiative.entity';
import { SetOutcomeWindowsInput } from './outcome-windows.inputs';

@Injectable()
export class OutcomeWindowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: InitiativeStore,
  ) {}

  /** Sets a link's windows through the initiative store: NOT_FOUND for an unknown initiative or a metric it does not move, CONFLICT for a stale version. */
  set(input: SetOutcomeWindowsInput, actor: Actor): Promise<void> {
    const windows = { preDays: input.preDays ?? null, settleDays: input.settleDays ?? null, postDays: input.postDays ?? null };
    return this.dataSource.transaction(async (manager) => {
      await requireRow(manager, InitiativeEntity, 'Initiative', input.initiativeId, 'input.initiativeId');
      const result = await this.store.setMetricWindows(manager, actor, { ...input, windows });
      if (result === 'not-linked') {
        throw DomainError.badInput('input.metricId', 'is not a metric this initiative should move: link it to the initiative first');
      }
      if (result === 'stale') throw DomainError.conflict('Initiative', input.initiativeId);
    });
  }
}
