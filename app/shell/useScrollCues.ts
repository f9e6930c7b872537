import { type RefObject, useEffect, useRef } from 'react';

/**
 * Marks a row that scrolls sideways with where more of it is hidden: `data-more-start` and
 * `data-more-end` ("true"/"false", in the reading direction), and `data-fade` ("left", "right",
 * "both" or "", on screen), which app.css turns into a fade at that edge. A row cut off without a
 * cue reads as complete (the summary's last counts were simply missing). Measured on scroll, on
 * resize and after every render (the counts change with each filter): a render observes the row
 * anew, and a ResizeObserver reports a new observation after the browser's own layout. Measured
 * in the render's effect instead, the row forced a layout of the whole page on each filter change
 * (5 ms a change at 100k incidents on a busy two-core host), and the frame then laid out again.
 */
export function useScrollCues(ref: RefObject<HTMLElement | null>): void {
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => markScrollCues(el);
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    observer.current = ro;
    return () => {
      el.removeEventListener('scroll', update);
      ro.disconnect();
      observer.current = null;
    };
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    const ro = observer.current;
    if (!el || !ro) return;
    ro.unobserve(el);
    ro.observe(el);
  });
}

function markScrollCues(el: HTMLElement): void {
  const hidden = el.scrollWidth - el.clientWidth;
  // In a right-to-left row scrollLeft runs from 0 down to -hidden: its size is what counts.
  const scrolled = Math.abs(el.scrollLeft);
  const start = String(hidden > 1 && scrolled > 1);
  const end = String(hidden > 1 && scrolled < hidden - 1);
  if (el.dataset.moreStart !== start) el.dataset.moreStart = start;
  if (el.dataset.moreEnd !== end) el.dataset.moreEnd = end;
  const rtl = getComputedStyle(el).direction === 'rtl';
  const left = rtl ? end === 'true' : start === 'true';
  const right = rtl ? start === 'true' : end === 'true';
  const fade = left && right ? 'both' : left ? 'left' : right ? 'right' : '';
  if (el.dataset.fade !== fade) el.dataset.fade = fade;
}
