import { describeProgress, formatProgress } from './metric-format';

// Zero sits a fifth of the way in, so a regression has room to show on the left of it.
const ZERO = 20;

/**
 * Progress from baseline (0) to target (100%), drawn either side of zero: a regression grows
 * red to the left, progress grows to the right, an overshoot fills the bar and says so.
 */
export function ProgressBar({ progress, label }: { progress: number | null | undefined; label: string }) {
  const known = progress !== null && progress !== undefined;
  const p = known ? progress : 0;
  const width = p < 0 ? Math.min(-p, 1) * ZERO : Math.min(p, 1) * (100 - ZERO);
  const left = p < 0 ? ZERO - width : ZERO;
  const colour = p < 0 ? 'bg-rose-500' : p >= 1 ? 'bg-emerald-600' : 'bg-indigo-500';
  return (
    <div className="flex items-center gap-2">
      <div
        // A meter needs a value: with no progress known it is a picture that says so.
        {...(known
          ? {
              role: 'meter',
              'aria-label': label,
              'aria-valuemin': -100,
              'aria-valuemax': 100,
              'aria-valuenow': Math.round(Math.max(-100, Math.min(100, p * 100))),
              'aria-valuetext': describeProgress(progress),
            }
          : { role: 'img', 'aria-label': `${label}: ${describeProgress(progress)}` })}
        className="relative h-2 w-24 shrink-0 overflow-hidden rounded-full bg-slate-200"
      >
        {known && <div className={`absolute inset-y-0 ${colour}`} style={{ left: `${left}%`, width: `${width}%` }} />}
        <div aria-hidden className="absolute inset-y-0 w-px bg-slate-500" style={{ left: `${ZERO}%` }} />
      </div>
      <span className={`w-12 text-right text-xs font-medium tabular-nums ${p < 0 ? 'text-rose-700' : 'text-slate-700'}`}>
        {formatProgress(progress)}
      </span>
    </div>
  );
}
