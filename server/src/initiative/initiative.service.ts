import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JIRA_OWNED_FIELDS } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { givenFields, rowAtVersion } from '../common/versioned-rows';
import { applyInitiativeFilter } from './initiative-filter';
import { orderByStartThenKey } from './initiative-order';
import { assertReferencesExist, distinctIds, LinkSets } from './initiative-links';
import { InitiativeField, InitiativeStore } from './initiative-store';
import { InitiativeEntity } from './initiative.entity';
import { CreateInitiativeInput, InitiativeFilter, UpdateInitiativeInput } from './initiative.inputs';

const SCALAR_FIELDS = ['title', 'description', 'status', 'health', 'startDate', 'endDate', 'owner', 'effortWeeks', 'leadTeamId'] as const;

export interface InitiativePage {
  items: InitiativeEntity[];
  totalCount: number;
}

function assertDatesInOrder(startDate: string | null, endDate: string | null, field: string): void {
  if (startDate && endDate && endDate < startDate) {
    throw DomainError.badInput(field, `endDate ${endDate} must not be before startDate ${startDate}`);
  }
}

/** Until two-way sync exists, what Jira owns of an imported initiative changes only in Jira. */
function assertNotJiraOwned(current: InitiativeEntity, changes: Partial<Record<InitiativeField, unknown>>): void {
  if (!current.externalKey) return;
  const field = JIRA_OWNED_FIELDS.find((name) => name in changes && changes[name] !== current[name]);
  if (field) {
    throw DomainError.badInput(
      `input.${field}`,
      `${current.key} is imported from Jira issue ${current.externalKey}, which owns its ${field}: change it in Jira`,
    );
  }
}

function linkSetsOf(input: CreateInitiativeInput | UpdateInitiativeInput): LinkSets {
  return { teamIds: distinctIds(input.teamIds), goalIds: distinctIds(input.goalIds), metricIds: distinctIds(input.metricIds) };
}

@Injectable()
export class InitiativeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: InitiativeStore,
  ) {}

  async list(filter: InitiativeFilter | null | undefined, skip: number, take: number): Promise<InitiativePage> {
    const query = applyInitiativeFilter(this.dataSource.getRepository(InitiativeEntity).createQueryBuilder('i'), filter);
    orderByStartThenKey(query).offset(skip).limit(take);
    const [items, totalCount] = await query.getManyAndCount();
    return { items, totalCount };
  }

  findById(id: string): Promise<InitiativeEntity | null> {
    return this.dataSource.getRepository(InitiativeEntity).findOneBy({ id });
  }

  create(input: CreateInitiativeInput, actor: Actor): Promise<InitiativeEntity> {
    const values = givenFields(input, SCALAR_FIELDS);
    assertDatesInOrder(values.startDate ?? null, values.endDate ?? null, 'input.endDate');
    const links = linkSetsOf(input);
    return this.dataSource.transaction(async (manager) => {
      await assertReferencesExist(manager, values.leadTeamId, links);
      const [{ id }] = await this.store.insert(manager, actor, [{ ...values, ...links, title: input.title }]);
      return manager.findOneByOrFail(InitiativeEntity, { id });
    });
  }

  // The version check sits in the UPDATE itself (InitiativeStore.update): of two requests racing
  // with one version, the second waits for the first's row lock and then matches no row.
  update(input: UpdateInitiativeInput, actor: Actor): Promise<InitiativeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await rowAtVersion(manager, InitiativeEntity, 'Initiative', input);
      const changes = givenFields(input, SCALAR_FIELDS);
      assertNotJiraOwned(current, changes);
      const merged = { ...current, ...changes };
      assertDatesInOrder(merged.startDate, merged.endDate, input.endDate !== undefined ? 'input.endDate' : 'input.startDate');
      const links = linkSetsOf(input);
      await assertReferencesExist(manager, changes.leadTeamId, links);
      const fields = Object.keys(changes) as InitiativeField[];
      const change = { id: input.id, version: input.version, values: changes, links };
      const written = await this.store.update(manager, actor, fields, [change], { onlyIfChanged: false });
      if (!written.length) {
        await rowAtVersion(manager, InitiativeEntity, 'Initiative', input);
        throw DomainError.conflict('Initiative', input.id);
      }
      return manager.findOneByOrFail(InitiativeEntity, { id: input.id });
    });
  }

  /** Deletes it with its links, dependencies and risks. */
  delete(id: string, actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.store.delete(manager, actor, id))) throw DomainError.notFound('Initiative', id, 'id');
      return true;
    });
  }
}
