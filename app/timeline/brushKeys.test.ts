import { describe, expect, it } from 'vitest';
import { keyStep, moveBound } from './brushKeys';

describe('keyStep', () => {
  it('moves a day with the arrows, later to the right and up, as on a slider', () => {
    expect(keyStep('ArrowRight')).toBe(1);
    expect(keyStep('ArrowUp')).toBe(1);
    expect(keyStep('ArrowLeft')).toBe(-1);
    expect(keyStep('ArrowDown')).toBe(-1);
  });

  it('moves a week with Page Up and Page Down, and to the ends with Home and End', () => {
    expect(keyStep('PageUp')).toBe(7);
    expect(keyStep('PageDown')).toBe(-7);
    expect(keyStep('Home')).toBe('first');
    expect(keyStep('End')).toBe('last');
  });

  it('leaves other keys to the page (Tab, Escape, letters)', () => {
    for (const key of ['Tab', 'Escape', 'a', 'Enter', ' ']) expect(keyStep(key)).toBeNull();
  });
});

describe('moveBound', () => {
  const data: [number, number] = [0, 100];

  it('moves the start or the end by the step', () => {
    expect(moveBound([10, 20], 'from', 3, data)).toEqual([13, 20]);
    expect(moveBound([10, 20], 'to', -7, data)).toEqual([10, 13]);
  });

  it('never lets the start pass the end, nor the end the start', () => {
    expect(moveBound([10, 20], 'from', 15, data)).toEqual([20, 20]);
    expect(moveBound([10, 20], 'to', -15, data)).toEqual([10, 10]);
  });

  it('keeps the range on the data’s days, Home and End going to its ends', () => {
    expect(moveBound([2, 20], 'from', -7, data)).toEqual([0, 20]);
    expect(moveBound([10, 98], 'to', 7, data)).toEqual([10, 100]);
    expect(moveBound([10, 20], 'from', 'first', data)).toEqual([0, 20]);
    expect(moveBound([10, 20], 'to', 'last', data)).toEqual([10, 100]);
    expect(moveBound([10, 20], 'to', 'first', data)).toEqual([10, 10]);
  });

  it('does not pull back a range a reader typed beyond the data', () => {
    expect(moveBound([-30, 20], 'from', 1, data)).toEqual([-29, 20]);
    expect(moveBound([10, 130], 'to', -1, data)).toEqual([10, 129]);
  });
});
