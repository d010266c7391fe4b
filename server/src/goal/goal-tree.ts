import { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { requireRow } from '../common/versioned-rows';
import { GoalEntity } from './goal.entity';

/**
 * Checks that `parentId` can become the parent of `goalId`: it exists and is neither the goal
 * nor below it. Holds a transaction-scoped lock on the goal tree, so two concurrent moves
 * cannot each pass this check and together close a cycle.
 */
export async function assertValidParent(manager: EntityManager, goalId: string, parentId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('throughline.goal_tree'))`);
  await requireRow(manager, GoalEntity, 'Goal', parentId, 'input.parentId');
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE ancestor(id, parent_id) AS (
       SELECT id, parent_id FROM goal WHERE id = $1
       UNION
       SELECT g.id, g.parent_id FROM goal g JOIN ancestor a ON g.id = a.parent_id
     )
     SELECT 1 FROM ancestor WHERE id = $2 LIMIT 1`,
    [parentId, goalId],
  );
  if (rows.length > 0) {
    const problem = parentId === goalId ? 'a goal cannot be its own parent' : 'the new parent is below this goal: that would make a cycle';
    throw DomainError.badInput('input.parentId', problem);
  }
}
