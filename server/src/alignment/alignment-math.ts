import { appendTo, compareByName } from '../common/collections';

interface GoalNode {
  id: string;
  title: string;
  parentId: string | null;
}

interface Estimated {
  effortWeeks: number | null;
}

/** Depth-first: goals with no parent by title, each followed by its children by title. */
export function goalTree<G extends GoalNode>(goals: G[]): Array<{ goal: G; depth: number }> {
  const sorted = [...goals].sort((a, b) => compareByName({ id: a.id, name: a.title }, { id: b.id, name: b.title }));
  const present = new Set(goals.map((goal) => goal.id));
  const children = new Map<string | null, G[]>();
  for (const goal of sorted) {
    const parent = goal.parentId && present.has(goal.parentId) ? goal.parentId : null;
    appendTo(children, parent, goal);
  }
  const ordered: Array<{ goal: G; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (goal: G, depth: number): void => {
    if (seen.has(goal.id)) return;
    seen.add(goal.id);
    ordered.push({ goal, depth });
    for (const child of children.get(goal.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Goals caught in a parent cycle are unreachable from any root; list them rather than lose them.
  for (const goal of sorted) visit(goal, 0);
  return ordered;
}

/** Summed effortWeeks; unestimated items add nothing. */
export function totalEffort(items: Estimated[]): number {
  let total = 0;
  for (const item of items) total += item.effortWeeks ?? 0;
  return total;
}

/**
 * The aligned share of `items`, 0..1: by effort when every item is estimated and the estimates
 * do not all come to 0, else by count; 0 when there are no items.
 */
export function alignedShare<T extends Estimated>(items: T[], isAligned: (item: T) => boolean): { share: number; effortWeighted: boolean } {
  const aligned = items.filter(isAligned);
  const total = totalEffort(items);
  if (items.length && total > 0 && items.every((item) => item.effortWeeks !== null)) {
    return { share: totalEffort(aligned) / total, effortWeighted: true };
  }
  return { share: items.length ? aligned.length / items.length : 0, effortWeighted: false };
}

/** One cell of the team × goal matrix, by ids; null stands for "no lead team" / "no goal". */
export interface EffortCell {
  teamId: string | null;
  goalId: string | null;
  effortWeeks: number;
  initiativeCount: number;
}

interface Attributed extends Estimated {
  id: string;
  leadTeamId: string | null;
}

/**
 * Effort per (lead team, goal served), non-empty cells only, in the order `teamRank` and
 * `goalRank` give (absent ids, i.e. null, last). An initiative serving several goals counts in
 * full under each.
 */
export function effortCells<T extends Attributed>(
  items: T[],
  goalIdsOf: (item: T) => string[],
  teamRank: Map<string, number>,
  goalRank: Map<string, number>,
): EffortCell[] {
  const cells = new Map<string, EffortCell>();
  for (const item of items) {
    const teamId = item.leadTeamId && teamRank.has(item.leadTeamId) ? item.leadTeamId : null;
    const goals = goalIdsOf(item);
    for (const goalId of goals.length ? goals : [null]) {
      const key = `${teamId}|${goalId}`;
      const cell = cells.get(key) ?? { teamId, goalId, effortWeeks: 0, initiativeCount: 0 };
      cell.effortWeeks += item.effortWeeks ?? 0;
      cell.initiativeCount += 1;
      cells.set(key, cell);
    }
  }
  const rank = (ranks: Map<string, number>, id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : ranks.get(id)!);
  return [...cells.values()].sort(
    (a, b) => rank(teamRank, a.teamId) - rank(teamRank, b.teamId) || rank(goalRank, a.goalId) - rank(goalRank, b.goalId),
  );
}
