import {
  type KeyboardEvent,
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  actorList,
  formatDay,
  formatIncidentDate,
  kindName,
  placeName,
  SEP,
} from '../i18n/messages';
import { outletName } from '../i18n/outletNames';
import { useT } from '../i18n/useT';
import { writtenInEnglish } from '../ingest/reports/language';
import { IncidentIcon } from '../map/IncidentIcon';
import type { Article, IncidentFeature } from '../model';
import { isLocalData } from '../store/dataSlice';
import { useAtlas } from '../store/store';
import { CopyCitation } from './CopyCitation';
import { citationText, incidentLink } from './citation';
import { segmentsWithMentions } from './highlight';
import { IncidentCard } from './IncidentCard';
import { snapStep } from './rowSnap';
import { safeUrl } from './safeUrl';
import { focusIsHidden, type StepperButton, stepperFocusAfterStep } from './stepperFocus';

interface Props {
  incident: IncidentFeature;
  articles: Map<string, Article>;
  /** Every loaded incident, by id (the report's other incidents may be filtered out of view). */
  incidentsById: ReadonlyMap<string, IncidentFeature>;
}

/**
 * The selected incident and the report it came from, as the outlet published it, with the
 * incident's sentence and every place mention marked. Report text is rendered as text nodes
 * only: it is untrusted.
 */
