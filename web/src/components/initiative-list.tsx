import type { Health, InitiativeStatus } from '@throughline/shared';
import { Link } from 'react-router';
import { HealthBadge, StatusBadge } from './ui/badge';
import { formatDateRange } from '../lib/format';

export interface ListedInitiative {
  id: string;
  key: string;
  title: string;
  status: `${InitiativeStatus}`;
  health: `${Health}`;
  startDate?: string | null;
  endDate?: string | null;
  effortWeeks?: number | null;
  leadTeam?: { key: string; name: string } | null;
}

interface InitiativeListProps {
  initiatives: readonly ListedInitiative[];
  /** Read out before each list, e.g. "Initiatives serving Reduce churn". */
  label: string;
  showEffort?: boolean;
  /** Title on a line of its own, for narrow columns. */
  compact?: boolean;
}

/** A compact list of initiatives linking to their pages: key, title, team, dates, status, health. */
export function InitiativeList({ initiatives, label, showEffort = false, compact = false }: InitiativeListProps) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {initiatives.map((i) => (
        <li key={i.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
          <Link
            to={`/initiatives/${i.id}`}
            className={`min-w-0 text-slate-900 hover:text-indigo-700 ${compact ? 'basis-full' : 'basis-full sm:flex-1 sm:basis-64'}`}
          >
            <span className="mr-2 font-mono text-xs text-slate-500">{i.key}</span>
            <span className="font-medium hover:underline">{i.title}</span>
          </Link>
          <span className={`font-mono text-xs text-slate-600 ${compact ? '' : 'sm:w-14'}`} title={i.leadTeam?.name}>
            {i.leadTeam?.key ?? '—'}
          </span>
          <span className={`text-xs text-slate-600 ${compact ? 'flex-1' : 'sm:w-52'}`}>{formatDateRange(i.startDate, i.endDate)}</span>
          {showEffort && (
            <span className="text-xs tabular-nums text-slate-600 sm:w-14 sm:text-right">
              {i.effortWeeks != null ? `${i.effortWeeks} wk` : '—'}
            </span>
          )}
          <StatusBadge status={i.status} />
          <HealthBadge health={i.health} />
        </li>
      ))}
    </ul>
  );
}
