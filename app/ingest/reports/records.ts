import type { IngestError } from '../../model';
import { parseCsv } from './csv';
import { cleanText, type ParsedReport, safeUrl } from './parseReport';
import { isoDate, parseHeaderDate } from './reportDates';

/** One report from a structured corpus, named `file#n` (n = 1-based record number). */
export interface CorpusReport {
  file: string;
  report: ParsedReport;
}

export interface CorpusResult {
  reports: CorpusReport[];
  errors: IngestError[];
}

const FIELDS = ['title', 'date', 'outlet', 'text'] as const;

/** Longest report text read from a corpus record (characters); longer texts are refused. */
export const MAX_TEXT_CHARS = 1_000_000;

/** A record's date: `YYYY-MM-DD` (or ISO timestamp) or any header-style date. */
function recordDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value.trim());
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  return parseHeaderDate(value)?.iso;
}

/**
 * Check one record's fields (`title`, `date`, `outlet`, `text` strings; optional `id`, `url`)
 * and turn it into a report, or explain what is wrong with it.
 *
 * @example recordToReport({ title: 't', date: '2021-06-26', outlet: 'o', text: 'قصف' }) // { title: 't', ... }
 */
export function recordToReport(record: unknown): ParsedReport | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return 'record is not an object';
  const r = record as Record<string, unknown>;
  for (const f of FIELDS) {
    if (r[f] === undefined || r[f] === null) return `missing field "${f}"`;
    if (typeof r[f] !== 'string') return `field "${f}" must be a string, got ${typeof r[f]}`;
  }
  for (const f of ['id', 'url']) {
    if (r[f] !== undefined && typeof r[f] !== 'string' && typeof r[f] !== 'number') {
      return `field "${f}" must be a string`;
    }
  }
  const date = recordDate(r.date as string);
  if (!date) return `field "date" is not a valid date: "${String(r.date).slice(0, 40)}"`;
  const raw = r.text as string;
  if (raw.length > MAX_TEXT_CHARS)
    return `field "text" is too long (${raw.length} characters; at most ${MAX_TEXT_CHARS})`;
  const body = cleanText(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  if (!body) return 'field "text" is empty';
  const title = cleanText(r.title as string)
    .replace(/\s+/g, ' ')
    .trim();
  const warnings = title ? [] : ['empty title; used the first words of the text'];
  const url = r.url === undefined ? undefined : safeUrl(String(r.url));
  if (r.url !== undefined && !url)
    warnings.push(`field "url" is not an http(s) link; dropped: "${String(r.url).slice(0, 40)}"`);
  return {
    title: title || body.slice(0, 100),
    date,
    outlet: cleanText(r.outlet as string)
      .replace(/\s+/g, ' ')
      .trim(),
    ...(url ? { url } : {}),
    body,
    warnings,
  };
}

function collect(
  name: string,
  items: { ref: number; line?: number; value: unknown }[],
  errors: IngestError[],
): CorpusReport[] {
  const out: CorpusReport[] = [];
  for (const { ref, line, value } of items) {
    const r = recordToReport(value);
    if (typeof r === 'string')
      errors.push({ file: `${name}#${ref}`, ...(line ? { line } : {}), message: r });
    else out.push({ file: `${name}#${ref}`, report: r });
  }
  return out;
}

/**
 * Read a `.json` corpus: an array of records or `{ "records": [...] }`.
 *
 * @example readJsonCorpus('[{"title":"t","date":"2021-06-26","outlet":"o","text":"x"}]', 'c.json').reports[0].file // 'c.json#1'
 */
export function readJsonCorpus(text: string, name: string): CorpusResult {
  let data: unknown;
  try {
    data = JSON.parse(cleanBom(text));
  } catch (e) {
    return {
      reports: [],
      errors: [{ file: name, message: invalidJson(e) }],
    };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { records?: unknown }).records)
      ? (data as { records: unknown[] }).records
      : undefined;
  if (!list)
    return {
      reports: [],
      errors: [{ file: name, message: 'JSON must be an array of records or {"records": [...]}' }],
    };
  const errors: IngestError[] = [];
  return {
    reports: collect(
      name,
      list.map((value, i) => ({ ref: i + 1, value })),
      errors,
    ),
    errors,
  };
}

