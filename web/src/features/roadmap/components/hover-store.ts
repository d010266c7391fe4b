import { useSyncExternalStore } from 'react';

/** What the pointer or focus rests on, with where it is on screen. */
export interface Hovered<T> {
  item: T;
  rect: { left: number; top: number; bottom: number; width: number };
}

/**
 * A tiny store for the hovered bar, so that moving across bars re-renders only the tooltip,
 * never the timeline with its hundreds of bars.
 */
export function createHoverStore<T>() {
  let current: Hovered<T> | null = null;
  const listeners = new Set<() => void>();
  return {
    set(next: Hovered<T> | null) {
      if (next === current || (next && current && next.item === current.item)) return;
      current = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
  };
}

export type HoverStore<T> = ReturnType<typeof createHoverStore<T>>;

export function useHovered<T>(store: HoverStore<T>): Hovered<T> | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
