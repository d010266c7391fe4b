import type { RoadmapBarFragment } from '../../../gql/graphql';
import { formatDateRange } from '../../../lib/format';
import type { Arrow } from '../geometry/arrows';
import type { TimelineLayout } from '../geometry/layout';
import type { TimeScale } from '../geometry/scale';
import type { BaselineComparison } from '../model/baseline-comparison';
import { fromDay } from '../model/days';
import { DependencyLayer } from './dependency-layer';
import type { Bar, BarDescriptions, BarHandlers } from './roadmap-bar';
import { TimelineGrid, TodayLine, type PeriodColumn } from './timeline-header';
import { BarRow, LaneBand, LaneHeader } from './timeline-rows';

interface TimelineBodyProps {
  layout: TimelineLayout<RoadmapBarFragment>;
  /** The rows to render, [start, end). */
  range: [number, number];
  scale: TimeScale;
  periods: readonly PeriodColumn[];
  today: string;
  arrows: readonly Arrow[];
  handlers: BarHandlers;
  /** The bar being moved, where it is being moved to. */
  preview: Bar | null;
  onToggleLane(laneKey: string): void;
  describedBy: BarDescriptions;
  baseline: BaselineComparison | null;
}

/** The dates a bar is being moved to, above it. */
function DragLabel({ bar, top }: { bar: Bar; top: number }) {
  return (
    <div
      className="pointer-events-none absolute z-40 -translate-y-full rounded bg-slate-900 px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap text-white shadow"
      style={{ top: top + 2, left: Math.max(0, bar.x) }}
    >
      {formatDateRange(fromDay(bar.startDay), fromDay(bar.endDay))}
    </div>
  );
}

/**
 * The rows in view, in painting order: grid, lane bands, today line, arrows, then bars and lane
 * headings on top.
 */
export function TimelineBody({
  layout,
  range: [start, end],
  scale,
  periods,
  today,
  arrows,
  handlers,
  preview,
  onToggleLane,
  describedBy,
  baseline,
}: TimelineBodyProps) {
  const rows = layout.rows.slice(start, end);
  const bandTop = layout.rows[start]?.top ?? 0;
  const bandBottom = end > start ? layout.rows[end - 1].top + layout.rows[end - 1].height : bandTop;
  const previewRow = preview ? layout.placements.get(preview.item.id)?.[0]?.rowIndex : undefined;
  return (
    <div className="relative" style={{ height: layout.height }} data-testid="timeline-body">
      <TimelineGrid periods={periods} scale={scale} height={layout.height} />
      {rows.map((row) => row.kind === 'lane' && <LaneBand key={row.key} top={row.top} height={row.height} />)}
      <TodayLine scale={scale} today={today} />
      <DependencyLayer arrows={arrows} width={scale.width} top={bandTop} height={bandBottom - bandTop} />
      {rows.map((row) =>
        row.kind === 'lane' ? (
          <LaneHeader key={row.key} row={row} onToggle={onToggleLane} />
        ) : (
          <BarRow
            key={row.key}
            row={row}
            handlers={handlers}
            preview={preview && row.bars.some((b) => b.item.id === preview.item.id) ? preview : null}
            describedBy={describedBy}
            baseline={baseline}
            scale={scale}
          />
        ),
      )}
      {preview && previewRow !== undefined && <DragLabel bar={preview} top={layout.rows[previewRow].top} />}
    </div>
  );
}
