import { Link } from 'react-router';
import { HealthBadge } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { formatDate } from '../../lib/format';
import { useStaleInitiatives } from './api/stale-initiatives.query';

/** "Needs an update": work in progress whose owner has not checked in for too long, longest first. */
export default function NeedsUpdatePage() {
  const { data, loading, error, refetch } = useStaleInitiatives();
  const stale = data?.staleInitiatives;
  return (
    <PageFrame>
      <PageHeader
        title="Needs an update"
        description="Work in progress with no check-in for longer than the team agreed (CHECKIN_STALE_DAYS), longest without one first."
      />
      <ErrorBanner error={error} title="The list could not be loaded" onRetry={() => void refetch()} />
      {!stale && loading && <LoadingBlock label="Loading stale work" />}
      {stale?.length === 0 && <EmptyState title="Everything in progress has a recent check-in" description="Nothing needs an update." />}
      {stale && stale.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Stale initiatives">
          {stale.map((initiative) => (
            <li key={initiative.id} className="flex flex-wrap items-center gap-3 px-3 py-2.5 text-sm">
              <Link to={`/initiatives/${initiative.id}`} className="font-mono font-semibold text-indigo-700 hover:underline">
                {initiative.key}
              </Link>
              <span className="min-w-0 flex-1">{initiative.title}</span>
              <HealthBadge health={initiative.health} />
              <span className="text-slate-500">{initiative.owner ?? initiative.leadTeam?.name ?? 'No owner'}</span>
              <span className="text-slate-500">
                {initiative.latestCheckInAt
                  ? `last check-in ${formatDate(initiative.latestCheckInAt.slice(0, 10))}`
                  : `no check-in since the start, ${formatDate(initiative.startDate)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  );
}
