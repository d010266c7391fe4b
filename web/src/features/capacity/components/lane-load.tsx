import { addDays, daysBetween } from '@throughline/shared';
import { formatWeeks, heatOf } from '../model/heat';
import type { CellView } from './capacity-cell';

const CHIP: Record<ReturnType<typeof heatOf>, string> = {
  unset: 'bg-white text-slate-500 ring-slate-200',
  ok: 'bg-white text-slate-600 ring-slate-200',
  near: 'bg-amber-50 text-amber-800 ring-amber-300',
  over: 'bg-red-100 text-red-800 ring-red-400 font-semibold',
};

interface LaneLoadProps {
  teamName: string;
  from: string;
  to: string;
  periods: ReadonlyArray<{ label: string; start: string; end: string }>;
  cells: readonly CellView[];
}

/** A team lane's load in each quarter in view, at the right end of the quarter's stretch of the lane heading. */
export function LaneLoad({ teamName, from, to, periods, cells }: LaneLoadProps) {
  const days = daysBetween(from, to) + 1;
  const percent = (date: string) => (Math.min(Math.max(daysBetween(from, date), 0), days) / days) * 100;
  return (
    <>
      {periods.map((period, i) => {
        const cell = cells[i];
        if (!cell) return null;
        const heat = heatOf(cell.loadWeeks, cell.capacityWeeks);
        const left = percent(period.start);
        const right = percent(addDays(period.end, 1));
        return (
          <div
            key={period.label}
            className="pointer-events-none absolute top-1 flex justify-end pr-2"
            style={{ left: `${left}%`, width: `${right - left}%` }}
          >
            <span
              className={`rounded px-1.5 text-[11px] leading-4 tabular-nums ring-1 ${CHIP[heat]}`}
              data-testid="lane-load"
              data-period={period.label}
              data-heat={heat}
              title={`${teamName}, ${period.label}: ${formatWeeks(cell.loadWeeks)} committed engineer-weeks${
                cell.capacityWeeks == null ? ' (no capacity set)' : ` of ${formatWeeks(cell.capacityWeeks)}`
              }`}
            >
              {period.label.slice(-2)} {formatWeeks(cell.loadWeeks)}
              {cell.capacityWeeks == null ? '' : `/${formatWeeks(cell.capacityWeeks)}`} wk
            </span>
          </div>
        );
      })}
    </>
  );
}
