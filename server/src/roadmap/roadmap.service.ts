import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { quartersCovering, RoadmapGroupBy } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Loaders } from '../graphql-context';
import { AppConfig, CONFIG } from '../config/config';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { InitiativeModel } from '../initiative/initiative.model';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { isPresent } from '../common/collections';
import { lanesByGoal, lanesByStatus, lanesByTeam } from './roadmap-lanes';
import { RoadmapLaneModel, RoadmapModel } from './roadmap.model';
import { assertWindow, DateWindow } from '../common/date-window';
import { dependencyPositionsInWindow, goalIdsOf, initiativesInWindow } from './window-queries';
import { CompactShape, conflictsAt, dependenciesAt } from './compact-roadmap';

export interface RoadmapRequest extends DateWindow {
  groupBy: RoadmapGroupBy;
  filter?: InitiativeFilter | null;
  /**
   * The names of the fields the client selects (anywhere below `roadmap`): the initiatives' columns of
   * other names are not read, but for those the roadmap itself needs. Absent: every column.
   */
  fields?: ReadonlySet<string>;
}

/** What the roadmap reads of every initiative whatever is asked: identity, dates (conflicts), lanes. */
const NEEDED_COLUMNS = new Set<string>(['id', 'key', 'startDate', 'endDate', 'status', 'leadTeamId']);

/**
 * Builds a roadmap in a fixed number of statements whatever its size: the initiatives and the
 * dependencies of the window (side by side), then the lane titles, each in one query. Rows read whole and
 * the titles are primed into the request's loaders, so the fields a client asks of them batch instead of re-querying.
 */
@Injectable()
export class RoadmapService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async roadmap(request: RoadmapRequest, loaders: Loaders): Promise<RoadmapModel> {
    assertWindow(request);
    const { from, to } = request;
    const omit = this.unaskedColumns(request.fields);
    // The dependencies come beside the initiatives, already as positions among them.
    const [rows, dependencyIndexes] = await Promise.all([
      initiativesInWindow(this.dataSource, request, { filter: request.filter, omit }),
      dependencyPositionsInWindow(this.dataSource, request, { filter: request.filter }),
    ]);
    // Rows missing columns would answer a later load of the same initiative wrongly.
    if (!omit.length) for (const row of rows) loaders.initiative.prime(row.id, row);
    const lanes = await this.lanes(request.groupBy, rows, loaders);
    const compact: CompactShape = { bars: rows, lanes, dependencyIndexes, dependencyConflicts: conflictsAt(rows, dependencyIndexes) };
    const periods = quartersCovering(from, to, this.config.fiscalYearStartMonth);
    return {
      from,
      to,
      periods,
      ...compact,
      // Made only when asked (the web asks the compact shape): 10,000 objects for nothing otherwise.
      get dependencies() {
        return dependenciesAt(rows, compact);
      },
    };
  }

  /** The initiative columns nobody asked for and the roadmap does not need; none when `fields` is absent. */
  private unaskedColumns(fields: ReadonlySet<string> | undefined): Array<keyof InitiativeEntity> {
    if (!fields) return [];
    return this.dataSource
      .getMetadata(InitiativeEntity)
      .columns.map((column) => column.propertyName as keyof InitiativeEntity)
      .filter((name) => !NEEDED_COLUMNS.has(name) && !fields.has(name));
  }

  private async lanes(groupBy: RoadmapGroupBy, rows: InitiativeModel[], loaders: Loaders): Promise<RoadmapLaneModel[]> {
    switch (groupBy) {
      case RoadmapGroupBy.STATUS:
        return lanesByStatus(rows);
      case RoadmapGroupBy.GOAL: {
        const goalsOf = await goalIdsOf(
          this.dataSource,
          rows.map((row) => row.id),
        );
        const goalIds = [...new Set([...goalsOf.values()].flat())];
        return lanesByGoal(rows, goalsOf, (await loaders.goal.loadMany(goalIds)).filter(isPresent));
      }
      case RoadmapGroupBy.TEAM: {
        const teamIds = [...new Set(rows.map((row) => row.leadTeamId).filter((id): id is string => id !== null))];
        return lanesByTeam(rows, (await loaders.team.loadMany(teamIds)).filter(isPresent));
      }
    }
  }
}
