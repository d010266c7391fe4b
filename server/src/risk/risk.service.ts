import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RiskStatus } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { givenFields, requireRow, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { RiskEntity } from './risk.entity';
import { CreateRiskInput, RiskFilter, UpdateRiskInput } from './risk.inputs';

/** What the audit trail records of a risk (severity follows from likelihood and impact). */
export const RISK_AUDITED_FIELDS = [
  'title',
  'description',
  'likelihood',
  'impact',
  'status',
  'owner',
  'mitigation',
  'initiativeId',
  'goalId',
] as const;

interface RiskLinks {
  initiativeId?: string | null;
  goalId?: string | null;
}

async function assertLinksExist(manager: EntityManager, links: RiskLinks): Promise<void> {
  if (links.initiativeId) await requireRow(manager, InitiativeEntity, 'Initiative', links.initiativeId, 'input.initiativeId');
  if (links.goalId) await requireRow(manager, GoalEntity, 'Goal', links.goalId, 'input.goalId');
}

@Injectable()
export class RiskService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: RiskFilter = {}): Promise<RiskEntity[]> {
    const query = this.dataSource.getRepository(RiskEntity).createQueryBuilder('risk');
    if (filter.initiativeId) query.andWhere('risk.initiativeId = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.goalId) query.andWhere('risk.goalId = :goalId', { goalId: filter.goalId });
    if (filter.statuses) query.andWhere('risk.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter.minSeverity != null) query.andWhere('risk.severity >= :minSeverity', { minSeverity: filter.minSeverity });
    return query.orderBy('risk.severity', 'DESC').addOrderBy('risk.title', 'ASC').addOrderBy('risk.id', 'ASC').getMany();
  }

  create(input: CreateRiskInput, actor: Actor): Promise<RiskEntity> {
    return this.dataSource.transaction(async (manager) => {
      await assertLinksExist(manager, input);
      const risk = manager.create(RiskEntity, {
        title: input.title,
        description: input.description ?? null,
        likelihood: input.likelihood,
        impact: input.impact,
        status: input.status ?? RiskStatus.OPEN,
        owner: input.owner ?? null,
        mitigation: input.mitigation ?? null,
        initiativeId: input.initiativeId ?? null,
        goalId: input.goalId ?? null,
      });
      const { id } = await manager.save(risk);
      // severity is computed by Postgres, so read the row back.
      const saved = await manager.findOneByOrFail(RiskEntity, { id });
      await AuditLog.recordRow(manager, actor, 'Risk', RISK_AUDITED_FIELDS, null, saved);
      return saved;
    });
  }

  update(input: UpdateRiskInput, actor: Actor): Promise<RiskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await rowAtVersion(manager, RiskEntity, 'Risk', input);
      await assertLinksExist(manager, input);
      // The version check makes `stored` the state this update changes: any other write would have moved it.
      const updated = await updateAtVersion(manager, RiskEntity, 'Risk', input, givenFields(input, RISK_AUDITED_FIELDS));
      await AuditLog.recordRow(manager, actor, 'Risk', RISK_AUDITED_FIELDS, stored, updated);
      return updated;
    });
  }
}
