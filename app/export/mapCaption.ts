/**
 * The words printed under a saved map image, so that the picture still says what it shows once
 * it is pasted into a paper or a slide: how many incidents of how many, over which days, under
 * which filters, the killed and injured as reported, where the map and the incidents come from,
 * and the link that reopens exactly this view. Pure: the drawing is app/export/mapImage.ts.
 */

import type { Filters } from '../derive/filters';
import type { Summary } from '../derive/summary';
import { formatDay, formatNumber, type Lang, MESSAGES, SEP } from '../i18n/messages';
import { outletName } from '../i18n/outletNames';
import { INCIDENT_TYPES, type IncidentType } from '../model';

export interface CaptionInput {
  lang: Lang;
  /** Incidents that pass the filters, and all of the dataset's. */
  shown: number;
  total: number;
  filters: Filters;
  /** The dataset's first and last day (`YYYY-MM-DD`): an open end of the date filter is this. */
  extent: readonly [string, string] | null;
  summary: Pick<
    Summary,
    | 'byType'
    | 'killed'
    | 'injured'
    | 'withKilledReported'
    | 'withInjuredReported'
    | 'killedInTolls'
    | 'injuredInTolls'
  >;
  /** The governorate an area filter names, in the interface language. */
  regionName?: string;
  /** The dataset is generated test data (app/model/synthetic.ts). */
  synthetic: boolean;
  /**
   * The address of this view (app/url); null when the incidents were read from the reader's own
   * files in this browser, which no link can reopen.
   */
  link: string | null;
  /** Whom the basemap is owed to, as plain text (`plainAttribution`). */
  basemap: string;
  /** `YYYY-MM-DD` the image is made. */
  today: string;
  /** The outlets of the incidents shown, with how many incidents each reported, most first. */
  outlets?: readonly { name: string; count: number }[];
}

export interface Caption {
  /** Set for synthetic data: printed first, so that no one cites the picture. */
  warning?: string;
  title: string;
  filters: string;
  totals: string;
  /** The types drawn, with their counts, in the legend's order. */
  legend: { type: IncidentType; label: string }[];
  /** What filled and hollow markers mean. */
  precision: string;
  /** Where the incidents and the basemap come from, and the day the image was made. */
  source: string;
  /** The outlets whose reports the incidents shown were read from ('' when unknown). */
  reports: string;
  /** The link that reopens the view: a URL, written left to right in both languages ('' for none). */
  link: string;
}

const WORDS = {
  en: {
    noFilters: 'Filters: none (every incident)',
    filters: 'Filters: ',
    between: (from: string, to: string) => `${from} – ${to}`,
    undated: 'no dated incident',
    totals: (killed: string, injured: string) =>
      `Killed: ${killed} · injured: ${injured} (as the reports state them)`,
    tolls: (killed: string, injured: string) =>
      `, of which ${killed} killed and ${injured} injured from casualty tolls (type Other), which may count incidents shown on their own too`,
    precision:
      'Filled marker: at a named town or village · hollow: approximate (near a town, or in an area) · dark disc with a number: that many incidents close together',
    source: (basemap: string, day: string) =>
      `Incidents read from news reports by Incident Atlas; each one is traced to its report and sentence. Basemap: ${basemap}. Made ${day}.`,
    link: (url: string) => `View: ${url}`,
    reports: (list: string, more: number) =>
      `Reports from: ${list}${more > 0 ? ` and ${more} more outlet${more === 1 ? '' : 's'}` : ''}`,
    local:
      'Read in this browser from files on this computer (not published): no link reopens this view.',
    warning: 'SYNTHETIC TEST DATA: generated, not real reports or incidents. Do not cite.',
    quote: (s: string) => `“${s}”`,
  },
  ar: {
    noFilters: 'عوامل التصفية: لا شيء (كل الحوادث)',
    filters: 'عوامل التصفية: ',
    between: (from: string, to: string) => `${from} – ${to}`,
    undated: 'لا حادثة مؤرخة',
    totals: (killed: string, injured: string) =>
      `القتلى: ${killed} | الجرحى: ${injured} (كما تذكرهم التقارير)`,
    tolls: (killed: string, injured: string) =>
      `، منهم ${killed} قتيلاً و${injured} جريحاً من حصائل الضحايا (النوع «أخرى») التي قد تعدّ حوادث معروضة بمفردها أيضاً`,
    precision:
      'علامة مصمتة: في بلدة أو قرية مسمّاة | مفرغة: موقع تقريبي (قرب بلدة أو ضمن منطقة) | دائرة داكنة برقم: عدد الحوادث المتقاربة',
    // Ends in Arabic: a Latin name at the end of a right-to-left line takes the full stop away.
    source: (basemap: string, day: string) =>
      `حوادث قرأها أطلس الحوادث من تقارير إخبارية؛ تعود كل حادثة إلى تقريرها وجملتها. الخريطة الأساسية: ${basemap}. أُنشئت في ${day}.`,
    // The URL alone: it is drawn left to right even in Arabic, or its parts would be reordered.
    link: (url: string) => url,
    reports: (list: string, more: number) =>
      `التقارير من: ${list}${more > 0 ? ` ووسائل أخرى عددها ${formatNumber(more, 'ar')}` : ''}`,
    local: 'قُرئت في هذا المتصفح من ملفات على هذا الحاسوب (غير منشورة): لا رابط يعيد فتح هذا العرض.',
    warning: 'بيانات اختبار اصطناعية: مولّدة، ليست تقارير ولا حوادث حقيقية. لا تستشهد بها.',
    quote: (s: string) => `«${s}»`,
  },
} as const;

