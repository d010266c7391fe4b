import './run-progress-bar.css';
import type { SyncRunFieldsFragment } from '../../../gql/graphql';
import { runProgress } from '../model/run-progress';

/** The progress of a queued or running run, with its counts so far. */
export function RunProgressBar({ run, connectionName }: { run: SyncRunFieldsFragment; connectionName: string }) {
  const { fraction, label } = runProgress(run);
  const percent = fraction === null ? undefined : Math.round(fraction * 100);
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
        <span className="font-medium text-slate-800">{run.full ? 'Full sync' : 'Sync'} in progress</span>
        <span className="text-slate-600 tabular-nums">{label}</span>
      </div>
      <div
        role="progressbar"
        aria-label={`Sync of ${connectionName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
        className="relative h-2 overflow-hidden rounded-full bg-slate-100"
      >
        {percent === undefined ? (
          <div className="absolute inset-y-0 w-1/3 animate-[jira-indeterminate_1.4s_linear_infinite] rounded-full bg-indigo-500 motion-reduce:w-full motion-reduce:animate-pulse" />
        ) : (
          <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
        )}
      </div>
      {run.status === 'RUNNING' && (
        <p className="text-xs text-slate-500 tabular-nums">
          {run.created} created · {run.updated} updated · {run.unchanged} unchanged{run.full ? ` · ${run.removed} removed` : ''}
        </p>
      )}
    </div>
  );
}
