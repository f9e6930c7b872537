import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MaplibreMap,
} from 'maplibre-gl';
import type { FilterIndex } from '../../derive/filters';
import { INCIDENT_TYPES } from '../../model';
import { TYPE_COLOURS } from '../incidentLayers';
import { toMercator } from './columns';

/**
 * Vertex shader: position in Web Mercator, disc size from the zoom (a uniform) and the
 * casualties (an attribute), hidden when the filter mask says so. `u_ring` draws the selection
 * ring (one point, drawn again on top).
 */
const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_radius;
uniform float u_ring;
uniform vec3 u_colours[8];
in vec2 a_pos;
in float a_size;
in float a_type;
in float a_visible;
out vec3 v_colour;
out float v_edge;
void main() {
  if (a_visible < 0.5 && u_ring < 0.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  float r = u_radius * (1.0 + a_size) + u_ring * u_radius * 1.2;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_PointSize = 2.0 * r;
  v_colour = u_colours[int(a_type)];
  v_edge = 1.0 - 1.5 * u_radius / (6.0 * r);
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform float u_ring;
in vec3 v_colour;
in float v_edge;
out vec4 colour;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  if (r > 1.0) discard;
  if (u_ring > 0.5) {
    if (r < 0.72) discard;
    colour = vec4(0.1, 0.1, 0.1, 1.0);
    return;
  }
  vec3 c = r > v_edge ? vec3(1.0) : v_colour;
  colour = vec4(c, 1.0) * 0.9;
}`;

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

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`incident shader: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

/**
 * The incidents as one maplibre custom layer, drawn from typed arrays uploaded once: a filter
 * change is `setMask(mask)`, one `bufferSubData` of n bytes and a repaint. Picking is on the CPU:
 * a scan of the visible points' Mercator positions (about 1 ms at 100k), no GPU read-back.
 */
export class IncidentGpuLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  readonly count: number;
  /** x0, y0, x1, y1… in Web Mercator (0..1). */
  readonly mercator: Float32Array;
  /** Casualty size 0..1 (see casualtySize). */
  readonly size: Float32Array;
  private readonly types: Uint8Array;
  private mask: Uint8Array;
  private maskDirty = false;
  private selected = -1;
  private map: MaplibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private maskBuffer: WebGLBuffer | null = null;
  private buffers: WebGLBuffer[] = [];
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private readonly colours = new Float32Array(
    INCIDENT_TYPES.flatMap((t) => hexToRgb(TYPE_COLOURS[t])),
  );
  /** performance.now() of the first frame that drew points (for the benchmark), and frames drawn. */
  firstDrawAt: number | null = null;
  frames = 0;

  constructor(
    readonly id: string,
    index: FilterIndex,
    mask: Uint8Array,
  ) {
    const n = index.n;
    this.count = n;
    this.mercator = new Float32Array(n * 2);
    this.size = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const [x, y] = toMercator(index.lon[i]!, index.lat[i]!);
      this.mercator[2 * i] = x;
      this.mercator[2 * i + 1] = y;
      this.size[i] = casualtySize(index.killed[i]!, index.injured[i]!);
    }
    this.types = index.type;
    this.mask = mask;
  }

  /** Show the incidents whose mask byte is 1 (a filter result over the same positions). */
  setMask(mask: Uint8Array): void {
    if (mask.length !== this.count) return;
    this.mask = mask;
    this.maskDirty = true;
    this.repaint();
  }

  /** `document.timeline.currentTime` (the animation frame's time) of the last synchronous redraw. */
  private redrawFrame: number | null = null;

  /**
   * Draw the change in this frame. `triggerRepaint` alone would wait a frame whenever the map
   * has already drawn in the current one, so timeline play (a filter change in every animation
   * frame) drew only every other frame. One synchronous redraw per animation frame at most;
   * further changes in the same frame wait for the next, as before.
   */
  private repaint(): void {
    const map = this.map;
    if (!map) return;
    const frame = Number(document.timeline?.currentTime ?? performance.now());
    if (this.redrawFrame === frame) {
      map.triggerRepaint();
      return;
    }
    this.redrawFrame = frame;
    map.redraw();
  }

  /** Ring one incident (its position), or none with -1. */
  setSelected(position: number): void {
    this.selected = position;
    this.map?.triggerRepaint();
  }

  /**
   * The visible incident under a screen point (CSS px from the map's top-left), nearest first,
   * or -1. Tolerance: the disc's radius plus 3 px.
   */
  pick(x: number, y: number): number {
    const map = this.map;
    if (!map) return -1;
    const { lng, lat } = map.unproject([x, y]);
    const [mx, my] = toMercator(lng, lat);
    const world = 512 * 2 ** map.getZoom();
    const base = radiusAt(map.getZoom());
    const reach = (base * 2 + 3) / world;
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    const pos = this.mercator;
    const mask = this.mask;
    for (let i = 0; i < this.count; i++) {
      if (mask[i] !== 1) continue;
      const dx = pos[2 * i]! - mx;
      if (dx > reach || dx < -reach) continue;
      const dy = pos[2 * i + 1]! - my;
      if (dy > reach || dy < -reach) continue;
      const d = Math.sqrt(dx * dx + dy * dy) * world;
      const r = base * (1 + this.size[i]!) + 3;
      if (d <= r && d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  onAdd(map: MaplibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = gl.createProgram()!;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`incident program: ${gl.getProgramInfoLog(program)}`);
    this.program = program;
    for (const name of ['u_matrix', 'u_radius', 'u_ring', 'u_colours'])
      this.uniforms[name] = gl.getUniformLocation(program, name);
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    const attribute = (
      name: string,
      data: ArrayBufferView,
      size: number,
      type: number,
      usage: number,
    ) => {
      const buffer = gl.createBuffer()!;
      this.buffers.push(buffer);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, usage);
      const at = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, size, type, false, 0, 0);
      return buffer;
    };
    attribute('a_pos', this.mercator, 2, gl.FLOAT, gl.STATIC_DRAW);
    attribute('a_size', this.size, 1, gl.FLOAT, gl.STATIC_DRAW);
    attribute('a_type', this.types, 1, gl.UNSIGNED_BYTE, gl.STATIC_DRAW);
    this.maskBuffer = attribute('a_visible', this.mask, 1, gl.UNSIGNED_BYTE, gl.DYNAMIC_DRAW);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const map = this.map;
    const program = this.program;
    if (!map || !program) return;
    if (this.maskDirty && this.maskBuffer) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.maskBuffer);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.mask);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      this.maskDirty = false;
    }
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook.
    gl.useProgram(program);
    const u = this.uniforms;
    gl.uniformMatrix4fv(
      u.u_matrix!,
      false,
      options.defaultProjectionData.mainMatrix as Float32Array,
    );
    gl.uniform1f(u.u_radius!, radiusAt(map.getZoom()) * map.getPixelRatio());
    gl.uniform1f(u.u_ring!, 0);
    gl.uniform3fv(u.u_colours!, this.colours);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vao);
    gl.drawArrays(gl.POINTS, 0, this.count);
    if (this.selected >= 0 && this.selected < this.count) {
      gl.uniform1f(u.u_ring!, 1);
      gl.drawArrays(gl.POINTS, this.selected, 1);
    }
    gl.bindVertexArray(null);
    this.frames++;
    if (this.firstDrawAt === null && this.count > 0) this.firstDrawAt = performance.now();
  }

  onRemove(_map: MaplibreMap, gl: WebGL2RenderingContext): void {
    for (const b of this.buffers) gl.deleteBuffer(b);
    if (this.vao) gl.deleteVertexArray(this.vao);
    if (this.program) gl.deleteProgram(this.program);
    this.buffers = [];
    this.maskBuffer = null;
    this.map = null;
  }
}
