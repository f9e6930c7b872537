/**
 * Where keyboard focus goes in the report panel when a control it was on is disabled or hidden
 * by what the control did. Kept apart from the panel so it can be tested without a DOM.
 */

export type StepperButton = 'prev' | 'next';

/**
 * After a step taken from stepper button `from`: the button that should hold focus. `from` while
 * it is still usable; the other one when `from` has disabled itself (the report's first or last
 * incident was reached); `from` still when neither is usable (a report of one incident), for want
 * of better.
 *
 * @example stepperFocusAfterStep('next', true, false) // 'prev': Next reached the last incident
 */
export function stepperFocusAfterStep(
  from: StepperButton,
  hasPrev: boolean,
  hasNext: boolean,
): StepperButton {
  const usable = { prev: hasPrev, next: hasNext };
  if (usable[from]) return from;
  const other: StepperButton = from === 'prev' ? 'next' : 'prev';
  return usable[other] ? other : from;
}

/** Anything `getClientRects` can answer for: an element, or a stand-in in a test. */
interface Boxed {
  getClientRects(): { length: number };
}

/**
 * Whether focus sits where the reader cannot see it: on an element no longer laid out (hidden
 * with its container, as the list is when the phone's report sheet takes its place). Nothing
 * focused, or the page itself, is not "hidden" focus: the panel does not take focus then.
 */
export function focusIsHidden(active: Boxed | null | undefined): boolean {
  if (!active || (typeof document !== 'undefined' && active === document.body)) return false;
  return active.getClientRects().length === 0;
}
