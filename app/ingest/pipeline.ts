import type {
  Article,
  ArticleMention,
  IncidentCollection,
  IncidentFeature,
  IngestError,
  IngestReport,
  PlaceMention,
} from '../model';
import { extractEnglishIncidents } from './extract/english';
import { extractIncidents } from './extract/extractIncidents';
import { mergeIncidents, sortIncidents } from './extract/merge';
import { foldRecaps } from './extract/recap';
import { type AreaFeature, areaFeature, type Geocoder } from './geocode';
import { unplacedVillages, unplacedWarning } from './geocode/unplaced';
import { readInput } from './reports/readInput';
import { stableHash } from './text/hash';

/** What the pipeline needs of a geocoder (tests pass hand-made mentions through it). */
export type MentionFinder = Pick<Geocoder, 'findMentions' | 'findMentionsEn'>;

/** One input file, as bytes, named relative to the input folder. */
export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  /** `YYYY-MM-DD` of the run: report dates after it are reported. Omit for fully pure runs. */
  today?: string;
}

export type { AreaFeature };

/** Everything `npm run ingest` writes to `public/data/`. */
export interface IngestOutput {
  incidents: IncidentCollection;
  articles: Article[];
  areas: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  report: IngestReport;
}

/** What one input file yields; plain data, so it can cross a worker boundary. */
export interface FileResult {
  file: string;
  articles: { article: Article; incidents: IncidentFeature[] }[];
  errors: IngestError[];
  warnings: IngestError[];
  unresolved: Record<string, number>;
  areas: AreaFeature[];
}

/**
 * The result of a file that could not be read (too large, unreadable, gone): no articles, one
 * error naming it, so it is still accounted for in the ingest report.
 *
 * @example failedFile('a.txt', 'unreadable: EACCES').errors[0].message // 'unreadable: EACCES'
 */
