import { useMemo, useRef, useState } from 'react';
import { useFiltered } from '../derive/useVisibleIncidents';
import { ingestMessage } from '../i18n/ingestMessages';
import { formatDay } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { dataFacts } from '../load/dataFacts';
import type { IngestError } from '../model';
import { useAtlas } from '../store/store';
import { MessageText } from './MessageText';

/** The data the app ships, with their licences (data/SOURCES.md has the detail). */
const LICENCES = [
  {
    name: 'GeoNames',
    licence: { en: 'CC BY 4.0', ar: 'CC BY 4.0' },
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    name: 'Natural Earth',
    licence: { en: 'public domain', ar: 'ملكية عامة' },
    url: 'https://www.naturalearthdata.com/about/terms-of-use/',
  },
] as const;

/** Problems listed by name before "… and N more". */
const LISTED = 20;

/**
 * The first problems, each with the file (and line) it is in and what is wrong, in the interface
 * language; then how many more the report holds.
 */
function ProblemList({ problems, testId }: { problems: IngestError[]; testId: string }) {
  const lang = useAtlas((s) => s.lang);
  const t = useT();
  return (
    <>
      <ul className="about-errors" data-testid={testId}>
        {problems.slice(0, LISTED).map((e) => (
          <li key={`${e.file}|${e.line ?? ''}|${e.message}`}>
            <bdi className="about-file">
              {e.file}
              {e.line ? `:${e.line}` : ''}
            </bdi>{' '}
            <MessageText text={ingestMessage(e.message, lang)} />
          </li>
        ))}
      </ul>
      {problems.length > LISTED ? <p>{t.aboutMore(problems.length - LISTED)}</p> : null}
    </>
  );
}

/**
 * "About the data": what a researcher should know before trusting a count. The dataset's size,
 * dates, outlets and place precision (from the filter index), and the ingest's own account
 * (`ingest-report.json`): the files it could not read, the problems it worked around, and the
 * place names its gazetteer did not know. A native modal dialog: Escape closes it, focus stays
 * inside while it is open and returns to the button after. Every name in it is text, never markup.
 */
export function AboutData() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const report = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.report : undefined));
  const local = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.local : undefined));
  const index = useFiltered()?.index;
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // Read when opened: at a million incidents the pass over the index is a few milliseconds.
  const facts = useMemo(() => (open && index ? dataFacts(index) : null), [open, index]);
  const n = t.formatCount;

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };

  const failed = report?.errors ?? [];
  const warnings = report?.warnings ?? [];
  const unresolved = report?.unresolved ?? [];
  return (
    <>
      <button
        type="button"
        className="lang about-button"
        onClick={show}
        title={t.aboutData}
        aria-label={t.aboutData}
        data-testid="about-data"
        disabled={!index}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path
            d="M8 7v4.5M8 4.4v.1"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        <span className="about-label">{t.aboutData}</span>
      </button>
      <dialog
        ref={dialog}
        className="about-dialog"
        aria-labelledby="about-title"
        data-testid="about-dialog"
        onClose={() => setOpen(false)}
      >
        {open && facts ? (
          <>
            <div className="about-head">
              <h2 id="about-title">{t.aboutTitle}</h2>
              <button
                type="button"
                className="icon-button"
                aria-label={t.aboutClose}
                onClick={() => dialog.current?.close()}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            {facts.synthetic ? (
              <p className="about-synthetic" role="note" data-testid="about-synthetic">
                {t.aboutSynthetic}
              </p>
            ) : null}
            {local ? <p data-testid="about-local">{t.aboutLocal(local.files)}</p> : null}
            <p data-testid="about-counts">
              {report
                ? t.aboutCounts(facts.incidents, report.articles, report.files)
                : t.aboutIncidents(facts.incidents)}{' '}
              {facts.first && facts.last
                ? t.aboutSpan(
                    formatDay(facts.first, lang),
                    formatDay(facts.last, lang),
                    facts.outlets,
                  )
                : null}
            </p>

            <h3>{t.aboutPrecision}</h3>
            <ul className="about-precision" data-testid="about-precision">
              {([1, 2, 3] as const).map((p) => (
                <li key={p} data-precision={p}>
                  <span>{t.geoPrecision[p]}</span> <strong>{n(facts.byPrecision[p])}</strong>
                </li>
              ))}
            </ul>

            <h3>{t.aboutProblems}</h3>
            {!report ? (
              <p className="muted" data-testid="about-no-report">
                {t.aboutNoReport}
              </p>
            ) : (
              <div data-testid="about-problems">
                {/* Each error is one input not read: a file, or one record of a corpus file
                    (whose other records may have been read), so files are counted apart. */}
                <p>
                  {failed.length
                    ? t.aboutFailed(failed.length, report.filesWithErrors)
                    : t.aboutAllRead}
                </p>
                {failed.length ? <ProblemList problems={failed} testId="about-errors" /> : null}
                {warnings.length ? (
                  <>
                    <p>{t.aboutWarnings(warnings.length)}</p>
                    <ProblemList problems={warnings} testId="about-warnings" />
                  </>
                ) : null}
                {report.duplicates?.length ? (
                  <p>{t.aboutDuplicates(report.duplicates.length)}</p>
                ) : null}
                {unresolved.length ? (
                  <>
                    <p>{t.aboutUnresolved(unresolved.length)}</p>
                    <ul className="about-unresolved" data-testid="about-unresolved">
                      {unresolved.slice(0, LISTED).map((u) => (
                        <li key={u.name}>
                          <bdi lang="ar">{u.name}</bdi> <span className="muted">×{n(u.count)}</span>
                        </li>
                      ))}
                    </ul>
                    {unresolved.length > LISTED ? (
                      <p>{t.aboutMore(unresolved.length - LISTED)}</p>
                    ) : null}
                  </>
                ) : null}
              </div>
            )}

            <h3>{t.aboutSources}</h3>
            <p>{t.aboutSourcesText}</p>
            <p>{t.aboutReportsRights}</p>
            <p>{t.aboutLicences}</p>
            <ul className="about-licences" data-testid="about-licences">
              {LICENCES.map((l) => (
                <li key={l.name}>
                  <bdi>{l.name}</bdi>:{' '}
                  <a href={l.url} target="_blank" rel="noopener noreferrer">
                    <bdi>{l.licence[lang]}</bdi>
                  </a>
                </li>
              ))}
              <li>{t.aboutVillages}</li>
            </ul>
          </>
        ) : null}
      </dialog>
    </>
  );
}
