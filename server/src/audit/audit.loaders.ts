import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { toModel } from './audit.service';
import { AuditEventModel } from './audit.model';

/** The audit feature's DataLoaders for one request (composed in graphql-context.ts). */
export function createAuditLoaders(dataSource: DataSource) {
  return {
    /** Every event of each initiative, newest first. */
    historyOfInitiative: new DataLoader<string, AuditEventModel[]>(async (ids) => {
      const events = await dataSource.getRepository(AuditEventEntity).find({
        where: { entityType: 'Initiative', entityId: In([...ids]) },
        order: { id: 'DESC' },
      });
      const groups = new Map<string, AuditEventModel[]>(ids.map((id) => [id, []]));
      for (const event of events) groups.get(event.entityId)?.push(toModel(event));
      return ids.map((id) => groups.get(id)!);
    }),
    /** The end date each initiative was first given (by whoever gave it), or null when it never had one. */
    firstPlannedEnd: new DataLoader<string, string | null>(async (ids) => {
      const rows: Array<{ id: string; end: string }> = await dataSource.query(
        `SELECT DISTINCT ON (e.entity_id) e.entity_id AS id, c.value->>'after' AS end
           FROM audit_event e CROSS JOIN LATERAL jsonb_array_elements(e.changes) c(value)
          WHERE e.entity_type = 'Initiative' AND e.entity_id = ANY($1::varchar[])
            AND c.value->>'field' = 'endDate' AND c.value->>'after' IS NOT NULL AND c.value->>'after' <> 'null'
          ORDER BY e.entity_id, e.id`,
        [[...ids]],
      );
      const found = new Map(rows.map((row) => [row.id, JSON.parse(row.end) as string]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
