import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { CreateTeamInput } from './team.inputs';
import { TeamEntity } from './team.entity';

@Injectable()
export class TeamService {
  constructor(@InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>) {}

  list(): Promise<TeamEntity[]> {
    return this.teams.find({ order: { key: 'ASC' } });
  }

  async create(input: CreateTeamInput): Promise<TeamEntity> {
    if (await this.teams.existsBy({ key: input.key })) {
      throw DomainError.badInput('input.key', `a team with key "${input.key}" already exists`);
    }
    return this.teams.save(this.teams.create({ key: input.key, name: input.name }));
  }
}
