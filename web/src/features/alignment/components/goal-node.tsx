import { useState } from 'react';
import { Link } from 'react-router';
import type { AlignmentOverviewQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { ProgressBar } from '../../../components/metric/progress-bar';
import { GoalAtRisk } from '../../../components/forecast-chain';
import { InitiativeList } from '../../../components/initiative-list';
import type { TreeNode } from '../goal-tree';
import { MetricRow } from './metric-row';
import { VerifiedWorkLine } from './verified-work-line';

export type GoalAlignment = AlignmentOverviewQuery['alignment']['goals'][number];

// Long lists fold so that a goal with many initiatives does not push the rest of the tree away.
const SHOWN_INITIATIVES = 5;

function GoalSummary({ entry }: { entry: GoalAlignment }) {
  const { goal } = entry;
  return (
    // On wider screens the same columns as MetricRow, so the goal's progress sits above its metrics'.
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 sm:grid sm:grid-cols-[minmax(0,1fr)_auto_9rem_5rem]">
      <h3 className="min-w-0 flex-1 basis-64 text-sm font-semibold text-slate-900">
        <Link to={`/goals/${goal.id}`} className="hover:text-indigo-700 hover:underline">
          {goal.title}
        </Link>
      </h3>
      <span className="text-xs text-slate-500">
        {goal.owner && `${goal.owner} · `}
        {goal.targetDate ? `by ${formatDate(goal.targetDate)}` : 'no target date'}
        {` · ${entry.initiatives.length} ${entry.initiatives.length === 1 ? 'initiative' : 'initiatives'}, ${entry.effortWeeks} wk`}
      </span>
      <ProgressBar progress={goal.progress} label={`Progress of ${goal.title}`} />
      <VerifiedWorkLine initiatives={entry.initiatives} />
      <div className="sm:col-span-4">
        <GoalAtRisk goal={goal} />
      </div>
    </div>
  );
}

export function GoalNode({ node }: { node: TreeNode<GoalAlignment> }) {
  const entry = node.item;
  const [allShown, setAllShown] = useState(false);
  const initiatives = allShown ? entry.initiatives : entry.initiatives.slice(0, SHOWN_INITIATIVES);
  return (
    <li className="space-y-2">
      <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
        <GoalSummary entry={entry} />
        {entry.goal.metrics.length > 0 ? (
          <ul aria-label={`Metrics of ${entry.goal.title}`} className="mt-2 divide-y divide-slate-100 border-t border-slate-100">
            {entry.goal.metrics.map((m) => (
              <MetricRow key={m.id} metric={m} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-xs text-slate-500">
            No metric yet:{' '}
            <Link to={`/goals/${entry.goal.id}`} className="text-indigo-700 underline">
              add one
            </Link>{' '}
            to see whether it moves.
          </p>
        )}
        {entry.initiatives.length > 0 && (
          <div className="mt-2 border-t border-slate-100 pt-1">
            <InitiativeList initiatives={initiatives} label={`Initiatives serving ${entry.goal.title}`} showEffort />
            {entry.initiatives.length > SHOWN_INITIATIVES && (
              <button type="button" onClick={() => setAllShown(!allShown)} className="text-xs font-medium text-indigo-700 hover:underline">
                {allShown ? 'Show fewer' : `Show all ${entry.initiatives.length} initiatives`}
              </button>
            )}
          </div>
        )}
      </div>
      {node.children.length > 0 && (
        <ul aria-label={`Sub-goals of ${entry.goal.title}`} className="ml-3 space-y-2 border-l-2 border-slate-200 pl-3 sm:ml-5 sm:pl-4">
          {node.children.map((child) => (
            <GoalNode key={child.item.goal.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
