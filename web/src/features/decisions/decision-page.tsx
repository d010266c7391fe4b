import { Role } from '@throughline/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import type { InitiativePickerSlot } from '../../components/slots';
import { LoadingBlock } from '../../components/ui/spinner';
import { useCan } from '../../lib/session/use-can';
import { useDecisionDetail } from './api/decision-detail.query';
import { DecisionEditor } from './components/decision-editor';
import { DecisionStatusBadge } from './components/decision-status-badge';
import { DecisionView } from './components/decision-view';
import { SupersedeControl } from './components/supersede-control';
import { decisionRef } from './decision-status';

/** One decision record: read it, edit it (editors), mark it superseded. */
export default function DecisionPage({ InitiativePicker }: { InitiativePicker: InitiativePickerSlot }) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useDecisionDetail(id);
  const [editing, setEditing] = useState(false);
  const canEdit = useCan(Role.EDITOR);
  const decision = data?.decision;
  if (loading && !decision) return <LoadingBlock label="Loading the decision" />;
  if (!decision) {
    return (
      <PageFrame>
        <ErrorBanner error={error} title="The decision could not be loaded" onRetry={() => void refetch()} />
        {!error && (
          <EmptyState
            title="Decision not found"
            action={
              <Link to="/decisions" className="text-indigo-700 hover:underline">
                All decisions
              </Link>
            }
          />
        )}
      </PageFrame>
    );
  }
  return (
    <PageFrame wide>
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <Link to="/decisions" className="text-indigo-700 hover:underline">
              Decisions
            </Link>
            <span aria-hidden>·</span>
            <span className="font-mono font-semibold text-slate-700" data-testid="decision-ref">
              {decisionRef(decision.number)}
            </span>
            <DecisionStatusBadge status={decision.status} />
            {decision.decidedOn && <span>decided {decision.decidedOn}</span>}
            {decision.deciders && <span>by {decision.deciders}</span>}
          </span>
        }
        title={decision.title}
        actions={canEdit && !editing && <Button onClick={() => setEditing(true)}>Edit</Button>}
      />
      {editing ? (
        <DecisionEditor
          key={decision.version}
          decision={decision}
          goals={data?.goals ?? []}
          InitiativePicker={InitiativePicker}
          onDone={() => setEditing(false)}
          onReload={() => refetch()}
        />
      ) : (
        <div className="space-y-6">
          <DecisionView decision={decision} />
          {canEdit && decision.status !== 'SUPERSEDED' && <SupersedeControl decisionId={decision.id} candidates={data?.decisions ?? []} />}
        </div>
      )}
    </PageFrame>
  );
}
