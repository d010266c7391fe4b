import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@throughline/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { requireRow } from '../common/versioned-rows';
import { cycleClosedBy, DependencyEdge } from './dependency-cycle';
import { DependencyEntity } from './initiative-links.entity';
import { InitiativeEntity } from './initiative.entity';

// One lock for the whole graph: a cycle can run through any initiatives, so two additions
// that are each fine alone (A→B, B→A) must not be checked at the same time.
const DEPENDENCY_GRAPH_LOCK = 4_611_201;

/** Serialises changes that could close a cycle, until the calling transaction ends. */
export async function lockDependencyGraph(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [DEPENDENCY_GRAPH_LOCK]);
}

/** Every dependency edge reachable from `initiativeId` by following dependent → blocker. */
async function edgesReachableFrom(manager: EntityManager, initiativeId: string): Promise<DependencyEdge[]> {
  const rows: Array<{ dependent_id: string; blocker_id: string }> = await manager.query(
    `WITH RECURSIVE reached(id) AS (
       SELECT $1::uuid
       UNION
       SELECT d.blocker_id FROM dependency d JOIN reached r ON d.dependent_id = r.id
     )
     SELECT d.dependent_id, d.blocker_id FROM dependency d JOIN reached r ON d.dependent_id = r.id`,
    [initiativeId],
  );
  return rows.map((row) => ({ dependentId: row.dependent_id, blockerId: row.blocker_id }));
}

@Injectable()
export class DependencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes `dependentId` depend on `blockerId`; adding an existing dependency changes nothing. */
  add(dependentId: string, blockerId: string): Promise<InitiativeEntity> {
    if (dependentId === blockerId) throw DomainError.badInput('dependsOnId', 'an initiative cannot depend on itself');
    return this.dataSource.transaction(async (manager) => {
      await lockDependencyGraph(manager);
      const dependent = await this.loadBoth(manager, dependentId, blockerId);
      const edge = { dependentId, blockerId };
      if (await manager.existsBy(DependencyEntity, edge)) return dependent;
      const cycle = cycleClosedBy(await edgesReachableFrom(manager, blockerId), dependentId, blockerId);
      if (cycle) throw await this.cycleError(manager, cycle);
      await manager.insert(DependencyEntity, edge);
      return dependent;
    });
  }

  /** Removes the dependency if there is one. */
  async remove(dependentId: string, blockerId: string): Promise<InitiativeEntity> {
    const dependent = await this.loadBoth(this.dataSource.manager, dependentId, blockerId);
    await this.dataSource.manager.delete(DependencyEntity, { dependentId, blockerId });
    return dependent;
  }

  /** The dependent; NOT_FOUND naming the argument when either does not exist. */
  private async loadBoth(manager: EntityManager, dependentId: string, blockerId: string): Promise<InitiativeEntity> {
    const dependent = await requireRow(manager, InitiativeEntity, 'Initiative', dependentId, 'initiativeId');
    await requireRow(manager, InitiativeEntity, 'Initiative', blockerId, 'dependsOnId');
    return dependent;
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
