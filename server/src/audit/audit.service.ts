import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditFilter } from './audit.inputs';
import { AuditEventModel } from './audit.model';

export interface AuditEventPage {
  items: AuditEventModel[];
  nextCursor: string | null;
}

/** The API's shape of a stored event. */
export function toModel(event: AuditEventEntity): AuditEventModel {
  const { actorKind: kind, actorName: name, actorUserId: userId, ...rest } = event;
  return { ...rest, id: String(event.id), actor: { kind, name, userId } };
}

function applyFilter(query: SelectQueryBuilder<AuditEventEntity>, filter: AuditFilter): void {
  if (filter.actorUserId) query.andWhere('e.actorUserId = :actorUserId', { actorUserId: filter.actorUserId });
  if (filter.actorKind) query.andWhere('e.actorKind = :actorKind', { actorKind: filter.actorKind });
  if (filter.entityType) query.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
  if (filter.entityId) query.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
  if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
}

/** Reads the audit trail (AuditLog in audit-log.ts writes it). */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Newest first, `first` at a time. The cursor is the last event's id: ids grow in the order
   * events are written, so a page never repeats or skips one already in the trail.
   */
  async page(filter: AuditFilter | null | undefined, first: number, after: string | null | undefined): Promise<AuditEventPage> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    applyFilter(query, filter ?? {});
    if (after) query.andWhere('e.id < :after', { after });
    const rows = await query
      .orderBy('e.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const items = rows.slice(0, first).map(toModel);
    return { items, nextCursor: rows.length > first ? items[items.length - 1].id : null };
  }
}