function ArticlePanelView({ incident, articles, incidentsById }: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const select = useAtlas((s) => s.select);
  const evidenceIndex = useAtlas((s) => s.evidenceIndex);
  const setEvidenceIndex = useAtlas((s) => s.setEvidenceIndex);
  const hoverMention = useAtlas((s) => s.hoverMention);
  const sentenceRef = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const headRef = useRef<HTMLElement | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  // Where the report's source line sticks when the whole panel scrolls (the phone's bottom
  // sheet): just under the head, whose height changes with the language and the label.
  useLayoutEffect(() => {
    const head = headRef.current;
    const panel = panelRef.current;
    if (!head || !panel) return;
    // The exact height: offsetHeight is rounded, and half a pixel of gap shows text through.
    const update = () =>
      panel.style.setProperty('--panel-head-h', `${head.getBoundingClientRect().height}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const p = incident.properties;
  const evidenceList = p.evidence.filter((e) => articles.has(e.articleId));
  const evidence = evidenceList[Math.min(evidenceIndex, evidenceList.length - 1)];
  const article = evidence ? articles.get(evidence.articleId) : undefined;

  // The report's incidents in the order the text tells them.
  const siblings = useMemo(() => {
    if (!article) return [incident];
    const ids = new Set([...article.incidentIds, p.id]);
    const start = (f: IncidentFeature) =>
      f.properties.evidence.find((e) => e.articleId === article.id)?.start ?? 0;
    return [...ids]
      .map((id) => incidentsById.get(id))
      .filter((f) => f !== undefined)
      .sort((a, b) => start(a) - start(b));
  }, [article, incident, incidentsById, p.id]);
  const at = siblings.findIndex((f) => f.properties.id === p.id);
  const prev = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : undefined;

  // A stepper button disables itself at the report's first or last incident; the browser would
  // drop its focus to the page. Which one had focus when a step was taken, to hand focus on.
  const prevRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const stepFocus = useRef<StepperButton | null>(null);
  const step = (to: IncidentFeature | undefined) => {
    if (!to) return;
    const active = document.activeElement;
    stepFocus.current =
      active === prevRef.current ? 'prev' : active === nextRef.current ? 'next' : null;
    select(to.properties.id);
  };
  // Before paint, while the disabled button still holds focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new incident, after a step.
  useLayoutEffect(() => {
    const from = stepFocus.current;
    stepFocus.current = null;
    if (!from) return;
    const target = stepperFocusAfterStep(from, !!prev, !!next);
    if (target !== from) (target === 'prev' ? prevRef : nextRef).current?.focus();
  }, [p.id]);

  // On a phone the sheet takes the list's place: a key in the list that opens it leaves focus on
  // a hidden element (then on the page). The keyboard user goes on in the sheet, at its head's
  // close button: there whatever the incident, it says where focus is, and it leads back to the
  // list (the panel's arrow keys step through the report from there too).
  useLayoutEffect(() => {
    if (focusIsHidden(document.activeElement)) closeRef.current?.focus({ preventScroll: true });
  }, []);

  /** The mention the arrow keys went to last (its segment), for this incident's report. */
  const [mentionStop, setMentionStop] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new incident or report starts at its own place again.
  useEffect(() => setMentionStop(null), [p.id, article?.id]);
  const segs = useMemo(
    () =>
      article
        ? segmentsWithMentions(
            article.body,
            evidence,
            evidence && { start: evidence.placeStart, end: evidence.placeEnd },
            article.mentions,
          )
        : [],
    [article, evidence],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the incident, its report or the passage changes (two passages may be in one report).
  useEffect(() => {
    if (sentenceRef.current) scrollToCentre(sentenceRef.current);
  }, [p.id, article?.id, evidence?.start]);

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    // The report's place mentions are one stop for Tab; ↓ and ↑ go from one to the next.
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && target.classList.contains('mention')) {
      const all = [
        ...(target.closest('.report-body')?.querySelectorAll<HTMLElement>('.mention') ?? []),
      ];
      const to = all[all.indexOf(target) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (to) {
        e.preventDefault();
        setMentionStop(Number(to.dataset.seg));
        to.focus();
      }
      return;
    }
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward && next) {
      e.preventDefault();
      step(next);
    } else if (e.key === back && prev) {
      e.preventDefault();
      step(prev);
    }
  };

  const link = safeUrl(article?.url);
  // Reports are mostly Arabic, some English (so marked for screen readers); one in another
  // script is laid out by its own direction.
  const reportLang = !article
    ? undefined
    : ARABIC.test(article.title + article.body.slice(0, 400))
      ? 'ar'
      : writtenInEnglish(article.body)
        ? 'en'
        : undefined;
  let sentenceMarked = false;
  // The one mention Tab stops at: the one the arrows last went to, else the incident's own
  // place, else the report's first mention.
  const own = segs.findIndex((s) => s.place && s.mention !== null);
  const stopAt = mentionStop ?? (own >= 0 ? own : segs.findIndex((s) => s.mention !== null));
  return (
    <aside
      ref={panelRef}
      className="panel"
      aria-label={t.report}
      data-testid="article-panel"
      data-incident-id={p.id}
      onKeyDown={onKeyDown}
    >
      <header className="panel-head" ref={headRef}>
        <nav className="stepper" aria-label={t.otherIncidents}>
          <button
            type="button"
            className="icon-button"
            ref={prevRef}
            onClick={() => step(prev)}
            disabled={!prev}
            aria-label={t.previous}
            data-testid="prev-incident"
          >
            <span aria-hidden="true">{lang === 'ar' ? '→' : '←'}</span>
          </button>
          <span className="position" data-testid="incident-position">
            {t.position(at + 1, siblings.length)}
          </span>
          <button
            type="button"
            className="icon-button"
            ref={nextRef}
            onClick={() => step(next)}
            disabled={!next}
            aria-label={t.next}
            data-testid="next-incident"
          >
            <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>
          </button>
        </nav>
        {/* What the incident is, kept in sight when a short panel scrolls its card away: its
            type and place, and a line of its facts (when, who, the toll). */}
        <span className="panel-label" aria-hidden="true">
          <IncidentIcon type={p.type} hollow={p.geoPrecision > 1} size={12} />
          <span className="panel-label-text">
            <span className="panel-label-what">
              {kindName(t, p)}
              {SEP[lang]}
              {placeName(p, lang)}
            </span>
            <span className="panel-facts" data-testid="panel-facts">
              {[
                formatIncidentDate(p.date, p.timePrecision, lang, p.dateEnd),
                actorList(p.actors, lang),
                t.casualties(p.fatalities, p.injuries),
              ]
                .filter(Boolean)
                .join(SEP[lang])}
            </span>
          </span>
        </span>
        <button
          type="button"
          ref={closeRef}
          className="icon-button close"
          onClick={() => select(null)}
          aria-label={t.closePanel}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <div className="panel-body">
        <div className="panel-top">
          <IncidentCard incident={incident} />

          {evidenceList.length > 1 ? (
            <fieldset className="sources" data-testid="evidence-switch">
              <legend>{t.sources}</legend>
              {evidenceList.map((e, i) => {
                const a = articles.get(e.articleId)!;
                // Two passages of one report are told apart by their order in it.
                const same = evidenceList.filter((x) => x.articleId === e.articleId);
                return (
                  <button
                    key={`${e.articleId}:${e.start}`}
                    type="button"
                    aria-pressed={e === evidence}
                    onClick={() => setEvidenceIndex(i)}
                    data-article-id={a.id}
                  >
                    <span className="visually-hidden">
                      {t.sourceN(i + 1, evidenceList.length)}:{' '}
                    </span>
                    <bdi>{outletName(a.outlet, lang)}</bdi>
                    {SEP[lang]}
                    {formatDay(a.date, lang)}
                    {same.length > 1 ? `${SEP[lang]}${t.passage(same.indexOf(e) + 1)}` : null}
                  </button>
                );
              })}
            </fieldset>
          ) : null}
        </div>

        <div className="panel-scroll">
          {article ? (
            <article
              className="report"
              lang={reportLang}
              dir={reportLang === 'ar' ? 'rtl' : 'auto'}
              data-article-id={article.id}
            >
              <h2 className="report-title">{article.title}</h2>
              {/* Sticks while the report scrolls: which report, from whom and when stays in
                  sight beside the highlighted sentence (the title may scroll away). */}
              <p
                className="report-meta"
                data-testid="report-meta"
                dir={lang === 'ar' ? 'rtl' : 'ltr'}
                lang={lang}
              >
                {/* Each item after the first keeps its separator before it, on its own line
                    if it wraps: a separator never ends a line. */}
                <bdi
                  className="outlet"
                  title={
                    outletName(article.outlet, lang) === article.outlet ? undefined : article.outlet
                  }
                >
                  {outletName(article.outlet, lang)}
                </bdi>{' '}
                <span className="meta-item">
                  {SEP[lang].trimStart()}
                  <time dateTime={article.date}>{formatDay(article.date, lang)}</time>
                </span>
                {link ? (
                  <>
                    {' '}
                    <span className="meta-item">
                      {SEP[lang].trimStart()}
                      <a
                        href={link}
                        target="_blank"
                        rel="noopener noreferrer"
                        data-testid="original-link"
                      >
                        {t.openOriginal}
                      </a>
                    </span>
                  </>
                ) : (
                  <>
                    {' '}
                    {/* Said, so that a researcher does not take the link for lost here. */}
                    <span className="meta-item muted" data-testid="no-original-link">
                      {SEP[lang].trimStart()}
                      {t.noOriginalLink}
                    </span>
                  </>
                )}{' '}
                <span className="meta-item">
                  {SEP[lang].trimStart()}
                  <CopyCitation
                    // A new incident or report starts afresh (no "copied", no old citation shown).
                    key={`${p.id}|${article.id}`}
                    citation={() =>
                      citationText({
                        incident: p,
                        coordinates: incident.geometry.coordinates as [number, number],
                        article,
                        evidence,
                        lang,
                        // The reader's own files are not online: the citation names the file.
                        link: isLocalData(useAtlas.getState())
                          ? null
                          : incidentLink(window.location.href, p.id, lang),
                        accessed: new Date().toISOString().slice(0, 10),
                      })
                    }
                  />
                </span>
              </p>
              <div className="report-body" dir={reportLang === 'ar' ? 'rtl' : 'auto'}>
                {segs.map((s, i) => {
                  const key = `${i}`;
                  const m = s.mention !== null ? article.mentions[s.mention] : undefined;
                  const first = s.sentence && !sentenceMarked;
                  if (s.sentence) sentenceMarked = true;
                  const props = {
                    ref: first
                      ? (el: HTMLElement | null) => {
                          sentenceRef.current = el;
                        }
                      : undefined,
                    className:
                      [s.place ? 'place' : s.sentence ? 'sentence' : '', m ? 'mention' : '']
                        .filter(Boolean)
                        .join(' ') || undefined,
                    ...(m
                      ? {
                          tabIndex: i === stopAt ? 0 : -1,
                          'data-seg': i,
                          title: t.mentionLabel,
                          'data-place-id': m.placeId,
                          onMouseEnter: () => hoverMention(m),
                          onMouseLeave: () => hoverMention(null),
                          onFocus: () => hoverMention(m),
                          onBlur: () => hoverMention(null),
                        }
                      : {}),
                  };
                  if (s.place || s.sentence)
                    return (
                      <mark {...props} key={key}>
                        {s.text}
                      </mark>
                    );
                  return (
                    <span {...props} key={key}>
                      {s.text}
                    </span>
                  );
                })}
              </div>
            </article>
          ) : (
            <p className="muted">{t.reportMissing}</p>
          )}

          {siblings.length > 1 ? (
            <section className="siblings" aria-label={t.otherIncidents}>
              <h3>{t.otherIncidents}</h3>
              <ol>
                {siblings.map((f) => {
                  const q = f.properties;
                  const current = q.id === p.id;
                  return (
                    <li key={q.id}>
                      <button
                        type="button"
                        aria-current={current ? 'true' : undefined}
                        onClick={() => select(q.id)}
                        data-incident-id={q.id}
                      >
                        <IncidentIcon type={q.type} hollow={q.geoPrecision > 1} size={14} />
                        <span>{kindName(t, q)}</span>
                        <span>{placeName(q, lang)}</span>
                        <span className="muted">
                          {formatIncidentDate(q.date, q.timePrecision, lang, q.dateEnd)}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : null}
        </div>
      </div>
    </aside>
  );
}

const ARABIC = /[\u0600-\u06FF]/;

/** The lines of the card and the report's head that a scroll must not cut in two (rowSnap.ts). */
const CARD_ROWS =
  '.incident-summary, .incident-card dt, .incident-card dd, .sources, .report-title';

/**
 * Scroll the nearest scrollable ancestor so that `el` is in its middle (in a short panel: just
 * into view). Unlike scrollIntoView, this never scrolls the page or the map around the panel.
 */
function scrollToCentre(el: HTMLElement): void {
  let box: HTMLElement | null = el.parentElement;
  while (box) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight)
      break;
    box = box.parentElement;
  }
  if (!box) return;
  const c = box.getBoundingClientRect();
  const e = el.getBoundingClientRect();
  if (box.classList.contains('panel-body')) {
    // A short panel scrolls card and report as one: scroll only as far as the sentence needs,
    // so as much of the incident's card as fits stays in sight above it.
    // The mark is the sentence's first part: room below it for the rest of the sentence.
    const below = c.height / 3;
    // The report's source line sticks at the top: the sentence must stay below it.
    const stuck = box.querySelector('.report-meta')?.getBoundingClientRect().height ?? 0;
    const above = 24 + stuck;
    let step = 0;
    if (e.bottom > c.bottom - below)
      step = Math.min(e.bottom - c.bottom + below, e.top - c.top - above);
    else if (e.top < c.top + above) step = e.top - c.top - above;
    // As far as the box can scroll: the sentence may end the report.
    const least = -box.scrollTop;
    const most = box.scrollHeight - box.clientHeight - box.scrollTop;
    step = Math.max(least, Math.min(most, step));
    if (step === 0) return;
    // No row of the card left half under the panel's head: shown whole if the sentence still
    // fits below it, else scrolled away whole.
    const rows = [...box.querySelectorAll<HTMLElement>(CARD_ROWS)].map((r) =>
      r.getBoundingClientRect(),
    );
    box.scrollTop += snapStep(
      step,
      rows,
      c.top,
      // The sentence wholly in sight, below the source line (the margin above it may go).
      (s) => s >= least && s <= most && e.top - s >= c.top + stuck && e.bottom - s <= c.bottom,
    );
    return;
  }
  box.scrollTop += e.top - c.top - Math.max(0, (c.height - e.height) / 2);
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const ArticlePanel = memo(ArticlePanelView);
