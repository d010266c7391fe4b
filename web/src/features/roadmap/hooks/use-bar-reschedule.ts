import { useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import { formatDateRange } from '../../../lib/format';
import { importedReason, isImported } from '../components/bar-label';
import type { Bar, BarHandlers } from '../components/roadmap-bar';
import type { HoverStore } from '../components/hover-store';
import { MIN_BAR_WIDTH } from '../geometry/layout';
import { dragModeAt, keyboardStep, shiftSpan, type DaySpan, type RescheduleMode } from '../geometry/reschedule';
import { barExtent, pixelsToDays, type TimeScale } from '../geometry/scale';
import { fromDay } from '../model/days';

/** Moves made with the keyboard are saved once the keys rest this long (one save, not one per press). */
const KEYBOARD_SAVE_DELAY_MS = 900;
const DRAG_THRESHOLD_PX = 3;

interface Options {
  scale: TimeScale;
  hover: HoverStore<RoadmapBarFragment>;
  onCommit(item: RoadmapBarFragment, startDate: string, endDate: string): void;
  onOpen(item: RoadmapBarFragment, event: MouseEvent<HTMLElement>): void;
  /** Tells screen-reader users where a bar has been moved to. */
  announce(message: string): void;
  /** Nothing moves: the caller may not change dates (a viewer); bars still open. */
  readOnly?: boolean;
}

/** Whether this bar may be dragged or moved with keys. */
function movable(s: Session, bar: Bar): boolean {
  return !s.latest.current.readOnly && !isImported(bar.item);
}

interface Gesture {
  bar: Bar;
  mode: RescheduleMode;
  originX: number;
  span: DaySpan;
  moved: boolean;
}

interface Pending {
  bar: Bar;
  span: DaySpan;
  timer: number;
}

function previewOf(bar: Bar, span: DaySpan, scale: TimeScale): Bar {
  const extent = barExtent(scale, span.startDay, span.endDay) ?? {
    x: span.endDay < scale.fromDay ? 0 : scale.width - MIN_BAR_WIDTH,
    width: MIN_BAR_WIDTH,
    clippedStart: span.endDay < scale.fromDay,
    clippedEnd: span.startDay > scale.toDay,
  };
  return { ...bar, ...span, ...extent, width: Math.max(extent.width, MIN_BAR_WIDTH) };
}

const sameSpan = (a: DaySpan, b: DaySpan) => a.startDay === b.startDay && a.endDay === b.endDay;

/** The mutable state of one timeline's gestures, shared by its handlers. */
interface Session {
  latest: { current: Options };
  gesture: { current: Gesture | null };
  pending: { current: Pending | null };
  suppressClick: { current: boolean };
  setPreview(bar: Bar | null): void;
}

function actionsOf(s: Session) {
  const commit = (bar: Bar, span: DaySpan) => {
    s.setPreview(null);
    if (!sameSpan(span, bar)) s.latest.current.onCommit(bar.item, fromDay(span.startDay), fromDay(span.endDay));
  };
  const flushPending = () => {
    const p = s.pending.current;
    if (!p) return;
    window.clearTimeout(p.timer);
    s.pending.current = null;
    commit(p.bar, p.span);
  };
  const show = (bar: Bar, span: DaySpan) => s.setPreview(previewOf(bar, span, s.latest.current.scale));
  const cancel = () => {
    s.gesture.current = null;
    if (s.pending.current) window.clearTimeout(s.pending.current.timer);
    s.pending.current = null;
    s.setPreview(null);
  };
  return { commit, flushPending, show, cancel };
}

type Actions = ReturnType<typeof actionsOf>;

function modeUnderPointer(event: PointerEvent<HTMLElement>, bar: Bar): RescheduleMode {
  const rect = event.currentTarget.getBoundingClientRect();
  return dragModeAt(event.clientX - rect.left, rect.width, bar);
}

function pointerHandlers(s: Session, a: Actions): Pick<BarHandlers, 'onPointerDown' | 'onPointerMove' | 'onPointerUp' | 'onPointerCancel'> {
  return {
    onPointerDown(event, bar) {
      if (event.button !== 0 || event.pointerType === 'touch' || !movable(s, bar)) return;
      a.flushPending();
      s.gesture.current = { bar, mode: modeUnderPointer(event, bar), originX: event.clientX, span: bar, moved: false };
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove(event, bar) {
      const g = s.gesture.current;
      if (!g) {
        if (movable(s, bar)) event.currentTarget.style.cursor = modeUnderPointer(event, bar) === 'move' ? 'grab' : 'ew-resize';
        return;
      }
      const dx = event.clientX - g.originX;
      if (!g.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      const first = !g.moved;
      if (first) s.latest.current.hover.set(null);
      g.moved = true;
      const span = shiftSpan(g.bar, g.mode, pixelsToDays(s.latest.current.scale, dx));
      if (!first && sameSpan(span, g.span)) return;
      g.span = span;
      a.show(g.bar, span);
    },
    onPointerUp() {
      const g = s.gesture.current;
      s.gesture.current = null;
      if (!g?.moved) return;
      s.suppressClick.current = true;
      a.commit(g.bar, g.span);
    },
    onPointerCancel: a.cancel,
  };
}

function keyboardHandlers(s: Session, a: Actions): Pick<BarHandlers, 'onKeyDown' | 'onBlur'> {
  return {
    onKeyDown(event, bar) {
      if (event.key === 'Escape' && (s.gesture.current || s.pending.current)) {
        a.cancel();
        s.latest.current.announce(`${bar.item.key}: move cancelled`);
        return;
      }
      const step = keyboardStep(event.key, event);
      if (!step || s.latest.current.readOnly) return;
      event.preventDefault();
      if (isImported(bar.item)) {
        s.latest.current.announce(`${bar.item.key}: ${importedReason(bar.item)}`);
        return;
      }
      const pending = s.pending.current?.bar.item.id === bar.item.id ? s.pending.current : null;
      if (s.pending.current) window.clearTimeout(s.pending.current.timer);
      const original = pending?.bar ?? bar;
      const span = shiftSpan(pending?.span ?? original, step.mode, step.days);
      s.pending.current = { bar: original, span, timer: window.setTimeout(a.flushPending, KEYBOARD_SAVE_DELAY_MS) };
      a.show(original, span);
      s.latest.current.announce(`${bar.item.key}: ${formatDateRange(fromDay(span.startDay), fromDay(span.endDay))}`);
    },
    onBlur(bar) {
      s.latest.current.hover.set(null);
      if (s.pending.current?.bar.item.id === bar.item.id) a.flushPending();
    },
  };
}

function openAndHoverHandlers(s: Session, a: Actions): Pick<BarHandlers, 'onClick' | 'onHover'> {
  return {
    onClick(event, bar) {
      // The click that ends a drag is not a request to open the bar.
      if (s.suppressClick.current) {
        s.suppressClick.current = false;
        event.preventDefault();
        return;
      }
      a.flushPending();
      s.latest.current.onOpen(bar.item, event);
    },
    onHover(bar, element) {
      if (s.gesture.current?.moved) return;
      const rect = element?.getBoundingClientRect();
      s.latest.current.hover.set(
        bar && rect ? { item: bar.item, rect: { left: rect.left, top: rect.top, bottom: rect.bottom, width: rect.width } } : null,
      );
    },
  };
}

/**
 * Drag a bar to move it, drag an end to resize it, or use the arrow keys; the bar follows at once
 * (`preview`) and the change is handed to `onCommit` when the gesture ends.
 */
export function useBarReschedule(options: Options): { preview: Bar | null; handlers: BarHandlers } {
  const [preview, setPreview] = useState<Bar | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const gesture = useRef<Gesture | null>(null);
  const pending = useRef<Pending | null>(null);
  const suppressClick = useRef(false);
  const handlers = useMemo<BarHandlers>(() => {
    const session: Session = { latest, gesture, pending, suppressClick, setPreview };
    const actions = actionsOf(session);
    return { ...pointerHandlers(session, actions), ...keyboardHandlers(session, actions), ...openAndHoverHandlers(session, actions) };
  }, []);
  return { preview, handlers };
}
