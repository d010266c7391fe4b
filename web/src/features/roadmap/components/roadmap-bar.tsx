import { memo, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { HEALTH_HEX } from '../../../components/ui/tones';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import type { PlacedBar } from '../geometry/layout';
import { fromDay } from '../model/days';
import { barAccessibleName, isImported, STATUS_GLYPH } from './bar-label';
import { DoneBarVerdict } from './done-bar-verdict';
import { StaleMark } from './forecast-ghosts';
import './roadmap-bar.css';

export type Bar = PlacedBar<RoadmapBarFragment>;

/** Stable callbacks shared by every bar (set up once by the timeline). */
export interface BarHandlers {
  onPointerDown(event: PointerEvent<HTMLElement>, bar: Bar): void;
  onPointerMove(event: PointerEvent<HTMLElement>, bar: Bar): void;
  onPointerUp(event: PointerEvent<HTMLElement>): void;
  onPointerCancel(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>, bar: Bar): void;
  onClick(event: MouseEvent<HTMLElement>, bar: Bar): void;
  onHover(bar: Bar | null, element?: HTMLElement): void;
  onBlur(bar: Bar): void;
}

/** Ids of the texts that say what the keys do: to a bar that moves, and to an imported one. */
export interface BarDescriptions {
  movable: string;
  imported: string;
}

interface RoadmapBarProps {
  bar: Bar;
  handlers: BarHandlers;
  /** Set while the bar is being dragged or moved with keys. */
  dragging: boolean;
  describedBy: BarDescriptions;
  /** Said after the bar's name, e.g. how it stands against the baseline compared with. */
  note?: string;
}

// Progress is a darker band from the left, painted by the bar's own background: no extra element
// per bar, as thousands of bars may be drawn.
function barBackground(colour: { fill: string; soft: string }, progress: number | null): string {
  if (progress === null) return colour.soft;
  const done = `${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%`;
  const filled = `color-mix(in srgb, ${colour.fill} 28%, ${colour.soft})`;
  return `linear-gradient(90deg, ${filled} ${done}, ${colour.soft} ${done})`;
}

export const RoadmapBar = memo(function RoadmapBar({ bar, handlers, dragging, describedBy, note }: RoadmapBarProps) {
  const { item } = bar;
  const colour = HEALTH_HEX[item.health];
  const imported = isImported(item);
  return (
    <a
      href={`/initiatives/${item.id}`}
      draggable={false}
      data-testid="roadmap-bar"
      data-bar-id={item.id}
      data-key={item.key}
      data-status={item.status}
      data-clip-start={bar.clippedStart || undefined}
      data-clip-end={bar.clippedEnd || undefined}
      data-dragging={dragging || undefined}
      data-imported={imported || undefined}
      aria-label={barAccessibleName(item, fromDay(bar.startDay), fromDay(bar.endDay)) + (note ? `, ${note}` : '')}
      aria-describedby={imported ? describedBy.imported : describedBy.movable}
      className="roadmap-bar"
      style={{
        left: bar.x,
        width: bar.width,
        background: barBackground(colour, item.progress),
        borderColor: colour.fill,
        color: colour.text,
      }}
      onPointerDown={(e) => handlers.onPointerDown(e, bar)}
      onPointerMove={(e) => handlers.onPointerMove(e, bar)}
      onPointerUp={handlers.onPointerUp}
      onPointerCancel={handlers.onPointerCancel}
      onPointerEnter={(e) => handlers.onHover(bar, e.currentTarget)}
      onPointerLeave={() => handlers.onHover(null)}
      onFocus={(e) => handlers.onHover(bar, e.currentTarget)}
      onBlur={() => handlers.onBlur(bar)}
      onKeyDown={(e) => handlers.onKeyDown(e, bar)}
      onClick={(e) => handlers.onClick(e, bar)}
    >
      {item.status === 'DONE' && <DoneBarVerdict initiativeId={item.id} />}
      <StaleMark initiativeId={item.id} />
      <b className="roadmap-bar__key">
        {STATUS_GLYPH[item.status]} {item.key}
      </b>{' '}
      {item.title}
    </a>
  );
});
