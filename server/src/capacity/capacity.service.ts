import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, ErrorCode, InitiativeStatus, quarterOf as quarterContaining, quartersCovering, TeamShare } from '@throughline/shared';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/caller';
import { assertWindow, DateWindow } from '../common/date-window';
import { DomainError } from '../common/domain-error';
import { requireRow } from '../common/versioned-rows';
import { AppConfig, CONFIG } from '../config/config';
import { Loaders } from '../graphql-context';
import { AllocationStore } from '../initiative/allocation-store';
import { CapacityStore } from './capacity-store';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { initiativesInWindow } from '../roadmap/window-queries';
import { TeamEntity } from '../team/team.entity';
import { AllocationInput } from './capacity.inputs';
import { assertWeeks, checkedShares, quarterOf } from './capacity-input';
import { buildPlan, cellKey } from './capacity-plan';
import { CapacityPlanModel } from './capacity.model';

/** Request-scoped memo: one plan per window and one allocation loader per GraphQL request. */
interface RequestMemo {
  plans: Map<string, Promise<CapacityPlanModel>>;
  allocations: DataLoader<string, TeamShare[]>;
}

/**
 * Team capacity per fiscal quarter, initiative allocations, and the load they make. A plan is
 * four statements for the whole org whatever its size (teams, the work that may load the
 * quarters, its allocations, the capacities), computed once per window per request, so
 * `Team.capacity` over every team costs what `Query.capacity` does.
 */
