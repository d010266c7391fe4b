import { AnswerValue, TestApp } from './test-app';

export const DECISION_FIELDS = `id number title status decidedOn deciders context decision consequences version
  supersededBy { id number } supersedes { id number } initiatives { id key } goals { id title }`;
export const CREATE_DECISION = `mutation ($input: CreateDecisionInput!) { createDecision(input: $input) { ${DECISION_FIELDS} } }`;
export const UPDATE_DECISION = `mutation ($input: UpdateDecisionInput!) { updateDecision(input: $input) { ${DECISION_FIELDS} } }`;
export const SUPERSEDE_DECISION = `mutation ($id: ID!, $byId: ID!) { supersedeDecision(id: $id, byId: $byId) { ${DECISION_FIELDS} } }`;
export const GET_DECISION = `query ($id: ID!) { decision(id: $id) { ${DECISION_FIELDS} } }`;
export const LIST_DECISIONS = `query ($status: DecisionStatus, $search: String) { decisions(status: $status, search: $search) { id number title status } }`;

/** Creates a decision through the API (as the default ADMIN); `input` overrides a title. */
export async function createDecision(sut: TestApp, input: Record<string, unknown> = {}): Promise<AnswerValue> {
  return (await sut.ok(CREATE_DECISION, { input: { title: `Decision ${Math.random().toString(36).slice(2, 8)}`, ...input } }))
    .createDecision;
}

/** Empties the decision tables between tests that count or number decisions. */
export async function deleteAllDecisions(sut: TestApp): Promise<void> {
  await sut.dataSource.query(`DELETE FROM decision`);
}
