import { describe, expect, it } from 'vitest';
import { beginGesture, endGesture, nextHistoryMode, onGestureEnd } from './history';

describe('history mode of view changes', () => {
  it('a gesture pushes once, then replaces, and Back skips the whole gesture', () => {
    expect(nextHistoryMode(false)).toBe('push');
    beginGesture();
    expect(nextHistoryMode(false)).toBe('push');
    expect(nextHistoryMode(false)).toBe('replace');
    expect(nextHistoryMode(false)).toBe('replace');
    endGesture();
    expect(nextHistoryMode(false)).toBe('push');
    expect(nextHistoryMode(true)).toBe('replace');
  });

  it('tells the URL writer when a gesture ends, until it unsubscribes', () => {
    let ends = 0;
    const stop = onGestureEnd(() => ends++);
    beginGesture();
    endGesture();
    expect(ends).toBe(1);
    stop();
    beginGesture();
    endGesture();
    expect(ends).toBe(1);
  });
});
