import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { VerdictBadge } from '../../../components/outcome/verdict-badge';
import { Button } from '../../../components/ui/button';
import type { OutcomeCardFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { OutcomeChart } from '../chart/outcome-chart';
import { formatEffect, formatInterval, formatShareOfGap } from '../outcome-format';
import { OutcomeWindowsForm } from './outcome-windows-form';

interface OutcomeCardProps {
  outcome: OutcomeCardFragment;
  initiative: { id: string; version: number; startDate?: string | null; endDate?: string | null };
  /** Editors may move the windows. */
  canEdit: boolean;
  /** After the windows moved: the verdict is judged again. */
  onSaved: () => unknown;
}

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm font-semibold tabular-nums text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** One metric's verdict on one piece of work: the chart, the effect with its interval, and why. */
export function OutcomeCard({ outcome, initiative, canEdit, onSaved }: OutcomeCardProps) {
  const [editing, setEditing] = useState(false);
  const { metric } = outcome;
  const good = metric.direction === 'DECREASE' ? 'lower is better' : 'higher is better';
  const judged = outcome.verdict !== 'NOT_DONE';
  const headingId = `outcome-${metric.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="verdict-card">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {metric.name}
        </h3>
        <span className="flex items-center gap-2 text-xs text-slate-500">
          in {metric.unit}, {good}
          <VerdictBadge verdict={outcome.verdict} />
        </span>
      </header>
      <p className="mt-2 text-sm text-slate-700" data-testid="verdict-explanation">
        {outcome.explanation}
      </p>
      {judged && (
        <>
          <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Figure label="Effect" testId="verdict-effect">
              {formatEffect(outcome.effect, metric.unit)}
            </Figure>
            <Figure label="95% interval">{formatInterval(outcome.effectLow, outcome.effectHigh, metric.unit)}</Figure>
            <Figure label="Share of the gap">{formatShareOfGap(outcome.shareOfGap)}</Figure>
            <Figure label="Measurements">
              {outcome.prePoints ?? 0} before · {outcome.postPoints ?? 0} after
            </Figure>
          </dl>
          {outcome.observed.length > 0 && (
            <div className="mt-3">
              <OutcomeChart
                metricName={metric.name}
                summary={outcome.explanation}
                observed={outcome.observed}
                counterfactual={outcome.counterfactual}
                trendFrom={outcome.trendFrom}
                preFrom={outcome.preFrom}
                preTo={outcome.preTo}
                postFrom={outcome.postFrom}
                postTo={outcome.postTo}
                workStart={initiative.startDate}
                workEnd={initiative.endDate}
                effect={outcome.effect}
              />
            </div>
          )}
        </>
      )}
      {outcome.overlapping.length > 0 && (
        <p className="mt-3 text-sm text-slate-700" data-testid="verdict-overlapping">
          <span className="font-medium">Overlapping work on this metric</span> (the effect is theirs together, not split):{' '}
          {outcome.overlapping.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <Link to={`/initiatives/${other.id}`} className="text-indigo-700 hover:underline">
                {other.key} {other.title}
              </Link>
            </span>
          ))}
        </p>
      )}
      {outcome.preFrom && (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3 text-xs text-slate-500">
          <span>
            Before: {formatDate(outcome.preFrom)} – {formatDate(outcome.preTo)} ({outcome.preDays} days) · settle {outcome.settleDays} days
            · after: {formatDate(outcome.postFrom)} – {formatDate(outcome.postTo)} ({outcome.postDays} days)
            {outcome.customWindows ? ' · set for this work' : ''}
          </span>
          {canEdit && !editing && (
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
              Adjust windows
            </Button>
          )}
        </div>
      )}
      {editing && (
        <div className="mt-3">
          <OutcomeWindowsForm
            initiativeId={initiative.id}
            metricId={metric.id}
            version={initiative.version}
            current={outcome}
            onDone={(saved) => {
              setEditing(false);
              if (saved) void onSaved();
            }}
          />
        </div>
      )}
    </article>
  );
}