/**
 * The error for text that is not JSON: the parser's reason and position, without what only some
 * versions of the engine add (a newer V8 appends the line and column to the same message), so
 * that the command line and a browser say the same of the same file.
 *
 * @example invalidJson(new SyntaxError('Unterminated string in JSON at position 37 (line 1 column 38)')) // 'invalid JSON: Unterminated string in JSON at position 37'
 */
export function invalidJson(e: unknown): string {
  const reason = (e instanceof Error ? e.message : String(e)).replace(
    /\s*\(line \d+ column \d+\)$/,
    '',
  );
  return `invalid JSON: ${reason}`;
}

function cleanBom(t: string): string {
  return t.replace(/^\uFEFF/, '');
}

/**
 * Read a `.jsonl` corpus: one JSON record per line; blank lines are skipped, a bad line is an
 * error naming its line number and the others are kept. Records are numbered by line.
 *
 * @example readJsonlCorpus('{"title":"t","date":"2021-06-26","outlet":"o","text":"x"}\n{bad', 'c.jsonl').errors[0].line // 2
 */
export function readJsonlCorpus(text: string, name: string): CorpusResult {
  const errors: IngestError[] = [];
  const items: { ref: number; line: number; value: unknown }[] = [];
  cleanBom(text)
    .split(/\r\n|\r|\n/)
    .forEach((l, i) => {
      if (!l.trim()) return;
      try {
        items.push({ ref: i + 1, line: i + 1, value: JSON.parse(l) });
      } catch (e) {
        errors.push({
          file: `${name}#${i + 1}`,
          line: i + 1,
          message: invalidJson(e),
        });
      }
    });
  const reports = collect(name, items, errors);
  return { reports, errors: sortErrors(errors) };
}

/**
 * Read a `.csv` corpus with a header row naming the fields (any order, extra columns ignored).
 * Records are numbered by the line they start on.
 *
 * @example readCsvCorpus('title,date,outlet,text\nt,2021-06-26,o,"x, y"', 'c.csv').reports[0].file // 'c.csv#2'
 */
export function readCsvCorpus(text: string, name: string): CorpusResult {
  const { rows, unclosed = [] } = parseCsv(cleanBom(text));
  const errors: IngestError[] = [];
  const header = rows[0]?.cells.map((h) => h.trim().toLowerCase());
  if (!header) return { reports: [], errors: [{ file: name, line: 1, message: 'empty CSV' }] };
  const missing = FIELDS.filter((f) => !header.includes(f));
  if (missing.length) {
    return {
      reports: [],
      errors: [{ file: name, line: 1, message: `CSV header lacks ${missing.join(', ')}` }],
    };
  }
  for (const line of unclosed)
    errors.push({
      file: `${name}#${line}`,
      line,
      message: 'unclosed quote: this record was not read (reading went on at the next line)',
    });
  const items = rows.slice(1).map((row) => {
    if (row.cells.length !== header.length) {
      return {
        ref: row.line,
        line: row.line,
        value: `has ${row.cells.length} fields, header has ${header.length}`,
      };
    }
    // No prototype: a header named `__proto__` or `constructor` is just a column.
    const value: Record<string, string> = Object.create(null);
    header.forEach((h, i) => {
      value[h] = row.cells[i]!;
    });
    if (value.id === '') delete value.id;
    if (value.url === '') delete value.url;
    return { ref: row.line, line: row.line, value };
  });
  const good = items.filter((it) => typeof it.value !== 'string');
  for (const bad of items.filter((it) => typeof it.value === 'string')) {
    errors.push({
      file: `${name}#${bad.ref}`,
      line: bad.line,
      message: `row ${bad.value as string}`,
    });
  }
  const reports = collect(name, good, errors);
  return { reports, errors: sortErrors(errors) };
}

function sortErrors(errors: IngestError[]): IngestError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
