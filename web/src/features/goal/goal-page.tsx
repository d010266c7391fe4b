import { Role } from '@throughline/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import type { DecisionsPanelSlot, NewInitiativeDialogSlot, RiskPanelSlot } from '../../components/slots';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { useGoalDetail } from './api/goal-detail.query';
import { CreateGoalDialog } from './components/create-goal-dialog';
import { CreateMetricDialog } from './components/create-metric-dialog';
import { EditGoalDialog } from './components/edit-goal-dialog';
import { GoalBreadcrumb, GoalFacts } from './components/goal-facts';
import { GoalForecastNotice } from './components/goal-forecast-notice';
import { GoalMetrics } from './components/goal-metrics';
import { GoalSidebar } from './components/goal-sidebar';
import { useCan } from '../../lib/session/use-can';

type Open = 'edit' | 'metric' | 'child' | 'initiative' | null;

interface GoalPageProps {
  /** The goal's risks, with add and edit. */
  RiskPanel: RiskPanelSlot;
  NewInitiativeDialog: NewInitiativeDialogSlot;
  /** The decision records linked to the goal. */
  DecisionsPanel?: DecisionsPanelSlot;
}

export default function GoalPage({ RiskPanel, NewInitiativeDialog, DecisionsPanel }: GoalPageProps) {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useGoalDetail(id);
  const [open, setOpen] = useState<Open>(null);
  const canEdit = useCan(Role.EDITOR);
  const goal = data?.goal;
  if (loading && !goal) return <LoadingBlock label="Loading the goal" />;
  if (!goal) {
    return (
      <PageFrame>
        <ErrorBanner error={error} title="The goal could not be loaded" onRetry={() => void refetch()} />
        {!error && (
          <EmptyState
            title="Goal not found"
            description="It may have been deleted, or the link is wrong."
            action={
              <Link to="/alignment" className="text-indigo-700 hover:underline">
                All goals
              </Link>
            }
          />
        )}
      </PageFrame>
    );
  }
  const close = () => setOpen(null);
  return (
    <PageFrame wide>
      <PageHeader
        eyebrow={<GoalBreadcrumb goal={goal} />}
        title={goal.title}
        description={goal.description}
        actions={
          canEdit && (
            <>
              <Button onClick={() => setOpen('edit')}>Edit goal</Button>
              <Button onClick={() => setOpen('child')}>Add sub-goal</Button>
              <Button variant="primary" onClick={() => setOpen('metric')}>
                New metric
              </Button>
            </>
          )
        }
      />
      <ErrorBanner error={error} title="Could not refresh the goal" onRetry={() => void refetch()} />
      <GoalFacts goal={goal} />
      <GoalForecastNotice goalId={goal.id} />
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <GoalMetrics goal={goal} onAddMetric={() => setOpen('metric')} />
        <GoalSidebar goal={goal} onCreateInitiative={() => setOpen('initiative')}>
          <RiskPanel key={goal.id} risks={data?.risks ?? []} attachTo={{ goalId: goal.id }} ownerKind="goal" onReload={() => refetch()} />
          {DecisionsPanel && <DecisionsPanel key={`decisions-${goal.id}`} goalId={goal.id} />}
        </GoalSidebar>
      </div>
      <EditGoalDialog goal={goal} open={open === 'edit'} onClose={close} onReload={() => refetch()} />
      <CreateMetricDialog goalId={goal.id} open={open === 'metric'} onClose={close} />
      <CreateGoalDialog key={`child-${goal.id}`} parentId={goal.id} open={open === 'child'} onClose={close} />
      <NewInitiativeDialog key={`initiative-${goal.id}`} defaults={{ goalIds: [goal.id] }} open={open === 'initiative'} onClose={close} />
    </PageFrame>
  );
}
