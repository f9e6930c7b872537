import type { IngestError } from '../../model';

/** A report read from a file, before incidents are found in it. */
export interface ParsedReport {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
  outlet: string;
  url?: string;
  body: string;
}

const siteDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const bylineDate = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * Parse the outlet-page text format of the sample report: breadcrumb line, title, site date
 * `DD.MM.YYYY`, outlet, byline `weekday D/M/YYYY`, then the body paragraphs.
 */
export function parseReport(text: string, file: string): ParsedReport | IngestError {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim());
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l !== '');
  const breadcrumb = nonEmpty[0]?.l.includes('\\') ? nonEmpty.shift() : undefined;
  const title = nonEmpty.shift()?.l ?? breadcrumb?.l.split('\\').pop()?.trim() ?? '';
  let date = '';
  let outlet = '';
  let bodyStart = 0;
  for (const [k, { l, i }] of nonEmpty.entries()) {
    const site = siteDate.exec(l);
    const byline = bylineDate.exec(l);
    if (byline && k < 6) {
      date = iso(byline[3]!, byline[2]!, byline[1]!);
      bodyStart = i + 1;
      break;
    }
    if (site) date ||= iso(site[3]!, site[2]!, site[1]!);
    else if (k < 5 && l.length < 40) outlet ||= l;
    bodyStart = i + 1;
  }
  const body = lines.slice(bodyStart).filter(Boolean).join('\n');
  if (!title) return { file, line: 1, message: 'no title' };
  if (!date) return { file, message: 'no date found' };
  if (!body) return { file, message: 'no body text' };
  return { title, date, outlet, body };
}
