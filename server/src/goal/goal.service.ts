import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { givenFields, requireRow, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import { assertValidParent } from './goal-tree';
import { GoalEntity } from './goal.entity';
import { CreateGoalInput, UpdateGoalInput } from './goal.inputs';

/** What the audit trail records of a goal. */
export const GOAL_AUDITED_FIELDS = ['title', 'description', 'owner', 'parentId', 'startDate', 'targetDate'] as const;

interface GoalDates {
  startDate?: string | null;
  targetDate?: string | null;
}

/** targetDate not before startDate, the given values taking over from the stored ones. */
function assertDatesInOrder(given: GoalDates, stored: GoalDates = {}): void {
  const start = given.startDate !== undefined ? given.startDate : stored.startDate;
  const target = given.targetDate !== undefined ? given.targetDate : stored.targetDate;
  if (!start || !target || target >= start) return;
  if (given.targetDate !== undefined) throw DomainError.badInput('input.targetDate', `must not be before startDate ${start}`);
  throw DomainError.badInput('input.startDate', `must not be after targetDate ${target}`);
}

@Injectable()
export class GoalService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(rootOnly: boolean): Promise<GoalEntity[]> {
    return this.dataSource.getRepository(GoalEntity).find({
      where: rootOnly ? { parentId: IsNull() } : {},
      order: { title: 'ASC', id: 'ASC' },
    });
  }

  find(id: string): Promise<GoalEntity | null> {
    return this.dataSource.getRepository(GoalEntity).findOneBy({ id });
  }

  create(input: CreateGoalInput, actor: Actor): Promise<GoalEntity> {
    assertDatesInOrder(input);
    return this.dataSource.transaction(async (manager) => {
      if (input.parentId) await requireRow(manager, GoalEntity, 'Goal', input.parentId, 'input.parentId');
      const goal = manager.create(GoalEntity, {
        title: input.title,
        description: input.description ?? null,
        owner: input.owner ?? null,
        parentId: input.parentId ?? null,
        startDate: input.startDate ?? null,
        targetDate: input.targetDate ?? null,
      });
      const saved = await manager.save(goal);
      await AuditLog.recordRow(manager, actor, 'Goal', GOAL_AUDITED_FIELDS, null, saved);
      return saved;
    });
  }

  update(input: UpdateGoalInput, actor: Actor): Promise<GoalEntity> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const stored = await rowAtVersion(manager, GoalEntity, 'Goal', input);
      assertDatesInOrder(input, stored);
      if (input.parentId) await assertValidParent(manager, input.id, input.parentId);
      const changes = givenFields(input, GOAL_AUDITED_FIELDS);
      // The version check makes `stored` the state this update changes: any other write would have moved it.
      const updated = await updateAtVersion(manager, GoalEntity, 'Goal', input, changes);
      await AuditLog.recordRow(manager, actor, 'Goal', GOAL_AUDITED_FIELDS, stored, updated);
      return updated;
    });
  }
}
