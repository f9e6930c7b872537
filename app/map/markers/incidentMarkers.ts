import type { CustomLayerInterface, Map as MaplibreMap } from 'maplibre-gl';
import type { FilterIndex } from '../../derive/filters';
import { INCIDENT_TYPES } from '../../model';
import { TYPE_COLOURS } from '../incidentLayers';
import { drawMarker, TYPE_SHAPES } from '../shapes';
import { blitOver } from './blit';
import { toMercator } from './columns';
import { clearPixels, clipUnion, type DirtyRect, emptyRect, include, isEmpty } from './dirtyRect';
import {
  buildStacks,
  drawingOrder,
  fanOut,
  type PointStacks,
  pickStack,
  placeOf,
  siteCounts,
  stackSizes,
  topMember,
  visibleMembers,
} from './stacks';

/** Disc radius in CSS pixels at a zoom: 3 px at zoom 6 to 7 px at zoom 12, like the circle layer. */
export function radiusAt(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 6) / 6));
  return 3 + 4 * t;
}

/** Extra size from casualties, 0..1: log-scaled so one death shows and 100 do not cover a town. */
export function casualtySize(killed: number, injured: number): number {
  const n = Math.max(0, killed) + Math.max(0, injured);
  return Math.min(1, Math.log2(1 + n) / 6);
}

/** How far a place's kinds are fanned out from it, in marker radii (see fanOut). */
const FAN = 0.8;
/** Places counted at most on screen: more, and no count is drawn (see drawCounts). */
const COUNTED_PLACES = 60;

/** Device pixels a stroked shape's antialiasing may reach past its line. */
const ANTIALIAS = 2;

/** Casualty sizes are drawn in this many steps above 0 (the atlas has one column per step). */
const SIZE_LEVELS = 8;
/** Marker kinds: 8 types × precise or approximate. */
const KINDS = INCIDENT_TYPES.length * 2;

/** The marker images of one zoom's radius (device px), and the side of each atlas cell. */
interface MarkerAtlas {
  radius: number;
  cell: number;
  pixels: ImageData;
}

/**
 * Side in device pixels of a marker's image at a radius and casualty level: the disc's
 * diameter plus the white casing drawMarker puts around it.
 */
function markerBox(radius: number, level: number): number {
  return 2 * radius * (1 + level / SIZE_LEVELS) * 1.25;
}

/** Kind of an incident's marker: its type (0..7) and whether its place is approximate. */
function markerKind(type: number, precision: number): number {
  return type * 2 + (precision > 1 ? 1 : 0);
}

/**
 * The incidents of a large dataset, drawn on a canvas of their own laid over the map, one marker
 * per stack of incidents that draw alike (stacks.ts): the type's shape and colour, hollow when
 * the place is approximate, sized by zoom and casualties, like the map's own incident layer.
 *
 * Why not inside maplibre (a custom WebGL layer, or setFilter on a GeoJSON source): any change
 * there repaints the whole map, and with software rendering (SwiftShader, as in headless Chromium
 * here) a map frame costs 50–100 ms, which capped timeline play at 9–13 frames per second. On
 * its own canvas a filter change redraws only the markers, and the map is left as it is.
 *
 * How the markers are drawn: blitted by script from an atlas of marker images into one pixel
 * buffer (blit.ts) and put on a canvas kept in CPU memory (`willReadFrequently`) with one
 * `putImageData`. Under software rendering every canvas the browser's GPU process draws into
 * costs it 20–40 ms a frame; timeline play at 100k ran at about 23 frames per second this way,
 * 17–19 with `drawImage` on an accelerated canvas, and a second WebGL canvas was no faster in the
 * same test.
 *
 * The camera comes from maplibre itself: an empty custom layer records the projection matrix
 * each time the map renders, and the markers are redrawn in the same task, so both canvases show
 * the same frame while the map moves. Picking is on the CPU: a scan of the visible stacks'
 * Mercator positions (hitAt), then of the members of the stacks at the place found.
 */
