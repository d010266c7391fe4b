import type { AuditAction } from '@throughline/shared';
import { Link } from 'react-router';
import { ACTION_LABEL } from '../../../components/audit/action-label';
import { FieldChanges } from '../../../components/audit/field-changes';
import { formatDateTime } from '../../../components/audit/format-change';
import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import { TableFrame } from '../../../components/ui/table-frame';

const CELL = 'px-3 py-2.5 align-top sm:px-4';
const PAGES: Record<string, string> = { Initiative: '/initiatives', Goal: '/goals' };

function Entity({ type, id }: { type: string; id: string }) {
  const page = PAGES[type];
  const label = (
    <>
      {type} <code className="text-xs text-slate-600">{id.slice(0, 8)}</code>
    </>
  );
  return page ? (
    <Link to={`${page}/${id}`} className="text-indigo-700 hover:underline">
      {label}
    </Link>
  ) : (
    <span title={id}>{label}</span>
  );
}

export function AuditTable({ events }: { events: readonly AuditEventFieldsFragment[] }) {
  return (
    <TableFrame
      label="Audit trail table"
      caption="Changes, newest first"
      head={
        <>
          <th scope="col" className={CELL}>
            When
          </th>
          <th scope="col" className={CELL}>
            Who
          </th>
          <th scope="col" className={CELL}>
            What
          </th>
          <th scope="col" className={`min-w-64 ${CELL}`}>
            Changes
          </th>
        </>
      }
    >
      {events.map((event) => (
        <tr key={event.id}>
          <td className={`whitespace-nowrap text-slate-600 ${CELL}`}>
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </td>
          <td className={`font-medium text-slate-900 ${CELL}`}>{event.actor.name}</td>
          <td className={`whitespace-nowrap ${CELL}`}>
            <span className="block text-slate-600">{ACTION_LABEL[event.action as AuditAction]}</span>
            <Entity type={event.entityType} id={event.entityId} />
          </td>
          <td className={CELL}>
            <FieldChanges changes={event.changes} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
