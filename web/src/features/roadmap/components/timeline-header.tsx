import { memo } from 'react';
import { formatMonth } from '../../../lib/format';
import { fromDay, monthStarts, toDay } from '../model/days';
import { dayToX, type TimeScale } from '../geometry/scale';

export const HEADER_HEIGHT = 52;

export interface PeriodColumn {
  label: string;
  start: string;
  end: string;
}

interface Props {
  periods: readonly PeriodColumn[];
  scale: TimeScale;
  today: string;
}

// Month names only where a month is wide enough to read them.
const MIN_MONTH_LABEL_PX = 26;
const MONTH_LABEL_INSET_PX = 6;
// Half the width of the Today badge, and about the width of a month's name.
const TODAY_BADGE_HALF_PX = 23;
const MONTH_NAME_PX = 24;

/**
 * How far into its column a month's name starts: moved past the Today badge when the badge would
 * cover it; null when it then no longer fits.
 */
export function monthLabelInset(left: number, width: number, todayX: number): number | null {
  const start = left + MONTH_LABEL_INSET_PX;
  const covered = todayX + TODAY_BADGE_HALF_PX > start && todayX - TODAY_BADGE_HALF_PX < start + MONTH_NAME_PX;
  if (!covered) return MONTH_LABEL_INSET_PX;
  const inset = todayX + TODAY_BADGE_HALF_PX + 4 - left;
  return inset + MONTH_NAME_PX <= width ? inset : null;
}

/** Quarter columns labelled by fiscal quarter, months beneath, and today's marker. */
export const TimelineHeader = memo(function TimelineHeader({ periods, scale, today }: Props) {
  const clampX = (day: number) => Math.min(scale.width, Math.max(0, dayToX(scale, day)));
  const months = monthStarts(fromDay(scale.fromDay), fromDay(scale.toDay));
  const monthWidth = scale.pxPerDay * 30;
  const todayX = dayToX(scale, toDay(today));
  return (
    <div
      className="relative border-b border-slate-200 bg-white text-xs text-slate-500"
      style={{ height: HEADER_HEIGHT }}
      data-testid="timeline-header"
    >
      {periods.map((period) => {
        const left = clampX(toDay(period.start));
        const right = clampX(toDay(period.end) + 1);
        if (right - left < 1) return null;
        return (
          <div
            key={period.label}
            className="absolute top-0 flex h-7 items-center overflow-hidden border-l border-slate-300 px-2 font-semibold whitespace-nowrap text-slate-700"
            style={{ left, width: right - left }}
            data-testid="timeline-period"
          >
            {period.label}
          </div>
        );
      })}
      {monthWidth >= MIN_MONTH_LABEL_PX &&
        months.map((month) => {
          const left = dayToX(scale, toDay(month));
          if (left < 0 || left >= scale.width) return null;
          const inset = monthLabelInset(left, monthWidth, todayX);
          return (
            <div
              key={month}
              className="absolute bottom-0 h-6 overflow-hidden border-l border-slate-200 pt-1 whitespace-nowrap"
              style={{ left, width: monthWidth, paddingLeft: inset ?? 0 }}
            >
              {inset !== null && formatMonth(month)}
            </div>
          );
        })}
      {todayX >= 0 && todayX <= scale.width && (
        <div
          className="absolute bottom-0 z-10 -translate-x-1/2 rounded-t bg-rose-700 px-1 py-px text-[10px] leading-3 font-semibold tracking-wide text-white uppercase ring-2 ring-white"
          style={{ left: todayX }}
        >
          Today
        </div>
      )}
    </div>
  );
});

interface GridProps {
  periods: readonly PeriodColumn[];
  scale: TimeScale;
  height: number;
}

// Week lines (Mondays) once a week is wide enough to plan by, at the quarter zoom.
const MIN_WEEK_LINE_PX = 56;

function mondays(scale: TimeScale): number[] {
  if (scale.pxPerDay * 7 < MIN_WEEK_LINE_PX) return [];
  // Day 0 (1970-01-01) was a Thursday, so Mondays are the days 4 more than a multiple of 7.
  const first = scale.fromDay + ((((4 - scale.fromDay) % 7) + 7) % 7);
  const days: number[] = [];
  for (let day = first; day <= scale.toDay; day += 7) days.push(day);
  return days;
}

/** Quarter, month and (when zoomed in) week lines behind the bars. */
export const TimelineGrid = memo(function TimelineGrid({ periods, scale, height }: GridProps) {
  const lines = monthStarts(fromDay(scale.fromDay), fromDay(scale.toDay));
  const quarterStarts = new Set(periods.map((p) => p.start));
  return (
    <div aria-hidden className="pointer-events-none absolute inset-0" style={{ height }}>
      {lines.map((month) => {
        const x = dayToX(scale, toDay(month));
        if (x <= 0 || x >= scale.width) return null;
        return (
          <div
            key={month}
            className={`absolute inset-y-0 w-px ${quarterStarts.has(month) ? 'bg-slate-300' : 'bg-slate-100'}`}
            style={{ left: x }}
          />
        );
      })}
      {mondays(scale).map((day) => (
        <div key={day} className="absolute inset-y-0 border-l border-dashed border-slate-100" style={{ left: dayToX(scale, day) }} />
      ))}
    </div>
  );
});

/** Today, as a line down the whole timeline (drawn over lane headings, under bars and arrows). */
export function TodayLine({ scale, today }: { scale: TimeScale; today: string }) {
  const x = dayToX(scale, toDay(today));
  if (x < 0 || x > scale.width) return null;
  return (
    <div aria-hidden className="pointer-events-none absolute inset-y-0 w-px bg-rose-500/80" style={{ left: x }} data-testid="today-line" />
  );
}
