import { useEffect } from 'react';
import { useFiltered, useVisibleIncidents } from '../derive/useVisibleIncidents';
import { FilterBar } from '../filters/FilterBar';
import { MapTools } from '../filters/MapTools';
import { useT } from '../i18n/useT';
import { IncidentList } from '../list/IncidentList';
// scale: columns first, details after (app/load/loadColumns.ts); GPU layer for large datasets
import { DetailsStatus } from '../load/DetailsStatus';
import { startLoading } from '../load/loadColumns';
import { GPU_THRESHOLD, GpuIncidentLayer } from '../map/gpu/GpuIncidentLayer';
import { MapView } from '../map/MapView';
import type { IncidentFeature } from '../model';
import { ArticlePanel } from '../panel/ArticlePanel';
import { useAtlas } from '../store/store';
import { Timeline } from '../timeline/Timeline';
import { UrlSync } from '../url/UrlSync';

/**
 * The page. Regions: the top bar (title, count, language), the filters, the map with the report
 * panel over it, the list beside it, and the timeline under the map.
 */
const NO_INCIDENTS: IncidentFeature[] = []; // scale

export function App() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const data = useAtlas((s) => s.data);
  const selectedId = useAtlas((s) => s.selectedId);
  const { all, visible } = useVisibleIncidents();
  const filtered = useFiltered(); // scale
  const gpu = (filtered?.index.n ?? 0) > GPU_THRESHOLD; // scale

  useEffect(() => {
    startLoading(); // scale
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t.appTitle;
  }, [lang, t]);

  const selected = all.find((f) => f.properties.id === selectedId);
  const article =
    selected && data.status === 'ready'
      ? data.data.articles.get(selected.properties.evidence[0]?.articleId ?? '')
      : undefined;

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t.appTitle}</h1>
        <p className="tagline">{t.tagline}</p>
        {data.status === 'ready' ? (
          <output className="count" data-testid="incident-count">
            {t.incidentsShown(filtered?.result.count ?? 0, filtered?.index.n ?? 0)}
          </output>
        ) : null}
        <button
          type="button"
          className="lang"
          onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}
          aria-label={t.languageLabel}
          lang={lang === 'ar' ? 'en' : 'ar'}
        >
          {t.language}
        </button>
      </header>
      <FilterBar />
      <div className="workspace">
        <main className="stage">
          <MapView incidents={gpu ? NO_INCIDENTS : visible} hideIncidents={gpu}>
            <MapTools />
            {gpu ? <GpuIncidentLayer /> : null}
          </MapView>
          <DetailsStatus />
          {data.status === 'loading' ? (
            <div className="overlay" role="status">
              <span className="spinner" aria-hidden="true" /> {t.loading}
            </div>
          ) : null}
          {data.status === 'error' ? (
            <div className="overlay error" role="alert">
              <strong>{t.loadFailed}</strong>
              <code dir="ltr">{data.message}</code>
            </div>
          ) : null}
          {selected ? <ArticlePanel incident={selected} article={article} /> : null}
        </main>
        <IncidentList incidents={visible} />
      </div>
      <Timeline all={all} visible={visible} />
      <UrlSync />
    </div>
  );
}
