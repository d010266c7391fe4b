import { DataSource } from 'typeorm';
import { byId } from '../common/loaders';
import { TeamEntity } from './team.entity';

/** The team feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createTeamLoaders(dataSource: DataSource) {
  return { team: byId(dataSource.getRepository(TeamEntity)) };
}
