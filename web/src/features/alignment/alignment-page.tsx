import { Role } from '@throughline/shared';
import { localTodayIso } from '../../lib/today';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import type { NewGoalDialogSlot, NewInitiativeDialogSlot } from '../../components/slots';
import { SelectField } from '../../components/ui/select-field';
import { LoadingBlock } from '../../components/ui/spinner';
import { formatDateRange } from '../../lib/format';
import { InitiativeList } from '../../components/initiative-list';
import { useAlignmentOverview } from './api/alignment-overview.query';
import { useFiscalStartMonth } from './api/fiscal-calendar.query';
import { AlignmentSummary } from './components/alignment-summary';
import { EffortMatrix } from './components/effort-matrix';
import { GettingStarted } from './components/getting-started';
import { GoalNode } from './components/goal-node';
import { fiscalYearChoices, windowOf } from './fiscal-window';
import { nestByDepth } from './goal-tree';
import { useCan } from '../../lib/session/use-can';

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-500">{description}</p>}
      </div>
      {children}
    </section>
  );
}

interface AlignmentPageProps {
  NewGoalDialog: NewGoalDialogSlot;
  NewInitiativeDialog: NewInitiativeDialogSlot;
}

export default function AlignmentPage({ NewGoalDialog, NewInitiativeDialog }: AlignmentPageProps) {
  const today = localTodayIso();
  const [params, setParams] = useSearchParams();
  const startMonth = useFiscalStartMonth(today);
  const window = startMonth === null ? null : windowOf(params.get('fy'), today, startMonth);
  const { data, loading, error, refetch } = useAlignmentOverview(window);
  const [creating, setCreating] = useState<'goal' | 'initiative' | null>(null);
  const canEdit = useCan(Role.EDITOR);
  const alignment = data?.alignment;
  const fy = window ? Number(window.label.slice(2)) : null;

  const actions = (
    <>
      {fy !== null && startMonth !== null && (
        <SelectField
          label="Fiscal year"
          hideLabel
          className="w-32"
          value={String(fy)}
          options={fiscalYearChoices(today, startMonth, fy).map((y) => ({ value: String(y), label: `FY${y}` }))}
          onChange={(e) => setParams({ fy: e.target.value }, { replace: true })}
        />
      )}
      {canEdit && (
        <>
          <Button onClick={() => setCreating('initiative')}>New initiative</Button>
          <Button variant="primary" onClick={() => setCreating('goal')}>
            New goal
          </Button>
        </>
      )}
    </>
  );

  return (
    <PageFrame wide>
      <PageHeader
        title="Alignment"
        description={`Which work serves which goal, and whether the goals' metrics move${window ? ` · ${window.label}, ${formatDateRange(window.start, window.end)}` : ''}.`}
        actions={actions}
      />
      <ErrorBanner error={error} title="Alignment could not be loaded" onRetry={() => void refetch()} />
      {!alignment ? (
        loading || !window ? (
          <LoadingBlock label="Loading alignment" />
        ) : null
      ) : alignment.goals.length === 0 && alignment.unaligned.length === 0 ? (
        <GettingStarted onCreateGoal={() => setCreating('goal')} onCreateInitiative={() => setCreating('initiative')} />
      ) : (
        <div className="space-y-8">
          <AlignmentSummary alignment={alignment} />
          <Section
            id="goals-heading"
            title="Goals"
            description="Each goal with its metrics (baseline → current → target, progress, trend this year) and the initiatives serving it."
          >
            {alignment.goals.length === 0 ? (
              <EmptyState
                title="No goals yet"
                description="Start with a business outcome, e.g. “Reduce monthly churn from 5.2% to 4.7% by end of FY2027”. Then add a metric to it, and link initiatives to it from their pages."
                action={
                  canEdit && (
                    <Button variant="primary" onClick={() => setCreating('goal')}>
                      Create the first goal
                    </Button>
                  )
                }
              />
            ) : (
              <ul aria-label="Goal tree" className="space-y-3">
                {nestByDepth(alignment.goals).map((node) => (
                  <GoalNode key={node.item.goal.id} node={node} />
                ))}
              </ul>
            )}
          </Section>
          <Section
            id="unaligned-heading"
            title={`Aligned with no goal (${alignment.unaligned.length})`}
            description="Work in this year that serves no goal. Link it to the goal it serves on its page, or ask whether it should be done."
          >
            {alignment.unaligned.length === 0 ? (
              <p className="text-sm text-slate-500">
                {alignment.goals.some((g) => g.initiatives.length)
                  ? `Every initiative in ${window?.label} serves a goal.`
                  : `No initiative in ${window?.label} yet.`}
              </p>
            ) : (
              <div className="rounded-lg border border-rose-200 bg-white px-3 shadow-sm">
                <InitiativeList initiatives={alignment.unaligned} label="Initiatives aligned with no goal" showEffort />
              </div>
            )}
          </Section>
          <Section
            id="matrix-heading"
            title="Effort by team and goal"
            description="Engineer-weeks by lead team; an initiative serving several goals counts under each. Aligned: the share of the team's work that serves any goal."
          >
            {alignment.effortMatrix.length === 0 ? (
              <p className="text-sm text-slate-500">No initiative in {window?.label} yet.</p>
            ) : (
              <EffortMatrix cells={alignment.effortMatrix} teams={alignment.teams} />
            )}
          </Section>
        </div>
      )}
      <NewGoalDialog open={creating === 'goal'} onClose={() => setCreating(null)} />
      <NewInitiativeDialog open={creating === 'initiative'} onClose={() => setCreating(null)} />
    </PageFrame>
  );
}
