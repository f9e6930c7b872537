import {
  type PointerEvent as ReactPointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { dayExtent } from '../derive/dayExtent';
import { buildIndex } from '../derive/filters';
import { useFiltered } from '../derive/useVisibleIncidents';
import { formatDay, formatIncidentDate, locale } from '../i18n/messages';
import { useT } from '../i18n/useT';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { beginGesture, endGesture } from '../url/history';
import { boundChange, type WaitingDays } from './boundChange';
import { keyStep, moveBound } from './brushKeys';
import { DateField } from './DateField';
import { selectedSpan } from './selectedSpan';
import { barScale, drawStackedBars, LAYERS, tallestStack } from './stackedBars';
import {
  binAt,
  binEdges,
  binStacked,
  chooseInterval,
  clampView,
  closeRange,
  DAY_MS,
  dayOf,
  fitTicks,
  isoOf,
  panBy,
  revealWithRoom,
  type Span,
  scaleTime,
  sideOf,
  type TickLabel,
  unionOf,
  zoomAround,
  zoomView,
} from './time';

/** Kept for callers; the timeline reads the filter index and mask through useFiltered(). */
interface Props {
  all?: IncidentFeature[];
  visible?: IncidentFeature[];
}

const EMPTY_INDEX = buildIndex([]);
const EMPTY_MASK = new Uint8Array(0);
const NO_FEATURES: IncidentFeature[] = [];
const SPEEDS = [7, 30, 90];
const HEIGHT = 76;
/** The shortest view, in days. */
const MIN_VIEW = 7;

/**
 * The width in pixels of an axis label, in the axis's font (0.72rem of the page's font), with a
 * 3 px indent; a guess from its length when there is no canvas to measure with.
 */
function textWidth(el: HTMLElement | null): (text: string) => number {
  const g = document.createElement('canvas').getContext('2d');
  if (!g || !el) return (text) => text.length * 6.5 + 3;
  const style = getComputedStyle(el);
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  g.font = `${0.72 * rem}px ${style.fontFamily}`;
  return (text) => g.measureText(text).width + 3;
}

/**
 * `textWidth` remembering each text's width: the same labels come back on every zoom and pan,
 * and in each of fitTicks' tries, and a canvas measure is not free.
 */
function cachedTextWidth(el: HTMLElement): (text: string) => number {
  const measure = textWidth(el);
  const widths = new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = measure(text);
      widths.set(text, w);
    }
    return w;
  };
}

type Drag =
  | { kind: 'new'; anchor: number; moved: boolean; x0: number }
  | { kind: 'move'; grab: number; from: number; to: number }
  | { kind: 'from' | 'to' };

/**
 * Histogram of incidents over time, stacked by type: the whole dataset faintly, the filtered
 * incidents solidly. Drag to select a range, drag the range to move it, drag its edges to resize,
 * click outside it to clear; the wheel zooms time around the pointer, shift+wheel pans.
 *
 * Time runs left → right in both languages (the chart is `dir="ltr"` inside an RTL page): see
 * the README's decision note. Incidents dated to a week or month are spread over their span.
 */
