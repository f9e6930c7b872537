/**
 * A map image for a paper or a slide: the map as it is drawn (basemap, incidents, outlines), a
 * scale bar, and under it the caption (app/export/mapCaption.ts) with a legend of the types
 * drawn. Drawn on a 2D canvas in the interface's direction; the caller supplies the pixels.
 */
import type { FilterIndex } from '../derive/filters';
import { formatDay, type Lang, MESSAGES, SEP } from '../i18n/messages';
import { TYPE_COLOURS } from '../map/incidentLayers';
import { niceScale, SCALE_MAX_PX, scaleLabel } from '../map/scaleBar';
import { drawMarker, TYPE_SHAPES } from '../map/shapes';
import { drawStackedBars, LAYERS, tallestStack } from '../timeline/stackedBars';
import { binEdges, binStacked, chooseInterval, type IntervalName, isoOf } from '../timeline/time';
import type { Caption } from './mapCaption';

/**
 * Lines of `text` no wider than `width` as `measure` gives widths: broken at spaces, and a word
 * wider than a line (a long link) broken where it must.
 *
 * @example wrapText('a bb ccc', 4, (s) => s.length) // ['a bb', 'ccc']
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word alone too wide for a line: cut it into pieces that fit (at least one character).
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface MapPixels {
  /** The map's canvases, bottom first (the basemap and layers, then overlays such as markers). */
  layers: CanvasImageSource[];
  /** Size of the map in device pixels, and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
  /** Metres that one CSS pixel spans at the map's centre (for the scale bar). */
  metresPerPixel: number;
}

/** When the shown incidents happened: their stacked counts per bin over the image's period. */
export interface TimeStrip {
  /** Bin starts and the end (day numbers), as the timeline makes them. */
  edges: number[];
  counts: Float64Array;
  interval: IntervalName;
  /** The period's first and last day (the bins may start before and end after it). */
  from: number;
  to: number;
}

/** Bars under the map: about one per 5 CSS pixels, as on the timeline. */
const STRIP_PX_PER_BIN = 5;

/**
 * The shown incidents (`mask`) binned over the days `[from, to]` for a strip `cssWidth` wide, as
 * the timeline bins them (a week- or month-precise incident spread over its span); undefined for
 * a period too short to draw (under a week).
 *
 * @example timeStrip(index, result.mask, dayOf('2021-03-01'), dayOf('2021-05-31'), 944).interval // 'day'
 */
export function timeStrip(
  index: Pick<FilterIndex, 'start' | 'end' | 'type'>,
  mask: Uint8Array,
  from: number,
  to: number,
  cssWidth: number,
): TimeStrip | undefined {
  const interval = chooseInterval(from, to, Math.max(10, Math.floor(cssWidth / STRIP_PX_PER_BIN)));
  const edges = binEdges(interval, from, to);
  if (edges.length - 1 < STRIP_MIN_BINS) return undefined;
  const counts = binStacked(edges, index.start, index.end, index.type, LAYERS, mask);
  return { edges, counts, interval: interval.name, from, to };
}

const FONT = '"Noto Sans Arabic", system-ui, sans-serif';
const INK = '#1d1d1f';
const MUTED = '#55555a';
const WARN = '#a4000f';

/** One line of the caption as it will be drawn. */
interface Row {
  text: string;
  size: number;
  weight: number;
  colour: string;
  /** Left to right whatever the language (a URL), still aligned to the reading side. */
  ltr?: boolean;
}

