import { Link } from 'react-router';
import type { GoalDetailQuery } from '../../../gql/graphql';
import { formatDateRange } from '../../../lib/format';
import { ProgressBar } from '../../../components/metric/progress-bar';

type Goal = NonNullable<GoalDetailQuery['goal']>;

export function GoalBreadcrumb({ goal }: { goal: Goal }) {
  return (
    <nav aria-label="Breadcrumb" className="flex flex-wrap gap-1">
      <Link to="/alignment" className="hover:underline">
        Goals
      </Link>
      {goal.parent && (
        <>
          <span aria-hidden>/</span>
          <Link to={`/goals/${goal.parent.id}`} className="hover:underline">
            {goal.parent.title}
          </Link>
        </>
      )}
    </nav>
  );
}

/** Owner, time window and overall progress, under the title. */
export function GoalFacts({ goal }: { goal: Goal }) {
  return (
    <dl className="mb-6 flex flex-wrap gap-x-8 gap-y-3 text-sm">
      <div>
        <dt className="text-slate-500">Owner</dt>
        <dd className="font-medium">{goal.owner ?? '—'}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Window</dt>
        <dd className="font-medium">{formatDateRange(goal.startDate, goal.targetDate)}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Progress (mean of its metrics)</dt>
        <dd>
          <ProgressBar progress={goal.progress} label="Progress of the goal" />
        </dd>
      </div>
    </dl>
  );
}
