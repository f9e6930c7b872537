import { useSyncExternalStore } from 'react';

/**
 * One `MediaQueryList` per query, made on first use: React reads the snapshot on every render, and
 * `matchMedia` makes a new list (and parses the query) each time it is called.
 */
const lists = new Map<string, MediaQueryList>();

function listFor(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listFor(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listFor(query).matches,
    () => false,
  );
}

/** The layout switches to the phone layout at this width (keep in step with app.css). */
export const PHONE_QUERY = '(max-width: 600px)';
