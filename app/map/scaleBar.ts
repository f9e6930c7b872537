/**
 * A map scale in the interface language (`١٠ كم` / `10 km`): maplibre's own ScaleControl takes its
 * words from the map's locale, fixed when the map is made, and the language switches at any time.
 */
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { formatNumber, type Lang } from '../i18n/messages';

/** Longest the bar may be, in CSS pixels. */
export const SCALE_MAX_PX = 100;

/**
 * The longest round distance (1, 2, 3 or 5 × a power of ten metres) that fits in `maxPx` pixels
 * when `maxPx` pixels span `metres`, and its width in pixels.
 *
 * @example niceScale(23_456, 100) // { metres: 20_000, px: 85.3 }
 */
export function niceScale(metres: number, maxPx: number): { metres: number; px: number } {
  if (!(metres > 0) || !(maxPx > 0)) return { metres: 0, px: 0 };
  const power = 10 ** Math.floor(Math.log10(metres));
  const ratio = metres / power;
  const step = ratio >= 5 ? 5 : ratio >= 3 ? 3 : ratio >= 2 ? 2 : 1;
  const nice = step * power;
  return { metres: nice, px: (maxPx * nice) / metres };
}

/**
 * The label of a distance: kilometres from 1 km up, metres below, digits of the language.
 *
 * @example scaleLabel(20_000, 'ar') // '٢٠ كم'
 */
export function scaleLabel(metres: number, lang: Lang): string {
  const km = metres >= 1000;
  const n = formatNumber(km ? metres / 1000 : metres, lang);
  if (lang === 'ar') return `${n} ${km ? 'كم' : 'م'}`;
  return `${n} ${km ? 'km' : 'm'}`;
}

/**
 * The metres that `px` CSS pixels span across the middle of the map, where distortion is least
 * for its view (the scale bar's measure; the map image draws its bar from it too).
 */
export function metresAcross(map: MaplibreMap, px: number): number {
  const y = map.getContainer().clientHeight / 2;
  const x = map.getContainer().clientWidth / 2;
  return map.unproject([x - px / 2, y]).distanceTo(map.unproject([x + px / 2, y]));
}

/** The scale bar as a maplibre control: redrawn as the map moves, relabelled by `setLang`. */
export class ScaleBar implements IControl {
  private map: MaplibreMap | undefined;
  private readonly el = document.createElement('div');
  private lang: Lang;

  constructor(lang: Lang) {
    this.lang = lang;
    this.el.className = 'maplibregl-ctrl scale-bar';
    this.el.dataset.testid = 'scale-bar';
    // Read by a screen reader as text ("20 km"): the bar's length is only for the eye.
  }

  onAdd(map: MaplibreMap): HTMLElement {
    this.map = map;
    map.on('move', this.update);
    this.update();
    return this.el;
  }

  onRemove(): void {
    this.map?.off('move', this.update);
    this.el.remove();
    this.map = undefined;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.update();
  }

  private readonly update = () => {
    const map = this.map;
    if (!map) return;
    const { metres, px } = niceScale(metresAcross(map, SCALE_MAX_PX), SCALE_MAX_PX);
    this.el.style.width = `${Math.round(px)}px`;
    this.el.textContent = metres > 0 ? scaleLabel(metres, this.lang) : '';
    this.el.dataset.metres = String(metres);
  };
}