export class IncidentMarkers {
  readonly count: number;
  /** Casualty size 0..1 (see casualtySize). */
  readonly size: Float32Array;
  /** Incidents that draw alike, drawn as one marker each. */
  readonly stacks: PointStacks;
  /** Each stack's marker size for the current mask (-1: hidden). */
  private readonly stackSize: Float32Array;
  /** Each stack's number of visible incidents for the current mask. */
  private readonly stackCount: Uint32Array;
  /** Visible stacks in drawing order (see drawingOrder), rebuilt per mask. */
  private order: Uint32Array = new Uint32Array(0);
  /** Each stack's place in `order` plus one (0: hidden): which of two coinciding is on top. */
  private rank: Uint32Array = new Uint32Array(0);
  /** Each visible stack's unit offset from its place (fanOut): the kinds at a place side by side. */
  private fan: Float32Array = new Float32Array(0);
  /** Each place's visible incidents and one of its visible stacks (siteCounts), for its count. */
  private sites: { count: Uint32Array; stack: Int32Array } | null = null;
  /** How a place's count is written (the interface's digits): see setCountFormat. */
  private formatCount: (n: number) => string = String;
  /** Counts written so far in the current digits: the same few recur on every frame. */
  private readonly countTexts = new Map<number, string>();
  private mask: Uint8Array;
  private selected = -1;
  private hovered = -1;
  private map: MaplibreMap | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  /** maplibre's projection matrix (Mercator 0..1 → clip space) at its last render, if any. */
  private matrix: Float32Array | null = null;
  private atlas: MarkerAtlas | null = null;
  /** The frame's pixels, blitted by script and put on the canvas in one call (see blit.ts). */
  private frame: ImageData | null = null;
  /** Where the last frame's markers are in `frame`: the only pixels there that are not clear. */
  private blitted: DirtyRect = emptyRect();
  /** Everything the last frame drew on the canvas (markers, counts, rings): the rest is clear. */
  private drawn: DirtyRect = emptyRect();
  /** performance.now() of the first frame that drew markers (for the benchmark), and frames drawn. */
  firstDrawAt: number | null = null;
  frames = 0;
  /** Called once, at the first frame that draws markers. */
  onFirstDraw: (() => void) | null = null;

