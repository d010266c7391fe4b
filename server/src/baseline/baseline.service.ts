import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { InitiativeFilter } from '../initiative/initiative.inputs';
import { BaselineModel } from './baseline.model';
import { biggestSlips } from './baseline-slips';

const AUDITED_FIELDS = ['name', 'initiativeCount'] as const;

const SELECT_BASELINES = `
  SELECT b.id, b.name, b.created_at AS "createdAt", b.created_by_id AS "createdById",
         (SELECT count(*) FROM baseline_initiative bi WHERE bi.baseline_id = b.id)::int AS "initiativeCount"
    FROM baseline b`;

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw DomainError.badInput('name', 'name must not be blank');
  if (trimmed.length > LIMITS.name) throw DomainError.badInput('name', `name must be at most ${LIMITS.name} characters`);
  return trimmed;
}

@Injectable()
export class BaselineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. */
  list(): Promise<BaselineModel[]> {
    return this.dataSource.query(`${SELECT_BASELINES} ORDER BY b.created_at DESC, b.id`);
  }

  /** One baseline; null when there is none with this id. */
  async findById(id: string): Promise<BaselineModel | null> {
    const [baseline] = await this.dataSource.query(`${SELECT_BASELINES} WHERE b.id = $1`, [id]);
    return baseline ?? null;
  }

  /** Initiatives whose end slipped since the baseline, furthest first. */
  biggestSlips(id: string, first: number, filter: InitiativeFilter | null): Promise<InitiativeEntity[]> {
    return biggestSlips(this.dataSource, id, first, filter);
  }

  /** Saves every initiative's current dates under `name`. */
  create(name: string, actor: Actor): Promise<BaselineModel> {
    const checked = checkedName(name);
    if (!actor.userId) throw DomainError.badInput('name', 'a baseline is saved by a user or their token');
    return this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(`INSERT INTO baseline (name, created_by_id) VALUES ($1, $2) RETURNING id`, [
        checked,
        actor.userId,
      ]);
      await manager.query(
        `INSERT INTO baseline_initiative (baseline_id, initiative_id, start_date, end_date) SELECT $1, id, start_date, end_date FROM initiative`,
        [id],
      );
      const baseline = await this.find(manager, id);
      await AuditLog.recordRow(manager, actor, 'Baseline', AUDITED_FIELDS, null, baseline);
      return baseline;
    });
  }

  /** True when deleted; NOT_FOUND when there is none. */
  delete(id: string, actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [baseline] = await manager.query(`${SELECT_BASELINES} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
      if (!baseline) throw DomainError.notFound('Baseline', id, 'id');
      await manager.query(`DELETE FROM baseline WHERE id = $1`, [id]);
      await AuditLog.recordRow(manager, actor, 'Baseline', AUDITED_FIELDS, baseline, null);
      return true;
    });
  }

  private async find(manager: EntityManager, id: string): Promise<BaselineModel> {
    const [baseline] = await manager.query(`${SELECT_BASELINES} WHERE b.id = $1`, [id]);
    return baseline;
  }
}
