import { Role } from '@throughline/shared';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { NewGoalDialogSlot, NewTeamDialogSlot } from '../../../components/slots';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { useCan } from '../../../lib/session/use-can';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Step {
  title: string;
  text: string;
  /** What is already there, when the step is done. */
  done?: string;
  action: (primary: boolean) => ReactNode;
}

function StepMarker({ number, done }: { number: number; done: boolean }) {
  return done ? (
    <span className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-white">
      <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current">
        <path d="M6.4 10.6 3.5 7.7 2.4 8.8l4 4 7.2-7.2-1.1-1.1z" />
      </svg>
    </span>
  ) : (
    <span className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-xs font-semibold text-white">
      {number}
    </span>
  );
}

interface GettingStartedProps {
  teamCount: number;
  goalCount: number;
  /** The "New initiative" button of the last step, given whether it is the next thing to do. */
  newInitiative: (primary: boolean) => ReactNode;
  NewTeamDialog: NewTeamDialogSlot;
  NewGoalDialog: NewGoalDialogSlot;
}

/** What an empty roadmap says: the three things to create, in order, each with its button. */
function RoadmapGettingStarted({ teamCount, goalCount, newInitiative, NewTeamDialog, NewGoalDialog }: GettingStartedProps) {
  const [creating, setCreating] = useState<'team' | 'goal' | null>(null);
  const steps: Step[] = [
    {
      title: 'Add your teams',
      text: 'The teams that lead and contribute to the work, e.g. PLAT Platform. The roadmap has a lane for each.',
      done: teamCount > 0 ? plural(teamCount, 'team') : undefined,
      action: (primary) => (
        <Button variant={primary ? 'primary' : 'secondary'} size="sm" onClick={() => setCreating('team')}>
          Create a team
        </Button>
      ),
    },
    {
      title: 'Name a goal',
      text: 'A business outcome the work serves, e.g. “Reduce monthly churn from 5.2% to 4.7%”, with a metric that measures it.',
      done: goalCount > 0 ? plural(goalCount, 'goal') : undefined,
      action: (primary) => (
        <Button variant={primary ? 'primary' : 'secondary'} size="sm" onClick={() => setCreating('goal')}>
          Create a goal
        </Button>
      ),
    },
    {
      title: 'Plan an initiative',
      text: 'The technical work, with a lead team, dates and the goals it serves. It shows here as a bar in its quarter.',
      action: newInitiative,
    },
  ];
  const next = steps.findIndex((s) => !s.done);
  return (
    <section
      aria-labelledby="roadmap-getting-started"
      className="rounded-lg border border-dashed border-slate-300 bg-white px-5 py-6 sm:px-6"
    >
      <h2 id="roadmap-getting-started" className="text-base font-semibold text-slate-900">
        No initiatives yet
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        The roadmap shows your teams' work over time, and what waits for what. Three steps fill it:
      </p>
      <ol className="mt-4 grid gap-3 md:grid-cols-3">
        {steps.map((step, i) => (
          <li key={step.title} className="flex flex-col gap-3 rounded-md bg-slate-50 p-4">
            <div className="flex items-center gap-2">
              <StepMarker number={i + 1} done={!!step.done} />
              <p className="text-sm font-semibold text-slate-900">{step.title}</p>
            </div>
            <p className="flex-1 text-sm text-slate-600">{step.text}</p>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
              {step.action(i === next)}
              {step.done && <span className="text-sm text-emerald-700">Done: {step.done}</span>}
            </div>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-sm text-slate-600">
        Already planning in Jira?{' '}
        <Link to="/jira" className="font-medium text-indigo-700 hover:underline">
          Import your epics
        </Link>{' '}
        as initiatives instead.
      </p>
      {creating === 'team' && <NewTeamDialog open onClose={() => setCreating(null)} />}
      {creating === 'goal' && <NewGoalDialog open onClose={() => setCreating(null)} />}
    </section>
  );
}

interface NothingInViewProps {
  filtered: boolean;
  windowLabel: string;
  onClearFilters: () => void;
  onBackToToday: () => void;
}

/** There are initiatives, but none in this window or none that the filters let through. */
function NothingInView({ filtered, windowLabel, onClearFilters, onBackToToday }: NothingInViewProps) {
  return filtered ? (
    <EmptyState
      title="No initiatives match these filters"
      description={`Nothing in ${windowLabel} passes the team, goal, status or search filters set above.`}
      action={
        <Button variant="primary" onClick={onClearFilters}>
          Clear filters
        </Button>
      }
    />
  ) : (
    <EmptyState
      title="Nothing planned in this window"
      description={`No initiative with dates overlaps ${windowLabel}. Move the window or zoom out to find the work; initiatives without dates are not on the roadmap.`}
      action={<Button onClick={onBackToToday}>Back to today</Button>}
    />
  );
}

interface EmptyRoadmapProps extends NothingInViewProps, GettingStartedProps {
  /** Initiatives in all; undefined while unknown, null when it could not be loaded. */
  initiativeCount: number | null | undefined;
}

/** The roadmap's body when no bar is shown: first steps when there is no initiative at all, else why not. */
export function EmptyRoadmap({
  initiativeCount,
  filtered,
  windowLabel,
  onClearFilters,
  onBackToToday,
  ...gettingStarted
}: EmptyRoadmapProps) {
  const canEdit = useCan(Role.EDITOR);
  if (initiativeCount === undefined) return null;
  return (
    <div className="min-h-0 flex-1 overflow-y-auto p-4 sm:p-6">
      {initiativeCount === 0 && !canEdit ? (
        <EmptyState
          title="No initiatives yet"
          description="Nothing is planned yet. Editors add teams, goals and initiatives; they show here."
        />
      ) : initiativeCount === 0 ? (
        <RoadmapGettingStarted {...gettingStarted} />
      ) : (
        <NothingInView filtered={filtered} windowLabel={windowLabel} onClearFilters={onClearFilters} onBackToToday={onBackToToday} />
      )}
    </div>
  );
}
