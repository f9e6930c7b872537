import { useCallback, useEffect, useMemo, useRef } from 'react';
import { activeFilterCount } from '../derive/filters';
import { useFiltered, useVisibleIncidents } from '../derive/useVisibleIncidents';
import { DrawHint } from '../filters/DrawHint';
import { FilterBar } from '../filters/FilterBar';
import { MapTools } from '../filters/MapTools';
import { useT } from '../i18n/useT';
import { IncidentList } from '../list/IncidentList';
// Columns first, details after (app/load/loadColumns.ts); the markers canvas for large datasets.
import { DetailsStatus } from '../load/DetailsStatus';
import { LoadNotice } from '../load/LoadNotice';
import { loadPublished } from '../load/loadColumns';
import { DropReports } from '../local/DropReports';
import { LocalBar } from '../local/LocalBar';
import { OpenFilesButton, OpenReports } from '../local/OpenReports';
import { MapView } from '../map/MapView';
import { IncidentMarkersLayer, MARKERS_THRESHOLD } from '../map/markers/IncidentMarkersLayer';
import { SaveMapImage } from '../map/SaveMapImage';
import type { IncidentFeature } from '../model';
import { hasSyntheticOutlet } from '../model/synthetic';
import { ArticlePanel } from '../panel/ArticlePanel';
import { HiddenIncident } from '../panel/HiddenIncident';
import { useAtlas } from '../store/store';
import { Timeline } from '../timeline/Timeline';
import { MissingIncident } from '../url/MissingIncident';
import { UnknownInLink } from '../url/UnknownInLink';
import { UnreadInLink } from '../url/UnreadInLink';
import { UrlSync } from '../url/UrlSync';
import { AboutData } from './AboutData';
import { Foldable } from './Foldable';

const NO_INCIDENTS: IncidentFeature[] = [];

/**
 * The page. Regions: the top bar (title, count, language), the filters, the map with the report
 * panel over it, the list beside it, and the timeline under the map.
 */
