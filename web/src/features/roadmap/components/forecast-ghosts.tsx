import { createContext, startTransition, useContext, useMemo, useOptimistic, type ReactNode } from 'react';
import { annotateBar, formatSlip, type BaselineLookup } from '../geometry/ghosts';
import type { TimeScale } from '../geometry/scale';
import { useRoadmapForecasts, useRoadmapStale } from '../api/roadmap-forecasts.query';
import { BaselineMarks } from './baseline-marks';
import './forecast-ghosts.css';

interface Forecasts {
  /** Each initiative forecast off its plan, with its forecast dates (the ghost); absent: on plan or ghosts hidden. */
  lookup: BaselineLookup;
  stale: ReadonlySet<string>;
}

const ForecastContext = createContext<Forecasts | null>(null);

/**
 * The roadmap's forecast ghosts (a toggle, kept in the view's URL) and stale marks, loaded once
 * for every bar under it; absent (e.g. in a shared view): neither.
 */
export function RoadmapForecasts({
  from,
  to,
  shown,
  setShown,
  children,
}: {
  from: string;
  to: string;
  shown: boolean;
  setShown: (shown: boolean) => void;
  children: ReactNode;
}) {
  // The URL changes in a transition (React Router's): the box shows the click at once meanwhile.
  const [ticked, setTicked] = useOptimistic(shown);
  const toggle = (next: boolean) =>
    startTransition(() => {
      setTicked(next);
      setShown(next);
    });
  const forecasts = useRoadmapForecasts(from, to, !shown).data?.forecastSlips;
  const staleList = useRoadmapStale().data?.staleInitiatives;
  const value = useMemo<Forecasts>(
    () => ({
      lookup: new Map(shown ? (forecasts ?? []).map((row) => [row.id, row.forecast]) : []),
      stale: new Set((staleList ?? []).map((row) => row.id)),
    }),
    [shown, forecasts, staleList],
  );
  return (
    <ForecastContext.Provider value={value}>
      <label className="mx-4 mb-2 inline-flex items-center gap-2 self-start text-sm text-slate-700 sm:mx-6 print:hidden">
        <input type="checkbox" checked={ticked} onChange={(event) => toggle(event.target.checked)} />
        Forecast ghosts
        <span className="text-slate-500">where the work is forecast to run, carried through its dependencies</span>
      </label>
      {children}
    </ForecastContext.Provider>
  );
}

/** The forecast ghosts drawn under this roadmap (none while hidden), for packing bars around them. */
export function useForecastLookup(): BaselineLookup | undefined {
  const lookup = useContext(ForecastContext)?.lookup;
  // None while hidden or loading: the same undefined, so the timeline's layout is not rebuilt for nothing.
  return lookup?.size ? lookup : undefined;
}

type DrawnBar = Parameters<typeof annotateBar>[0];

/** A bar's forecast, drawn as the baseline's ghost is, with the forecast slip ("+24 d") beside it. */
export function ForecastMarks({ bar, scale }: { bar: DrawnBar; scale: TimeScale }) {
  const lookup = useContext(ForecastContext)?.lookup;
  const annotation = lookup && annotateBar(bar, lookup, scale);
  if (!annotation) return null;
  // annotateBar measures the bar against the ghost; a forecast ghost is the later one.
  const slipDays = annotation.slipDays === null ? null : -annotation.slipDays;
  return <BaselineMarks kind="forecast" annotation={{ ...annotation, slipDays, label: slipDays ? formatSlip(slipDays) : null }} />;
}

/** A mark on the bar of work in progress that needs an update. */
export function StaleMark({ initiativeId }: { initiativeId: string }) {
  if (!useContext(ForecastContext)?.stale.has(initiativeId)) return null;
  return (
    <span className="roadmap-bar__stale" title="Needs an update: no check-in for too long" data-testid="bar-stale">
      <svg aria-hidden viewBox="0 0 16 16" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="1.6">
        <circle cx="8" cy="8" r="6.2" />
        <path d="M8 4.5V8l2.4 1.6" strokeLinecap="round" />
      </svg>
      <span className="sr-only">, needs an update</span>
    </span>
  );
}
