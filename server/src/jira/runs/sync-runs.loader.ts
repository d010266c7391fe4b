import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { SyncRunEntity } from './sync-run.entity';

export interface RunsOfConnection {
  connectionId: string;
  take: number;
}

const keyOf = (key: RunsOfConnection) => `${key.connectionId}|${key.take}`;

/** The newest `take` runs of each connection: one query per distinct `take` in a batch. */
export function runsOfConnection(dataSource: DataSource): DataLoader<RunsOfConnection, SyncRunEntity[], string> {
  const repository = dataSource.getRepository(SyncRunEntity);
  return new DataLoader(
    async (keys) => {
      const found = new Map<string, SyncRunEntity[]>(keys.map((key) => [keyOf(key), []]));
      for (const take of new Set(keys.map((key) => key.take))) {
        const connectionIds = keys.filter((key) => key.take === take).map((key) => key.connectionId);
        const ranked = repository
          .createQueryBuilder('r')
          .select('r.id', 'id')
          .addSelect('row_number() OVER (PARTITION BY r.connection_id ORDER BY r.created_at DESC, r.id DESC)', 'rank')
          .where('r.connection_id = ANY(:connectionIds)', { connectionIds });
        const rows = await repository
          .createQueryBuilder('run')
          .innerJoin(`(${ranked.getQuery()})`, 'ranked', 'ranked.id = run.id AND ranked.rank <= :take', { take })
          .setParameters(ranked.getParameters())
          .orderBy('run.createdAt', 'DESC')
          .addOrderBy('run.id', 'DESC')
          .getMany();
        for (const row of rows) found.get(keyOf({ connectionId: row.connectionId, take }))?.push(row);
      }
      return keys.map((key) => found.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}
