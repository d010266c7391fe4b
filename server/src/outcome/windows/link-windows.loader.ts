import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { MetricLinkWindows } from '../../initiative/initiative-store';

export type LinkWindowsByInitiative = Map<string, MetricLinkWindows>;

/** Per metric, the window overrides of its links (by initiative id); links on the defaults are left out. One query per batch. */
export function linkWindowsOfMetric(dataSource: DataSource): DataLoader<string, LinkWindowsByInitiative> {
  return new DataLoader(async (metricIds) => {
    const rows: Array<MetricLinkWindows & { initiativeId: string; metricId: string }> = await dataSource.query(
      `SELECT initiative_id AS "initiativeId", metric_id AS "metricId", pre_days AS "preDays", settle_days AS "settleDays", post_days AS "postDays"
         FROM initiative_metric
        WHERE metric_id = ANY($1::uuid[]) AND (pre_days IS NOT NULL OR settle_days IS NOT NULL OR post_days IS NOT NULL)`,
      [metricIds],
    );
    const byMetric = new Map<string, LinkWindowsByInitiative>(metricIds.map((id) => [id, new Map()]));
    for (const { initiativeId, metricId, ...windows } of rows) byMetric.get(metricId)!.set(initiativeId, windows);
    return metricIds.map((id) => byMetric.get(id)!);
  });
}