/** Draw the scale bar in the map's lower corner on the reading side (as on screen). */
function drawScale(ctx: CanvasRenderingContext2D, map: MapPixels, lang: Lang): void {
  const r = map.ratio;
  const { metres, px } = niceScale(map.metresPerPixel * SCALE_MAX_PX, SCALE_MAX_PX);
  if (!metres) return;
  const w = px * r;
  const pad = 10 * r;
  const x = lang === 'ar' ? map.width - pad - w : pad;
  const y = map.height - pad;
  const label = scaleLabel(metres, lang);
  ctx.font = `600 ${11 * r}px ${FONT}`;
  const box = Math.max(w, ctx.measureText(label).width) + 8 * r;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  // The backing grows from the bar's start, the way its label runs.
  ctx.fillRect(lang === 'ar' ? x + w + 4 * r - box : x - 4 * r, y - 22 * r, box, 26 * r);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * r;
  ctx.beginPath();
  ctx.moveTo(x, y - 6 * r);
  ctx.lineTo(x, y);
  ctx.lineTo(x + w, y);
  ctx.lineTo(x + w, y - 6 * r);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.direction = lang === 'ar' ? 'rtl' : 'ltr';
  ctx.textAlign = lang === 'ar' ? 'right' : 'left';
  ctx.fillText(label, lang === 'ar' ? x + w : x, y - 9 * r);
}

/** A marker of `type` as the map draws it, `px` device pixels square. */
function markerImage(type: keyof typeof TYPE_SHAPES, px: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = px;
  c.height = px;
  drawMarker(c.getContext('2d')!, TYPE_SHAPES[type], TYPE_COLOURS[type], px, false);
  return c;
}

/** CSS pixels of the strip's bars, and of its line of dates under them. */
const STRIP_BARS = 44;
const STRIP_LABELS = 18;
/** CSS pixels under the map where the strip's bars stand (a gap of 6 above them). */
export const STRIP_BARS_END = 6 + STRIP_BARS;
/** CSS pixels the strip adds between the map and the caption's text. */
export const STRIP_HEIGHT = STRIP_BARS_END + STRIP_LABELS + 4;
/** Fewer bins than this make no picture of time (one day is one bar the strip's width). */
const STRIP_MIN_BINS = 7;

/**
 * The time strip between the map and the caption: bars of the shown incidents by type, the
 * first and last day under its ends and the bins' length between. Time runs left to right in
 * both languages, as on the timeline.
 */
