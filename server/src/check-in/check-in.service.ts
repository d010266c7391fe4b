import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InitiativeStatus, todayIso } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { requireRow } from '../common/versioned-rows';
import { AppConfig, CONFIG } from '../config/config';
import { InitiativeStore } from '../initiative/initiative-store';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { CheckInStore } from './check-in-store';
import { CheckInEntity } from './check-in.entity';
import { CreateCheckInInput } from './check-in.inputs';
import { isStale, StalenessFacts } from './staleness';

export interface StaleInitiative {
  initiative: InitiativeEntity;
  latestCheckInAt: Date | null;
}

@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly initiatives: InitiativeStore,
    private readonly checkIns: CheckInStore,
  ) {}

  /** Posts it and gives the initiative its health, through the initiative's one write path (version bumped); both audited. */
  create(input: CreateCheckInInput, actor: Actor): Promise<CheckInEntity> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await requireRow(manager, InitiativeEntity, 'Initiative', input.initiativeId, 'input.initiativeId');
      const expectedEndDate = input.expectedEndDate ?? null;
      if (expectedEndDate && initiative.startDate && expectedEndDate < initiative.startDate) {
        throw DomainError.badInput('input.expectedEndDate', `${expectedEndDate} must not be before the startDate ${initiative.startDate}`);
      }
      const [checkIn] = await this.checkIns.insert(manager, actor, [
        { initiativeId: initiative.id, health: input.health, body: input.body, expectedEndDate },
      ]);
      await this.initiatives.update(manager, actor, ['health'], [{ id: initiative.id, values: { health: input.health } }], {
        onlyIfChanged: false,
      });
      return checkIn;
    });
  }

  /** Whether this initiative is stale today (CHECKIN_STALE_DAYS). */
  isStale(initiative: Omit<StalenessFacts, 'latestCheckInAt'>, latestCheckInAt: Date | null): boolean {
    return isStale(
      { status: initiative.status, startDate: initiative.startDate, latestCheckInAt },
      todayIso(),
      this.config.checkInStaleDays,
    );
  }

  /** The stale initiatives, longest without an update first: in-progress work with its latest check-in, one statement. */
  async stale(): Promise<StaleInitiative[]> {
    const rows: Array<{ id: string; latestCheckInAt: Date | null }> = await this.dataSource.query(
      `SELECT i.id, max(c.created_at) AS "latestCheckInAt"
         FROM initiative i LEFT JOIN check_in c ON c.initiative_id = i.id
        WHERE i.status = $1 GROUP BY i.id`,
      [InitiativeStatus.IN_PROGRESS],
    );
    const latest = new Map(rows.map((row) => [row.id, row.latestCheckInAt]));
    const initiatives = await this.dataSource.getRepository(InitiativeEntity).findBy({ status: InitiativeStatus.IN_PROGRESS });
    return initiatives
      .map((initiative) => ({ initiative, latestCheckInAt: latest.get(initiative.id) ?? null }))
      .filter(({ initiative, latestCheckInAt }) => this.isStale(initiative, latestCheckInAt))
      .sort((a, b) => sinceOf(a).localeCompare(sinceOf(b)) || a.initiative.key.localeCompare(b.initiative.key, 'en', { numeric: true }));
  }
}

function sinceOf({ initiative, latestCheckInAt }: StaleInitiative): string {
  return latestCheckInAt ? latestCheckInAt.toISOString() : initiative.startDate!;
}