export function failedFile(file: string, message: string): FileResult {
  return {
    file,
    articles: [],
    errors: [{ file, message }],
    warnings: [],
    unresolved: {},
    areas: [],
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toArticleMention(m: PlaceMention): ArticleMention {
  return {
    start: m.start,
    end: m.end,
    placeId: m.placeId,
    lat: m.lat,
    lon: m.lon,
    geoPrecision: m.geoPrecision,
  };
}

/**
 * Read one file into articles and their incidents (merged within each article). Pure: the same
 * bytes give the same result anywhere, so files can be processed in parallel and `mergeResults`
 * combines them.
 *
 * @example processFile({ file: 'a.txt', bytes }, geocoder).articles[0].incidents.length
 */
export function processFile(
  input: InputFile,
  geocoder: MentionFinder,
  options: IngestOptions = {},
): FileResult {
  let read: ReturnType<typeof readInput>;
  try {
    read = readInput(input.file, input.bytes, options);
  } catch (e) {
    // readInput is written never to throw; should it, the file is still accounted for.
    read = {
      reports: [],
      errors: [{ file: input.file, message: `unreadable: ${message(e)}` }],
      warnings: [],
    };
  }
  const errors = [...read.errors];
  if (!read.reports.length && !errors.length)
    errors.push({ file: input.file, message: 'no reports in file' });
  const result: FileResult = {
    file: input.file,
    articles: [],
    errors,
    warnings: read.warnings,
    unresolved: {},
    areas: [],
  };
  const areas = new Map<string, AreaFeature>();
  for (const { file, report, language } of read.reports) {
    const id = `a-${stableHash(report.body)}`;
    let mentions: PlaceMention[];
    const unresolved = new Map<string, number>();
    const english = language === 'en';
    try {
      // The title places the villages of a report that names no known place (see findMentions);
      // every village it did not know is tallied, placed or not (then it is in no incident).
      mentions = english
        ? geocoder.findMentionsEn(report.body, { unresolved })
        : geocoder.findMentions(report.body, { title: report.title, unresolved });
    } catch (e) {
      errors.push({ file, message: `geocoder failed: ${message(e)}` });
      continue;
    }
    let incidents: IncidentFeature[];
    try {
      const article = { id, body: report.body, date: report.date, outlet: report.outlet };
      incidents = english
        ? extractEnglishIncidents(article, mentions)
        : extractIncidents(article, mentions);
    } catch (e) {
      errors.push({ file, message: `incident extraction failed: ${message(e)}` });
      continue;
    }
    for (const [name, n] of unresolved)
      result.unresolved[name] = (result.unresolved[name] ?? 0) + n;
    const unplaced = unplacedVillages(unresolved, mentions);
    if (unplaced.length) result.warnings.push({ file, message: unplacedWarning(unplaced) });
    for (const m of mentions) {
      if (m.area && !areas.has(m.placeId)) areas.set(m.placeId, areaFeature(m, m.area));
      // The governorate an agreement on its seat was placed in (PlaceMention.seatOf).
      const gov = m.seatOf;
      if (
        gov?.area &&
        !areas.has(gov.placeId) &&
        incidents.some((f) => f.properties.placeId === gov.placeId)
      )
        areas.set(gov.placeId, areaFeature(gov, gov.area));
    }
    const { warnings: _w, ...fields } = report;
    result.articles.push({
      article: { id, file, ...fields, incidentIds: [], mentions: mentions.map(toArticleMention) },
      incidents,
    });
  }
  result.areas = [...areas.values()];
  return result;
}

function sortErrors(list: IngestError[]): IngestError[] {
  return [...list].sort(
    (a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.message, b.message),
  );
}

/** What the cross-report merge reads of one article entry (full, or the streaming CLI's slim one). */
export interface EntryLike {
  article: Pick<Article, 'id' | 'file'>;
}

/** What the cross-report merge reads of one file's result. */
export interface PartLike<E extends EntryLike> {
  file: string;
  articles: E[];
  errors: IngestError[];
  warnings: IngestError[];
  unresolved: Record<string, number>;
  areas: AreaFeature[];
}

/** The articles a merge keeps: one entry per distinct text, and every file each text was in. */
export interface Kept<E> {
  /** Parts sorted by file name. */
  sorted: PartLike<E & EntryLike>[];
  /** Article id → the entry kept (the first file by name), in first-seen order. */
  kept: Map<string, E>;
  filesOf: Map<string, string[]>;
}

/**
 * Sort the parts by file and keep one entry per article id: the same text in several files is
 * one article, kept from the first file by name. Deterministic whatever the order of `parts`.
 */
export function keepArticles<E extends EntryLike>(parts: PartLike<E>[]): Kept<E> {
  const sorted = [...parts].sort((a, b) => cmp(a.file, b.file));
  const kept = new Map<string, E>();
  const filesOf = new Map<string, string[]>();
  for (const part of sorted) {
    for (const entry of part.articles) {
      const id = entry.article.id;
      const files = filesOf.get(id);
      if (files) files.push(entry.article.file);
      else filesOf.set(id, [entry.article.file]);
      const have = kept.get(id);
      if (!have || entry.article.file < have.article.file) kept.set(id, entry);
    }
  }
  return { sorted, kept, filesOf };
}

/** Kept entries in output order: by file, then id. */
export function articleOrder<E extends EntryLike>(kept: Map<string, E>): E[] {
  return [...kept.values()].sort(
    (a, b) => cmp(a.article.file, b.article.file) || cmp(a.article.id, b.article.id),
  );
}

/**
 * Ids for the entries of `ids` whose id an earlier entry already has, by position: the second
 * `x` becomes `x-2`, the third `x-3` (same defining fields, same anchor: a hash collision).
 *
 * @example clashRenames(['a', 'b', 'a']) // Map { 2 => 'a-2' }
 */
export function clashRenames(ids: readonly string[]): Map<number, string> {
  if (surelyDistinct(ids)) return new Map();
  const seen = new Map<string, number>();
  const renames = new Map<number, string>();
  ids.forEach((id, i) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) renames.set(i, `${id}-${n + 1}`);
  });
  return renames;
}

/** An incident id as `incidentId` makes it. */
const HASHED_ID = /^i-[0-9a-f]{16}$/;

/**
 * True when no id repeats, told by sorting numbers rather than filling a map of 400k strings:
 * for ids of `incidentId`'s form, the first 13 hex digits (52 bits, exact in a double) differ
 * when the ids do. False when that cannot be told so (another form, or two such numbers equal):
 * the caller then looks at the ids themselves.
 */
function surelyDistinct(ids: readonly string[]): boolean {
  const head = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!HASHED_ID.test(id)) return false;
    head[i] = Number.parseInt(id.slice(2, 15), 16);
  }
  head.sort();
  for (let i = 1; i < head.length; i++) if (head[i] === head[i - 1]) return false;
  return true;
}

/**
 * Each article's incident ids, sorted, from each incident's id and the articles it cites.
 *
 * @example idsByArticle([['i-2', ['a']], ['i-1', ['a', 'b']]]) // Map { a => ['i-1', 'i-2'], b => ['i-1'] }
 */
export function idsByArticle(
  cites: Iterable<readonly [id: string, articleIds: Iterable<string>]>,
): Map<string, string[]> {
  // Lists sorted and then cleared of repeats, not a Set per article: a set per article cost
  // most of this at 100k reports, and most articles cite each id once.
  const byArticle = new Map<string, string[]>();
  for (const [id, articleIds] of cites) {
    for (const a of articleIds) {
      const list = byArticle.get(a);
      if (list) list.push(id);
      else byArticle.set(a, [id]);
    }
  }
  for (const list of byArticle.values()) {
    if (list.length < 2) continue;
    list.sort();
    let kept = 1;
    for (let i = 1; i < list.length; i++) if (list[i] !== list[kept - 1]) list[kept++] = list[i]!;
    list.length = kept;
  }
  return byArticle;
}