export function Timeline(_props: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const dateFrom = useAtlas((s) => s.filters.dateFrom);
  const dateTo = useAtlas((s) => s.filters.dateTo);
  const setFilters = useAtlas((s) => s.setFilters);
  const selectedId = useAtlas((s) => s.selectedId);
  const columns = useAtlas((s) =>
    s.data.status === 'ready' ? s.data.data.columns?.columns : undefined,
  );
  const all = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.incidents : NO_FEATURES));
  // When the open incident happened, marked on the chart.
  const selected = useMemo(
    () => selectedSpan(selectedId, columns, all),
    [selectedId, columns, all],
  );
  // scale: the index and the mask of the current filter, shared with the map and the counts.
  const filtered = useFiltered();
  const index = filtered?.index ?? EMPTY_INDEX;

  // The dataset's extent, in days.
  const extent = useMemo(() => dayExtent(index), [index]);

  // The time axis's view: [first day, last day], zoomed and panned by the reader (kept in the
  // store for this extent), else the whole period with a little room.
  const extentKey = extent ? `${extent[0]}-${extent[1]}` : '';
  const stored = useAtlas((s) =>
    s.timelineView?.extent === extentKey ? s.timelineView.view : null,
  );
  const setTimelineView = useAtlas((s) => s.setTimelineView);
  const view = useMemo<[number, number] | null>(
    () => stored ?? (extent ? [extent[0] - 3, extent[1] + 3] : null),
    [stored, extent],
  );
  const setView = (next: [number, number] | null) =>
    setTimelineView(next ? { extent: extentKey, view: next } : null);

  // In the store: the list reads it (it catches up while playing: IncidentList).
  const playing = useAtlas((s) => s.playing);
  const setPlaying = useAtlas((s) => s.setPlaying);
  // A timeline taken off the page (a phone's fold closed) stops its play.
  useEffect(() => () => setPlaying(false), [setPlaying]);
  const wrap = useRef<HTMLDivElement>(null);
  const measurer = useRef<{ lang: string; measure: (text: string) => number } | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(100, e!.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const v0 = view?.[0] ?? 0;
  const v1 = view?.[1] ?? 1;
  const x = useMemo(() => scaleTime([v0, v1 + 1], [0, width]), [v0, v1, width]);
  const interval = chooseInterval(v0, v1, Math.max(20, Math.floor(width / 5)));
  const edges = useMemo(() => binEdges(interval, v0, v1), [interval, v0, v1]);
  const include = filtered?.result.mask ?? EMPTY_MASK;
  const allCounts = useMemo(
    () => binStacked(edges, index.start, index.end, index.type, LAYERS),
    [edges, index],
  );
  const visCounts = useMemo(
    () => binStacked(edges, index.start, index.end, index.type, LAYERS, include),
    [edges, index, include],
  );

  // The bars' scale: all incidents', so the filtered bars stand inside the faded whole; the
  // filtered bars' own when they would be too low to see (stackedBars.ts, barScale), except
  // while playing, when a scale changing with every frame would make the bars jump.
  const scale = useMemo(() => {
    const bins = edges.length - 1;
    if (playing) return { max: tallestStack(allCounts, bins), own: false };
    const lo = dateFrom ? dayOf(dateFrom) : Number.NEGATIVE_INFINITY;
    const hi = dateTo ? dayOf(dateTo) : Number.POSITIVE_INFINITY;
    let from = 0;
    while (from < bins && edges[from + 1]! <= lo) from++;
    let to = bins;
    while (to > from && edges[to - 1]! > hi) to--;
    return barScale(allCounts, visCounts, bins, from, to);
  }, [edges, allCounts, visCounts, playing, dateFrom, dateTo]);

  // Draw.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const dpr = window.devicePixelRatio || 1;
    // Resize only when needed: setting width reallocates the canvas (costly on every play frame).
    if (c.width !== Math.round(width * dpr)) c.width = Math.round(width * dpr);
    if (c.height !== Math.round(HEIGHT * dpr)) c.height = Math.round(HEIGHT * dpr);
    const g = c.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, HEIGHT);
    const { max } = scale;
    for (const [counts, alpha] of [
      [allCounts, scale.own ? 0.1 : 0.22],
      [visCounts, 1],
    ] as const) {
      g.globalAlpha = alpha;
      drawStackedBars(g, { edges, counts, x, bottom: HEIGHT, height: HEIGHT - 4, max });
    }
    g.globalAlpha = 1;
  }, [width, edges, allCounts, visCounts, x, scale]);

  const fromDay = dateFrom ? dayOf(dateFrom) : null;
  const toDay = dateTo ? dayOf(dateTo) : null;
  const brushing = fromDay !== null || toDay !== null;
  const bFrom = fromDay ?? v0;
  const bTo = toDay ?? v1;

  const setRange = (a: number, b: number) => {
    const lo = Math.round(Math.min(a, b));
    const hi = Math.round(Math.max(a, b));
    setFilters({ dateFrom: isoOf(lo), dateTo: isoOf(hi) });
  };

  // Brush interaction, in the chart's own (left-to-right) coordinates.
  const drag = useRef<Drag | null>(null);
  /** The day under a resting mouse, whose bar the chart reads out; null when none. */
  const [hoverDay, setHoverDay] = useState<number | null>(null);
  const dayAt = (e: ReactPointerEvent | PointerEvent) => {
    const r = wrap.current!.getBoundingClientRect();
    return Math.floor(x.invert(e.clientX - r.left));
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !view) return;
    const role = (e.target as HTMLElement).dataset.brush;
    const d = dayAt(e);
    if (role === 'from' || role === 'to') drag.current = { kind: role };
    else if (role === 'body' && brushing)
      drag.current = { kind: 'move', grab: d, from: bFrom, to: bTo };
    else drag.current = { kind: 'new', anchor: d, moved: false, x0: e.clientX };
    e.currentTarget.setPointerCapture(e.pointerId);
    beginGesture();
    e.preventDefault();
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const g = drag.current;
    if (!g) {
      // A pointer at rest over the chart reads the bar under it (a mouse: a finger drags).
      if (e.pointerType === 'mouse' && view) setHoverDay(dayAt(e));
      return;
    }
    setHoverDay(null);
    const d = dayAt(e);
    if (g.kind === 'new') {
      if (!g.moved && Math.abs(e.clientX - g.x0) < 3) return;
      g.moved = true;
      setRange(g.anchor, d);
    } else if (g.kind === 'move') {
      const shift = d - g.grab;
      setRange(g.from + shift, g.to + shift);
    } else if (g.kind === 'from') setRange(d, bTo);
    else setRange(bFrom, d);
  };
  const onPointerUp = () => {
    const g = drag.current;
    drag.current = null;
    if (g?.kind === 'new' && !g.moved) setFilters({ dateFrom: null, dateTo: null });
    endGesture();
  };

  // The bar under the mouse: its period and how many incidents it holds (shown of all). Spread
  // incidents (a month-precise one adds 1/30 to each day) make fractions: rounded, and a bar of
  // less than half an incident is not read out.
  const hoverBin = useMemo(() => {
    if (hoverDay === null) return null;
    const k = binAt(edges, hoverDay);
    if (k < 0) return null;
    const sum = (counts: Float64Array) => {
      let n = 0;
      for (let l = 0; l < LAYERS; l++) n += counts[k * LAYERS + l] ?? 0;
      return n;
    };
    const total = Math.round(sum(allCounts));
    if (total === 0) return null;
    const first = edges[k]!;
    const last = edges[k + 1]! - 1;
    const when =
      first === last
        ? formatDay(isoOf(first), lang)
        : isoOf(first).endsWith('-01') && isoOf(last + 1).endsWith('-01')
          ? formatIncidentDate(isoOf(first), 3, lang)
          : formatIncidentDate(isoOf(first), 2, lang, isoOf(last));
    return { x: x(first), when, count: t.binCount(Math.round(sum(visCounts)), total) };
  }, [hoverDay, edges, allCounts, visCounts, lang, x, t]);

  // The selected range with its open bounds closed at the data's edges, and where it lies.
  const range: Span | null = brushing && extent ? closeRange(fromDay, toDay, extent) : null;
  const rangeSide = brushing && view ? sideOf([fromDay ?? -1e9, toDay ?? 1e9], view) : 'in';
  // Every zoom and pan keeps the view near the data (and the selected range): no empty years.
  const settle = (next: Span) => {
    if (!extent) return;
    setView(clampView(next, range ? unionOf(extent, range) : extent));
  };
  /**
   * A handle of the selected range moved from the keyboard (a slider: arrows a day, Page Up and
   * Down a week, Home and End to the data's ends); the view follows, so the handle, and the
   * keyboard's focus on it, stay on the chart. One step of the history until the focus leaves.
   */
  const onHandleKey = (side: 'from' | 'to') => (e: React.KeyboardEvent) => {
    const step = keyStep(e.key);
    if (step === null || !range || !extent || !view) return;
    e.preventDefault();
    beginGesture();
    const next = moveBound(range, side, step, extent);
    setRange(next[0], next[1]);
    const shown = revealWithRoom(view, next);
    if (shown[0] !== view[0] || shown[1] !== view[1]) settle(shown);
  };
  const handleProps = (side: 'from' | 'to') => {
    const day = side === 'from' ? bFrom : bTo;
    return {
      role: 'slider',
      tabIndex: 0,
      'aria-label': side === 'from' ? t.rangeStartHandle : t.rangeEndHandle,
      'aria-orientation': 'horizontal' as const,
      'aria-valuemin': side === 'from' ? Math.min(extent?.[0] ?? day, day) : bFrom,
      'aria-valuemax': side === 'from' ? bTo : Math.max(extent?.[1] ?? day, day),
      'aria-valuenow': day,
      'aria-valuetext': formatDay(isoOf(day), lang),
      'data-testid': `brush-${side}`,
      onKeyDown: onHandleKey(side),
      onBlur: endGesture,
    };
  };
  const longestView = extent ? (extent[1] - extent[0] + 60) * 1.5 : 0;
  /** Zoom buttons: around the selected range when there is one, else the view's middle. */
  const zoom = (factor: number) => {
    if (view) settle(zoomView(view, factor, range, MIN_VIEW, longestView));
  };
  const pan = (fraction: number) => {
    if (view) settle(panBy(view, fraction));
  };
  const onWheel = (e: React.WheelEvent) => {
    if (!view) return;
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      pan((e.deltaX || e.deltaY) > 0 ? 0.1 : -0.1);
      return;
    }
    // The wheel zooms around the pointer.
    const r = wrap.current!.getBoundingClientRect();
    const at = x.invert(e.clientX - r.left);
    settle(zoomAround(view, e.deltaY > 0 ? 1.25 : 0.8, at, MIN_VIEW, longestView));
  };
  // The wheel must not scroll the page while over the chart.
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const stop = (e: WheelEvent) => e.preventDefault();
    el.addEventListener('wheel', stop, { passive: false });
    return () => el.removeEventListener('wheel', stop);
  }, []);

  // Play: move the date range through time with requestAnimationFrame (`playing` is declared
  // with the view, above: the bars' scale reads it).
  const [mode, setMode] = useState<'window' | 'cumulative'>('window');
  const [speed, setSpeed] = useState(30);
  useEffect(() => {
    if (!playing || !extent) return;
    const st = useAtlas.getState().filters;
    let from = st.dateFrom ? dayOf(st.dateFrom) : extent[0];
    let to = st.dateTo ? dayOf(st.dateTo) : Math.min(extent[1], from + 29);
    if (to >= extent[1]) {
      // Start again from the beginning.
      const width = mode === 'window' ? to - from : 0;
      from = extent[0];
      to = from + width;
    }
    if (mode === 'cumulative') from = extent[0];
    let pos = to;
    let last = performance.now();
    let frame = 0;
    beginGesture();
    const tick = (now: number) => {
      pos += ((now - last) / 1000) * speed;
      last = now;
      const end = Math.min(extent[1], Math.floor(pos));
      const start = mode === 'window' ? from + (end - to) : from;
      const s = useAtlas.getState();
      const iso0 = isoOf(start);
      const iso1 = isoOf(end);
      if (s.filters.dateFrom !== iso0 || s.filters.dateTo !== iso1)
        s.setFilters({ dateFrom: iso0, dateTo: iso1 });
      if (end >= extent[1]) {
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      endGesture();
    };
  }, [playing, mode, speed, extent, setPlaying]);

  // While playing, the view follows the moving range: a zoomed-in timeline would otherwise be
  // left behind, the range running on off its edge (only a chip saying where it went).
  const rangeFrom = range?.[0];
  const rangeTo = range?.[1];
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the range's days only while playing; the view it moves is read, not watched.
  useEffect(() => {
    if (!playing || !range || !view) return;
    const next = revealWithRoom(view, range);
    if (next[0] !== view[0] || next[1] !== view[1]) settle(next);
  }, [playing, rangeFrom, rangeTo]);

  const fmt = useMemo(() => {
    const make = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' });
    const labels: Record<TickLabel, Intl.DateTimeFormat> = {
      year: make({ year: 'numeric' }),
      'month-year': make({ month: 'short', year: 'numeric' }),
      month: make({ month: 'short' }),
      'day-year': make({ day: 'numeric', month: 'short', year: 'numeric' }),
      day: make({ day: 'numeric', month: 'short' }),
    };
    return { labels, range: make({ day: 'numeric', month: 'short', year: 'numeric' }) };
  }, [lang]);
  // Each tick says what changed since the one before (the year on the first and at each new
  // year); as many ticks as their labels, measured in the axis's font, leave room for.
  const axisTicks = useMemo(() => {
    if (!view) return [];
    const text = (day: number, label: TickLabel) =>
      fmt.labels[label].format(new Date(day * DAY_MS));
    // One measurer per language (the font may differ), made once the axis is in the page.
    if (wrap.current && measurer.current?.lang !== lang)
      measurer.current = { lang, measure: cachedTextWidth(wrap.current) };
    const measure = measurer.current?.measure ?? textWidth(null);
    return fitTicks(v0, v1, width / 90, x, width, (k, label) => measure(text(k.day, label))).map(
      ({ tick, label }) => ({ day: tick.day, text: text(tick.day, label) }),
    );
  }, [view, v0, v1, width, fmt, x, lang]);

  // The date fields: a day refused in one for lying beyond the other bound waits there, and is
  // applied with the other bound when that moves to let it in (one step of the history).
  const waiting = useRef<WaitingDays>({ from: null, to: null });
  const fromWaits = useCallback((iso: string | null) => {
    waiting.current.from = iso;
  }, []);
  const toWaits = useCallback((iso: string | null) => {
    waiting.current.to = iso;
  }, []);
  // "All dates" empties both fields (a waiting day too) and, as it disables itself, hands the
  // keyboard focus to the From field rather than dropping it on the page.
  const [clears, setClears] = useState(0);
  const fromInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (clears > 0) fromInput.current?.focus();
  }, [clears]);
  const clearRange = () => {
    setFilters({ dateFrom: null, dateTo: null });
    setClears((n) => n + 1);
  };

  const rangeText =
    range && rangeSide !== 'in'
      ? fmt.range.formatRange(new Date(range[0] * DAY_MS), new Date(range[1] * DAY_MS))
      : '';

  const min = extent ? isoOf(extent[0]) : undefined;
  const max = extent ? isoOf(extent[1]) : undefined;

  return (
    <section className="rt-timeline" aria-label={t.timeline} data-testid="timeline">
      <div className="rt-timeline-tools">
        <button
          type="button"
          data-testid="play"
          className="rt-play"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
          disabled={!extent}
        >
          {playing ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
        </button>
        <select
          aria-label={t.playMode}
          value={mode}
          data-testid="play-mode"
          onChange={(e) => setMode(e.target.value as 'window' | 'cumulative')}
        >
          <option value="window">{t.playWindow}</option>
          <option value="cumulative">{t.playCumulative}</option>
        </select>
        <select
          aria-label={t.speed}
          value={speed}
          data-testid="play-speed"
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t.speeds(s)}
            </option>
          ))}
        </select>
        <DateField
          key={`from-${clears}`}
          label={t.from}
          pickLabel={t.pickFrom}
          testId="date-from"
          value={dateFrom}
          onApply={(iso) => setFilters(boundChange({ dateFrom: iso }, waiting.current))}
          allows={(iso) => !dateTo || iso <= dateTo}
          other={dateTo}
          onWaiting={fromWaits}
          inputRef={fromInput}
          min={min}
          max={dateTo ?? max}
        />
        <DateField
          key={`to-${clears}`}
          label={t.to}
          pickLabel={t.pickTo}
          testId="date-to"
          value={dateTo}
          onApply={(iso) => setFilters(boundChange({ dateTo: iso }, waiting.current))}
          allows={(iso) => !dateFrom || iso >= dateFrom}
          other={dateFrom}
          onWaiting={toWaits}
          min={dateFrom ?? min}
          max={max}
        />
        <button type="button" data-testid="clear-range" disabled={!brushing} onClick={clearRange}>
          {t.clearRange}
        </button>
        <span className="rt-spacer" />
        <span className="rt-bin" data-testid="bin-interval">
          {t.binBy[interval.name]}
        </span>
        <span className="rt-zoom" dir="ltr">
          <button
            type="button"
            aria-label={t.panEarlier}
            title={t.panEarlier}
            data-testid="pan-earlier"
            onClick={() => pan(-0.25)}
          >
            ◀
          </button>
          <button
            type="button"
            aria-label={t.zoomOut}
            title={t.zoomOut}
            data-testid="zoom-out"
            onClick={() => zoom(1.5)}
          >
            −
          </button>
          <button
            type="button"
            aria-label={t.zoomReset}
            title={t.zoomReset}
            data-testid="zoom-reset"
            onClick={() => setView(null)}
          >
            ⤢
          </button>
          <button
            type="button"
            aria-label={t.zoomIn}
            title={t.zoomIn}
            data-testid="zoom-in"
            onClick={() => zoom(1 / 1.5)}
          >
            +
          </button>
          <button
            type="button"
            aria-label={t.panLater}
            title={t.panLater}
            data-testid="pan-later"
            onClick={() => pan(0.25)}
          >
            ▶
          </button>
        </span>
      </div>
      <div
        className="rt-chart"
        dir="ltr"
        ref={wrap}
        data-testid="timeline-chart"
        data-view-from={view ? isoOf(v0) : undefined}
        data-view-to={view ? isoOf(v1) : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => setHoverDay(null)}
        onWheel={onWheel}
      >
        <canvas
          ref={canvas}
          style={{ width: `${width}px`, height: `${HEIGHT}px` }}
          data-scale={scale.own ? 'shown' : 'all'}
        />
        {scale.own ? (
          <span className="rt-scale-note" data-testid="timeline-own-scale">
            {t.timelineOwnScale}
          </span>
        ) : null}
        {hoverBin ? (
          <div
            className="rt-bin-tip"
            data-testid="timeline-bin"
            aria-hidden="true"
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
            style={{
              left: `${Math.min(Math.max(0, hoverBin.x), width)}px`,
              // Centred on the bar, but kept inside the chart at its ends.
              transform:
                hoverBin.x < 90
                  ? 'none'
                  : hoverBin.x > width - 90
                    ? 'translateX(-100%)'
                    : undefined,
            }}
          >
            <strong>{hoverBin.when}</strong> {hoverBin.count}
          </div>
        ) : null}
        {brushing && view && rangeSide === 'in' ? (
          <div
            className="rt-brush"
            data-brush="body"
            data-testid="brush"
            style={{
              left: `${Math.max(-2, x(bFrom))}px`,
              width: `${Math.max(2, Math.min(width + 2, x(bTo + 1)) - Math.max(-2, x(bFrom)))}px`,
            }}
          >
            <span className="rt-handle rt-handle-from" data-brush="from" {...handleProps('from')} />
            <span className="rt-handle rt-handle-to" data-brush="to" {...handleProps('to')} />
          </div>
        ) : null}
        {range && rangeSide !== 'in' ? (
          // The selected range is out of view: say so at the edge it lies beyond (not a 2 px
          // sliver that looks like a range there); pressing it brings the range into view.
          <button
            type="button"
            className="rt-offscreen"
            data-testid="brush-offscreen"
            data-side={rangeSide}
            dir="ltr"
            aria-label={`${rangeSide === 'before' ? t.panEarlier : t.panLater}: ${rangeText}`}
            title={`${rangeSide === 'before' ? t.panEarlier : t.panLater}: ${rangeText}`}
            onPointerDown={(e) => e.stopPropagation()}
            onClick={() => view && settle(revealWithRoom(view, range))}
          >
            {rangeSide === 'before' ? '◀ ' : null}
            <bdi>{rangeText}</bdi>
            {rangeSide === 'after' ? ' ▶' : null}
          </button>
        ) : null}
        {selected && view ? (
          <div
            className="rt-selected"
            data-testid="timeline-selected"
            aria-hidden="true"
            data-from={isoOf(selected[0])}
            data-to={isoOf(selected[1])}
            style={{
              left: `${x(selected[0])}px`,
              width: `${Math.max(2, x(selected[1] + 1) - x(selected[0]))}px`,
            }}
          />
        ) : null}
        <div className="rt-axis" aria-hidden="true">
          {axisTicks.map(({ day, text }) => (
            <span key={day} className="rt-tick" style={{ left: `${x(day)}px` }}>
              {text}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
}
