import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

export interface BaselineKey {
  baselineId: string;
  initiativeId: string;
}

interface StoredDates {
  startDate: string | null;
  endDate: string | null;
}

/** The baseline feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createBaselineLoaders(dataSource: DataSource) {
  return {
    /** An initiative's dates in a baseline; null when it is not in it. */
    baselineDates: new DataLoader<BaselineKey, StoredDates | null, string>(
      async (keys) => {
        const rows: Array<StoredDates & { baselineId: string; initiativeId: string }> = await dataSource.query(
          `SELECT bi.baseline_id AS "baselineId", bi.initiative_id AS "initiativeId", bi.start_date AS "startDate", bi.end_date AS "endDate"
             FROM baseline_initiative bi JOIN unnest($1::uuid[], $2::uuid[]) AS k(baseline_id, initiative_id)
               ON bi.baseline_id = k.baseline_id AND bi.initiative_id = k.initiative_id`,
          [keys.map((key) => key.baselineId), keys.map((key) => key.initiativeId)],
        );
        const found = new Map(rows.map((row) => [`${row.baselineId}:${row.initiativeId}`, row]));
        return keys.map((key) => found.get(`${key.baselineId}:${key.initiativeId}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.baselineId}:${key.initiativeId}` },
    ),
  };
}
