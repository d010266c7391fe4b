import { EntityManager, In } from 'typeorm';
import { AuditLog, byId as rowsById, eventsBetween } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { DecisionStatus } from './decision-status';
import { DecisionEntity, DecisionGoalEntity, DecisionInitiativeEntity } from './decision.entity';

/** What the audit trail records of a decision: its fields and its links. */
export const DECISION_AUDITED_FIELDS = [
  'number',
  'title',
  'status',
  'decidedOn',
  'deciders',
  'context',
  'decision',
  'consequences',
  'supersededById',
  'initiativeIds',
  'goalIds',
] as const;

/** A decision with the ids of what it is linked to: what the trail compares. */
export type DecisionSnapshot = DecisionEntity & { initiativeIds: string[]; goalIds: string[] };

/** A decision to insert, its number already chosen. */
export interface NewDecision {
  id?: string;
  number: number;
  title: string;
  status: DecisionStatus;
  decidedOn: string | null;
  deciders: string | null;
  context: string;
  decision: string;
  consequences: string;
  supersededById?: string | null;
  initiativeIds: string[];
  goalIds: string[];
}

/** Serialises the writers that choose numbers (create, import): two never pick the same one. */
export async function lockDecisionNumbers(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('throughline.decision.number'))`);
}

/** The numbers already taken. */
export async function usedDecisionNumbers(manager: EntityManager): Promise<Set<number>> {
  const rows: Array<{ number: number }> = await manager.query(`SELECT number FROM decision`);
  return new Set(rows.map((row) => row.number));
}

/** NOT_FOUND naming `field` when one of the ids is no row of `entity`. */
async function assertAllExist(
  manager: EntityManager,
  entity: typeof InitiativeEntity | typeof GoalEntity,
  label: string,
  ids: string[],
  field: string,
): Promise<void> {
  if (!ids.length) return;
  const found = new Set((await manager.find(entity, { where: { id: In(ids) }, select: { id: true } })).map((row) => row.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw DomainError.notFound(label, missing, field);
}

/** The initiatives and goals of an input all exist (NOT_FOUND naming `input.initiativeIds` / `input.goalIds`). */
export async function assertDecisionLinksExist(
  manager: EntityManager,
  links: { initiativeIds?: string[] | null; goalIds?: string[] | null },
): Promise<void> {
  await assertAllExist(manager, InitiativeEntity, 'Initiative', links.initiativeIds ?? [], 'input.initiativeIds');
  await assertAllExist(manager, GoalEntity, 'Goal', links.goalIds ?? [], 'input.goalIds');
}

/** The decisions with their links, read in the writing transaction. */
export async function decisionSnapshots(manager: EntityManager, ids: string[]): Promise<DecisionSnapshot[]> {
  if (!ids.length) return [];
  // One after another: a transaction's queries share its one connection.
  const rows = await manager.findBy(DecisionEntity, { id: In(ids) });
  const initiativeLinks = await manager.findBy(DecisionInitiativeEntity, { decisionId: In(ids) });
  const goalLinks = await manager.findBy(DecisionGoalEntity, { decisionId: In(ids) });
  const linksOf = <L extends { decisionId: string }>(links: L[], id: string, pick: (link: L) => string) =>
    links.filter((link) => link.decisionId === id).map(pick);
  return rows.map((row) => ({
    ...row,
    initiativeIds: linksOf(initiativeLinks, row.id, (link) => link.initiativeId),
    goalIds: linksOf(goalLinks, row.id, (link) => link.goalId),
  }));
}

export async function decisionSnapshot(manager: EntityManager, id: string): Promise<DecisionSnapshot> {
  const [snapshot] = await decisionSnapshots(manager, [id]);
  return snapshot;
}

/** Replaces the links that are given (undefined: kept). */
export async function replaceDecisionLinks(
  manager: EntityManager,
  decisionId: string,
  links: { initiativeIds?: string[] | null; goalIds?: string[] | null },
): Promise<void> {
  if (links.initiativeIds !== undefined) {
    await manager.delete(DecisionInitiativeEntity, { decisionId });
    const unique = [...new Set(links.initiativeIds ?? [])];
    if (unique.length)
      await manager.insert(
        DecisionInitiativeEntity,
        unique.map((initiativeId) => ({ decisionId, initiativeId })),
      );
  }
  if (links.goalIds !== undefined) {
    await manager.delete(DecisionGoalEntity, { decisionId });
    const unique = [...new Set(links.goalIds ?? [])];
    if (unique.length)
      await manager.insert(
        DecisionGoalEntity,
        unique.map((goalId) => ({ decisionId, goalId })),
      );
  }
}

/** Inserts decisions (numbers chosen, links checked) with their links, and records their creation. */
export async function insertDecisions(manager: EntityManager, actor: Actor, decisions: NewDecision[]): Promise<DecisionSnapshot[]> {
  if (!decisions.length) return [];
  // Successors are set once every row is in: an import may name one that comes later in it.
  const rows = decisions.map(({ initiativeIds: _i, goalIds: _g, supersededById: _s, ...row }) => manager.create(DecisionEntity, row));
  const saved = await manager.save(rows);
  for (const [i, row] of saved.entries()) {
    await replaceDecisionLinks(manager, row.id, decisions[i]);
    const successor = decisions[i].supersededById;
    if (successor) await manager.update(DecisionEntity, { id: row.id }, { supersededById: successor });
  }
  const snapshots = await decisionSnapshots(
    manager,
    saved.map((row) => row.id),
  );
  await recordDecisionEvents(manager, actor, [], snapshots);
  return snapshots;
}

/** The trail's events between two states of some decisions. */
export function recordDecisionEvents(
  manager: EntityManager,
  actor: Actor,
  before: DecisionSnapshot[],
  after: DecisionSnapshot[],
): Promise<void> {
  return AuditLog.record(manager, actor, eventsBetween('Decision', DECISION_AUDITED_FIELDS, rowsById(before), rowsById(after)));
}
