import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MaplibreMap,
} from 'maplibre-gl';
import { INCIDENT_TYPES } from '../../model';
import { TYPE_COLOURS } from '../incidentLayers';
import type { IncidentColumns } from './columns';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './shaders';

/** Days far outside any report, for an open end of the window. */
const OPEN = 1e7;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`shader: ${gl.getShaderInfoLog(shader)}`);
  }
  return shader;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/**
 * PROTOTYPE, not wired into the app: a maplibre custom layer that draws incidents from typed
 * arrays uploaded once. A date filter is `setWindow(from, to)`: two floats in a uniform and a
 * repaint, where a GeoJSON source re-tiles every point in its worker.
 *
 * @example
 * const layer = new GpuPointLayer('gpu-incidents', toColumns(features));
 * map.addLayer(layer);
 * layer.setWindow(dayNumber('2020-01-01'), dayNumber('2020-12-31'));
 */
export class GpuPointLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MaplibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffers: WebGLBuffer[] = [];
  private window: [number, number] = [-OPEN, OPEN];
  private readonly colours = new Float32Array(
    INCIDENT_TYPES.flatMap((t) => hexToRgb(TYPE_COLOURS[t])),
  );

  constructor(
    readonly id: string,
    private readonly columns: IncidentColumns,
    /** Disc diameter in CSS pixels, and the rim's share of the radius. */
    private readonly diameter = 12,
    private readonly rim = 0.25,
  ) {}

  /** Show only incidents overlapping [from, to] (day numbers; null for an open end). */
  setWindow(from: number | null, to: number | null): void {
    this.window = [from ?? -OPEN, to ?? OPEN];
    this.map?.triggerRepaint();
  }

  onAdd(map: MaplibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = gl.createProgram()!;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      throw new Error(`program: ${gl.getProgramInfoLog(program)}`);
    }
    this.program = program;
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    const attribute = (name: string, data: ArrayBufferView, size: number, type: number) => {
      const buffer = gl.createBuffer()!;
      this.buffers.push(buffer);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      const at = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, size, type, false, 0, 0);
    };
    attribute('a_pos', this.columns.mercator, 2, gl.FLOAT);
    attribute('a_days', this.columns.days, 2, gl.FLOAT);
    attribute('a_type', this.columns.types, 1, gl.UNSIGNED_BYTE);
    gl.bindVertexArray(null);
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (this.program && this.map) this.draw(gl, this.program, this.map, options);
  }

  private draw(
    gl: WebGL2RenderingContext,
    program: WebGLProgram,
    map: MaplibreMap,
    options: CustomRenderMethodInput,
  ): void {
    // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook.
    gl.useProgram(program);
    const u = (name: string) => gl.getUniformLocation(program, name);
    gl.uniformMatrix4fv(
      u('u_matrix'),
      false,
      options.defaultProjectionData.mainMatrix as Float32Array,
    );
    gl.uniform2f(u('u_window'), this.window[0], this.window[1]);
    gl.uniform1f(u('u_size'), this.diameter * map.getPixelRatio());
    gl.uniform1f(u('u_rim'), this.rim);
    gl.uniform3fv(u('u_colours'), this.colours);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.vao);
    gl.drawArrays(gl.POINTS, 0, this.columns.count);
    gl.bindVertexArray(null);
  }

  onRemove(_map: MaplibreMap, gl: WebGL2RenderingContext): void {
    for (const b of this.buffers) gl.deleteBuffer(b);
    if (this.vao) gl.deleteVertexArray(this.vao);
    if (this.program) gl.deleteProgram(this.program);
    this.buffers = [];
    this.map = null;
  }
}
