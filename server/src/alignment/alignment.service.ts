import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InitiativeStatus } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Loaders } from '../graphql-context';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeModel } from '../initiative/initiative.model';
import { appendTo, compareByName, isPresent } from '../common/collections';
import { assertWindow, DateWindow } from '../common/date-window';
import { goalIdsOf, initiativesInWindow } from '../roadmap/window-queries';
import { TeamEntity } from '../team/team.entity';
import { alignedShare, effortCells, goalTree, totalEffort } from './alignment-math';
import { AlignmentModel, GoalAlignmentModel, TeamAlignmentModel, TeamGoalEffortModel } from './alignment.model';

const NO_GOALS: string[] = [];

/** What an alignment is computed from. */
interface Inputs {
  /** The window's initiatives, not cancelled, by start then key. */
  rows: InitiativeModel[];
  goalsOf: (row: InitiativeModel) => string[];
  /** Every goal, in tree order. */
  tree: Array<{ goal: GoalEntity; depth: number }>;
  /** The lead teams of `rows`, by name. */
  teams: TeamEntity[];
}

/**
 * Alignment of the initiatives in a window (not cancelled) with the goals, in four statements
 * whatever the size: initiatives, their goal links, every goal, the lead teams. Rows are primed
 * into the request's loaders so the fields a client asks of them batch.
 */
@Injectable()
export class AlignmentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async alignment(window: DateWindow, loaders: Loaders): Promise<AlignmentModel> {
    assertWindow(window);
    const inputs = await this.load(window, loaders);
    const isAligned = (row: InitiativeModel) => inputs.goalsOf(row).length > 0;
    const { share, effortWeighted } = alignedShare(inputs.rows, isAligned);
    return {
      goals: goalAlignments(inputs),
      unaligned: inputs.rows.filter((row) => !isAligned(row)),
      alignedShare: share,
      effortWeighted,
      effortMatrix: effortMatrix(inputs),
      teams: teamAlignments(inputs, isAligned),
    };
  }

  private async load(window: DateWindow, loaders: Loaders): Promise<Inputs> {
    const excludeStatuses = [InitiativeStatus.CANCELLED];
    const rows = await initiativesInWindow(this.dataSource, window, { excludeStatuses });
    for (const row of rows) loaders.initiative.prime(row.id, row);
    const teamIds = [...new Set(rows.map((row) => row.leadTeamId).filter((id): id is string => id !== null))];
    const [links, goals, teams] = await Promise.all([
      goalIdsOf(
        this.dataSource,
        rows.map((row) => row.id),
      ),
      this.dataSource.getRepository(GoalEntity).find(),
      loaders.team.loadMany(teamIds),
    ]);
    for (const goal of goals) loaders.goal.prime(goal.id, goal);
    const known = new Set(goals.map((goal) => goal.id));
    // A goal deleted between the reads leaves a dangling link: it counts as no goal.
    const goalsOf = (row: InitiativeModel) => links.get(row.id)?.filter((id) => known.has(id)) ?? NO_GOALS;
    return { rows, goalsOf, tree: goalTree(goals), teams: teams.filter(isPresent).sort(compareByName) };
  }
}

function goalAlignments({ rows, goalsOf, tree }: Inputs): GoalAlignmentModel[] {
  const serving = new Map<string, InitiativeModel[]>();
  for (const row of rows) for (const goalId of goalsOf(row)) appendTo(serving, goalId, row);
  return tree.map(({ goal, depth }) => {
    const initiatives = serving.get(goal.id) ?? [];
    return { goal, depth, initiatives, effortWeeks: totalEffort(initiatives) };
  });
}

function effortMatrix({ rows, goalsOf, tree, teams }: Inputs): TeamGoalEffortModel[] {
  const teamById = new Map(teams.map((team) => [team.id, team]));
  const goalById = new Map(tree.map(({ goal }) => [goal.id, goal]));
  const teamRank = new Map(teams.map((team, i) => [team.id, i]));
  const goalRank = new Map(tree.map(({ goal }, i) => [goal.id, i]));
  return effortCells(rows, goalsOf, teamRank, goalRank).map((cell) => ({
    team: cell.teamId === null ? null : teamById.get(cell.teamId)!,
    goal: cell.goalId === null ? null : goalById.get(cell.goalId)!,
    effortWeeks: cell.effortWeeks,
    initiativeCount: cell.initiativeCount,
  }));
}

function teamAlignments({ rows, teams }: Inputs, isAligned: (row: InitiativeModel) => boolean): TeamAlignmentModel[] {
  const known = new Set(teams.map((team) => team.id));
  const ledBy = new Map<string | null, InitiativeModel[]>();
  for (const row of rows) appendTo(ledBy, row.leadTeamId && known.has(row.leadTeamId) ? row.leadTeamId : null, row);
  const summary = (team: TeamEntity | null, led: InitiativeModel[]): TeamAlignmentModel => {
    const aligned = led.filter(isAligned);
    return {
      team,
      initiativeCount: led.length,
      alignedCount: aligned.length,
      effortWeeks: totalEffort(led),
      alignedEffortWeeks: totalEffort(aligned),
      alignedShare: alignedShare(led, isAligned).share,
    };
  };
  const led = teams.filter((team) => ledBy.has(team.id)).map((team) => summary(team, ledBy.get(team.id)!));
  const none = ledBy.get(null);
  return none ? [...led, summary(null, none)] : led;
}
