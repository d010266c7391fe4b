import { Role } from '@throughline/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, buttonClasses } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { SelectField } from '../../components/ui/select-field';
import { LoadingBlock } from '../../components/ui/spinner';
import { TableFrame } from '../../components/ui/table-frame';
import { TextField } from '../../components/ui/text-field';
import type { DecisionStatus } from '../../gql/graphql';
import { useCan } from '../../lib/session/use-can';
import { DECISIONS_EXPORT_URL } from './api/decision-files';
import { useDecisions } from './api/decisions.query';
import { CreateDecisionDialog } from './components/create-decision-dialog';
import { DecisionLink } from './components/decision-link';
import { DecisionStatusBadge } from './components/decision-status-badge';
import { ImportDecisionsButton } from './components/import-decisions-button';
import { DECISION_STATUS_LABEL, DECISION_STATUSES } from './decision-status';

/** The decision log: every record by number, with status and search; export and import as MADR files. */
export default function DecisionsPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as DecisionStatus | null) ?? null;
  const search = params.get('q') ?? '';
  const { data, loading, error, refetch } = useDecisions(status, search);
  const [creating, setCreating] = useState(false);
  const canEdit = useCan(Role.EDITOR);
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const decisions = data?.decisions ?? [];
  const actions = (
    <div className="flex flex-wrap items-center gap-2">
      <a href={DECISIONS_EXPORT_URL} download="decisions.zip" className={buttonClasses()}>
        Export (MADR zip)
      </a>
      {canEdit && (
        <Button variant="primary" onClick={() => setCreating(true)}>
          New decision
        </Button>
      )}
      {/* Last: what an import did shows on a line of its own below the buttons. */}
      {canEdit && <ImportDecisionsButton onImported={() => void refetch()} />}
    </div>
  );
  return (
    <PageFrame wide>
      <PageHeader
        title="Decisions"
        description="Architecture decision records: what was decided, why, and what follows. Import a repository's ADRs (MADR or adr-tools files, or a zip of them)."
        actions={actions}
      />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <TextField
          label="Search"
          type="search"
          className="min-w-64 flex-1"
          placeholder="Title, text, deciders or ADR-0007"
          value={search}
          onChange={(e) => setParam('q', e.target.value)}
        />
        <SelectField
          label="Status"
          value={status ?? ''}
          placeholder="Any status"
          options={DECISION_STATUSES.map((s) => ({ value: s, label: DECISION_STATUS_LABEL[s] }))}
          onChange={(e) => setParam('status', e.target.value)}
        />
      </div>
      <ErrorBanner error={error} title="Decisions could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading decisions" />
      ) : decisions.length === 0 && !error ? (
        <EmptyState
          title={search || status ? 'No decision matches' : 'No decisions yet'}
          description="Record a decision, or import the ADRs your repository already keeps."
        />
      ) : (
        <TableFrame
          label="Decisions table"
          caption="Decision records"
          head={
            <>
              <th scope="col" className="px-3 py-2">
                Decision
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Decided
              </th>
              <th scope="col" className="px-3 py-2">
                Deciders
              </th>
            </>
          }
        >
          {decisions.map((decision) => (
            <tr key={decision.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <DecisionLink decision={decision} />
              </td>
              <td className="px-3 py-2">
                <DecisionStatusBadge status={decision.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">{decision.decidedOn ?? '—'}</td>
              <td className="px-3 py-2 text-slate-600">{decision.deciders ?? '—'}</td>
            </tr>
          ))}
        </TableFrame>
      )}
      <CreateDecisionDialog open={creating} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
