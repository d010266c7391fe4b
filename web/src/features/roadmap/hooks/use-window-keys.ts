import { useEffect, useRef } from 'react';
import { shiftWindow, type RoadmapView } from '../model/view-state';
import type { ViewUpdateOptions } from './use-roadmap-view';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.hasAttribute('data-bar-id');
}

/** ← and → move the window a quarter, unless focus is in a field or on a bar (where they move the bar). */
export function useWindowKeys(view: RoadmapView, setView: (next: RoadmapView, options?: ViewUpdateOptions) => void): void {
  const latest = useRef({ view, setView });
  latest.current = { view, setView };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey || isTyping(event.target)) return;
      const direction = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
      if (!direction) return;
      event.preventDefault();
      latest.current.setView(shiftWindow(latest.current.view, direction));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
