import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`: Escape calls `onEscape`, and a pointer pressed outside `root` calls `onOutside`
 * (the two ways a popup closes without a choice).
 */
export function useDismiss(open: boolean, root: RefObject<HTMLElement | null>, onEscape: () => void, onOutside: () => void) {
  const latest = useRef({ onEscape, onOutside });
  latest.current = { onEscape, onOutside };
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) latest.current.onOutside();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') latest.current.onEscape();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, root]);
}
