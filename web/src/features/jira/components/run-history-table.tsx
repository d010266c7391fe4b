import type { SyncRunFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatDuration, formatRelativeTime, runDuration } from '../model/time-format';
import { RunStatusBadge } from './run-status-badge';

interface RunHistoryTableProps {
  runs: readonly SyncRunFieldsFragment[];
  connectionName: string;
  now: number;
}

function kindOf(run: SyncRunFieldsFragment): string {
  if (run.source === 'CSV') return 'CSV import';
  return run.full ? 'Full' : 'Incremental';
}

const COUNTS = ['issuesSeen', 'created', 'updated', 'unchanged', 'removed'] as const;
const COUNT_LABEL: Record<(typeof COUNTS)[number], string> = {
  issuesSeen: 'Seen',
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  removed: 'Removed',
};

const TH = 'px-3 py-2 font-medium whitespace-nowrap';
const TD = 'px-3 py-2 align-top whitespace-nowrap';

function Started({ run, now }: { run: SyncRunFieldsFragment; now: number }) {
  const at = run.startedAt ?? run.createdAt;
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelativeTime(at, now)}
    </time>
  );
}

const COLUMNS = 9;

/** A failed run's error and any warnings, on a full-width row under the run. */
function ProblemsRow({ run }: { run: SyncRunFieldsFragment }) {
  if (!run.error && run.warnings.length === 0) return null;
  return (
    <tr>
      <td colSpan={COLUMNS} className="px-3 pt-0 pb-2.5 text-xs">
        {run.error && (
          <p className="text-rose-700">
            <span className="font-medium">Error:</span> {run.error}
          </p>
        )}
        {run.warnings.length > 0 && (
          <details className="text-amber-800">
            <summary className="cursor-pointer">
              {run.warnings.length} {run.warnings.length === 1 ? 'warning' : 'warnings'}
            </summary>
            <ul className="mt-1 list-disc space-y-0.5 pl-4">
              {run.warnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}

function RunRow({ run, now }: { run: SyncRunFieldsFragment; now: number }) {
  const duration = runDuration(run, now);
  const problems = !!run.error || run.warnings.length > 0;
  const cell = `${TD} ${problems ? 'pb-1.5' : ''}`;
  return (
    <tr>
      <td className={cell}>
        <RunStatusBadge status={run.status} />
      </td>
      <td className={`${cell} text-slate-700`}>{kindOf(run)}</td>
      <td className={`${cell} text-slate-700`}>
        <Started run={run} now={now} />
      </td>
      <td className={`${cell} text-right tabular-nums text-slate-700`}>{duration === null ? '—' : formatDuration(duration)}</td>
      {COUNTS.map((key) => (
        <td key={key} className={`${cell} text-right tabular-nums ${run[key] ? 'text-slate-900' : 'text-slate-400'}`}>
          {run[key]}
        </td>
      ))}
    </tr>
  );
}

/** The connection's recent runs, newest first. */
export function RunHistoryTable({ runs, connectionName, now }: RunHistoryTableProps) {
  if (runs.length === 0) return <p className="text-sm text-slate-500">No runs yet.</p>;
  return (
    <div className="relative overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Recent runs of {connectionName}, newest first</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              Kind
            </th>
            <th scope="col" className={TH}>
              Started
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Duration
            </th>
            {COUNTS.map((key) => (
              <th key={key} scope="col" className={`${TH} text-right`}>
                {COUNT_LABEL[key]}
              </th>
            ))}
          </tr>
        </thead>
        {runs.map((run) => (
          // One group per run, so the divider falls between runs, not between a run and its error.
          <tbody key={run.id} className="border-t border-slate-100 bg-white first-of-type:border-t-0">
            <RunRow run={run} now={now} />
            <ProblemsRow run={run} />
          </tbody>
        ))}
      </table>
    </div>
  );
}
