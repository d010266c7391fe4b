import type { ReactNode } from 'react';
import { InitiativeList } from '../../../components/initiative-list';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import type { AlignmentOverviewQuery } from '../../../gql/graphql';
import { nestByDepth } from '../goal-tree';
import { AlignmentSummary } from './alignment-summary';
import { EffortMatrix } from './effort-matrix';
import { GoalNode } from './goal-node';

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

interface AlignmentSectionsProps {
  alignment: AlignmentOverviewQuery['alignment'];
  /** "FY2027". */
  windowLabel: string | undefined;
  /** Offered when there is no goal yet, to those who may create one. */
  onCreateGoal?: () => void;
}

/** The summary, the goal tree, the work aligned with no goal and the effort matrix of a fiscal year. */
export function AlignmentSections({ alignment, windowLabel, onCreateGoal }: AlignmentSectionsProps) {
  return (
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
              onCreateGoal && (
                <Button variant="primary" onClick={onCreateGoal}>
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
              ? `Every initiative in ${windowLabel} serves a goal.`
              : `No initiative in ${windowLabel} yet.`}
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
          <p className="text-sm text-slate-500">No initiative in {windowLabel} yet.</p>
        ) : (
          <EffortMatrix cells={alignment.effortMatrix} teams={alignment.teams} />
        )}
      </Section>
    </div>
  );
}
