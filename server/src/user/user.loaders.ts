import { DataSource } from 'typeorm';
import { byId } from '../common/loaders';
import { UserEntity } from './user.entity';

/** The user feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createUserLoaders(dataSource: DataSource) {
  return { user: byId(dataSource.getRepository(UserEntity)) };
}
