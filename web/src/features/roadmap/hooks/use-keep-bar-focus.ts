import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A bar saved from the keyboard may be packed into another row and so re-mount; `remember(id)`
 * before saving puts focus back on it after the next layout, if focus was lost on the way.
 */
export function useKeepBarFocus(containerRef: RefObject<HTMLElement | null>, layout: unknown): (id: string) => void {
  const focusId = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusId.current;
    if (!id || (document.activeElement && document.activeElement !== document.body)) return;
    focusId.current = null;
    containerRef.current?.querySelector<HTMLElement>(`[data-bar-id="${CSS.escape(id)}"]`)?.focus();
  }, [containerRef, layout]);
  return useCallback((id: string) => {
    if (document.activeElement?.getAttribute('data-bar-id') === id) focusId.current = id;
  }, []);
}
