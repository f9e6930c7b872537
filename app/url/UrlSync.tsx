import { useLayoutEffect } from 'react';
import { NO_FILTERS } from '../derive/filters';
import { type AtlasState, useAtlas } from '../store/store';
import { nextHistoryMode } from './history';
import { decodeView, encodeView, type ViewState } from './viewCodec';

function viewOf(s: AtlasState): Partial<ViewState> {
  return { filters: s.filters, selectedId: s.selectedId, map: s.mapView, lang: s.lang };
}

/** Put a decoded view into the store: what the link leaves out takes its default. */
export function applyView(v: Partial<ViewState>): void {
  const s = useAtlas.getState();
  useAtlas.setState({ filters: v.filters ?? NO_FILTERS, selectedId: v.selectedId ?? null });
  if (v.lang && v.lang !== s.lang) s.setLang(v.lang);
  if (v.map) s.flyMap(v.map);
}

/**
 * Keeps the whole view in the URL's query: reads it on load and on Back/Forward, writes it on
 * every change (push for discrete changes, replace while dragging, panning or playing).
 */
export function UrlSync() {
  useLayoutEffect(() => {
    let applying = true;
    applyView(decodeView(window.location.search));
    const write = (mode: 'push' | 'replace') => {
      const q = encodeView(viewOf(useAtlas.getState()));
      const url = `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
        return;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    write('replace');
    applying = false;

    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (applying) return;
      const changed =
        s.filters !== prev.filters || s.selectedId !== prev.selectedId || s.lang !== prev.lang;
      if (!changed && s.mapView === prev.mapView) return;
      write(nextHistoryMode(!changed));
    });
    const onPop = () => {
      applying = true;
      applyView(decodeView(window.location.search));
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return null;
}
