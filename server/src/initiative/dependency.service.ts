import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@throughline/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { requireRow } from '../common/versioned-rows';
import { DependencyStore } from './dependency-store';
import { DependencyOrigin } from './initiative-links.entity';
import { InitiativeEntity } from './initiative.entity';

@Injectable()
export class DependencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: DependencyStore,
  ) {}

  /** Makes `dependentId` depend on `blockerId`; adding an existing dependency changes nothing. */
  add(dependentId: string, blockerId: string, actor: Actor): Promise<InitiativeEntity> {
    if (dependentId === blockerId) throw DomainError.badInput('dependsOnId', 'an initiative cannot depend on itself');
    return this.dataSource.transaction(async (manager) => {
      const { dependent } = await this.loadBoth(manager, dependentId, blockerId);
      const { refused } = await this.store.add(manager, actor, [{ dependentId, blockerId }], DependencyOrigin.MANUAL);
      if (refused.length) throw await this.cycleError(manager, refused[0].cycle);
      return dependent;
    });
  }

  /** Removes the dependency if there is one; one that a Jira "Blocks" link made is Jira's to remove. */
  remove(dependentId: string, blockerId: string, actor: Actor): Promise<InitiativeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { dependent, blocker } = await this.loadBoth(manager, dependentId, blockerId);
      const edge = { dependentId, blockerId };
      if ((await this.store.originOf(manager, edge)) === DependencyOrigin.JIRA) {
        throw DomainError.badInput(
          'dependsOnId',
          `${dependent.key} waits for ${blocker.key} because ${blocker.externalKey} blocks ${dependent.externalKey} in Jira; remove that link in Jira`,
        );
      }
      await this.store.remove(manager, actor, [edge]);
      return dependent;
    });
  }

  /** Both ends; NOT_FOUND naming the argument when either does not exist. */
  private async loadBoth(manager: EntityManager, dependentId: string, blockerId: string) {
    const dependent = await requireRow(manager, InitiativeEntity, 'Initiative', dependentId, 'initiativeId');
    const blocker = await requireRow(manager, InitiativeEntity, 'Initiative', blockerId, 'dependsOnId');
    return { dependent, blocker };
  }

  private async cycleError(manager: EntityManager, cycle: string[]): Promise<DomainError> {
    const rows = await manager.findBy(InitiativeEntity, { id: In(cycle) });
    const keyOf = new Map(rows.map((row) => [row.id, row.key]));
    const keys = cycle.map((id) => keyOf.get(id) ?? id);
    return new DomainError(
      ErrorCode.DEPENDENCY_CYCLE,
      `${keys[0]} cannot depend on ${keys[1]}: that would close the cycle ${keys.join(' → ')}`,
      { field: 'dependsOnId', cycle: keys },
    );
  }
}
