import { quarterOf } from '@throughline/shared';
import type { NewInitiativeDefaults } from '../../../components/slots';
import type { RoadmapView } from './view-state';

/**
 * What "New initiative" on the roadmap starts from: the first quarter of the window shown (or,
 * when that quarter is already over and the window reaches today, today's quarter, so new work
 * is not planned in the past by default), and the team and goals the view is filtered to.
 */
export function newInitiativeDefaults(view: RoadmapView, today: string, fiscalStartMonth: number): NewInitiativeDefaults {
  const first = quarterOf(view.from, fiscalStartMonth);
  const current = quarterOf(today, fiscalStartMonth);
  const quarter = first.end < today && current.start <= view.to ? current : first;
  return {
    startDate: quarter.start,
    endDate: quarter.end,
    leadTeamId: view.teamIds.length === 1 ? view.teamIds[0] : undefined,
    goalIds: [...view.goalIds],
  };
}