@Injectable()
export class CapacityService {
  private readonly memos = new WeakMap<Loaders, RequestMemo>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly allocationStore: AllocationStore,
    private readonly capacityStore: CapacityStore,
  ) {}

  plan(window: DateWindow, loaders: Loaders): Promise<CapacityPlanModel> {
    assertWindow(window);
    const plans = this.memoOf(loaders).plans;
    const key = `${window.from} ${window.to}`;
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = this.computePlan(window, loaders)));
    return plan;
  }

  /** The initiative's allocations as stored (shares as given), one statement per batch of initiatives. */
  storedAllocations(initiativeId: string, loaders: Loaders): Promise<TeamShare[]> {
    return this.memoOf(loaders).allocations.load(initiativeId);
  }

  async setTeamCapacity(teamId: string, label: string, weeks: number | null, actor: Actor): Promise<TeamEntity> {
    const period = quarterOf(label, this.config.fiscalYearStartMonth).label;
    if (weeks !== null) assertWeeks(weeks);
    return this.dataSource.transaction(async (manager) => {
      const team = await requireRow(manager, TeamEntity, 'Team', teamId, 'teamId');
      await this.capacityStore.write(manager, actor, [{ teamId, period, weeks }]);
      return team;
    });
  }

  /**
   * Copies every team's capacity of `label` into the quarter after it; a team that has one there
   * already keeps it unless `overwrite`. Returns the teams written, by key.
   */
  async copyForward(label: string, overwrite: boolean, actor: Actor): Promise<TeamEntity[]> {
    const from = quarterOf(label, this.config.fiscalYearStartMonth);
    const to = quarterContaining(addDays(from.end, 1), this.config.fiscalYearStartMonth).label;
    return this.dataSource.transaction(async (manager) => {
      const source: Array<{ teamId: string; weeks: number }> = await manager.query(
        `SELECT team_id AS "teamId", weeks FROM team_capacity WHERE period = $1 ORDER BY team_id FOR SHARE`,
        [from.label],
      );
      const existing = new Set(
        (await manager.query(`SELECT team_id AS "teamId" FROM team_capacity WHERE period = $1`, [to])).map(
          (row: { teamId: string }) => row.teamId,
        ),
      );
      const rows = source
        .filter((row) => overwrite || !existing.has(row.teamId))
        .map((row) => ({ teamId: row.teamId, period: to, weeks: row.weeks }));
      await this.capacityStore.write(manager, actor, rows);
      if (!rows.length) return [];
      return manager.getRepository(TeamEntity).find({ where: rows.map((row) => ({ id: row.teamId })), order: { key: 'ASC' } });
    });
  }

  /** Replaces the initiative's allocations at `version`; the teams must be its own and the shares sum to 1. */
  async setAllocations(initiativeId: string, version: number, allocations: AllocationInput[], actor: Actor): Promise<InitiativeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const initiative = await requireRow(manager, InitiativeEntity, 'Initiative', initiativeId, 'initiativeId');
      const teamRows: Array<{ teamId: string }> = await manager.query(
        `SELECT team_id AS "teamId" FROM initiative_team WHERE initiative_id = $1`,
        [initiativeId],
      );
      const shares = checkedShares(allocations, new Set(teamRows.map((row) => row.teamId)), initiative.key);
      if (initiative.version !== version || !(await this.allocationStore.set(manager, actor, initiativeId, version, shares))) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `version: initiative ${initiative.key} was changed by someone else since you loaded it; reload and apply your change again`,
          { field: 'version' },
        );
      }
      return manager.findOneByOrFail(InitiativeEntity, { id: initiativeId });
    });
  }

  private async computePlan({ from, to }: DateWindow, loaders: Loaders): Promise<CapacityPlanModel> {
    const periods = quartersCovering(from, to, this.config.fiscalYearStartMonth);
    const span = { from: periods[0].start, to: periods[periods.length - 1].end };
    const [teams, initiatives, allocationRows, capacityRows] = await Promise.all([
      this.dataSource.getRepository(TeamEntity).find({ order: { key: 'ASC' } }),
      initiativesInWindow(this.dataSource, span, { excludeStatuses: [InitiativeStatus.DONE, InitiativeStatus.CANCELLED] }),
      this.dataSource.query(
        `SELECT a.initiative_id AS "initiativeId", a.team_id AS "teamId", a.share FROM initiative_allocation a
           JOIN initiative i ON i.id = a.initiative_id
          WHERE i.start_date <= $2 AND i.end_date >= $1 AND i.status NOT IN ('DONE', 'CANCELLED')`,
        [span.from, span.to],
      ) as Promise<Array<TeamShare & { initiativeId: string }>>,
      this.dataSource.query(`SELECT team_id AS "teamId", period, weeks FROM team_capacity WHERE period = ANY($1::varchar[])`, [
        periods.map((period) => period.label),
      ]) as Promise<Array<{ teamId: string; period: string; weeks: number }>>,
    ]);
    for (const team of teams) loaders.team.prime(team.id, team);
    for (const initiative of initiatives) loaders.initiative.prime(initiative.id, initiative);
    const allocationsOf = new Map<string, TeamShare[]>();
    for (const { initiativeId, teamId, share } of allocationRows) {
      const list = allocationsOf.get(initiativeId) ?? [];
      list.push({ teamId, share });
      allocationsOf.set(initiativeId, list);
    }
    const capacityOf = new Map(capacityRows.map((row) => [cellKey(row.teamId, row.period), row.weeks]));
    return buildPlan({ periods, teams, initiatives, allocationsOf, capacityOf });
  }

  private memoOf(loaders: Loaders): RequestMemo {
    let memo = this.memos.get(loaders);
    if (!memo) {
      memo = { plans: new Map(), allocations: this.allocationLoader() };
      this.memos.set(loaders, memo);
    }
    return memo;
  }

  private allocationLoader(): DataLoader<string, TeamShare[]> {
    return new DataLoader(async (ids) => {
      const rows: Array<TeamShare & { initiativeId: string }> = await this.dataSource.query(
        `SELECT initiative_id AS "initiativeId", team_id AS "teamId", share FROM initiative_allocation WHERE initiative_id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const groups = new Map<string, TeamShare[]>(ids.map((id) => [id, []]));
      for (const { initiativeId, teamId, share } of rows) groups.get(initiativeId)!.push({ teamId, share });
      return ids.map((id) => groups.get(id)!);
    });
  }
}
