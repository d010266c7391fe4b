import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element, kept up to date as it resizes. Measured before the first
 * paint (a layout effect), so what depends on it draws once, at the real width; 0 until then.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
