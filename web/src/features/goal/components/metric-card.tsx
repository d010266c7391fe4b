import { Role } from '@throughline/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { GoalDetailQuery } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../lib/format';
import { MetricChart } from '../chart/metric-chart';
import { ProgressBar } from '../../../components/metric/progress-bar';
import { MeasurementCsvUpload } from './measurement-csv-upload';
import { RecordMeasurementForm } from './record-measurement-form';
import { useCan } from '../../../lib/session/use-can';

type Metric = NonNullable<GoalDetailQuery['goal']>['metrics'][number];
type Initiative = NonNullable<GoalDetailQuery['goal']>['initiatives'][number];

interface MetricCardProps {
  metric: Metric;
  goalId: string;
  /** The goal's initiatives; drawn on the chart together with those expected to move this metric. */
  goalInitiatives: readonly Initiative[];
}

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm font-semibold tabular-nums text-slate-900">{children}</dd>
    </div>
  );
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

export function MetricCard({ metric, goalId, goalInitiatives }: MetricCardProps) {
  const canEdit = useCan(Role.EDITOR);
  // Work meant to move this metric, with its verdict on it, wins over the same work listed for the goal (uniqueById keeps the last).
  const judged = metric.initiatives.map((initiative) => ({
    ...initiative,
    verdict: initiative.outcomes.find((outcome) => outcome.metric.id === metric.id)?.verdict ?? null,
  }));
  const initiatives = uniqueById([...goalInitiatives, ...judged]).sort((a, b) =>
    (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999'),
  );
  const good = metric.direction === 'DECREASE' ? 'lower is better' : 'higher is better';
  return (
    <article aria-labelledby={`metric-${metric.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`metric-${metric.id}`} className="text-base font-semibold text-slate-900">
          {metric.name}
        </h3>
        <span className="text-xs text-slate-500">
          in {metric.unit}, {good} ·{' '}
          <Link to={`/metrics/${metric.id}/source`} className="text-indigo-700 underline hover:text-indigo-900">
            Data source
          </Link>
        </span>
      </header>
      <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-5">
        <Figure label="Baseline">{formatNumber(metric.baseline, metric.unit)}</Figure>
        <Figure label="Current">{formatNumber(metric.current, metric.unit)}</Figure>
        <Figure label="Target">{formatNumber(metric.target, metric.unit)}</Figure>
        <Figure label="Target date">{formatDate(metric.targetDate)}</Figure>
        <Figure label="Progress">
          <ProgressBar progress={metric.progress} label={`Progress of ${metric.name}`} />
        </Figure>
      </dl>
      <div className="mt-4">
        <MetricChart
          name={metric.name}
          unit={metric.unit}
          measurements={metric.measurements}
          baseline={metric.baseline}
          target={metric.target}
          targetDate={metric.targetDate}
          initiatives={initiatives}
        />
        {initiatives.length > 0 && (
          <p className="mt-1 text-xs text-slate-500">Bars under the chart: when the contributing initiatives start and end.</p>
        )}
      </div>
      <div className="mt-4 flex flex-col gap-4 border-t border-slate-100 pt-4 lg:flex-row lg:items-start lg:justify-between">
        {canEdit && (
          <div className="space-y-3">
            <RecordMeasurementForm metricId={metric.id} metricName={metric.name} unit={metric.unit} goalId={goalId} />
            <MeasurementCsvUpload metricId={metric.id} metricName={metric.name} goalId={goalId} />
          </div>
        )}
        {metric.measurements.length > 0 && (
          <details className="text-sm lg:max-w-xs">
            <summary className="cursor-pointer text-indigo-700">All {metric.measurements.length} measurements</summary>
            <table className="mt-2 w-full text-left text-xs">
              <thead>
                <tr className="text-slate-500">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    When (UTC)
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...metric.measurements].reverse().map((m) => (
                  <tr key={m.id} className="border-t border-slate-100">
                    <td className="py-1 pr-4">{DATE_TIME.format(new Date(m.recordedAt))}</td>
                    <td className="py-1 text-right tabular-nums">{formatNumber(m.value, metric.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </div>
    </article>
  );
}
