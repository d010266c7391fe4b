import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import type { JiraConnectionFieldsFragment, SyncRunFieldsFragment } from '../../../gql/graphql';
import { useSyncJiraConnection } from '../api/sync-jira-connection.mutation';
import { useRunFollower } from '../hooks/use-run-follower';
import { ConnectionDetails } from './connection-details';
import { RunHistoryDisclosure } from './run-history-disclosure';
import { RunProgressBar } from './run-progress-bar';
import { RunStatusBadge } from './run-status-badge';

interface ConnectionCardProps {
  connection: JiraConnectionFieldsFragment;
  now: number;
  /** Absent when the user may not manage connections (only administrators may). */
  onEdit?: () => void;
  onDelete?: () => void;
  /** After a run ends: lastSyncedAt and the history changed on the server. */
  onRunFinished: () => void;
}

function finishedMessage(name: string, run: SyncRunFieldsFragment): string {
  if (run.status === 'FAILED') return `Sync of ${name} failed: ${run.error ?? 'no reason was given'}`;
  const removed = run.removed ? `, ${run.removed} removed` : '';
  return `Sync of ${name} finished: ${run.created} created, ${run.updated} updated, ${run.unchanged} unchanged${removed}.`;
}

/** Starts runs of the connection and follows the one in progress to its end. */
function useConnectionSync(connection: JiraConnectionFieldsFragment, onRunFinished: () => void) {
  const toast = useToast();
  const { active, follow } = useRunFollower(connection.runs[0], (run) => {
    toast({ message: finishedMessage(connection.name, run), tone: run.status === 'FAILED' ? 'error' : 'success' });
    onRunFinished();
  });
  const [sync, { loading: starting, error, reset }] = useSyncJiraConnection();
  const start = async (full: boolean) => {
    reset();
    const result = await sync({ variables: { id: connection.id, full } }).catch(() => null);
    if (result?.data) follow(result.data.syncJiraConnection.id);
  };
  return { active, starting, error, reset, start };
}

interface ConnectionActionsProps {
  /** A connection made by a CSV import has no credentials to sync with. */
  canSync: boolean;
  /** A run is starting or in progress: the server would answer with that run anyway. */
  busy: boolean;
  starting: boolean;
  name: string;
  onSync: (full: boolean) => void;
  onEdit?: () => void;
  onDelete?: () => void;
}

function ConnectionActions({ canSync, busy, starting, name, onSync, onEdit, onDelete }: ConnectionActionsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      {canSync && (
        <>
          <Button size="sm" variant="primary" busy={starting} disabled={busy} onClick={() => onSync(false)}>
            Sync now
          </Button>
          <Button
            size="sm"
            disabled={busy}
            onClick={() => onSync(true)}
            title="Reads every matching issue and cancels initiatives whose issue is gone"
          >
            Full sync
          </Button>
        </>
      )}
      {onEdit && (
        <Button size="sm" variant="ghost" onClick={onEdit}>
          Edit<span className="sr-only"> {name}</span>
        </Button>
      )}
      {onDelete && (
        <Button size="sm" variant="ghost-danger" onClick={onDelete}>
          Delete<span className="sr-only"> {name}</span>
        </Button>
      )}
    </div>
  );
}

export function ConnectionCard({ connection, now, onEdit, onDelete, onRunFinished }: ConnectionCardProps) {
  const headingId = useId();
  const { active, starting, error, reset, start } = useConnectionSync(connection, onRunFinished);
  const latest = connection.runs[0];
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="space-y-4 p-4 sm:p-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <h2 id={headingId} className="truncate text-base font-semibold text-slate-900">
              {connection.name}
            </h2>
            <RunStatusBadge status={active?.status ?? latest?.status} />
          </div>
          <ConnectionActions
            canSync={connection.hasApiToken}
            busy={starting || !!active}
            starting={starting}
            name={connection.name}
            onSync={(full) => void start(full)}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </div>
        <ConnectionDetails connection={connection} now={now} />
        {!connection.hasApiToken && (
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
            <p>Fed by CSV imports. Add the site, e-mail and API token to sync it from Jira.</p>
            {onEdit && (
              <Button size="sm" onClick={onEdit}>
                Add Jira credentials
              </Button>
            )}
          </div>
        )}
        <ErrorBanner error={error} title="The sync did not start" onDismiss={reset} />
        {active && <RunProgressBar run={active} connectionName={connection.name} />}
        {!active && latest?.status === 'FAILED' && latest.error && (
          <p className="text-sm text-rose-700">
            <span className="font-medium">The last run failed:</span> {latest.error}
          </p>
        )}
      </div>
      <div className="border-t border-slate-100 px-4 py-1.5 sm:px-5">
        <RunHistoryDisclosure runs={connection.runs} connectionName={connection.name} now={now} />
      </div>
    </section>
  );
}
