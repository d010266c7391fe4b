import { sparklinePath } from './sparkline-path';

interface SparklineProps {
  values: readonly number[];
  label: string;
  /** Draws the line red when the last move went the wrong way. */
  goodDirection: 'INCREASE' | 'DECREASE';
}

const WIDTH = 80;
const HEIGHT = 20;

export function Sparkline({ values, label, goodDirection }: SparklineProps) {
  if (values.length < 2)
    return <span className="inline-block w-20 text-center text-xs text-slate-500">{values.length ? 'one value' : 'no data'}</span>;
  const last = values[values.length - 1] - values[values.length - 2];
  const worse = goodDirection === 'INCREASE' ? last < 0 : last > 0;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      className="shrink-0 overflow-visible"
    >
      <path
        d={sparklinePath(values, WIDTH, HEIGHT)}
        fill="none"
        strokeWidth={1.5}
        strokeLinejoin="round"
        className={worse ? 'stroke-rose-500' : 'stroke-indigo-500'}
      />
    </svg>
  );
}
