import type { MetricSummaryFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { ProgressBar } from '../../../components/metric/progress-bar';
import { Sparkline } from '../../../components/metric/sparkline';

type Metric = MetricSummaryFragment & { measurements: ReadonlyArray<{ value: number }> };

/** One metric in a line: baseline → current → target, progress either side of zero, trend. */
export function MetricRow({ metric }: { metric: Metric }) {
  const values = metric.measurements.map((m) => m.value);
  const trend =
    values.length > 1
      ? `from ${formatNumber(values[0], metric.unit)} to ${formatNumber(values[values.length - 1], metric.unit)} over ${values.length} measurements`
      : 'not enough measurements for a trend';
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-1 py-1.5 text-sm sm:grid-cols-[minmax(0,1fr)_14rem_9rem_5rem]">
      <span className="col-span-2 min-w-0 text-slate-800 sm:col-span-1 sm:truncate" title={metric.name}>
        {metric.name}
      </span>
      <span className="col-span-2 text-xs tabular-nums text-slate-600 sm:col-span-1">
        <span className="sr-only">Baseline </span>
        {formatNumber(metric.baseline, metric.unit)}
        <span aria-hidden> → </span>
        <span className="sr-only">, current </span>
        <strong className="font-semibold text-slate-900">{formatNumber(metric.current, metric.unit)}</strong>
        <span aria-hidden> → </span>
        <span className="sr-only">, target </span>
        {formatNumber(metric.target, metric.unit)}
      </span>
      <ProgressBar progress={metric.progress} label={`Progress of ${metric.name}`} />
      <Sparkline values={values} goodDirection={metric.direction} label={`Trend of ${metric.name}: ${trend}`} />
    </li>
  );
}
