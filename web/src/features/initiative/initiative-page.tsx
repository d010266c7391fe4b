import { Role } from '@throughline/shared';
import { Link, useParams } from 'react-router';
import { HealthBadge, StatusBadge } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import type { CheckInPanelSlot, DecisionsPanelSlot, OutcomesPanelSlot, RiskPanelSlot } from '../../components/slots';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { formatDateRange } from '../../lib/format';
import { useInitiativeDetail } from './api/initiative-detail.query';
import { DeleteInitiativeButton } from './components/delete-initiative-button';
import { DependencySection } from './components/dependency-section';
import { EffortSplit } from './components/effort-split';
import { HistorySection } from './components/history-section';
import { InitiativeEditor } from './components/initiative-editor';
import { InitiativeReadOnly } from './components/initiative-read-only';
import { JiraLink } from './components/jira-link';
import { useCan } from '../../lib/session/use-can';

/** `RiskPanel` lists the initiative's risks, with add and edit; `OutcomesPanel` its verdict cards (app/ gives the features'). */
export default function InitiativePage({
  RiskPanel,
  OutcomesPanel,
  DecisionsPanel,
  CheckInPanel,
}: {
  RiskPanel: RiskPanelSlot;
  OutcomesPanel?: OutcomesPanelSlot;
  DecisionsPanel?: DecisionsPanelSlot;
  CheckInPanel?: CheckInPanelSlot;
}) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useInitiativeDetail(id);
  const initiative = data?.initiative;
  const canEdit = useCan(Role.EDITOR);
  if (loading && !initiative) return <LoadingBlock label="Loading the initiative" />;
  if (!initiative) {
    return (
      <PageFrame>
        <ErrorBanner error={error} title="The initiative could not be loaded" onRetry={() => void refetch()} />
        {!error && (
          <EmptyState
            title="Initiative not found"
            description="It may have been deleted, or the link is wrong."
            action={
              <Link to="/" className="text-indigo-700 hover:underline">
                Back to the roadmap
              </Link>
            }
          />
        )}
      </PageFrame>
    );
  }
  const sections = (
    <>
      <DependencySection initiative={initiative} dependsOn={initiative.dependsOn} dependents={initiative.dependents} />
      <RiskPanel risks={initiative.risks} attachTo={{ initiativeId: initiative.id }} ownerKind="initiative" onReload={() => refetch()} />
      {DecisionsPanel && <DecisionsPanel initiativeId={initiative.id} />}
    </>
  );
  return (
    <PageFrame wide>
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono font-semibold text-slate-700" data-testid="initiative-key">
              {initiative.key}
            </span>
            <StatusBadge status={initiative.status} />
            <HealthBadge health={initiative.health} />
            <span>{formatDateRange(initiative.startDate, initiative.endDate)}</span>
            {initiative.leadTeam && (
              <>
                <span aria-hidden>·</span>
                <span>{initiative.leadTeam.name}</span>
              </>
            )}
          </span>
        }
        title={initiative.title}
        actions={
          canEdit && (
            <DeleteInitiativeButton
              initiative={initiative}
              dependencyCount={initiative.dependsOn.length + initiative.dependents.length}
              riskCount={initiative.risks.length}
            />
          )
        }
      />
      <div className="space-y-4">
        <JiraLink externalKey={initiative.externalKey} externalUrl={initiative.externalUrl} progress={initiative.progress} />
        {CheckInPanel && <CheckInPanel initiativeId={initiative.id} health={initiative.health} />}
        {canEdit ? (
          // Keyed by version: after a save or a reload the form starts from what the server holds.
          <InitiativeEditor key={`${initiative.id}:${initiative.version}`} initiative={initiative} onReload={() => refetch()}>
            {sections}
          </InitiativeEditor>
        ) : (
          <InitiativeReadOnly initiative={initiative}>{sections}</InitiativeReadOnly>
        )}
        <EffortSplit key={`split:${initiative.version}`} initiative={initiative} canEdit={canEdit} onReload={() => refetch()} />
        {OutcomesPanel && <OutcomesPanel key={initiative.version} initiativeId={initiative.id} />}
        <HistorySection initiativeId={initiative.id} version={initiative.version} />
      </div>
    </PageFrame>
  );
}
