import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/caller';
import { DomainError } from '../common/domain-error';
import { CreateTeamInput } from './team.inputs';
import { TeamEntity } from './team.entity';
import { TeamStore } from './team-store';

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: TeamStore,
  ) {}

  list(): Promise<TeamEntity[]> {
    return this.dataSource.getRepository(TeamEntity).find({ order: { key: 'ASC' } });
  }

  create(input: CreateTeamInput, actor: Actor): Promise<TeamEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(TeamEntity, { key: input.key })) {
        throw DomainError.badInput('input.key', `a team with key "${input.key}" already exists`);
      }
      const [id] = await this.store.insert(manager, actor, [{ key: input.key, name: input.name }]);
      return manager.findOneByOrFail(TeamEntity, { id });
    });
  }
}
