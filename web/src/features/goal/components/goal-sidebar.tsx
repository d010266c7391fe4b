import { Role } from '@throughline/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import type { GoalDetailQuery } from '../../../gql/graphql';
import { InitiativeList } from '../../../components/initiative-list';
import { ProgressBar } from '../../../components/metric/progress-bar';
import { useCan } from '../../../lib/session/use-can';

type Goal = NonNullable<GoalDetailQuery['goal']>;

function GoalInitiatives({ goal, onCreate }: { goal: Goal; onCreate: () => void }) {
  const canEdit = useCan(Role.EDITOR);
  return (
    <section aria-labelledby="work-heading" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="work-heading" className="text-base font-semibold text-slate-900">
          Initiatives <span className="font-normal text-slate-500">({goal.initiatives.length})</span>
        </h2>
        {canEdit && (
          <Button size="sm" onClick={onCreate}>
            New initiative
          </Button>
        )}
      </div>
      {goal.initiatives.length ? (
        <InitiativeList initiatives={goal.initiatives} label={`Initiatives serving ${goal.title}`} compact />
      ) : (
        <p className="text-sm text-slate-500">
          No initiative serves this goal yet. Create one here, or link existing work to it from the initiative's page (“Goals it serves”).
        </p>
      )}
    </section>
  );
}

function SubGoals({ goal }: { goal: Goal }) {
  if (goal.children.length === 0) return null;
  return (
    <section aria-labelledby="children-heading" className="space-y-2">
      <h2 id="children-heading" className="text-base font-semibold text-slate-900">
        Sub-goals
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {goal.children.map((child) => (
          <li key={child.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
            <Link to={`/goals/${child.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
              {child.title}
            </Link>
            <ProgressBar progress={child.progress} label={`Progress of ${child.title}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Beside the charts: the work serving the goal and its sub-goals; the page adds the risks. */
export function GoalSidebar({ goal, onCreateInitiative, children }: { goal: Goal; onCreateInitiative: () => void; children?: ReactNode }) {
  return (
    <div className="space-y-8">
      <GoalInitiatives goal={goal} onCreate={onCreateInitiative} />
      <SubGoals goal={goal} />
      {children}
    </div>
  );
}