function drawStrip(
  ctx: CanvasRenderingContext2D,
  strip: TimeStrip,
  top: number,
  width: number,
  r: number,
  lang: Lang,
): void {
  const pad = 14 * r;
  const first = strip.edges[0]!;
  const last = strip.edges[strip.edges.length - 1]!;
  const x = (day: number) => pad + ((day - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const bottom = top + STRIP_BARS_END * r;
  const max = tallestStack(strip.counts, strip.edges.length - 1);
  drawStackedBars(ctx, {
    edges: strip.edges,
    counts: strip.counts,
    x,
    bottom,
    height: STRIP_BARS * r,
    max,
  });
  ctx.fillStyle = '#c9c9cf';
  ctx.fillRect(pad, bottom, width - 2 * pad, Math.max(1, r));
  ctx.font = `400 ${11 * r}px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.textBaseline = 'middle';
  ctx.direction = lang === 'ar' ? 'rtl' : 'ltr';
  const y = bottom + (STRIP_LABELS * r) / 2;
  const day = (d: number) => formatDay(isoOf(d), lang);
  ctx.textAlign = 'left';
  ctx.fillText(day(strip.from), pad, y);
  ctx.textAlign = 'right';
  ctx.fillText(day(strip.to), width - pad, y);
  ctx.textAlign = 'center';
  // The bars' scale: how many incidents the tallest stands for (spread ones count in part).
  const t = MESSAGES[lang];
  ctx.fillText(
    `${t.binBy[strip.interval]}${SEP[lang]}${t.stripPeak(Math.round(max))}`,
    width / 2,
    y,
  );
}

/**
 * The image: the map on top, the time strip (when given) and the caption under it, as wide as
 * the map.
 *
 * @example drawMapImage(pixels, mapCaption(input), 'ar', strip).toBlob(save, 'image/png')
 */
export function drawMapImage(
  map: MapPixels,
  caption: Caption,
  lang: Lang,
  strip?: TimeStrip,
): HTMLCanvasElement {
  const r = map.ratio;
  const pad = 14 * r;
  const width = map.width;
  const inner = width - 2 * pad;
  const rtl = lang === 'ar';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const font = (row: Pick<Row, 'size' | 'weight'>) => `${row.weight} ${row.size * r}px ${FONT}`;
  const measureWith = (row: Pick<Row, 'size' | 'weight'>) => (s: string) => {
    ctx.font = font(row);
    return ctx.measureText(s).width;
  };

  /** `text` as the rows it wraps into, appended to `list`. */
  const wrapInto = (list: Row[], text: string, style: Omit<Row, 'text'>) => {
    for (const line of wrapText(text, inner, measureWith(style)))
      list.push({ text: line, ...style });
  };
  // The rows above the legend, and those below it.
  const above: Row[] = [];
  if (caption.warning) wrapInto(above, caption.warning, { size: 13, weight: 700, colour: WARN });
  wrapInto(above, caption.title, { size: 15, weight: 700, colour: INK });
  wrapInto(above, caption.filters, { size: 12, weight: 400, colour: INK });
  wrapInto(above, caption.totals, { size: 12, weight: 400, colour: INK });

  // The legend flows in reading order: marker, then label, item after item.
  const icon = 14 * r;
  const gap = 6 * r;
  const itemGap = 16 * r;
  const legendFont = { size: 12, weight: 400 };
  const measureLegend = measureWith(legendFont);
  const items = caption.legend.map((l) => ({ ...l, w: icon + gap + measureLegend(l.label) }));
  const legendLines: (typeof items)[] = [];
  for (const item of items) {
    const line = legendLines.at(-1);
    const used = line ? line.reduce((s, it) => s + it.w + itemGap, 0) : 0;
    if (line && used + item.w <= inner) line.push(item);
    else legendLines.push([item]);
  }
  const lineH = (size: number) => size * r * 1.55;
  const below: Row[] = [];
  const small = { size: 11, weight: 400, colour: MUTED };
  wrapInto(below, caption.precision, small);
  if (caption.reports) wrapInto(below, caption.reports, small);
  wrapInto(below, caption.source, small);
  if (caption.link) wrapInto(below, caption.link, { ...small, ltr: true });

  const textH = (list: Row[]) => list.reduce((h, row) => h + lineH(row.size), 0);
  const stripH = strip ? STRIP_HEIGHT * r : 0;
  const band =
    stripH +
    pad +
    textH(above) +
    legendLines.length * lineH(legendFont.size) +
    gap +
    textH(below) +
    pad;
  canvas.width = width;
  canvas.height = Math.ceil(map.height + band);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of map.layers) ctx.drawImage(layer, 0, 0, map.width, map.height);
  drawScale(ctx, map, lang);
  // A rule between the map and its caption.
  ctx.fillStyle = '#c9c9cf';
  ctx.fillRect(0, map.height, width, Math.max(1, r));
  if (strip) drawStrip(ctx, strip, map.height, width, r, lang);

  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'middle';
  const startX = rtl ? width - pad : pad;
  let y = map.height + stripH + pad;
  const drawRow = (row: Row) => {
    const h = lineH(row.size);
    ctx.font = font(row);
    ctx.fillStyle = row.colour;
    ctx.direction = row.ltr ? 'ltr' : rtl ? 'rtl' : 'ltr';
    ctx.fillText(row.text, startX, y + h / 2);
    y += h;
  };
  above.forEach(drawRow);
  ctx.font = font(legendFont);
  for (const line of legendLines) {
    const h = lineH(legendFont.size);
    let x = startX;
    for (const item of line) {
      const iconX = rtl ? x - icon : x;
      ctx.drawImage(markerImage(item.type, Math.round(icon)), iconX, y + (h - icon) / 2);
      ctx.fillStyle = INK;
      ctx.fillText(item.label, rtl ? x - icon - gap : x + icon + gap, y + h / 2);
      x += rtl ? -(item.w + itemGap) : item.w + itemGap;
    }
    y += h;
  }
  y += gap;
  below.forEach(drawRow);
  return canvas;
}
