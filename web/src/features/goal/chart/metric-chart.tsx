import { useId } from 'react';
import { VERDICT_FILL, VERDICT_GLYPH, VERDICT_LABEL } from '../../../components/outcome/verdict';
import { formatDate, formatNumber } from '../../../lib/format';
import { chartGeometry, type ChartInput, type ChartGeometry } from './chart-geometry';

interface MetricChartProps extends ChartInput {
  name: string;
  unit: string;
}

const INSTANT = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

function Axes({ g }: { g: ChartGeometry }) {
  return (
    <g className="text-[11px]" fill="currentColor">
      {g.yTicks.map((t) => (
        <g key={`y${t.label}`}>
          <line x1={g.plot.left} x2={g.plot.right} y1={t.at} y2={t.at} className="stroke-slate-100" />
          <text x={g.plot.left - 6} y={t.at} dy="0.32em" textAnchor="end" className="fill-slate-500">
            {t.label}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <g key={`x${t.label}`}>
          <line x1={t.at} x2={t.at} y1={g.plot.bottom} y2={g.plot.bottom + 4} className="stroke-slate-300" />
          <text x={t.at} y={g.plot.bottom + 16} textAnchor="middle" className="fill-slate-500">
            {t.label}
          </text>
        </g>
      ))}
      <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} className="stroke-slate-300" />
    </g>
  );
}

function ReferenceLines({
  g,
  unit,
  baseline,
  target,
  targetDate,
}: {
  g: ChartGeometry;
  unit: string;
  baseline: number;
  target: number;
  targetDate?: string | null;
}) {
  return (
    <g className="text-[11px]">
      <line
        x1={g.plot.left}
        x2={g.plot.right}
        y1={g.baselineY}
        y2={g.baselineY}
        strokeDasharray="4 3"
        className="stroke-slate-500"
        data-testid="baseline-line"
      />
      <text x={g.plot.right - 4} y={g.baselineY - 4} textAnchor="end" className="fill-slate-600">
        Baseline {formatNumber(baseline, unit)}
      </text>
      <line
        x1={g.plot.left}
        x2={g.plot.right}
        y1={g.targetY}
        y2={g.targetY}
        strokeDasharray="6 3"
        strokeWidth={1.5}
        className="stroke-emerald-600"
        data-testid="target-line"
      />
      <text x={g.plot.right - 4} y={g.targetY - 4} textAnchor="end" className="fill-emerald-700 font-medium">
        Target {formatNumber(target, unit)}
      </text>
      {g.targetDateX !== null && (
        <g>
          <line
            x1={g.targetDateX}
            x2={g.targetDateX}
            y1={g.plot.top}
            y2={g.plot.bottom}
            strokeDasharray="2 3"
            className="stroke-amber-600"
            data-testid="target-date-line"
          />
          <text x={g.targetDateX - 4} y={g.plot.top + 10} textAnchor="end" className="fill-amber-700">
            Target date {formatDate(targetDate)}
          </text>
        </g>
      )}
    </g>
  );
}

function InitiativeMarks({ g }: { g: ChartGeometry }) {
  return (
    <g className="text-[11px]">
      {g.initiatives.map((m) => (
        <g key={m.id} data-testid="initiative-mark">
          <title>{`${m.key} ${m.title}${m.verdict && m.verdict !== 'NOT_DONE' ? `: ${VERDICT_LABEL[m.verdict]}` : ''}`}</title>
          {[m.startX, m.endX].map((x, i) =>
            x === null ? null : <line key={i} x1={x} x2={x} y1={g.plot.top} y2={m.y} strokeDasharray="1 3" className="stroke-indigo-400" />,
          )}
          <rect x={m.x1} y={m.y - 5} width={Math.max(m.x2 - m.x1, 2)} height={10} rx={3} className="fill-indigo-100 stroke-indigo-400" />
          <text x={Math.min(m.x1 + 4, g.plot.right - (m.verdict ? 150 : 60))} y={m.y} dy="0.32em" className="fill-indigo-900 font-medium">
            {m.key}
            {m.verdict && m.verdict !== 'NOT_DONE' && (
              <tspan dx={6} className={`font-semibold ${VERDICT_FILL[m.verdict]}`} data-testid="initiative-verdict">
                {`${VERDICT_GLYPH[m.verdict]} ${VERDICT_LABEL[m.verdict]}`}
              </tspan>
            )}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * One metric over time: measurements, baseline and target lines, the target date, and below
 * the plot the contributing initiatives on the same time axis, so a reader can see whether the
 * line moved when the work landed.
 */
export function MetricChart(props: MetricChartProps) {
  const titleId = useId();
  const g = chartGeometry(props);
  const summary = props.measurements.length
    ? `${props.measurements.length} measurements, latest ${formatNumber(props.measurements[props.measurements.length - 1].value, props.unit)}`
    : 'no measurements yet';
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Chart of ${props.name}`}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${g.width} ${g.height}`}
        className="h-auto w-full min-w-[560px] text-slate-700"
      >
        <title
          id={titleId}
        >{`${props.name}: ${summary}; baseline ${formatNumber(props.baseline, props.unit)}, target ${formatNumber(props.target, props.unit)}`}</title>
        <Axes g={g} />
        <ReferenceLines g={g} unit={props.unit} baseline={props.baseline} target={props.target} targetDate={props.targetDate} />
        <InitiativeMarks g={g} />
        <path
          d={g.linePath}
          fill="none"
          strokeWidth={2}
          strokeLinejoin="round"
          className="stroke-indigo-600"
          data-testid="measurement-line"
        />
        {g.points.map((p) => (
          <circle key={p.recordedAt} cx={p.x} cy={p.y} r={3} className="fill-white stroke-indigo-600" strokeWidth={1.5}>
            <title>{`${formatNumber(p.value, props.unit)} on ${INSTANT.format(new Date(p.recordedAt))}`}</title>
          </circle>
        ))}
      </svg>
    </div>
  );
}
