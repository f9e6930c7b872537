/**
 * The map's + and − buttons, in the interface language, zooming around the open incident while
 * it is in view. maplibre's NavigationControl names its buttons in the map's locale, fixed when
 * the map is made (English in the Arabic interface), and zooms around the middle of the whole
 * map, which sits behind the report panel: the incident the reader opened slid under the panel
 * or off the map after a zoom or two.
 */
import type { IControl, LngLatLike, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/messages';

const LABELS: Record<Lang, { zoomIn: string; zoomOut: string }> = {
  en: { zoomIn: 'Zoom in', zoomOut: 'Zoom out' },
  ar: { zoomIn: 'تكبير', zoomOut: 'تصغير' },
};

/** The + and − buttons as a maplibre control; `around` says where to zoom around, if not the middle. */
export class ZoomButtons implements IControl {
  private map: MaplibreMap | undefined;
  private readonly el = document.createElement('div');
  private readonly zoomIn: HTMLButtonElement;
  private readonly zoomOut: HTMLButtonElement;

  constructor(
    lang: Lang,
    private readonly around: () => LngLatLike | undefined,
  ) {
    // maplibre's own classes: the buttons look and sit as the NavigationControl's did.
    this.el.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.zoomIn = this.button('maplibregl-ctrl-zoom-in', +1);
    this.zoomOut = this.button('maplibregl-ctrl-zoom-out', -1);
    this.setLang(lang);
  }

  private button(className: string, step: 1 | -1): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    const icon = document.createElement('span');
    icon.className = 'maplibregl-ctrl-icon';
    icon.setAttribute('aria-hidden', 'true');
    b.append(icon);
    b.addEventListener('click', (e) => {
      const map = this.map;
      if (!map) return;
      const around = this.around();
      const to = map.getZoom() + step;
      map.zoomTo(to, around ? { around } : {}, { originalEvent: e });
    });
    this.el.append(b);
    return b;
  }

  onAdd(map: MaplibreMap): HTMLElement {
    this.map = map;
    map.on('zoom', this.updateDisabled);
    this.updateDisabled();
    return this.el;
  }

  onRemove(): void {
    this.map?.off('zoom', this.updateDisabled);
    this.el.remove();
    this.map = undefined;
  }

  setLang(lang: Lang): void {
    for (const [b, label] of [
      [this.zoomIn, LABELS[lang].zoomIn],
      [this.zoomOut, LABELS[lang].zoomOut],
    ] as const) {
      b.title = label;
      b.setAttribute('aria-label', label);
    }
  }

  /** No zooming past the map's limits: the button says so rather than doing nothing. */
  private readonly updateDisabled = () => {
    const map = this.map;
    if (!map) return;
    const z = map.getZoom();
    this.zoomIn.disabled = z >= map.getMaxZoom();
    this.zoomOut.disabled = z <= map.getMinZoom();
  };
}
