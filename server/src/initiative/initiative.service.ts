import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Health, InitiativeStatus } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { givenFields, rowAtVersion, updateAtVersion } from '../common/versioned-rows';
import { applyInitiativeFilter } from './initiative-filter';
import { orderByStartThenKey } from './initiative-order';
import { addLinks, assertReferencesExist, distinctIds, LinkSets, replaceLinks } from './initiative-links';
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

function linkSetsOf(input: CreateInitiativeInput | UpdateInitiativeInput): LinkSets {
  return { teamIds: distinctIds(input.teamIds), goalIds: distinctIds(input.goalIds), metricIds: distinctIds(input.metricIds) };
}

@Injectable()
export class InitiativeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: InitiativeFilter | null | undefined, skip: number, take: number): Promise<InitiativePage> {
    const query = applyInitiativeFilter(this.dataSource.getRepository(InitiativeEntity).createQueryBuilder('i'), filter);
    orderByStartThenKey(query).offset(skip).limit(take);
    const [items, totalCount] = await query.getManyAndCount();
    return { items, totalCount };
  }

  findById(id: string): Promise<InitiativeEntity | null> {
    return this.dataSource.getRepository(InitiativeEntity).findOneBy({ id });
  }

  create(input: CreateInitiativeInput): Promise<InitiativeEntity> {
    const values = {
      ...givenFields(input, SCALAR_FIELDS),
      status: input.status ?? InitiativeStatus.PROPOSED,
      health: input.health ?? Health.ON_TRACK,
    };
    assertDatesInOrder(values.startDate ?? null, values.endDate ?? null, 'input.endDate');
    const links = linkSetsOf(input);
    if (values.leadTeamId) links.teamIds = [...new Set([...(links.teamIds ?? []), values.leadTeamId])];
    return this.dataSource.transaction(async (manager) => {
      await assertReferencesExist(manager, values.leadTeamId, links);
      const [{ n }] = await manager.query(`SELECT nextval('initiative_key_seq') AS n`);
      const repository = manager.getRepository(InitiativeEntity);
      const saved = await repository.save(repository.create({ ...values, key: `TL-${n}` }));
      await replaceLinks(manager, saved.id, links);
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  // The version check sits in the UPDATE itself (updateAtVersion): of two requests racing with
  // one version, the second waits for the first's row lock and then matches no row.
  update(input: UpdateInitiativeInput): Promise<InitiativeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await rowAtVersion(manager, InitiativeEntity, 'Initiative', input);
      const changes = givenFields(input, SCALAR_FIELDS);
      const merged = { ...current, ...changes };
      assertDatesInOrder(merged.startDate, merged.endDate, input.endDate !== undefined ? 'input.endDate' : 'input.startDate');
      const links = linkSetsOf(input);
      await assertReferencesExist(manager, changes.leadTeamId, links);
      const updated = await updateAtVersion(manager, InitiativeEntity, 'Initiative', input, changes as Partial<InitiativeEntity>);
      await this.updateTeams(manager, input.id, links, updated.leadTeamId);
      await replaceLinks(manager, input.id, { goalIds: links.goalIds, metricIds: links.metricIds });
      return updated;
    });
  }

  /** Deletes it with its links, dependencies and risks. */
  async delete(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(InitiativeEntity).delete({ id });
    if (!result.affected) throw DomainError.notFound('Initiative', id, 'id');
    return true;
  }

  /** The lead team is always one of the teams, whether or not the team list was replaced. */
  private async updateTeams(manager: EntityManager, id: string, links: LinkSets, leadTeamId: string | null): Promise<void> {
    if (links.teamIds !== undefined) {
      const teamIds = leadTeamId ? [...new Set([...links.teamIds, leadTeamId])] : links.teamIds;
      await replaceLinks(manager, id, { teamIds });
    } else if (leadTeamId) {
      await addLinks(manager, id, 'teamIds', [leadTeamId]);
    }
  }
}
