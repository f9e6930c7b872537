import { memo, useState } from 'react';
import { formatNumber } from '../i18n/messages';
import { useAtlas } from '../store/store';
import type { LoadIssue } from './validate';

type NoticeLang = 'ar' | 'en';

/** An entry's name: English singular and plural, Arabic (after `تُخطّي من`, always plural). */
interface Unit {
  en: [string, string];
  ar: string;
}
const INCIDENTS: Unit = { en: ['incident', 'incidents'], ar: 'الحوادث' };
const REPORTS: Unit = { en: ['report', 'reports'], ar: 'التقارير' };
const UNITS: Record<string, Unit> = {
  'incidents.geojson': INCIDENTS,
  'articles.json': REPORTS,
  'areas.geojson': { en: ['area', 'areas'], ar: 'المناطق' },
};
const ENTRIES = { incidents: INCIDENTS, reports: REPORTS };

/** The name of the issue's skipped entries, in `lang` (English: singular or plural). */
function unitOf(issue: LoadIssue, lang: NoticeLang): string {
  const unit = issue.entries ? ENTRIES[issue.entries] : UNITS[issue.file];
  if (!unit) return issue.file;
  return lang === 'ar' ? unit.ar : unit.en[issue.skipped === 1 ? 0 : 1];
}

/**
 * One notice line in parts: the head in the reader's language, and the two pieces that are
 * always Latin script (the file, when its name does not say what it holds, and the validator's
 * English wording of the first problem), rendered as isolates so that in Arabic they do not
 * reorder the words around them.
 */
export interface NoticeLine {
  head: string;
  file?: string;
  problem?: string;
}

/**
 * One line per file with skipped entries: "2 incidents skipped: feature 4 ("x"): unknown type…";
 * for a details chunk, loaded when one of its incidents is opened, "1 incident
 * (details/00012.json) skipped: …".
 *
 * @example noticeParts([{ file: 'incidents.geojson', kept: 3, skipped: 2, problems: ['feature 4: no id'] }], 'en') // [{ head: '2 incidents skipped', problem: 'feature 4: no id' }]
 */
export function noticeParts(issues: LoadIssue[], lang: NoticeLang): NoticeLine[] {
  return issues.map((issue) => {
    const unit = unitOf(issue, lang);
    const n = formatNumber(issue.skipped, lang);
    const line: NoticeLine = {
      head: lang === 'ar' ? `تُخطّي من ${unit}: ${n}` : `${n} ${unit} skipped`,
    };
    if (issue.entries) line.file = issue.file;
    if (issue.problems[0]) line.problem = issue.problems[0];
    return line;
  });
}

/**
 * The notice lines as plain text, in logical order (what a screen reader reads).
 *
 * @example noticeLines([{ file: 'incidents.geojson', kept: 3, skipped: 2, problems: ['feature 4: no id'] }], 'en') // ['2 incidents skipped: feature 4: no id']
 */
export function noticeLines(issues: LoadIssue[], lang: NoticeLang): string[] {
  return noticeParts(issues, lang).map(lineText);
}

/** One notice line as plain text, in logical order. */
function lineText(l: NoticeLine): string {
  return `${l.head}${l.file ? ` (${l.file})` : ''}${l.problem ? `: ${l.problem}` : ''}`;
}

/**
 * A small, non-blocking notice when the loaded data had invalid entries that were skipped (the
 * rest is shown). Renders nothing otherwise. Report text never reaches it: problems name entries
 * by number and id only, and React renders them as text.
 */
function LoadNoticeFromStore() {
  const data = useAtlas((s) => s.data);
  const lang = useAtlas((s) => s.lang);
  return (
    <LoadNoticeView
      issues={data.status === 'ready' ? data.data.loadIssues : undefined}
      lang={lang === 'ar' ? 'ar' : 'en'}
    />
  );
}

/** The notice for given issues, without the store (rendered by `LoadNotice`, and in tests). */
export function LoadNoticeView({ issues, lang }: { issues?: LoadIssue[]; lang: NoticeLang }) {
  // Dismissed for the issues it showed: a details chunk loaded later with skipped entries of its
  // own brings a new list, and the notice back.
  const [closedFor, setClosedFor] = useState<LoadIssue[]>();
  if (!issues?.length || closedFor === issues) return null;
  const l = lang;
  return (
    <div
      role="status"
      className="load-notice"
      data-testid="load-notice"
      lang={l}
      dir={l === 'ar' ? 'rtl' : 'ltr'}
      style={{
        display: 'flex',
        gap: '0.5em',
        alignItems: 'start',
        padding: '0.4em 0.75em',
        background: '#fff4d6',
        color: '#3d2c00',
        borderBottom: '1px solid #e0c27a',
        fontSize: '0.85rem',
      }}
    >
      <div style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        {noticeParts(issues, l).map((line) => (
          <p key={lineText(line)} style={{ margin: 0 }}>
            {line.head}
            {line.file && (
              <>
                {' ('}
                <bdi dir="ltr">{line.file}</bdi>
                {')'}
              </>
            )}
            {line.problem && (
              <>
                {': '}
                <bdi dir="ltr">{line.problem}</bdi>
              </>
            )}
          </p>
        ))}
      </div>
      <button
        type="button"
        onClick={() => setClosedFor(issues)}
        aria-label={l === 'ar' ? 'إغلاق التنبيه' : 'Dismiss notice'}
      >
        ×
      </button>
    </div>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const LoadNotice = memo(LoadNoticeFromStore);
