import { describe, expect, it } from 'vitest';
import { snapStep } from './rowSnap';

// A card of three rows 30 px high above the report, the box's top edge at 0.
const rows = [
  { top: 0, bottom: 30 },
  { top: 30, bottom: 60 },
  { top: 60, bottom: 90 },
];

describe('a scroll to the highlighted sentence', () => {
  it('stops where no row of the card is cut by the top edge, showing the cut row whole when the sentence still fits', () => {
    expect(snapStep(45, rows, 0, () => true)).toBe(30);
  });
  it('hides the cut row whole when showing it would push the sentence out of view', () => {
    expect(snapStep(45, rows, 0, (s) => s >= 40)).toBe(60);
  });
  it('keeps its step when neither fits, and when it already ends between rows', () => {
    expect(snapStep(45, rows, 0, (s) => s === 45)).toBe(45);
    expect(snapStep(60, rows, 0, () => true)).toBe(60);
    // Past the card: the report's lines scroll as they will.
    expect(snapStep(120, rows, 0, () => true)).toBe(120);
  });
  it('snaps a scroll upwards too (a negative step)', () => {
    // The edge at 75 cuts the third row (60..90); 5 px up it still would (65..95).
    expect(snapStep(-5, rows, 75, () => true)).toBe(-15);
  });
});
