import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { useFiltered } from '../derive/useVisibleIncidents';
import { formatIncidentDate, kindName, placeName, SEP } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { IncidentIcon } from '../map/IncidentIcon';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { beginGesture, endGesture } from '../url/history';
import { LIST_ORDERS, type ListOrder } from './listOrder';
import { columnRows, featureRows } from './listRows';

interface Props {
  incidents: IncidentFeature[];
}

const ROW_HEIGHT = 60;

/** Id of a row's element, for aria-activedescendant. */
export function rowId(incidentId: string): string {
  return `incident-row-${incidentId}`;
}

/**
 * The list of visible incidents, newest first or in the order the reader picks (oldest first, most
 * killed first): the accessible alternative to the map. Only the
 * rows in view are in the DOM, so it stays smooth with 100,000 incidents. It is one listbox:
 * arrow keys, Home, End, Page Up and Page Down move the selection; the map follows.
 */
export function IncidentList({ incidents: liveIncidents }: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const selectedId = useAtlas((s) => s.selectedId);
  const select = useAtlas((s) => s.select);
  const hover = useAtlas((s) => s.hover);
  const dataReady = useAtlas((s) => s.data.status === 'ready');
  const local = useAtlas((s) => s.data.status === 'ready' && !!s.data.data.local);
  const order = useAtlas((s) => s.listOrder);
  const setOrder = useAtlas((s) => s.setListOrder);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const all = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.incidents : undefined));
  const columns = useAtlas((s) =>
    s.data.status === 'ready' ? s.data.data.columns?.columns : undefined,
  );
  const liveFiltered = useFiltered();
  // While the timeline plays, the rows follow at the pace the page leaves them: rendered after
  // each frame's map and counts, and dropped when the next frame comes first (a list changing 20
  // times a second cannot be read). A single filter change shows in the same frame as ever.
  // Deferred only while playing: a value deferred at all times would cost a second render of the
  // list after every filter change.
  const playing = useAtlas((s) => s.playing);
  const laterFiltered = useDeferredValue(playing ? liveFiltered : null);
  const laterIncidents = useDeferredValue(playing ? liveIncidents : null);
  const filtered = playing ? (laterFiltered ?? liveFiltered) : liveFiltered;
  const incidents = playing ? (laterIncidents ?? liveIncidents) : liveIncidents;
  const result = filtered?.result;
  const mask = result?.mask;
  // Details not loaded (a large dataset): the rows come from the compact columns.
  const fromColumns = !!columns && columns.count > 0 && !all?.length;
  const rows = useMemo(
    () =>
      fromColumns && columns
        ? columnRows(columns, result, undefined, order)
        : featureRows(incidents, all, mask, undefined, order),
    [fromColumns, columns, result, incidents, all, mask, order],
  );
  // How many the filters match: more than the list holds for a very large selection (LIST_MAX).
  const matched = fromColumns ? (result?.count ?? rows.length) : incidents.length;
  const selectedIndex = useMemo(
    () => (selectedId ? rows.indexOf(selectedId) : -1),
    [rows, selectedId],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  // Keep the selected row in view, whoever selected it (the map, the panel, the keys).
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const move = (to: number) => {
    if (!rows.length) return;
    const i = Math.max(0, Math.min(rows.length - 1, to));
    select(rows.at(i).id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const at = selectedIndex;
    const first = at < 0;
    let to: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        to = first ? 0 : at + 1;
        break;
      case 'ArrowUp':
        to = first ? 0 : at - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = rows.length - 1;
        break;
      case 'PageDown':
        to = at + page;
        break;
      case 'PageUp':
        to = at - page;
        break;
      case 'Enter':
        // Enter on the open incident goes on into its report (Tab from the list would reach
        // the timeline first); Escape there closes it and comes back here.
        if (at >= 0) {
          const close = document.querySelector<HTMLElement>(
            '[data-testid="article-panel"] .panel-head .close',
          );
          if (close) {
            e.preventDefault();
            close.focus();
            return;
          }
        }
        // With no incident open (or no report panel to go to), Enter opens it, as Space does.
        to = Math.max(at, 0);
        break;
      case ' ':
        to = Math.max(at, 0);
        break;
    }
    if (to !== null) {
      e.preventDefault();
      // Browsing with the keys is one gesture for the history: the first incident opened
      // pushes an entry, the next ones replace it, so Back returns to before the browsing
      // rather than through every row passed (it ends when the list loses focus).
      beginGesture();
      move(to);
    }
  };

  const activeRendered =
    selectedIndex >= 0 && virtualizer.getVirtualItems().some((v) => v.index === selectedIndex);

  return (
    <section className="list-pane" aria-labelledby={headingId} data-testid="incident-list">
      <div className="list-head">
        <h2 id={headingId} className="list-title">
          {t.list}
        </h2>
        <select
          aria-label={t.listOrder}
          value={order}
          data-testid="list-order"
          onChange={(e) => setOrder(e.target.value as ListOrder)}
        >
          {LIST_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t.listOrders[o]}
            </option>
          ))}
        </select>
      </div>
      {dataReady && rows.length === 0 ? (
        <p className="empty" role="status" data-testid="list-empty">
          {/* No filter is to blame when the data hold no incident at all. */}
          {filtered?.index.n === 0 ? (local ? t.localNoIncidents : t.noData) : t.emptyFiltered}
        </p>
      ) : null}
      <div
        ref={scrollRef}
        className="list-scroll"
        role="listbox"
        tabIndex={0}
        aria-label={t.listLabel(order)}
        aria-activedescendant={activeRendered ? rowId(selectedId!) : undefined}
        onKeyDown={onKeyDown}
        onBlur={endGesture}
        data-testid="incident-listbox"
      >
        <div
          role="presentation"
          style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
        >
          {virtualizer.getVirtualItems().map((v) => {
            const p = rows.at(v.index);
            const selected = p.id === selectedId;
            const casualties = t.casualties(p.fatalities, p.injuries);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for its options.
              <div
                key={p.id}
                id={rowId(p.id)}
                role="option"
                tabIndex={-1}
                aria-selected={selected}
                aria-posinset={v.index + 1}
                aria-setsize={rows.length}
                className={`list-row${selected ? ' selected' : ''}`}
                data-incident-id={p.id}
                data-index={v.index}
                style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                onClick={() => {
                  select(p.id);
                  scrollRef.current?.focus({ preventScroll: true });
                }}
                onMouseEnter={() => hover(p.id)}
                onMouseLeave={() => hover(null)}
              >
                <IncidentIcon type={p.type} hollow={p.geoPrecision > 1} size={16} />
                <div className="row-text">
                  <div className="row-main">
                    <strong>{kindName(t, p)}</strong>
                    {SEP[lang]}
                    <span>{placeName(p, lang)}</span>
                  </div>
                  <div className="row-sub muted">
                    <bdi>{formatIncidentDate(p.date, p.timePrecision, lang, p.dateEnd)}</bdi>
                    {casualties ? (
                      <>
                        {lang === 'ar' ? '، ' : ' · '}
                        <bdi>{casualties}</bdi>
                      </>
                    ) : null}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {matched > rows.length ? (
        <p className="list-more muted" role="status" data-testid="list-capped">
          {t.listCapped(rows.length, matched)}
        </p>
      ) : null}
    </section>
  );
}
