import { memo, useState } from 'react';
import { useAtlas } from '../store/store';
import type { LoadIssue } from './validate';

type NoticeLang = 'ar' | 'en';

const UNITS: Record<string, Record<NoticeLang, string>> = {
  'incidents.geojson': { en: 'incidents', ar: 'الحوادث' },
  'articles.json': { en: 'reports', ar: 'التقارير' },
  'areas.geojson': { en: 'areas', ar: 'المناطق' },
};

/**
 * One line per file with skipped entries: "2 incidents skipped: feature 4 ("x"): unknown type…".
 * The problem itself is the validator's (English) wording, shown as is in both languages.
 *
 * @example noticeLines([{ file: 'incidents.geojson', kept: 3, skipped: 2, problems: ['feature 4: no id'] }], 'en') // ['2 incidents skipped: feature 4: no id']
 */
export function noticeLines(issues: LoadIssue[], lang: NoticeLang): string[] {
  const number = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en');
  return issues.map((issue) => {
    const unit = UNITS[issue.file]?.[lang] ?? issue.file;
    const first = issue.problems[0] ?? '';
    const n = number.format(issue.skipped);
    const head = lang === 'ar' ? `تُخطّي من ${unit}: ${n}` : `${n} ${unit} skipped`;
    return first ? `${head}: ${first}` : head;
  });
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
  const [closed, setClosed] = useState(false);
  if (!issues?.length || closed) return null;
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
        {noticeLines(issues, l).map((line) => (
          <p key={line} style={{ margin: 0 }}>
            {line}
          </p>
        ))}
      </div>
      <button
        type="button"
        onClick={() => setClosed(true)}
        aria-label={l === 'ar' ? 'إغلاق التنبيه' : 'Dismiss notice'}
      >
        ×
      </button>
    </div>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const LoadNotice = memo(LoadNoticeFromStore);
