import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { STRIP_BARS_END, STRIP_HEIGHT } from '../../app/export/mapImage';

/** What the test reads of a saved image: its size and where given colours are. */
export interface ImageFacts {
  width: number;
  height: number;
  /** Pixels close to the airstrike colour, above and below the map's bottom edge. */
  airstrikeOnMap: number;
  /** Pixels of any marker colour but black and grey (which the basemap has too), on the map. */
  markerColourOnMap: number;
  /** The same, where a time strip's bars stand under the map (caption text, if no strip). */
  markerColourInStrip: number;
  airstrikeInCaption: number;
  /** Pixels of the caption's warning red (synthetic data). */
  warningInCaption: number;
  /** Distinct colours in the map part: a blank or black map has a handful. */
  mapColours: number;
  /** Leftmost and rightmost dark (text) pixel of the caption's first line. */
  titleLeft: number;
  titleRight: number;
}

/**
 * The density the image is made at: the screen's, and at least 2 device pixels per CSS pixel
 * (print). The map part of the image is the map's CSS size times this.
 */
export function imageRatio(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(window.devicePixelRatio || 1, 2));
}

/**
 * Save the map image; return its file name and facts read from its pixels in the page. `strip`:
 * the image has a time strip under the map (a period of a week or more), before the caption.
 */
export async function saveImage(
  page: Page,
  { strip = true } = {},
): Promise<{ name: string; facts: ImageFacts; png: Buffer }> {
  const ratio = await imageRatio(page);
  const mapHeight = await page.evaluate(
    (r) => Math.round(window.__atlasMap!.getCanvas().clientHeight * r),
    ratio,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-map-image').click(),
  ]);
  const png = readFileSync((await download.path())!);
  const facts = await page.evaluate(
    async ({ b64, mapHeight, barsEnd, textTop }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let onMap = 0;
      let markerColour = 0;
      // The colours of airstrike, shelling, clash, attack, deployment and agreement markers.
      const MARKERS = [0xd55e00, 0xe69f00, 0xcc79a7, 0x0072b2, 0x009e73, 0x56b4e9].map((c) => [
        c >> 16,
        (c >> 8) & 255,
        c & 255,
      ]);
      const near = (r: number, g: number, b: number, c: number[]) =>
        Math.abs(r - c[0]!) < 12 && Math.abs(g - c[1]!) < 12 && Math.abs(b - c[2]!) < 12;
      let inCaption = 0;
      let inStrip = 0;
      let warning = 0;
      const colours = new Set<number>();
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          // MARKERS[0] is #D55E00, the airstrike colour of the map and legend.
          const airstrike = near(r, g, b, MARKERS[0]!);
          if (y < mapHeight) {
            colours.add((r << 16) | (g << 8) | b);
            if (airstrike) onMap++;
            if (MARKERS.some((c) => near(r, g, b, c))) markerColour++;
          } else {
            if (airstrike) inCaption++;
            if (y < barsEnd && MARKERS.some((c) => near(r, g, b, c))) inStrip++;
            // #A4000F, the caption's warning.
            if (Math.abs(r - 0xa4) < 14 && g < 20 && b < 30) warning++;
          }
        }
      }
      // The caption's first line: the first rows under the map and strip that hold dark pixels.
      let left = c.width;
      let right = -1;
      let started = false;
      for (let y = textTop + 2; y < c.height; y++) {
        let dark = false;
        for (let x = 0; x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) {
            dark = true;
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
        if (dark) started = true;
        else if (started) break;
      }
      return {
        width: c.width,
        height: c.height,
        airstrikeOnMap: onMap,
        markerColourOnMap: markerColour,
        markerColourInStrip: inStrip,
        airstrikeInCaption: inCaption,
        warningInCaption: warning,
        mapColours: colours.size,
        titleLeft: left,
        titleRight: right,
      };
    },
    {
      b64: png.toString('base64'),
      mapHeight,
      barsEnd: mapHeight + Math.round(STRIP_BARS_END * ratio),
      textTop: mapHeight + (strip ? Math.round(STRIP_HEIGHT * ratio) : 0),
    },
  );
  return { name: download.suggestedFilename(), facts, png };
}
