import { formatNumber } from '../../../lib/format';

interface PreviewChartProps {
  points: ReadonlyArray<{ at: string; value: number }>;
  unit: string;
}

const WIDTH = 600;
const HEIGHT = 160;
const PAD = 8;

/** The daily values a binding would import, as a line: what the editor checks before saving. */
export function PreviewChart({ points, unit }: PreviewChartProps) {
  if (!points.length) return <p className="text-sm text-slate-600">The query returned no values for the last 30 days.</p>;
  const values = points.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const span = max - min || 1;
  const x = (i: number) => PAD + (points.length === 1 ? 0 : (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / span;
  const first = points[0];
  const last = points[points.length - 1];
  const label = `Preview: ${points.length} daily values from ${first.at.slice(0, 10)} to ${last.at.slice(0, 10)}, between ${formatNumber(min, unit)} and ${formatNumber(max, unit)}`;
  return (
    <figure className="space-y-1">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-40 w-full rounded border border-slate-200 bg-white"
      >
        <polyline
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          className="text-indigo-600"
          points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}
        />
        {points.map((p, i) => (
          <circle key={p.at} cx={x(i)} cy={y(p.value)} r="2" className="fill-indigo-600" />
        ))}
      </svg>
      <figcaption className="text-xs text-slate-500">
        {points.length} days, {first.at.slice(0, 10)} to {last.at.slice(0, 10)} (UTC); latest {formatNumber(last.value, unit)}
      </figcaption>
    </figure>
  );
}
