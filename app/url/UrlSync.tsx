import { useLayoutEffect } from 'react';
import { NO_FILTERS } from '../derive/filters';
import { type AtlasState, useAtlas } from '../store/store';
import { nextHistoryMode, onGestureEnd } from './history';
import { encodeView, readView, type UnreadPart, type ViewState } from './viewCodec';

function viewOf(s: AtlasState): Partial<ViewState> {
  return {
    filters: s.filters,
    selectedId: s.selectedId,
    map: s.mapView,
    lang: s.lang,
    order: s.listOrder,
  };
}

/**
 * Put a decoded view into the store: what the link leaves out takes its default. `unread`, the
 * parts of the link that could not be read, replaces the last link's (a view of its own history
 * entry has none).
 */
export function applyView(v: Partial<ViewState>, unread: UnreadPart[] = []): void {
  const s = useAtlas.getState();
  useAtlas.setState({
    filters: v.filters ?? NO_FILTERS,
    selectedId: v.selectedId ?? null,
    listOrder: v.order ?? 'newest',
    linkUnread: unread,
  });
  if (v.lang && v.lang !== s.lang) s.setLang(v.lang);
  if (v.map) s.flyMap(v.map);
}

/** Least time between two `replaceState` calls while a gesture goes on (the last one is kept). */
const REPLACE_EVERY_MS = 250;

/**
 * Keeps the whole view in the URL's query: reads it on load and on Back/Forward, writes it on
 * every change (push for discrete changes, replace while dragging, panning or playing).
 * Replacements are coalesced: playing changes the view on every frame, and a history call per
 * frame cost 2–5 ms of each frame and runs into the browser's limit on history calls.
 */
export function UrlSync() {
  useLayoutEffect(() => {
    let applying = true;
    const first = readView(window.location.search);
    applyView(first.view, first.unread);
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

    let lastReplace = Number.NEGATIVE_INFINITY;
    let pending = 0;
    const cancelPending = () => {
      window.clearTimeout(pending);
      pending = 0;
    };
    const replaceNow = () => {
      cancelPending();
      lastReplace = performance.now();
      write('replace');
    };
    const replaceSoon = () => {
      if (pending) return;
      const wait = lastReplace + REPLACE_EVERY_MS - performance.now();
      if (wait <= 0) replaceNow();
      else pending = window.setTimeout(replaceNow, wait);
    };

    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (applying) return;
      const changed =
        s.filters !== prev.filters ||
        s.selectedId !== prev.selectedId ||
        s.lang !== prev.lang ||
        s.listOrder !== prev.listOrder;
      if (!changed && s.mapView === prev.mapView) return;
      const mode = nextHistoryMode(!changed);
      if (mode === 'replace') {
        replaceSoon();
        return;
      }
      // A push writes the whole current view: a replacement still waiting is not needed.
      cancelPending();
      write('push');
    });
    // When the drag or play ends, write the last state now rather than up to 250 ms later.
    const stopFlushing = onGestureEnd(() => {
      if (pending) replaceNow();
    });
    const onPop = () => {
      applying = true;
      const back = readView(window.location.search);
      applyView(back.view, back.unread);
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      cancelPending();
      stopFlushing();
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return null;
}
