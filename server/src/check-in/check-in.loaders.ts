import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { groupedBy } from '../common/loaders';
import { CheckInEntity } from './check-in.entity';

/** The check-in feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createCheckInLoaders(dataSource: DataSource) {
  return {
    /** An initiative's check-ins, newest first. */
    checkInsOfInitiative: groupedBy(dataSource.getRepository(CheckInEntity), 'initiativeId', { createdAt: 'DESC', id: 'DESC' }),
    /** When an initiative's latest check-in was posted; null when it has none. */
    latestCheckInAt: new DataLoader<string, Date | null>(async (ids) => {
      const rows: Array<{ id: string; at: Date }> = await dataSource.query(
        `SELECT initiative_id AS id, max(created_at) AS at FROM check_in WHERE initiative_id = ANY($1::uuid[]) GROUP BY initiative_id`,
        [ids],
      );
      const latest = new Map(rows.map((row) => [row.id, row.at]));
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}
