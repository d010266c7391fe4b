import type { InitiativeFieldsFragment } from '../../../gql/graphql';
import { InitiativeOptionsQuery } from '../api/initiative-options.query';

export const plat = { __typename: 'Team' as const, id: 'plat', key: 'PLAT', name: 'Platform' };

/** An initiative of Throughline's own (not imported), as the editor loads it; `overrides` change it. */
export function anInitiative(overrides: Partial<InitiativeFieldsFragment> = {}): InitiativeFieldsFragment {
  return {
    __typename: 'Initiative',
    id: 'i1',
    key: 'TL-2',
    title: 'Redesign the caching layer',
    description: null,
    status: 'PLANNED',
    health: 'ON_TRACK',
    startDate: '2027-03-01',
    endDate: '2027-06-30',
    owner: null,
    effortWeeks: 20,
    version: 3,
    externalKey: null,
    externalUrl: null,
    progress: null,
    leadTeam: plat,
    teams: [plat],
    goals: [],
    metrics: [],
    ...overrides,
  };
}

/** The pickers' choices: the one team. */
export const optionsMock = { request: { query: InitiativeOptionsQuery }, result: { data: { teams: [plat], goals: [], metrics: [] } } };
