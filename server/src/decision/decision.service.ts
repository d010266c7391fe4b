import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { givenFields, requireRow, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import {
  assertDecisionLinksExist,
  decisionSnapshot,
  insertDecisions,
  lockDecisionNumbers,
  recordDecisionEvents,
  replaceDecisionLinks,
  usedDecisionNumbers,
} from './decision-store';
import { DecisionStatus } from './decision-status';
import { DecisionEntity } from './decision.entity';
import { CreateDecisionInput, UpdateDecisionInput } from './decision.inputs';

const EDITABLE_FIELDS = ['title', 'status', 'decidedOn', 'deciders', 'context', 'decision', 'consequences'] as const;
type MarkdownField = 'context' | 'decision' | 'consequences';

/** "ADR-0007", "adr 7", "0007", "7": the number a search names, if it names one. */
function numberIn(search: string): number | null {
  const match = /^(?:adr[-\s]?)?0*(\d{1,9})$/i.exec(search);
  return match ? Number(match[1]) : null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class DecisionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The decisions in a status and matching a search (number, title, deciders or any text), by number. */
  list(status?: DecisionStatus | null, search?: string | null): Promise<DecisionEntity[]> {
    const query = this.dataSource.getRepository(DecisionEntity).createQueryBuilder('d');
    if (status) query.andWhere('d.status = :status', { status });
    const text = search?.trim();
    if (text) {
      if (text.length > LIMITS.search) throw DomainError.badInput('search', `must be at most ${LIMITS.search} characters`);
      const columns = ['d.title', 'd.deciders', 'd.context', 'd.decision', 'd.consequences'];
      const matches = columns.map((column) => `${column} ILIKE :pattern`);
      if (numberIn(text) !== null) matches.push('d.number = :number');
      query.andWhere(`(${matches.join(' OR ')})`, { pattern: likePattern(text), number: numberIn(text) });
    }
    return query.orderBy('d.number', 'ASC').getMany();
  }

  get(id: string): Promise<DecisionEntity | null> {
    return this.dataSource.getRepository(DecisionEntity).findOneBy({ id });
  }

  create(input: CreateDecisionInput, actor: Actor): Promise<DecisionEntity> {
    if (input.status === DecisionStatus.SUPERSEDED)
      throw DomainError.badInput('input.status', 'a decision is superseded with supersedeDecision');
    return this.dataSource.transaction(async (manager) => {
      await assertDecisionLinksExist(manager, input);
      await lockDecisionNumbers(manager);
      const used = await usedDecisionNumbers(manager);
      const [created] = await insertDecisions(manager, actor, [
        {
          number: Math.max(0, ...used) + 1,
          title: input.title,
          status: input.status ?? DecisionStatus.PROPOSED,
          decidedOn: input.decidedOn ?? null,
          deciders: input.deciders ?? null,
          context: input.context ?? '',
          decision: input.decision ?? '',
          consequences: input.consequences ?? '',
          initiativeIds: input.initiativeIds ?? [],
          goalIds: input.goalIds ?? [],
        },
      ]);
      return created;
    });
  }

  update(input: UpdateDecisionInput, actor: Actor): Promise<DecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await rowAtVersion(manager, DecisionEntity, 'Decision', input);
      const before = await decisionSnapshot(manager, input.id);
      await assertDecisionLinksExist(manager, input);
      const { context, decision, consequences, ...fields } = givenFields(input, EDITABLE_FIELDS);
      const changes: Partial<DecisionEntity> = fields;
      // A cleared Markdown text is an empty one.
      for (const [field, text] of Object.entries({ context, decision, consequences }))
        if (text !== undefined) changes[field as MarkdownField] = text ?? '';
      // Leaving SUPERSEDED drops the link to the successor: the record stands again.
      if (changes.status && changes.status !== DecisionStatus.SUPERSEDED) changes.supersededById = null;
      // The version check makes `before` the state this update changes: any other write would have moved it.
      await updateAtVersion(manager, DecisionEntity, 'Decision', input, changes);
      await replaceDecisionLinks(manager, input.id, input);
      const after = await decisionSnapshot(manager, input.id);
      await recordDecisionEvents(manager, actor, [before], [after]);
      return after;
    });
  }

  /** Marks `id` SUPERSEDED by `byId` (no cycles: a decision never ends up superseding itself). */
  supersede(id: string, byId: string, actor: Actor): Promise<DecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await lockDecisionNumbers(manager);
      await requireRow(manager, DecisionEntity, 'Decision', id, 'id');
      await requireRow(manager, DecisionEntity, 'Decision', byId, 'byId');
      if (id === byId) throw DomainError.badInput('byId', 'a decision cannot supersede itself');
      if (await supersededChainReaches(manager, byId, id))
        throw DomainError.badInput('byId', 'that decision is itself superseded, directly or not, by the one it would supersede');
      const before = await decisionSnapshot(manager, id);
      await manager
        .createQueryBuilder()
        .update(DecisionEntity)
        .set({ status: DecisionStatus.SUPERSEDED, supersededById: byId, version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
      const after = await decisionSnapshot(manager, id);
      await recordDecisionEvents(manager, actor, [before], [after]);
      return after;
    });
  }
}

/** Whether following supersededBy from `start` reaches `target`. */
async function supersededChainReaches(manager: EntityManager, start: string, target: string): Promise<boolean> {
  const [row] = await manager.query(
    `WITH RECURSIVE chain(id) AS (
       SELECT superseded_by_id FROM decision WHERE id = $1
       UNION SELECT d.superseded_by_id FROM decision d JOIN chain ON d.id = chain.id
     )
     SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS reaches`,
    [start, target],
  );
  return row.reaches;
}
