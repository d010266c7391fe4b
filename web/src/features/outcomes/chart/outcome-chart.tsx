import { useId } from 'react';
import { outcomeChartGeometry, type OutcomeChartInput } from './outcome-chart-geometry';

interface OutcomeChartProps extends OutcomeChartInput {
  /** For the accessible name: "p99 checkout latency". */
  metricName: string;
  /** One sentence: what the chart shows (the card's explanation). */
  summary: string;
}

/**
 * The verdict card's chart: the observed days, the counterfactual (dashed), the pre window and
 * the post window shaded, the work between them hatched, and in the post window the gap between
 * what was expected and what was observed (the effect).
 */
export function OutcomeChart({ metricName, summary, ...input }: OutcomeChartProps) {
  const titleId = useId();
  const hatchId = useId();
  const g = outcomeChartGeometry(input);
  const label = (band: { x1: number; x2: number }, text: string, cls: string) => (
    <text x={(band.x1 + band.x2) / 2} y={g.plot.top - 8} textAnchor="middle" className={`text-[11px] font-medium ${cls}`}>
      {text}
    </text>
  );
  return (
    <div className="overflow-x-auto" role="region" aria-label={`Chart of ${metricName} before and after the work`} tabIndex={0}>
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${g.width} ${g.height}`} className="h-auto w-full min-w-[520px]">
        <title id={titleId}>{`${metricName}: ${summary}`}</title>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" className="stroke-slate-300" strokeWidth="2" />
          </pattern>
        </defs>
        {g.pre && (
          <g data-testid="pre-window">
            <rect x={g.pre.x1} y={g.plot.top} width={g.pre.x2 - g.pre.x1} height={g.plot.bottom - g.plot.top} className="fill-sky-50" />
            {label(g.pre, 'Before', 'fill-sky-800')}
          </g>
        )}
        {g.work && (
          <g data-testid="work-span">
            <rect
              x={g.work.x1}
              y={g.plot.top}
              width={g.work.x2 - g.work.x1}
              height={g.plot.bottom - g.plot.top}
              fill={`url(#${hatchId})`}
              opacity={0.5}
            />
            {label(g.work, 'Work', 'fill-slate-600')}
          </g>
        )}
        {g.post && (
          <g data-testid="post-window">
            <rect
              x={g.post.x1}
              y={g.plot.top}
              width={g.post.x2 - g.post.x1}
              height={g.plot.bottom - g.plot.top}
              className="fill-emerald-50"
            />
            {label(g.post, 'After', 'fill-emerald-800')}
          </g>
        )}
        <g className="text-[11px]">
          {g.yTicks.map((t) => (
            <g key={`y${t.label}`}>
              <line x1={g.plot.left} x2={g.plot.right} y1={t.at} y2={t.at} className="stroke-slate-200" strokeWidth={0.5} />
              <text x={g.plot.left - 6} y={t.at} dy="0.32em" textAnchor="end" className="fill-slate-500">
                {t.label}
              </text>
            </g>
          ))}
          {g.xTicks.map((t) => (
            <text key={`x${t.label}`} x={t.at} y={g.plot.bottom + 16} textAnchor="middle" className="fill-slate-500">
              {t.label}
            </text>
          ))}
          <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} className="stroke-slate-300" />
        </g>
        <path
          d={g.observedPath}
          fill="none"
          strokeWidth={1.25}
          strokeLinejoin="round"
          className="stroke-indigo-600"
          data-testid="observed-line"
        />
        <path
          d={g.counterfactualPath}
          fill="none"
          strokeWidth={1.75}
          strokeDasharray="5 4"
          className="stroke-amber-600"
          data-testid="counterfactual-line"
        />
        {g.effectMarks && (
          <g data-testid="effect-marks">
            <line
              x1={g.effectMarks.x1}
              x2={g.effectMarks.x2}
              y1={g.effectMarks.expectedY}
              y2={g.effectMarks.expectedY}
              strokeWidth={2}
              className="stroke-amber-700"
            />
            <line
              x1={g.effectMarks.x1}
              x2={g.effectMarks.x2}
              y1={g.effectMarks.observedY}
              y2={g.effectMarks.observedY}
              strokeWidth={2}
              className="stroke-indigo-800"
            />
            <line
              x1={g.effectMarks.x2 - 6}
              x2={g.effectMarks.x2 - 6}
              y1={g.effectMarks.expectedY}
              y2={g.effectMarks.observedY}
              strokeWidth={2}
              className="stroke-slate-900"
            />
          </g>
        )}
      </svg>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Legend">
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-0.5 w-4 bg-indigo-600" /> Observed (daily mean)
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block w-4 border-t-2 border-dashed border-amber-600" /> Expected without the work (trend and
          weekly cycle)
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-3 rounded-sm bg-sky-100 ring-1 ring-sky-200" /> Before
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-3 rounded-sm bg-emerald-100 ring-1 ring-emerald-200" /> After (effect measured
          here)
        </li>
      </ul>
    </div>
  );
}