/**
 * The days a map image covers: the date filter's, an open end the dataset's (`extent`). An end
 * stays undefined only when neither gives one.
 *
 * @example imagePeriod({ dateFrom: '2021-06-01', dateTo: null }, ['2019-01-01', '2021-12-31']) // { from: '2021-06-01', to: '2021-12-31' }
 */
export function imagePeriod(
  filters: Pick<Filters, 'dateFrom' | 'dateTo'>,
  extent: readonly [string, string] | null,
): { from?: string; to?: string } {
  return { from: filters.dateFrom ?? extent?.[0], to: filters.dateTo ?? extent?.[1] };
}

/** The filters that narrow the view, in words; the date range is in the title instead. */
function filterParts(input: CaptionInput): string[] {
  const { filters: f, lang } = input;
  const t = MESSAGES[lang];
  const w = WORDS[lang];
  const list = (xs: readonly string[]) => xs.join(lang === 'ar' ? '، ' : ', ');
  const parts: string[] = [];
  if (f.types.length) parts.push(`${t.eventType}: ${list(f.types.map((x) => t.types[x]))}`);
  if (f.actors.length) parts.push(`${t.actor}: ${list(f.actors.map((x) => t.actorNames[x]))}`);
  if (f.events.length) parts.push(`${t.eventFilter}: ${list(f.events.map((x) => t.events[x]))}`);
  if (f.minKilled && f.minKilled > 0)
    parts.push(`${t.minKilled}: ${formatNumber(f.minKilled, lang)}`);
  else if (f.hasCasualties) parts.push(t.hasCasualties);
  if (f.noTolls) parts.push(t.tollsLeftOut);
  if (f.outlets.length) parts.push(`${t.outlet}: ${list(f.outlets)}`);
  if (f.precisions.length)
    parts.push(`${t.precision}: ${list(f.precisions.map((p) => t.precisions[p]))}`);
  if (f.area) {
    const kind = t.areaKinds[f.area.kind];
    parts.push(
      t.areaActive(f.area.kind === 'region' && input.regionName ? input.regionName : kind),
    );
  }
  const text = f.text.trim();
  if (text) parts.push(`${t.search}: ${w.quote(text)}`);
  return parts;
}

/**
 * The caption of a map image of the current view.
 *
 * @example mapCaption({ lang: 'en', shown: 12, total: 40, filters, extent, summary, synthetic: false, link, today }).title
 * // 'Incident Atlas · 12 of 40 incidents · 1 June 2021 – 30 June 2021'
 */
