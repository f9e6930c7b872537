/**
 * A plain-text citation of one incident, for a researcher to paste into notes or a paper: what
 * the atlas says (type, actors, date, place and its precision, figures), the report it was read
 * from (outlet, title, date, link) with the exact sentence, and a link that opens the incident.
 * Labels are in the interface language; the sentence and names stay as the report wrote them.
 */

import {
  actorList,
  formatDay,
  formatIncidentDate,
  formatNumber,
  kindName,
  type Lang,
  MESSAGES,
  placeName,
  SEP,
  summaryText,
} from '../i18n/messages';
import { outletName } from '../i18n/outletNames';
import type { Article, Evidence, IncidentProperties } from '../model';

export interface CitationInput {
  incident: IncidentProperties;
  /** The incident's point: `[lon, lat]`. */
  coordinates: readonly [number, number];
  /** The report shown, and the evidence it holds (absent when the report is not loaded). */
  article?: Pick<Article, 'title' | 'outlet' | 'date' | 'url' | 'body' | 'synthetic' | 'file'>;
  evidence?: Pick<Evidence, 'start' | 'end'>;
  lang: Lang;
  /**
   * A link that opens the incident in the atlas; null when it was read from the reader's own
   * files in this browser, which no link can open (the citation names the file instead).
   */
  link: string | null;
  /** The day the citation is made (`YYYY-MM-DD`): a web source is cited with the day it was seen. */
  accessed?: string;
}

// Arabic text takes the Arabic comma and semicolon (، ؛): the Latin ones read as foreign there.
const LABELS = {
  en: {
    comma: ', ',
    semicolon: '; ',
    source: 'Source',
    sentence: 'Sentence',
    atlas: 'Incident Atlas, incident',
    synthetic: 'SYNTHETIC TEST DATA, not a real report',
    coords: (lat: string, lon: string) => `${lat}°N ${lon}°E`,
    localFile: (file: string) =>
      `read in this browser from the file “${file}” (not published; no link opens it)`,
    accessed: (day: string) => `, accessed ${day}`,
  },
  ar: {
    comma: '، ',
    semicolon: '؛ ',
    source: 'المصدر',
    sentence: 'الجملة',
    atlas: 'أطلس الحوادث، الحادثة',
    synthetic: 'بيانات اختبار اصطناعية، ليست تقريراً حقيقياً',
    coords: (lat: string, lon: string) => `${lat}° شمالاً ${lon}° شرقاً`,
    localFile: (file: string) =>
      `قُرئت في هذا المتصفح من الملف «${file}» (غير منشور؛ لا رابط يفتحه)`,
    accessed: (day: string) => `، اطُّلع عليها في ${day}`,
  },
} as const;

/**
 * The citation, one fact per line.
 *
 * @example citationText({ incident, coordinates: [36.6, 35.8], article, evidence, lang: 'en', link }).split('\n')[0] // the summary
 */
export function citationText(input: CitationInput): string {
  const { incident: p, coordinates, article, evidence, lang, link } = input;
  const t = MESSAGES[lang];
  const l = LABELS[lang];
  const sep = l.comma;
  const place = placeName(p, lang);
  const region = lang === 'ar' ? p.regionAr : p.regionEn;
  // Coordinates in ASCII digits in both languages: they are for pasting into a GIS.
  const [lon, lat] = coordinates;
  const count = (n: number | null) => (n == null ? t.unknown : formatNumber(n, lang));
  const lines = [
    summaryText(p, lang),
    [
      kindName(t, p),
      actorList(p.actors, lang),
      formatIncidentDate(p.date, p.timePrecision, lang, p.dateEnd) +
        (p.dateFromReport ? ` (${t.dateFromReport})` : ''),
      `${place}${region ? `${sep}${region}` : ''} (${t.geoPrecision[p.geoPrecision] ?? ''}${l.semicolon}${l.coords(lat.toFixed(4), lon.toFixed(4))})`,
    ].join(SEP[lang]),
    [
      `${t.strikes}: ${count(p.strikes)}`,
      `${t.killed}: ${count(p.fatalities)}`,
      `${t.injured}: ${count(p.injuries)}`,
    ].join(SEP[lang]),
  ];
  if (article) {
    if (article.synthetic) lines.push(l.synthetic);
    const quote = (s: string) => (lang === 'ar' ? `«${s}»` : `“${s}”`);
    lines.push(
      `${l.source}: ${[
        // In English, a known outlet's English name, with the name the report gives.
        outletName(article.outlet, lang) === article.outlet
          ? article.outlet
          : `${outletName(article.outlet, lang)} (${article.outlet})`,
        quote(article.title),
        formatDay(article.date, lang),
        article.url,
      ]
        .filter(Boolean)
        .join(sep)}`,
    );
    if (evidence)
      lines.push(
        `${l.sentence}: ${quote(article.body.slice(evidence.start, evidence.end).trim())}`,
      );
  }
  const accessed = input.accessed ? l.accessed(formatDay(input.accessed, lang)) : '';
  lines.push(`${l.atlas} ${p.id}: ${link ?? l.localFile(article?.file ?? '')}${accessed}`);
  return lines.join('\n');
}

/**
 * The link that opens an incident: the app's address with only the incident and the language,
 * so it does not carry the filters of the moment (which might hide it).
 *
 * @example incidentLink('https://x.org/atlas/?from=2021-01-01', 'i-1', 'ar') // 'https://x.org/atlas/?sel=i-1&lang=ar'
 */
export function incidentLink(href: string, id: string, lang: Lang): string {
  const url = new URL(href);
  url.search = new URLSearchParams({ sel: id, lang }).toString();
  url.hash = '';
  return url.toString();
}
