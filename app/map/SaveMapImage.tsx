import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { summariseIndexed } from '../derive/columnSummary';
import { dayExtent } from '../derive/dayExtent';
import { outletCounts } from '../derive/outletCounts';
import { useFiltered } from '../derive/useVisibleIncidents';
import { download } from '../export/exportData';
import { imagePeriod, mapCaption, mapImageName, plainAttribution } from '../export/mapCaption';
import { drawMapImage, type MapPixels, timeStrip } from '../export/mapImage';
import { useT } from '../i18n/useT';
import { hasSyntheticOutlet } from '../model/synthetic';
import { isLocalData } from '../store/dataSlice';
import { useAtlas } from '../store/store';
import { dayOf, isoOf } from '../timeline/time';
import { shareLink } from '../url/shareLink';
import { OFFLINE_ATTRIBUTION, onlineStyleUrl } from './basemapStyle';
import { useMap } from './mapContext';
import { metresAcross, SCALE_MAX_PX } from './scaleBar';

/** A maplibre control that only holds a place in the map's corner; React draws into it. */
class Slot implements IControl {
  readonly el = document.createElement('div');
  constructor() {
    this.el.className = 'maplibregl-ctrl maplibregl-ctrl-group save-map-image';
  }
  onAdd(): HTMLElement {
    return this.el;
  }
  onRemove(): void {
    this.el.remove();
  }
}

/**
 * The map's pixels as they are drawn now. The WebGL canvas keeps its picture only until the frame
 * is shown (no preserveDrawingBuffer, which would slow every frame), so it is copied in the
 * map's own `render` event; overlays (the markers canvas of a large dataset) are plain 2D.
 */
function mapPixels(map: MaplibreMap): Promise<MapPixels> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const gl = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = gl.width;
        copy.height = gl.height;
        copy.getContext('2d')!.drawImage(gl, 0, 0);
        const overlays = [...map.getCanvasContainer().querySelectorAll('canvas')].filter(
          (c) => c !== gl,
        );
        resolve({
          layers: [copy, ...overlays],
          width: gl.width,
          height: gl.height,
          ratio: gl.width / Math.max(1, gl.clientWidth),
          // As the scale bar on screen measures it.
          metresPerPixel: metresAcross(map, SCALE_MAX_PX) / SCALE_MAX_PX,
        });
      } catch (e) {
        reject(e);
      }
    });
    map.triggerRepaint();
  });
}

/**
 * Device pixels per CSS pixel of the image: at least 2, so that a map the width of a laptop
 * screen prints about 16 cm wide at 300 dpi (the screen's own density when it is higher).
 */
const IMAGE_RATIO = 2;

/** The next frame after the map has drawn everything it is loading (tiles, labels, fades). */
function idle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * The map's pixels drawn at `ratio` device pixels per CSS pixel: the map is drawn once more at
 * that density (same view, same size on screen), copied, and given back its own density.
 */
async function mapPixelsAt(map: MaplibreMap, ratio: number): Promise<MapPixels> {
  if (ratio === map.getPixelRatio()) return mapPixels(map);
  map.setPixelRatio(ratio);
  try {
    await idle(map);
    return await mapPixels(map);
  } finally {
    // null: follow the screen's devicePixelRatio again (the app sets no ratio of its own).
    map.setPixelRatio(null as unknown as number);
  }
}

/** Whom the basemap is owed to: the offline one's sources, or those the online style's name. */
function basemapAttribution(map: MaplibreMap): string {
  if (!onlineStyleUrl()) return OFFLINE_ATTRIBUTION;
  const ids = Object.keys(map.getStyle().sources);
  const named = plainAttribution(
    ids.map((id) => (map.getSource(id) as { attribution?: string } | undefined)?.attribution),
  );
  return named || new URL(onlineStyleUrl()!).host;
}

function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/**
 * "Save the map as an image": a PNG of the map as it is drawn now, at print density, with a
 * scale bar, a time strip and a caption (what is shown, under which filters, the figures, the
 * sources and the link to this view), in the interface language. A button in the map's corner,
 * beside the zoom buttons.
 */
export function SaveMapImage() {
  const map = useMap();
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const filtered = useFiltered();
  const [state, setState] = useState<'idle' | 'saving' | { error: string }>('idle');
  const slot = useMemo(() => new Slot(), []);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!map) return;
    map.addControl(slot, 'top-left');
    return () => {
      map.removeControl(slot);
    };
  }, [map, slot]);

  const saving = state === 'saving';
  const save = async () => {
    // Busy: the button stays enabled (and keeps focus) but does not start a second image.
    if (!map || !filtered || saving) return;
    setState('saving');
    try {
      const { filters, regions } = useAtlas.getState();
      // The days of the incidents shown (a date filter's own bounds still come first): the
      // whole dataset's period would misdate a map of a few days' incidents.
      const days = dayExtent(filtered.index, filtered.result.mask) ?? dayExtent(filtered.index);
      const extent = days ? ([isoOf(days[0]), isoOf(days[1])] as const) : null;
      const region = filters.area?.kind === 'region' ? regions.get(filters.area.id) : undefined;
      const caption = mapCaption({
        lang,
        shown: filtered.result.count,
        total: filtered.index.n,
        filters,
        extent,
        summary: summariseIndexed(filtered.index, filtered.result),
        regionName: region
          ? lang === 'ar'
            ? region.properties.nameAr
            : region.properties.nameEn
          : undefined,
        synthetic: hasSyntheticOutlet(filtered.index.outletNames),
        // The reader's own files are not online: no link reopens the view (the caption says so).
        link: isLocalData(useAtlas.getState()) ? null : shareLink(),
        basemap: basemapAttribution(map),
        today: new Date().toISOString().slice(0, 10),
        outlets: outletCounts(filtered.index, filtered.result.mask),
      });
      // Canvas text uses the page's fonts only once they are loaded.
      await document.fonts?.ready;
      // The strip covers the caption's period.
      const period = imagePeriod(filters, extent);
      const from = period.from ? dayOf(period.from) : Number.NaN;
      const to = period.to ? dayOf(period.to) : Number.NaN;
      const strip =
        from <= to
          ? timeStrip(filtered.index, filtered.result.mask, from, to, map.getCanvas().clientWidth)
          : undefined;
      const ratio = Math.max(window.devicePixelRatio || 1, IMAGE_RATIO);
      const image = drawMapImage(await mapPixelsAt(map, ratio), caption, lang, strip);
      download(await pngOf(image), mapImageName(filters, extent), 'image/png');
      setState('idle');
    } catch (e) {
      setState({ error: t.mapImageFailed((e as Error).message) });
    }
  };

  if (!map) return null;
  return createPortal(
    <>
      <button
        type="button"
        className="save-map-image-button"
        data-testid="save-map-image"
        aria-label={t.saveMapImage}
        title={t.saveMapImage}
        ref={button}
        aria-busy={saving}
        // Not `disabled` while saving: a disabled button loses focus, and the keyboard user would
        // be left at the page's top when the image is done. Disabled only before there is data.
        aria-disabled={saving}
        disabled={!filtered}
        onClick={() => void save()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M4 7h3l2-2.5h6L17 7h3v12H4z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
          <circle cx="12" cy="13" r="3.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      {typeof state === 'object' ? (
        <p className="save-map-image-error" role="alert" data-testid="save-map-image-error">
          {state.error}
          <button
            type="button"
            onClick={() => {
              // This button goes with the message: focus goes back to the camera button first.
              button.current?.focus();
              setState('idle');
            }}
          >
            {t.dismiss}
          </button>
        </p>
      ) : null}
    </>,
    slot.el,
  );
}
