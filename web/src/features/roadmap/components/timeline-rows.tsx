import { memo } from 'react';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import type { TimelineRow } from '../geometry/layout';
import { RoadmapBar, type Bar, type BarDescriptions, type BarHandlers } from './roadmap-bar';

interface LaneHeaderProps {
  row: Extract<TimelineRow<RoadmapBarFragment>, { kind: 'lane' }>;
  onToggle: (laneKey: string) => void;
}

/** A lane's heading across the timeline: fold button, title and how many initiatives it holds. */
export const LaneHeader = memo(function LaneHeader({ row, onToggle }: LaneHeaderProps) {
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
}

/** One packed row of bars. Memoised: scrolling renders only rows that come into view. */
export const BarRow = memo(function BarRow({ row, handlers, preview, describedBy }: BarRowProps) {
  return (
    <div className="roadmap-row" style={{ top: row.top, height: row.height }}>
      {row.bars.map((bar) => {
        const moving = preview?.item.id === bar.item.id;
        return (
          <RoadmapBar key={bar.item.id} bar={moving ? preview : bar} handlers={handlers} dragging={moving} describedBy={describedBy} />
        );
      })}
    </div>
  );
});