/** `ingest-report.json` and the areas of a merge, from the parts and the articles kept. */
export function reportAndAreas<E extends EntryLike>(
  { sorted, kept, filesOf }: Kept<E>,
  counts: { articles: number; incidents: number },
): { report: IngestReport; areas: IngestOutput['areas'] } {
  const keptFiles = new Set([...kept.values()].map((k) => k.article.file.replace(/#\d+$/, '')));
  const unresolved = new Map<string, number>();
  const areas = new Map<string, AreaFeature>();
  for (const part of sorted) {
    // Count only what kept articles said, so a duplicate file does not double the counts.
    if (!part.articles.some((e) => kept.get(e.article.id) === e)) continue;
    for (const [name, count] of Object.entries(part.unresolved))
      unresolved.set(name, (unresolved.get(name) ?? 0) + count);
    for (const a of part.areas) if (!areas.has(a.properties.id)) areas.set(a.properties.id, a);
  }
  const errors = sortErrors(sorted.flatMap((p) => p.errors));
  const warnings = sortErrors(sorted.flatMap((p) => p.warnings));
  const duplicates = [...filesOf.entries()]
    .filter(([, files]) => files.length > 1)
    .map(([articleId, files]) => ({ articleId, files: [...files].sort() }))
    .sort((a, b) => cmp(a.files[0]!, b.files[0]!));
  const withArticles = sorted.filter((p) => keptFiles.has(p.file)).length;
  const duplicateOnly = sorted.filter(
    (p) => !keptFiles.has(p.file) && p.articles.length > 0,
  ).length;
  const report: IngestReport = {
    files: sorted.length,
    articles: counts.articles,
    incidents: counts.incidents,
    filesWithErrors: sorted.filter((p) => p.errors.length > 0).length,
    errors,
    unresolved: [...unresolved.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || cmp(a.name, b.name)),
    duplicates,
    warnings,
    accounting: {
      withArticles,
      failed: sorted.length - withArticles - duplicateOnly,
      duplicateOnly,
    },
  };
  return {
    report,
    areas: {
      type: 'FeatureCollection',
      features: [...areas.values()].sort((a, b) => cmp(a.properties.id, b.properties.id)),
    },
  };
}

/**
 * Combine per-file results into the output files, deterministically: the order of `parts` does
 * not matter. The same text in several files is one article (the first file by name keeps it,
 * all are listed in `duplicates`); the same event told by several reports is one incident.
 *
 * @example mergeResults(files.map((f) => processFile(f, geocoder)))
 */
export function mergeResults(parts: FileResult[]): IngestOutput {
  const keep = keepArticles(parts);
  const entries = articleOrder(keep.kept);
  const outlets = new Map(entries.map((e) => [e.article.id, e.article.outlet]));
  // Each article's incidents are already merged and finalised (processFile), with the same
  // outlet, so incidents no other report tells are kept as they are.
  const outletOf = (id: string) => outlets.get(id) ?? '';
  // A recap told over a week (another report told its day) is moved onto that day first.
  const incidents = mergeIncidents(
    foldRecaps(
      [...keep.kept.values()].flatMap((k) => k.incidents),
      outletOf,
    ),
    outletOf,
    true,
  );
  const renames = clashRenames(incidents.map((f) => f.properties.id));
  for (const [i, id] of renames) {
    // A fresh feature: the one renamed may be the very object a FileResult holds.
    const f = incidents[i]!;
    incidents[i] = { ...f, properties: { ...f.properties, id } };
  }
  if (renames.size) sortIncidents(incidents);
  const byArticle = idsByArticle(
    incidents.map((f) => [f.properties.id, f.properties.evidence.map((e) => e.articleId)] as const),
  );
  const articles = entries.map((e) => ({
    ...e.article,
    incidentIds: byArticle.get(e.article.id) ?? [],
  }));
  const { report, areas } = reportAndAreas(keep, {
    articles: articles.length,
    incidents: incidents.length,
  });
  return {
    incidents: { type: 'FeatureCollection', features: incidents },
    articles,
    areas,
    report,
  };
}

/**
 * Reports in, incidents out: pure, so that it runs in Node (the CLI) and in the browser alike.
 *
 * @example ingest([{ file: 'a.txt', bytes }], geocoder).report.articles // 1
 */
export function ingest(
  inputs: InputFile[],
  geocoder: MentionFinder,
  options: IngestOptions = {},
): IngestOutput {
  return mergeResults(inputs.map((input) => processFile(input, geocoder, options)));
}
