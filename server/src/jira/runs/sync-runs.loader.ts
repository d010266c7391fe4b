import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { newestOfEach, NewestKey } from '../../common/loaders';
import { SyncRunEntity } from './sync-run.entity';

export interface RunsOfConnection {
  connectionId: string;
  take: number;
}

/** The newest `take` runs of each connection: one query per distinct `take` in a batch. */
export function runsOfConnection(dataSource: DataSource): DataLoader<RunsOfConnection, SyncRunEntity[], string> {
  const newest = newestOfEach(dataSource.getRepository(SyncRunEntity), 'connectionId', 'connection_id');
  const keyOf = ({ connectionId, take }: RunsOfConnection): NewestKey => ({ key: connectionId, take });
  return new DataLoader(async (keys) => newest.loadMany(keys.map(keyOf)), { cacheKeyFn: (key) => `${key.connectionId}|${key.take}` });
}