export function mapCaption(input: CaptionInput): Caption {
  const { lang, filters: f, summary: s } = input;
  const t = MESSAGES[lang];
  const w = WORDS[lang];
  const n = (x: number) => formatNumber(x, lang);
  const { from, to } = imagePeriod(f, input.extent);
  const period =
    from && to
      ? from === to
        ? formatDay(from, lang)
        : w.between(formatDay(from, lang), formatDay(to, lang))
      : w.undated;
  const parts = filterParts(input);
  const caption: Caption = {
    title: [t.appTitle, t.incidentsShown(input.shown, input.total), period].join(SEP[lang]),
    filters: parts.length ? w.filters + parts.join(lang === 'ar' ? '؛ ' : '; ') : w.noFilters,
    // A killed count no report states is unknown, not zero (as the summary row shows it).
    totals:
      w.totals(
        s.withKilledReported > 0 ? n(s.killed) : '—',
        s.withInjuredReported > 0 ? n(s.injured) : '—',
      ) +
      // A toll may count people the incidents shown count too: say how much of the sums it is.
      (s.killedInTolls > 0 || s.injuredInTolls > 0
        ? w.tolls(n(s.killedInTolls), n(s.injuredInTolls))
        : ''),
    legend: INCIDENT_TYPES.filter((type) => s.byType[type] > 0).map((type) => ({
      type,
      label: `${t.types[type]} ${n(s.byType[type])}`,
    })),
    precision: w.precision,
    source:
      w.source(input.basemap, formatDay(input.today, lang)) + (input.link ? '' : ` ${w.local}`),
    link: input.link ? w.link(input.link) : '',
    reports: reportsLine(input),
  };
  if (input.synthetic) caption.warning = w.warning;
  return caption;
}

/** Outlets named at most in the image's reports line; the rest are counted. */
const OUTLETS_NAMED = 5;

/** `Reports from: Al-Modon 9 · Enab Baladi 3 and 2 more outlets`, or '' when none is known. */
function reportsLine(input: CaptionInput): string {
  const outlets = (input.outlets ?? []).filter((o) => o.name && o.count > 0);
  if (!outlets.length) return '';
  const { lang } = input;
  const named = outlets
    .slice(0, OUTLETS_NAMED)
    .map((o) => `${outletName(o.name, lang)} ${formatNumber(o.count, lang)}`)
    .join(SEP[lang]);
  return WORDS[lang].reports(named, outlets.length - Math.min(outlets.length, OUTLETS_NAMED));
}

/**
 * The file name of a map image: the dates it covers, so that a folder of them sorts.
 *
 * @example mapImageName({ ...NO_FILTERS, dateFrom: '2021-06-01' }, ['2019-01-01', '2021-12-31'])
 * // 'incident-atlas-map_2021-06-01_2021-12-31.png'
 */
export function mapImageName(
  filters: Pick<Filters, 'dateFrom' | 'dateTo'>,
  extent: readonly [string, string] | null,
): string {
  const { from = 'start', to = 'end' } = imagePeriod(filters, extent);
  return `incident-atlas-map_${from}_${to}.png`;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  copy: '©',
  nbsp: ' ',
};

/**
 * The attributions of a style's sources as one line of plain text: maplibre's strings may hold
 * links (`<a href=…>© OpenStreetMap</a>`), which a picture cannot; the tags go, the words stay,
 * repeats once.
 *
 * @example plainAttribution(['<a href="https://osm.org/copyright">© OpenStreetMap</a> contributors', '© OpenMapTiles'])
 * // '© OpenStreetMap contributors; © OpenMapTiles'
 */
export function plainAttribution(parts: readonly (string | undefined)[]): string {
  const texts = parts
    .map((p) =>
      (p ?? '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(#\d+|[a-z]+);/gi, (e, name: string) =>
          name.startsWith('#')
            ? String.fromCodePoint(Number(name.slice(1)))
            : (ENTITIES[name.toLowerCase()] ?? e),
        )
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  return [...new Set(texts)].join('; ');
}
