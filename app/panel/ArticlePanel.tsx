import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import type { Article, IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { segments } from './highlight';

interface Props {
  incident: IncidentFeature;
  article: Article | undefined;
}

/**
 * The report an incident came from, as the outlet published it, with the incident's sentence
 * and place mention highlighted. The body is rendered as text nodes only: report text is untrusted.
 */
export function ArticlePanel({ incident, article }: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const select = useAtlas((s) => s.select);
  const markRef = useRef<HTMLElement>(null);
  const evidence = incident.properties.evidence.find((e) => e.articleId === article?.id);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the incident changes.
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [incident.properties.id]);

  const p = incident.properties;
  return (
    <aside
      className="panel"
      aria-label={t.report}
      data-testid="article-panel"
      data-incident-id={p.id}
    >
      <header className="panel-head">
        <p className="incident-summary" lang={lang}>
          {lang === 'ar' ? p.summaryAr : p.summaryEn}
        </p>
        <button
          type="button"
          className="close"
          onClick={() => select(null)}
          aria-label={t.closePanel}
        >
          ×
        </button>
      </header>
      {article ? (
        <article className="report" lang="ar" dir="rtl">
          <h2 className="report-title">{article.title}</h2>
          <p className="report-meta">
            <span>{article.outlet}</span> · <time dateTime={article.date}>{article.date}</time>
          </p>
          <div className="report-body" dir="rtl">
            {segments(
              article.body,
              evidence,
              evidence && { start: evidence.placeStart, end: evidence.placeEnd },
            ).map((s, i) => {
              const key = `${i}`;
              if (s.place)
                return (
                  <mark key={key} className="place" ref={markRef}>
                    {s.text}
                  </mark>
                );
              if (s.sentence)
                return (
                  <mark key={key} className="sentence">
                    {s.text}
                  </mark>
                );
              return <span key={key}>{s.text}</span>;
            })}
          </div>
        </article>
      ) : null}
    </aside>
  );
}
