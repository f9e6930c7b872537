import { describe, expect, it } from 'vitest';
import { focusIsHidden, stepperFocusAfterStep } from './stepperFocus';

describe('focus after a step through the report', () => {
  it('stays on the button pressed while it can be pressed again', () => {
    expect(stepperFocusAfterStep('next', true, true)).toBe('next');
    expect(stepperFocusAfterStep('prev', true, true)).toBe('prev');
  });

  it('moves to the other button when Next reaches the last incident, or Previous the first', () => {
    expect(stepperFocusAfterStep('next', true, false)).toBe('prev');
    expect(stepperFocusAfterStep('prev', false, true)).toBe('next');
  });

  it('stays put when neither button can be pressed (a report of one incident)', () => {
    expect(stepperFocusAfterStep('next', false, false)).toBe('next');
  });
});

describe('focus left on a hidden element', () => {
  const laidOut = (rects: number) => ({ getClientRects: () => ({ length: rects }) });

  it('is hidden when the focused element has no box (the phone list under the sheet)', () => {
    expect(focusIsHidden(laidOut(0))).toBe(true);
  });

  it('is not hidden on a shown element, or when nothing has focus', () => {
    expect(focusIsHidden(laidOut(1))).toBe(false);
    expect(focusIsHidden(null)).toBe(false);
  });
});
