import { Fragment, memo, useContext } from 'react';
import { RoadmapCapacityContext } from '../../../components/roadmap-capacity-slot';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import { annotateBar } from '../geometry/ghosts';
import type { TimelineRow } from '../geometry/layout';
import type { TimeScale } from '../geometry/scale';
import { baselineNote, type BaselineComparison } from '../model/baseline-comparison';
import { BaselineMarks } from './baseline-marks';
import { ForecastMarks } from './forecast-ghosts';
import { RoadmapBar, type Bar, type BarDescriptions, type BarHandlers } from './roadmap-bar';

interface LaneHeaderProps {
  row: Extract<TimelineRow<RoadmapBarFragment>, { kind: 'lane' }>;
  onToggle: (laneKey: string) => void;
}

/** A lane's heading across the timeline: fold button, title and how many initiatives it holds. */
export const LaneHeader = memo(function LaneHeader({ row, onToggle }: LaneHeaderProps) {
  const capacity = useContext(RoadmapCapacityContext);
  return (
    <div
      className="roadmap-row flex items-end px-2 pb-1.5"
      style={{ top: row.top, height: row.height }}
      data-testid="roadmap-lane"
      data-lane-key={row.laneKey}
    >
      <button
        type="button"
        aria-expanded={!row.collapsed}
        onClick={() => onToggle(row.laneKey)}
        className="sticky left-2 flex max-w-full items-center gap-1.5 rounded px-1 py-0.5 text-sm font-semibold text-slate-800 hover:bg-slate-200/70 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <svg
          aria-hidden
          viewBox="0 0 16 16"
          className={`size-3.5 shrink-0 fill-slate-500 transition-transform print:hidden ${row.collapsed ? '-rotate-90' : ''}`}
        >
          <path d="M4 6l4 4 4-4z" />
        </svg>
        <span className="truncate">{row.title}</span>
        <span className="rounded-full bg-slate-200 px-1.5 text-xs font-medium text-slate-600">{row.count}</span>
      </button>
      {capacity?.laneLoad(row.laneKey)}
    </div>
  );
});

/** The shaded band behind each lane heading; drawn under the arrows, so they stay visible across it. */
export const LaneBand = memo(function LaneBand({ top, height }: { top: number; height: number }) {
  return <div aria-hidden className="absolute inset-x-0 border-t border-slate-200 bg-slate-50 print:bg-white" style={{ top, height }} />;
});

interface BarRowProps {
  row: Extract<TimelineRow<RoadmapBarFragment>, { kind: 'bars' }>;
  handlers: BarHandlers;
  /** The bar being moved in this row, drawn where it is being moved to. */
  preview: Bar | null;
  describedBy: BarDescriptions;
  /** The baseline compared with: each bar gets its ghost and slip. */
  baseline: BaselineComparison | null;
  scale: TimeScale;
}

/** One packed row of bars. Memoised: scrolling renders only rows that come into view. */
export const BarRow = memo(function BarRow({ row, handlers, preview, describedBy, baseline, scale }: BarRowProps) {
  return (
    <div className="roadmap-row" style={{ top: row.top, height: row.height }}>
      {row.bars.map((bar) => {
        const moving = preview?.item.id === bar.item.id;
        const shown = moving ? preview : bar;
        const annotation = baseline ? annotateBar(shown, baseline.lookup, scale) : undefined;
        return (
          <Fragment key={bar.item.id}>
            {annotation && <BaselineMarks annotation={annotation} />}
            <ForecastMarks bar={shown} scale={scale} />
            <RoadmapBar
              bar={shown}
              handlers={handlers}
              dragging={moving}
              describedBy={describedBy}
              note={annotation && baseline ? baselineNote(baseline.name, annotation.slipDays, annotation.isNew) : undefined}
            />
          </Fragment>
        );
      })}
    </div>
  );
});
