import { Role } from '@throughline/shared';
import { Link } from 'react-router';
import { Button, buttonClasses } from '../../../components/ui/button';
import { useCan } from '../../../lib/session/use-can';

const STEPS = [
  { title: 'Add your teams', text: 'The teams that lead and contribute to the work, e.g. PLAT Platform.' },
  {
    title: 'Name a goal',
    text: 'A business outcome, e.g. “Reduce monthly churn from 5.2% to 4.7% by end of FY2027”, with a metric that measures it.',
  },
  { title: 'Plan initiatives', text: 'The technical work, with dates and a lead team, linked to the goals it serves.' },
];

/** What an empty alignment page says: what to do first, in order. */
export function GettingStarted({ onCreateGoal, onCreateInitiative }: { onCreateGoal: () => void; onCreateInitiative: () => void }) {
  const canEdit = useCan(Role.EDITOR);
  return (
    <section aria-labelledby="getting-started" className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-8">
      <h2 id="getting-started" className="text-base font-semibold text-slate-900">
        No goals or initiatives yet
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-600">
        Alignment shows which work serves which business goal, and whether the goals' metrics move. Three steps get you there:
      </p>
      <ol className="mt-4 grid gap-4 sm:grid-cols-3">
        {STEPS.map((step, i) => (
          <li key={step.title} className="rounded-md bg-slate-50 p-4">
            <p className="text-sm font-semibold text-slate-900">
              <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full bg-indigo-600 text-xs text-white">
                {i + 1}
              </span>
              {step.title}
            </p>
            <p className="mt-1 text-sm text-slate-600">{step.text}</p>
          </li>
        ))}
      </ol>
      {canEdit && (
        <div className="mt-5 flex flex-wrap gap-2">
          <Link to="/teams" className={buttonClasses('secondary')}>
            Add teams
          </Link>
          <Button variant="primary" onClick={onCreateGoal}>
            Create the first goal
          </Button>
          <Button onClick={onCreateInitiative}>New initiative</Button>
        </div>
      )}
    </section>
  );
}