export function App() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const data = useAtlas((s) => s.data);
  const selectedId = useAtlas((s) => s.selectedId);
  const select = useAtlas((s) => s.select);
  const { all, visible } = useVisibleIncidents();
  const filtered = useFiltered();
  const activeFilters = useAtlas((s) => activeFilterCount(s.filters));
  // Counts from the filter index: with deferred details `all` and `visible` are still empty.
  const total = filtered?.index.n ?? 0;
  const shown = filtered?.result.count ?? 0;
  const manyIncidents = total > MARKERS_THRESHOLD;
  // Generated test data says so beside the count, not only in "About the data": every view of it.
  const outletNames = filtered?.index.outletNames;
  const synthetic = useMemo(() => !!outletNames && hasSyntheticOutlet(outletNames), [outletNames]);

  useEffect(loadPublished, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t.appTitle;
  }, [lang, t]);

  // Every incident loaded; for a deferred dataset with chunks, those of the chunks opened so far.
  const partial = data.status === 'ready' ? data.data.columns?.partial?.byId : undefined;
  const allById: ReadonlyMap<string, IncidentFeature> = useMemo(
    () => (all.length === 0 && partial ? partial : new Map(all.map((f) => [f.properties.id, f]))),
    [all, partial],
  );
  const selected = selectedId ? allById.get(selectedId) : undefined;

  // Focus: remember where it was when the panel opened, and put it back when the panel closes.
  const opener = useRef<Element | null>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const open = !!selected;
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      opener.current = active && active !== document.body ? active : null;
    } else if (!open && wasOpen.current) {
      const back = opener.current;
      opener.current = null;
      const usable =
        back instanceof HTMLElement && back.isConnected && back.getClientRects().length > 0;
      if (usable) back.focus({ preventScroll: true });
      else if (!document.activeElement || document.activeElement === document.body)
        document.querySelector<HTMLElement>('[data-testid="incident-listbox"]')?.focus();
    }
    wasOpen.current = open;
  }, [selected]);

  const close = useCallback(() => select(null), [select]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A modal dialog open over the panel (About the data) is what Escape closes: taking the key
      // here would close the panel behind it and leave the dialog open.
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape' && useAtlas.getState().selectedId && !e.defaultPrevented) {
        e.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  // The same children while the dataset's size class holds, so the memoised map skips the
  // re-render of every filter change (its layers follow the store themselves).
  const mapChildren = useMemo(
    () => (
      <>
        <MapTools />
        <SaveMapImage />
        {manyIncidents ? <IncidentMarkersLayer /> : null}
      </>
    ),
    [manyIncidents],
  );

  const ready = data.status === 'ready';
  return (
    <div className={`app${selected ? ' has-panel' : ''}`}>
      <header className="topbar">
        <h1>{t.appTitle}</h1>
        <p className="tagline">{t.tagline}</p>
        {ready ? (
          <output className="count" data-testid="incident-count">
            {t.incidentsShown(filtered?.result.count ?? 0, filtered?.index.n ?? 0)}
          </output>
        ) : null}
        {ready && synthetic ? (
          <span
            className="synthetic-badge"
            role="note"
            title={t.aboutSynthetic}
            data-testid="synthetic-badge"
          >
            {t.syntheticBadge}
          </span>
        ) : null}
        <OpenReports />
        {ready ? <AboutData /> : null}
        <button
          type="button"
          className="lang"
          onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}
          title={t.languageLabel}
          data-testid="language-switch"
        >
          <span lang={lang === 'ar' ? 'en' : 'ar'}>{t.language}</span>
          <span className="visually-hidden"> — {t.languageLabel}</span>
        </button>
      </header>
      <Foldable
        label={t.filters}
        badge={activeFilters ? t.activeFilters(activeFilters) : undefined}
        testId="filters-fold"
      >
        <FilterBar />
      </Foldable>
      <LocalBar />
      <MissingIncident />
      <HiddenIncident />
      <UnknownInLink />
      <UnreadInLink />
      <LoadNotice />
      <div className="workspace">
        <main className="stage">
          <MapView incidents={manyIncidents ? NO_INCIDENTS : visible} hideIncidents={manyIncidents}>
            {mapChildren}
          </MapView>
          <DetailsStatus />
          <DrawHint />
          {data.status === 'loading' ? (
            <div className="overlay" role="status" data-testid="loading">
              <span className="spinner" aria-hidden="true" /> {t.loading}
            </div>
          ) : null}
          {data.status === 'error' ? (
            <div className="overlay error" role="alert" data-testid="load-error">
              <strong>{t.loadFailed}</strong>
              <code dir="ltr">{data.message}</code>
              <p>{t.loadHint}</p>
              <div className="overlay-actions">
                <button type="button" className="lang" onClick={loadPublished}>
                  {t.retry}
                </button>
                {/* No published data: one's own reports still open. */}
                <OpenFilesButton testId="overlay-open-reports" />
              </div>
            </div>
          ) : null}
          {ready && total === 0 ? (
            <div className="overlay" role="status" data-testid="no-data">
              <strong>{data.data.local ? t.localNoIncidents : t.noData}</strong>
              <p>{data.data.local ? t.localNoIncidentsHint : t.noDataHint}</p>
              {data.data.local ? null : <OpenFilesButton testId="overlay-open-reports" />}
            </div>
          ) : null}
          {ready && total > 0 && shown === 0 ? (
            <div className="overlay" role="status" data-testid="empty-filtered">
              <strong>{t.emptyFiltered}</strong>
            </div>
          ) : null}
          {selected && ready ? (
            <ArticlePanel
              incident={selected}
              articles={data.data.articles}
              incidentsById={allById}
            />
          ) : null}
        </main>
        <IncidentList incidents={visible} />
      </div>
      <Foldable label={t.timeline} testId="timeline-fold">
        <Timeline all={all} visible={visible} />
      </Foldable>
      <UrlSync />
      <DropReports />
    </div>
  );
}
