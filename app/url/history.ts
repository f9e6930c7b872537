/**
 * How the next change of view is written to the browser history. Discrete changes (a checkbox,
 * a finished drawing) push a new entry, so Back undoes them. A continuous gesture (dragging the
 * brush, playing, typing a search) pushes once when it starts and then replaces that entry
 * while it goes on, so Back skips to before the gesture rather than through every frame.
 * Panning and zooming the map only ever replace.
 */
let gesture: 'none' | 'started' | 'pushed' = 'none';

export function beginGesture(): void {
  if (gesture === 'none') gesture = 'started';
}

const gestureEndListeners = new Set<() => void>();

export function endGesture(): void {
  gesture = 'none';
  for (const listener of gestureEndListeners) listener();
}

/**
 * Be told when a gesture ends (the URL writer then writes a replacement it was holding back, so
 * the address is exact as soon as the hand lets go). Returns the unsubscribe function.
 */
export function onGestureEnd(listener: () => void): () => void {
  gestureEndListeners.add(listener);
  return () => gestureEndListeners.delete(listener);
}

/** Which history call the next change should use (and note that the gesture has pushed). */
export function nextHistoryMode(onlyMapMoved: boolean): 'push' | 'replace' {
  if (onlyMapMoved) return 'replace';
  if (gesture === 'pushed') return 'replace';
  if (gesture === 'started') gesture = 'pushed';
  return 'push';
}
