import { Role } from '@throughline/shared';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import type { GoalDetailQuery } from '../../../gql/graphql';
import { MetricCard } from './metric-card';
import { useCan } from '../../../lib/session/use-can';

interface GoalMetricsProps {
  goal: NonNullable<GoalDetailQuery['goal']>;
  onAddMetric: () => void;
}

export function GoalMetrics({ goal, onAddMetric }: GoalMetricsProps) {
  const canEdit = useCan(Role.EDITOR);
  return (
    <section aria-labelledby="metrics-heading" className="min-w-0 space-y-4">
      <h2 id="metrics-heading" className="text-base font-semibold text-slate-900">
        Metrics <span className="font-normal text-slate-500">({goal.metrics.length})</span>
      </h2>
      {goal.metrics.length === 0 ? (
        <EmptyState
          title="No metrics yet"
          description="A metric says whether the goal is moving: e.g. “Monthly churn rate”, in %, lower is better, from a baseline of 5.2 to a target of 4.7. Then record measurements as they come in."
          action={
            canEdit && (
              <Button variant="primary" onClick={onAddMetric}>
                Add the first metric
              </Button>
            )
          }
        />
      ) : (
        goal.metrics.map((metric) => <MetricCard key={metric.id} metric={metric} goalId={goal.id} goalInitiatives={goal.initiatives} />)
      )}
    </section>
  );
}
