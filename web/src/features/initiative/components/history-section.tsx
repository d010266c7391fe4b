import { ACTION_LABEL } from '../../../components/audit/action-label';
import { FieldChanges } from '../../../components/audit/field-changes';
import { formatDateTime } from '../../../components/audit/format-change';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { LoadingBlock } from '../../../components/ui/spinner';
import type { AuditAction } from '@throughline/shared';
import { useInitiativeHistory } from '../api/initiative-history.query';

/** "+21 days", "−3 days", "on the date first planned". */
export function driftText(days: number): string {
  if (days === 0) return 'on the end date first planned';
  const size = Math.abs(days);
  return `moved ${days > 0 ? '+' : '−'}${size} ${size === 1 ? 'day' : 'days'} since first planned`;
}

function Drift({ days }: { days: number | null | undefined }) {
  if (days === null || days === undefined) return null;
  const tone = days > 0 ? 'bg-amber-50 text-amber-900 ring-amber-200' : 'bg-slate-50 text-slate-700 ring-slate-200';
  return (
    <p className={`inline-flex rounded-md px-2.5 py-1 text-sm ring-1 ring-inset ${tone}`} data-testid="end-date-drift">
      End date {driftText(days)}
    </p>
  );
}

/** Every change of the initiative, newest first: who (people, tokens, Jira syncs), when, what. */
export function HistorySection({ initiativeId, version }: { initiativeId: string; version: number }) {
  const { data, loading, error, refetch } = useInitiativeHistory(initiativeId, version);
  const initiative = data?.initiative;
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-heading" className="text-base font-semibold text-slate-900">
          History
        </h2>
        <Drift days={initiative?.endDateDriftDays} />
      </div>
      <ErrorBanner error={error} title="The history could not be loaded" onRetry={() => void refetch()} />
      {loading && !initiative ? (
        <LoadingBlock label="Loading the history" />
      ) : initiative && initiative.history.length === 0 ? (
        <p className="text-sm text-slate-500">No changes recorded yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="history">
          {initiative?.history.map((event) => (
            <li key={event.id} className="py-2.5">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-slate-900">{event.actor.name}</span>{' '}
                {ACTION_LABEL[event.action as AuditAction].toLowerCase()}
                {event.entityType !== 'Initiative' && ` a ${event.entityType.toLowerCase()}`} ·{' '}
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
              <div className="mt-1">
                <FieldChanges changes={event.changes} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
