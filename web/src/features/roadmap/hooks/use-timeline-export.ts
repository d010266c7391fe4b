import { useImperativeHandle, useState, type Ref, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { exportImage, type ImageFormat } from '../export/download';

export interface TimelineHandle {
  /** Saves what the timeline shows right now as an image. */
  exportImage(format: ImageFormat, fileName: string): Promise<void>;
}

/**
 * Exposes `exportImage` on the timeline's ref. The image is the viewport as scrolled: while it is
 * taken, the sticky header is pinned (`frozenHeaderTop`) above the rows in view, since a copy of
 * the page has no scroll position for `position: sticky` to follow.
 */
export function useTimelineExport(
  ref: Ref<TimelineHandle> | undefined,
  viewportRef: RefObject<HTMLElement | null>,
  canvasRef: RefObject<HTMLElement | null>,
): number | null {
  const [frozenHeaderTop, setFrozenHeaderTop] = useState<number | null>(null);
  useImperativeHandle(ref, () => ({
    async exportImage(format, fileName) {
      const viewport = viewportRef.current;
      const canvas = canvasRef.current;
      if (!viewport || !canvas) return;
      const top = viewport.scrollTop;
      flushSync(() => setFrozenHeaderTop(top));
      try {
        const frame = { width: viewport.clientWidth, height: viewport.clientHeight, style: { transform: `translateY(-${top}px)` } };
        await exportImage(canvas, format, fileName, frame);
      } finally {
        setFrozenHeaderTop(null);
      }
    },
  }));
  return frozenHeaderTop;
}