  constructor(
    readonly id: string,
    index: FilterIndex,
    mask: Uint8Array,
  ) {
    const n = index.n;
    this.count = n;
    // Only the stacks keep positions: hit tests scan stacks, never single incidents.
    const mercator = new Float32Array(n * 2);
    this.size = new Float32Array(n);
    const kinds = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const [x, y] = toMercator(index.lon[i]!, index.lat[i]!);
      mercator[2 * i] = x;
      mercator[2 * i + 1] = y;
      this.size[i] = casualtySize(index.killed[i]!, index.injured[i]!);
      kinds[i] = markerKind(index.type[i]!, index.precision[i]!);
    }
    this.stacks = buildStacks(mercator, kinds);
    this.mask = mask;
    this.stackSize = new Float32Array(this.stacks.count);
    this.stackCount = new Uint32Array(this.stacks.count);
    this.updateStacks();
  }

  /**
   * Show the incidents whose mask byte is 1 (a filter result over the same positions) and redraw
   * now, in the caller's task: the markers change in the same frame as the list and counts, and
   * the map itself does not repaint.
   */
  setMask(mask: Uint8Array): void {
    if (mask.length !== this.count) return;
    this.mask = mask;
    this.updateStacks();
    this.draw();
  }

  /** Ring one incident (its position), or none with -1. */
  setSelected(position: number): void {
    this.selected = position;
    this.draw();
  }

  /** Write places' counts with these digits (the interface's language), and redraw. */
  setCountFormat(format: (n: number) => string): void {
    this.formatCount = format;
    this.countTexts.clear();
    this.draw();
  }

  /** Ring one incident pointed at elsewhere (a list row), or none with -1; drawn while visible. */
  setHovered(position: number): void {
    if (position === this.hovered) return;
    this.hovered = position;
    this.draw();
  }

  /**
   * What is under a screen point (CSS px from the map's top-left): the visible stack whose marker
   * covers it (nearest, else the one on top), the incident it stands for (`top`: the one that sets
   * its size) and how many visible incidents its place holds (`count`, other kinds at the same
   * spot included), or null. Tolerance: half the drawn marker (casing included) plus 3 px, so a
   * point anywhere on what is seen hits it. A scan of the stacks: cheap on every pointer move.
   */
  hitAt(
    x: number,
    y: number,
  ): { stack: number; top: number; count: number; stacks: number[] } | null {
    const map = this.map;
    if (!map) return null;
    const { lng, lat } = map.unproject([x, y]);
    const [mx, my] = toMercator(lng, lat);
    const world = 512 * 2 ** map.getZoom();
    const base = radiusAt(map.getZoom());
    const reach = (size: number) =>
      (markerBox(base, Math.round(size * SIZE_LEVELS)) / 2 + 3) / world;
    // The kinds at one place are fanned out around it (fanOut): each is hit where it is drawn.
    const stack = pickStack(this.stacks, this.stackSize, mx, my, reach, reach(1), this.rank, {
      offsets: this.fan,
      spread: (base * FAN) / world,
    });
    if (stack < 0) return null;
    const top = topMember(this.stacks, this.mask, this.size, stack);
    if (top < 0) return null;
    const place = placeOf(this.stacks, this.stackSize, this.stackCount, stack);
    return { stack, top, count: place.count, stacks: place.stacks };
  }

  /** The visible incident under a screen point (see hitAt), or -1. */
  pick(x: number, y: number): number {
    return this.hitAt(x, y)?.top ?? -1;
  }

  /**
   * Every visible incident at the place under a screen point (see hitAt; what the place picker
   * lists), the incident on top first; none when nothing is there.
   */
  incidentsAt(x: number, y: number): number[] {
    const hit = this.hitAt(x, y);
    if (!hit) return [];
    const all = visibleMembers(this.stacks, this.mask, hit.stacks);
    return [hit.top, ...all.filter((i) => i !== hit.top)];
  }

  /**
   * Lay the markers' canvas over the map and follow its camera. `beforeId`: the map layer the
   * (empty) camera layer goes under.
   */
  attach(map: MaplibreMap, beforeId?: string): void {
    if (this.map) return;
    this.map = map;
    const canvas = document.createElement('canvas');
    canvas.className = 'incident-points';
    canvas.setAttribute('aria-hidden', 'true');
    map.getCanvasContainer().appendChild(canvas);
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d', { willReadFrequently: true });
    map.addLayer(this.cameraLayer(), beforeId);
    map.on('render', this.onMapRender);
    map.on('resize', this.onMapResize);
    this.fitCanvas();
    map.triggerRepaint();
  }

  /** Take the markers' canvas away. */
  detach(): void {
    const map = this.map;
    if (!map) return;
    map.off('render', this.onMapRender);
    map.off('resize', this.onMapResize);
    if (map.getLayer(this.cameraLayerId)) map.removeLayer(this.cameraLayerId);
    this.canvas?.remove();
    this.canvas = null;
    this.ctx = null;
    this.map = null;
    this.matrix = null;
  }

  /**
   * The colour drawn at a point (CSS px from the map's top-left) as [r, g, b, a] 0..255 (for the
   * end-to-end tests: the markers are where the map projects the incidents).
   */
  pixelAt(x: number, y: number): [number, number, number, number] | null {
    const ctx = this.ctx;
    const map = this.map;
    if (!ctx || !map) return null;
    const ratio = map.getPixelRatio();
    const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
    return [d[0]!, d[1]!, d[2]!, d[3]!];
  }

  private get cameraLayerId(): string {
    return `${this.id}-camera`;
  }

  /** An empty custom layer: maplibre hands it the projection matrix of every frame it renders. */
  private cameraLayer(): CustomLayerInterface {
    return {
      id: this.cameraLayerId,
      type: 'custom',
      renderingMode: '2d',
      render: (_gl, options) => {
        this.matrix ??= new Float32Array(16);
        this.matrix.set(options.defaultProjectionData.mainMatrix as Float32Array);
      },
    };
  }

  /** After each map frame (a camera move, a resize, a style change): redraw with its camera. */
  private readonly onMapRender = () => this.draw();

  private readonly onMapResize = () => {
    this.fitCanvas();
    this.draw();
  };

  /** The canvas covers the map's canvas, at the same device-pixel size. */
  private fitCanvas(): void {
    const map = this.map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const mapCanvas = map.getCanvas();
    if (canvas.width === mapCanvas.width && canvas.height === mapCanvas.height) return;
    canvas.width = mapCanvas.width;
    canvas.height = mapCanvas.height;
    canvas.style.width = mapCanvas.style.width;
    canvas.style.height = mapCanvas.style.height;
  }

  /** Stack sizes and counts for the mask, and the visible stacks in drawing order. */
  private updateStacks(): void {
    const sizes = stackSizes(this.stacks, this.mask, this.size, this.stackSize, this.stackCount);
    this.order = drawingOrder(this.stacks, sizes, this.stackCount);
    if (this.rank.length !== sizes.length) this.rank = new Uint32Array(sizes.length);
    else this.rank.fill(0);
    this.order.forEach((s, k) => {
      this.rank[s] = k + 1;
    });
    this.fan = fanOut(this.stacks, this.order);
    this.sites = siteCounts(this.stacks, sizes, this.stackCount);
  }

  /**
   * Every marker image at the current zoom in one canvas: a row per kind, a column per casualty
   * level, read once into pixels that each frame blits from (blit.ts). Rebuilt when the zoom
   * changes the marker radius by half a device pixel.
   */
  private atlasFor(radius: number): MarkerAtlas {
    const key = Math.max(1, Math.round(radius * 2) / 2);
    if (this.atlas?.radius === key) return this.atlas;
    const cell = Math.ceil(markerBox(key, SIZE_LEVELS)) + 2;
    const canvas = document.createElement('canvas');
    canvas.width = cell * (SIZE_LEVELS + 1);
    canvas.height = cell * KINDS;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    for (let kind = 0; kind < KINDS; kind++) {
      const type = INCIDENT_TYPES[kind >> 1] ?? 'other';
      for (let level = 0; level <= SIZE_LEVELS; level++) {
        ctx.save();
        ctx.translate(level * cell, kind * cell);
        const px = Math.ceil(markerBox(key, level));
        drawMarker(ctx, TYPE_SHAPES[type], TYPE_COLOURS[type], px, (kind & 1) === 1);
        ctx.restore();
      }
    }
    this.atlas = { radius: key, cell, pixels: ctx.getImageData(0, 0, canvas.width, canvas.height) };
    return this.atlas;
  }

  /**
   * Each place holding more than one visible incident says how many, on a dark disc at its
   * markers' upper right (as the small datasets' clusters do): a marker may stand for dozens.
   * Only when few places are in sight (`COUNTED_PLACES`): over the whole region the discs would
   * be a carpet, and the overview needs no figures. `drawn` grows to cover the discs.
   */
  private drawCounts(
    ctx: CanvasRenderingContext2D,
    at: (stack: number) => [number, number] | null,
    w: number,
    h: number,
    reach: number,
    ratio: number,
    drawn: DirtyRect,
  ): void {
    const sites = this.sites;
    if (!sites) return;
    const shown: [number, number, number][] = [];
    for (let site = 0; site < sites.count.length; site++) {
      const n = sites.count[site]!;
      const s = sites.stack[site]!;
      if (n < 2 || s < 0) continue;
      const p = at(s);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > w || p[1] > h) continue;
      shown.push([p[0], p[1], n]);
      if (shown.length > COUNTED_PLACES) return;
    }
    const font = 10 * ratio;
    ctx.font = `600 ${font}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const [x, y, n] of shown) {
      let text = this.countTexts.get(n);
      if (text === undefined) {
        text = this.formatCount(n);
        this.countTexts.set(n, text);
      }
      const r = Math.max(7 * ratio, ctx.measureText(text).width / 2 + 3 * ratio);
      // Up and to the right, wholly above the place's centre line: beside the markers, not on them.
      const cx = x + reach * 0.8 + r * 0.3;
      const cy = Math.min(y - reach * 0.8, y - r - 2 * ratio);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fillStyle = '#3a3a3a';
      ctx.fill();
      ctx.lineWidth = 1.5 * ratio;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(text, cx, cy + 0.5 * ratio);
      const out = r + 1.5 * ratio + ANTIALIAS;
      include(drawn, cx - out, cy - out, cx + out, cy + out);
    }
  }

  /** Draw the markers with the map's last camera: clear, one sprite per visible stack, the ring. */
  private draw(): void {
    const { map, ctx, matrix, canvas } = this;
    if (!map || !ctx || !matrix || !canvas) return;
    this.fitCanvas();
    const w = canvas.width;
    const h = canvas.height;
    if (!this.frame || this.frame.width !== w || this.frame.height !== h) {
      this.frame = ctx.createImageData(w, h);
      this.blitted = emptyRect();
      // A resized canvas starts clear; a new one too.
      this.drawn = emptyRect();
    }
    const frame = this.frame;
    // Only the last frame's markers need clearing, and only what changed is handed to the canvas.
    clearPixels(frame.data, w, this.blitted);
    const blitted = emptyRect();
    const ratio = map.getPixelRatio();
    const atlas = this.atlasFor(radiusAt(map.getZoom()) * ratio);
    const m = matrix;
    const pos = this.stacks.mercator;
    const kinds = this.stacks.kind;
    const sizes = this.stackSize;
    const fan = this.fan;
    const spread = atlas.radius * FAN;
    /** Where `placeInto` last put a stack: reused, so that the blit loop makes no pair per marker. */
    const at = new Float64Array(2);
    /**
     * A stack's place on the canvas into `at`, false when it is behind the camera; with
     * `fanned`, where its marker goes around the place.
     */
    const placeInto = (s: number, fanned: boolean): boolean => {
      const x = pos[2 * s]!;
      const y = pos[2 * s + 1]!;
      const cw = m[3]! * x + m[7]! * y + m[15]!;
      if (cw <= 0) return false;
      at[0] = (((m[0]! * x + m[4]! * y + m[12]!) / cw + 1) / 2) * w;
      at[1] = ((1 - (m[1]! * x + m[5]! * y + m[13]!) / cw) / 2) * h;
      if (fanned) {
        at[0] += fan[2 * s]! * spread;
        at[1] += fan[2 * s + 1]! * spread;
      }
      return true;
    };
    const project = (s: number, fanned = true): [number, number] | null =>
      placeInto(s, fanned) ? [at[0]!, at[1]!] : null;
    // The marker's box at each casualty level, at this zoom: worked out once, not per marker.
    const boxes = Array.from({ length: SIZE_LEVELS + 1 }, (_, level) =>
      Math.ceil(markerBox(atlas.radius, level)),
    );
    const blit = (s: number) => {
      if (!placeInto(s, true)) return;
      const px = at[0]!;
      const py = at[1]!;
      const level = Math.round(sizes[s]! * SIZE_LEVELS);
      const box = boxes[level] ?? Math.ceil(markerBox(atlas.radius, level));
      const half = box / 2;
      if (px < -half || py < -half || px > w + half || py > h + half) return;
      const sx = level * atlas.cell;
      const sy = kinds[s]! * atlas.cell;
      const dx = Math.round(px - half);
      const dy = Math.round(py - half);
      blitOver(atlas.pixels, sx, sy, box, box, frame, dx, dy);
      include(blitted, dx, dy, dx + box, dy + box);
    };
    for (const s of this.order) blit(s);
    // The hovered and selected incidents' markers again on top (like the map's focus layer), so
    // that a marker drawn over theirs never hides them, each with its ring.
    const hovered =
      this.hovered >= 0 && this.hovered < this.count && this.mask[this.hovered] === 1
        ? this.stacks.of[this.hovered]!
        : -1;
    const selected =
      this.selected >= 0 && this.selected < this.count ? this.stacks.of[this.selected]! : -1;
    if (hovered >= 0 && hovered !== selected) blit(hovered);
    if (selected >= 0 && sizes[selected]! >= 0) blit(selected);
    // The last frame's drawing and this one's markers: outside both the canvas stays clear.
    const dirty = clipUnion(this.drawn, blitted, w, h);
    if (!isEmpty(dirty))
      ctx.putImageData(frame, 0, 0, dirty.x0, dirty.y0, dirty.x1 - dirty.x0, dirty.y1 - dirty.y0);
    const drawn = { ...blitted };
    this.drawCounts(ctx, (s) => project(s, false), w, h, atlas.radius + spread, ratio, drawn);
    const ring = (s: number, extra: number, width: number, colour: string) => {
      const p = project(s);
      if (!p) return;
      ctx.beginPath();
      const level = Math.round(Math.max(0, sizes[s]!) * SIZE_LEVELS);
      const r = markerBox(atlas.radius, level) / 2 + extra * ratio;
      ctx.arc(p[0], p[1], r, 0, Math.PI * 2);
      ctx.lineWidth = width * ratio;
      ctx.strokeStyle = colour;
      ctx.stroke();
      const out = r + width * ratio + ANTIALIAS;
      include(drawn, p[0] - out, p[1] - out, p[0] + out, p[1] + out);
    };
    // The map's focus-ring colours: the hovered incident's purple, the selected one's black.
    if (hovered >= 0 && hovered !== selected) ring(hovered, 2, 2, '#5b4a6b');
    if (selected >= 0) ring(selected, 2, 2.5, '#1a1a1a');
    this.blitted = blitted;
    this.drawn = drawn;
    this.frames++;
    if (this.firstDrawAt === null && this.order.length > 0) {
      this.firstDrawAt = performance.now();
      this.onFirstDraw?.();
    }
  }
}
