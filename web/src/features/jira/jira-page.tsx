import { Role } from '@throughline/shared';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import type { JiraConnectionFieldsFragment } from '../../gql/graphql';
import { useJiraConnections } from './api/jira-connections.query';
import { ConnectionCard } from './components/connection-card';
import { ConnectionDialog } from './components/connection-dialog';
import { CsvImportDialog } from './components/csv-import-dialog';
import { DeleteConnectionDialog } from './components/delete-connection-dialog';
import { JiraEmptyState } from './components/jira-empty-state';
import { useNow } from './hooks/use-now';
import { isActiveRun } from './model/run-progress';
import { useCan } from '../../lib/session/use-can';

type Editing = { mode: 'create' } | { mode: 'edit'; connection: JiraConnectionFieldsFragment } | null;

export default function JiraPage() {
  const { data, loading, error, refetch } = useJiraConnections();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<JiraConnectionFieldsFragment | null>(null);
  const [importing, setImporting] = useState(false);
  const connections = data?.jiraConnections ?? [];
  // Running durations tick by the second; "synced 5 minutes ago" needs far less.
  const now = useNow(connections.some((c) => c.runs[0] && isActiveRun(c.runs[0].status)) ? 1000 : 30_000);
  const reload = () => void refetch();
  // Editors sync and import; only administrators create, change or delete connections.
  const canImport = useCan(Role.EDITOR);
  const canManage = useCan(Role.ADMIN);
  const actions = (
    <>
      {canImport && <Button onClick={() => setImporting(true)}>Import CSV</Button>}
      {canManage && (
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          New connection
        </Button>
      )}
    </>
  );
  return (
    <PageFrame>
      <PageHeader
        title="Jira"
        description="Import issues from Jira Cloud as initiatives and keep them in sync."
        actions={connections.length > 0 && actions}
      />
      <ErrorBanner error={error} title="Jira connections could not be loaded" onRetry={reload} />
      {loading && !data ? (
        <LoadingBlock label="Loading Jira connections" />
      ) : connections.length === 0 && !error ? (
        <JiraEmptyState actions={actions} />
      ) : (
        <div className="space-y-4">
          {connections.map((connection) => (
            <ConnectionCard
              key={connection.id}
              connection={connection}
              now={now}
              onEdit={canManage ? () => setEditing({ mode: 'edit', connection }) : undefined}
              onDelete={canManage ? () => setDeleting(connection) : undefined}
              onRunFinished={reload}
            />
          ))}
        </div>
      )}
      <ConnectionDialog
        open={editing !== null}
        connection={editing?.mode === 'edit' ? editing.connection : null}
        onClose={() => setEditing(null)}
      />
      <DeleteConnectionDialog connection={deleting} onClose={() => setDeleting(null)} />
      <CsvImportDialog open={importing} connections={connections} onClose={() => setImporting(false)} onImported={reload} />
    </PageFrame>
  );
}
