import { useCallback, useContext, useDeferredValue, useId, useMemo, useRef, useState, type MouseEvent, type Ref } from 'react';
import { RoadmapCapacityContext } from '../../../components/roadmap-capacity-slot';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import { visibleArrows, type DependencyRef } from '../geometry/arrows';
import { ghostedExtent } from '../geometry/ghosts';
import { buildLayout, ROW_HEIGHT, type LayoutLane, type TimelineLayout } from '../geometry/layout';
import { createScale } from '../geometry/scale';
import { useBarReschedule } from '../hooks/use-bar-reschedule';
import { useCurrentLane } from '../hooks/use-current-lane';
import { useElementWidth } from '../hooks/use-element-width';
import { useKeepBarFocus } from '../hooks/use-keep-bar-focus';
import { useTimelineExport, type TimelineHandle } from '../hooks/use-timeline-export';
import { useVirtualRows } from '../hooks/use-virtual-rows';
import type { BaselineComparison } from '../model/baseline-comparison';
import { BarTooltip } from './bar-tooltip';
import { useForecastLookup } from './forecast-ghosts';
import { createHoverStore } from './hover-store';
import { HEADER_HEIGHT, TimelineHeader, type PeriodColumn } from './timeline-header';
import { TimelineBody } from './timeline-body';

const EMPTY_LAYOUT: TimelineLayout<RoadmapBarFragment> = { rows: [], height: 0, placements: new Map() };
const NO_ROWS: [number, number] = [0, 0];

interface TimelineProps {
  from: string;
  to: string;
  periods: readonly PeriodColumn[];
  lanes: ReadonlyArray<LayoutLane<RoadmapBarFragment>>;
  dependencies: readonly DependencyRef[];
  collapsed: readonly string[];
  today: string;
  onToggleLane(laneKey: string): void;
  onReschedule(item: RoadmapBarFragment, startDate: string, endDate: string): void | Promise<void>;
  onOpen(item: RoadmapBarFragment, event: MouseEvent<HTMLElement>): void;
  /** Bars open but do not move (a viewer's roadmap). */
  readOnly?: boolean;
  /** The baseline to draw under the bars, if any. */
  baseline?: BaselineComparison | null;
  ref?: Ref<TimelineHandle>;
}

/** The roadmap's timeline: a sticky quarter header over lanes of bars, drawn only where in view. */
export function Timeline({
  from,
  to,
  periods,
  lanes,
  dependencies,
  collapsed,
  today,
  onToggleLane,
  onReschedule,
  onOpen,
  readOnly = false,
  baseline = null,
  ref,
}: TimelineProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLParagraphElement>(null);
  const movableId = useId();
  const importedId = useId();
  const readOnlyId = useId();
  const [hover] = useState(createHoverStore<RoadmapBarFragment>);

  const width = useElementWidth(viewportRef);
  const scale = useMemo(() => createScale(from, to, width), [from, to, width]);
  const collapsedSet = useMemo(() => new Set(collapsed), [collapsed]);
  const forecasts = useForecastLookup();
  // Compared with a baseline, or with forecasts shown, a bar takes the room of its ghosts and slip
  // labels too. Nothing is laid
  // out before the width is known (the first render, before the layout effect measures it): at 20,000
  // initiatives a layout at width 0 costs as much as the real one.
  const layout = useMemo(
    () => (width > 0 ? buildLayout(lanes, scale, collapsedSet, ghostedExtent([baseline?.lookup, forecasts], scale)) : EMPTY_LAYOUT),
    [lanes, scale, collapsedSet, baseline, forecasts, width],
  );
  const range = useVirtualRows(viewportRef, layout.rows, HEADER_HEIGHT);
  // Arrows follow the bars in a background render: neither the first paint (which would wait for
  // the index of 40,000 dependencies) nor a scroll frame waits for them.
  const arrowRange = useDeferredValue(range, NO_ROWS);
  const arrows = useMemo(
    () => visibleArrows(dependencies, layout.placements, layout.rows, arrowRange, ROW_HEIGHT),
    [dependencies, layout, arrowRange],
  );

  // One object while the ids hold, so the memoised rows do not re-render when the timeline does.
  const describedBy = useMemo(
    () => ({ movable: readOnly ? readOnlyId : movableId, imported: importedId }),
    [readOnly, readOnlyId, movableId, importedId],
  );

  const keepFocus = useKeepBarFocus(canvasRef, layout);
  const capacity = useContext(RoadmapCapacityContext);
  const commit = useCallback(
    async (item: RoadmapBarFragment, startDate: string, endDate: string) => {
      // Over capacity is allowed, but said before saving; the user may still cancel the move.
      if (capacity && !(await capacity.checkMove({ initiativeId: item.id, startDate, endDate }))) return;
      keepFocus(item.id);
      await onReschedule(item, startDate, endDate);
      capacity?.afterMove();
    },
    [capacity, keepFocus, onReschedule],
  );
  const announce = useCallback((message: string) => {
    if (liveRef.current) liveRef.current.textContent = message;
  }, []);
  const { preview, handlers } = useBarReschedule({ scale, hover, onCommit: commit, onOpen, announce, readOnly });
  const frozenHeaderTop = useTimelineExport(ref, viewportRef, canvasRef);
  const currentLane = useCurrentLane(viewportRef, layout.rows);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col" data-testid="roadmap-timeline">
      <div
        ref={viewportRef}
        className="min-h-0 flex-1 overflow-x-hidden overflow-y-auto overscroll-contain print:overflow-visible"
        role="region"
        aria-label="Roadmap timeline"
      >
        <div ref={canvasRef} className="relative bg-white" style={{ height: HEADER_HEIGHT + layout.height }}>
          <div
            className="sticky top-0 z-[35]"
            style={frozenHeaderTop === null ? undefined : { position: 'absolute', top: frozenHeaderTop, left: 0, right: 0 }}
          >
            <TimelineHeader periods={periods} scale={scale} today={today} />
          </div>
          {currentLane && (
            <div className="sticky z-[34] h-0 print:hidden" style={{ top: HEADER_HEIGHT }}>
              <div
                className="absolute top-1 left-2 flex items-center gap-1.5 rounded-md bg-white/95 px-2 py-0.5 text-sm font-semibold text-slate-800 shadow ring-1 ring-slate-200"
                data-testid="current-lane"
              >
                {currentLane.title}
                <span className="rounded-full bg-slate-200 px-1.5 text-xs font-medium text-slate-600">{currentLane.count}</span>
              </div>
            </div>
          )}
          {width > 0 && (
            <TimelineBody
              layout={layout}
              range={range}
              scale={scale}
              periods={periods}
              today={today}
              arrows={arrows}
              handlers={handlers}
              preview={preview}
              onToggleLane={onToggleLane}
              describedBy={describedBy}
              baseline={baseline}
            />
          )}
        </div>
      </div>
      <BarTooltip store={hover} baseline={baseline} />
      <p id={movableId} className="sr-only">
        Enter opens the initiative. Left and right arrows move it by a week; with Shift they move its end date, with Alt its start date.
        Escape cancels.
      </p>
      <p id={importedId} className="sr-only">
        Enter opens the initiative. Its dates come from Jira and are changed there.
      </p>
      <p id={readOnlyId} className="sr-only">
        Enter opens the initiative.
      </p>
      <p ref={liveRef} aria-live="polite" className="sr-only" />
    </div>
  );
}
