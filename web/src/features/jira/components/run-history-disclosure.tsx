import { useId, useState } from 'react';
import type { SyncRunFieldsFragment } from '../../../gql/graphql';
import { RunHistoryTable } from './run-history-table';

/** "Run history" button that shows and hides the table of recent runs. */
export function RunHistoryDisclosure({
  runs,
  connectionName,
  now,
}: {
  runs: readonly SyncRunFieldsFragment[];
  connectionName: string;
  now: number;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-1 text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <svg aria-hidden viewBox="0 0 20 20" className={`size-4 fill-current transition-transform ${open ? 'rotate-90' : ''}`}>
          <path d="m7.5 4.5 5.5 5.5-5.5 5.5-1.1-1.1L10.8 10 6.4 5.6z" />
        </svg>
        Run history <span className="font-normal text-slate-500">({runs.length})</span>
      </button>
      <div id={id} hidden={!open} className="py-2">
        {open && <RunHistoryTable runs={runs} connectionName={connectionName} now={now} />}
      </div>
    </div>
  );
}
