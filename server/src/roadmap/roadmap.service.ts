import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { quartersCovering, RoadmapGroupBy } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Loaders } from '../graphql-context';
import { AppConfig, CONFIG } from '../config/config';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { InitiativeModel } from '../initiative/initiative.model';
import { isPresent } from '../common/collections';
import { lanesByGoal, lanesByStatus, lanesByTeam } from './roadmap-lanes';
import { RoadmapDependencyModel, RoadmapLaneModel, RoadmapModel } from './roadmap.model';
import { assertWindow, DateWindow } from '../common/date-window';
import { edgesInWindow, goalIdsOf, initiativesInWindow } from './window-queries';
import { compactShape } from './compact-roadmap';
import { blockerEndsAfterStart } from './schedule-conflict';

export interface RoadmapRequest extends DateWindow {
  groupBy: RoadmapGroupBy;
  filter?: InitiativeFilter | null;
}

/**
 * Builds a roadmap in a fixed number of statements whatever its size: the initiatives and the
 * edges of the window (side by side), then the lane titles, each in one query. The rows and titles are primed
 * into the request's loaders, so the fields a client asks of them batch instead of re-querying.
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
    // The edges of the window's dates come beside its initiatives; those the filter hid are dropped below.
    const [rows, windowEdges] = await Promise.all([
      initiativesInWindow(this.dataSource, request, { filter: request.filter }),
      edgesInWindow(this.dataSource, request),
    ]);
    for (const row of rows) loaders.initiative.prime(row.id, row);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ids = [...byId.keys()];
    const lanes = await this.lanes(request.groupBy, rows, ids, loaders);
    const edges = windowEdges.filter(({ dependentId, blockerId }) => byId.has(dependentId) && byId.has(blockerId));
    const dependencies = edges.map(({ dependentId, blockerId }) => dependency(byId.get(dependentId)!, byId.get(blockerId)!));
    const periods = quartersCovering(from, to, this.config.fiscalYearStartMonth);
    return { from, to, periods, dependencies, ...compactShape(rows, lanes, dependencies) };
  }

  private async lanes(groupBy: RoadmapGroupBy, rows: InitiativeModel[], ids: string[], loaders: Loaders): Promise<RoadmapLaneModel[]> {
    switch (groupBy) {
      case RoadmapGroupBy.STATUS:
        return lanesByStatus(rows);
      case RoadmapGroupBy.GOAL: {
        const goalsOf = await goalIdsOf(this.dataSource, ids);
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

function dependency(dependent: InitiativeModel, blocker: InitiativeModel): RoadmapDependencyModel {
  return { dependent, blocker, conflict: blockerEndsAfterStart(blocker, dependent) };
}
