/**
 * Shaders of the GPU point layer (WebGL2, mercator only). The date window is a uniform: a point
 * outside it is moved out of clip space with size 0, so changing the window redraws without
 * touching any buffer.
 */
export const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform float u_size;
uniform vec3 u_colours[8];
in vec2 a_pos;
in vec2 a_days;
in float a_type;
out vec3 v_colour;
void main() {
  if (a_days.y < u_window.x || a_days.x > u_window.y) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_PointSize = u_size;
  v_colour = u_colours[int(a_type)];
}`;

/** A filled disc with a white rim, like the circle layer's stroke. */
export const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform float u_rim;
in vec3 v_colour;
out vec4 colour;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  if (r > 1.0) discard;
  vec3 c = r > 1.0 - u_rim ? vec3(1.0) : v_colour;
  colour = vec4(c, 1.0) * 0.9;
}`;
