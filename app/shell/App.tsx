import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { loadData } from '../load/loadData';
import { MapView } from '../map/MapView';
import { ArticlePanel } from '../panel/ArticlePanel';
import { useAtlas } from '../store/store';

/** The page: header, the map, and the report panel when an incident is selected. */
export function App() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const data = useAtlas((s) => s.data);
  const selectedId = useAtlas((s) => s.selectedId);

  useEffect(() => {
    loadData().then(
      (d) => useAtlas.getState().setData({ status: 'ready', data: d }),
      (e: Error) => useAtlas.getState().setData({ status: 'error', message: e.message }),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t.appTitle;
  }, [lang, t]);

  const incidents = data.status === 'ready' ? data.data.incidents : [];
  const selected = incidents.find((f) => f.properties.id === selectedId);
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
            {t.incidentsShown(incidents.length, incidents.length)}
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
      <main className="stage">
        <MapView incidents={incidents} />
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
    </div>
  );
}
