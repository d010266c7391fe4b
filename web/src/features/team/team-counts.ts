import { InitiativeStatus } from '@throughline/shared';

interface TeamWork {
  id: string;
  initiatives: ReadonlyArray<{ status: string; leadTeam?: { id: string } | null }>;
}

export interface TeamCounts {
  leads: number;
  contributes: number;
  inProgress: number;
}

/** How much a team carries: cancelled and done work does not count as load. */
export function teamCounts(team: TeamWork): TeamCounts {
  const live = team.initiatives.filter((i) => i.status !== InitiativeStatus.CANCELLED && i.status !== InitiativeStatus.DONE);
  const leads = live.filter((i) => i.leadTeam?.id === team.id).length;
  return {
    leads,
    contributes: live.length - leads,
    inProgress: live.filter((i) => i.status === InitiativeStatus.IN_PROGRESS).length,
  };
}
