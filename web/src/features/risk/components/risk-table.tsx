import { Link } from 'react-router';
import { RiskStatusBadge } from '../../../components/ui/badge';
import type { RiskFieldsFragment } from '../../../gql/graphql';
import type { SortKey } from '../risk-filters';
import { SeverityBadge } from './severity-badge';
import { RiskTitle } from './risk-title';

interface RiskTableProps {
  risks: readonly RiskFieldsFragment[];
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  /** Absent for a reader who cannot edit. */
  onEdit?: (risk: RiskFieldsFragment) => void;
}

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean; className?: string }> = [
  { key: 'severity', label: 'Severity', numeric: true },
  { key: 'title', label: 'Risk', className: 'min-w-48' },
  { key: 'likelihood', label: 'Likelihood', numeric: true, className: 'hidden xl:table-cell' },
  { key: 'impact', label: 'Impact', numeric: true, className: 'hidden xl:table-cell' },
  { key: 'status', label: 'Status' },
  { key: 'owner', label: 'Owner', className: 'hidden xl:table-cell' },
  { key: 'attachedTo', label: 'Attached to', className: 'hidden sm:table-cell' },
];

function AttachedTo({ risk }: { risk: RiskFieldsFragment }) {
  if (risk.initiative) {
    return (
      <Link to={`/initiatives/${risk.initiative.id}`} className="line-clamp-2 text-indigo-700 hover:underline">
        <span className="font-mono text-xs">{risk.initiative.key}</span> {risk.initiative.title}
      </Link>
    );
  }
  if (risk.goal) {
    return (
      <Link to={`/goals/${risk.goal.id}`} className="line-clamp-2 text-indigo-700 hover:underline">
        Goal: {risk.goal.title}
      </Link>
    );
  }
  return <span className="text-slate-400">—</span>;
}

export function RiskTable({ risks, sort, descending, onSort, onEdit }: RiskTableProps) {
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label="Risk register table"
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">Risk register, {risks.length} risks; column headers sort the table</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort === column.key ? (descending ? 'descending' : 'ascending') : undefined}
                className={`px-3 py-2 ${column.numeric ? 'text-right' : ''} ${column.className ?? ''}`}
              >
                <button
                  type="button"
                  onClick={() => onSort(column.key)}
                  className="inline-flex items-center gap-1 uppercase hover:text-slate-800"
                >
                  {column.label}
                  <span aria-hidden className="text-slate-400">
                    {sort === column.key ? (descending ? '▼' : '▲') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {risks.map((risk) => (
            <tr key={risk.id} className="align-top hover:bg-slate-50">
              <td className="px-3 py-2 text-right">
                <SeverityBadge risk={risk} />
                <div className="mt-1 text-xs text-slate-500 tabular-nums xl:hidden">
                  {risk.likelihood} × {risk.impact}
                </div>
              </td>
              <td className="px-3 py-2">
                <RiskTitle title={risk.title} onEdit={onEdit && (() => onEdit(risk))} />
                {risk.mitigation && <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">Mitigation: {risk.mitigation}</p>}
              </td>
              <td className="hidden px-3 py-2 text-right tabular-nums xl:table-cell">{risk.likelihood}</td>
              <td className="hidden px-3 py-2 text-right tabular-nums xl:table-cell">{risk.impact}</td>
              <td className="px-3 py-2">
                <RiskStatusBadge status={risk.status} />
              </td>
              <td className="hidden px-3 py-2 text-slate-700 xl:table-cell">{risk.owner ?? <span className="text-slate-400">—</span>}</td>
              <td className="hidden max-w-72 px-3 py-2 sm:table-cell">
                <AttachedTo risk={risk} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
