import { Credentials, okAs } from './callers';
import { AnswerData, TestApp } from './test-app';

// The capacity API as the capacity specs call it.

export const CELL = 'period capacityWeeks loadWeeks proposedWeeks overBy initiatives { key }';

export interface Cell {
  period: string;
  capacityWeeks: number | null;
  loadWeeks: number;
  proposedWeeks: number;
  overBy: number | null;
  initiatives: Array<{ key: string }>;
}

export const SET_CAPACITY = `mutation ($teamId: ID!, $period: String!, $weeks: Float) { setTeamCapacity(teamId: $teamId, period: $period, weeks: $weeks) { id } }`;
export const SET_ALLOCATIONS = `mutation ($initiativeId: ID!, $version: Int!, $allocations: [AllocationInput!]!) {
  setAllocations(initiativeId: $initiativeId, version: $version, allocations: $allocations) { id version }
}`;

/** The whole plan of [from, to]: periods, and every team with its cells. */
export async function capacityOf(t: TestApp, caller: Credentials, from: string, to: string): Promise<AnswerData> {
  const query = `query ($from: Date!, $to: Date!) { capacity(from: $from, to: $to) { periods { label start end } teams { team { id key } cells { ${CELL} } } } }`;
  return (await okAs<AnswerData>(t, caller, query, { from, to })).capacity;
}
