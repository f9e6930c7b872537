import type { IngestError } from '../../model';
import { decodeBytes } from './decode';
import { REPORT_EXTENSIONS } from './extensions';
import { NOT_READ_LANGUAGE, type ReportLanguage, reportLanguage } from './language';
import { type ParseOptions, parseReport } from './parseReport';
import { type CorpusReport, readCsvCorpus, readJsonCorpus, readJsonlCorpus } from './records';
import { isFutureDate } from './reportDates';

export { REPORT_EXTENSIONS };

/** Whether the ingest reads this file's bytes (others are only accounted for as skipped). */
export function isReportFile(file: string): boolean {
  return (REPORT_EXTENSIONS as readonly string[]).includes(extension(file));
}

/** A report read from a file, with the language it is to be read in. */
export interface ReadReport extends CorpusReport {
  language: ReportLanguage;
}

export interface ReadResult {
  reports: ReadReport[];
  errors: IngestError[];
  /** Worked-around problems (fallback dates, guessed encoding), per file. */
  warnings: IngestError[];
}

/** Largest `.txt` report read (bytes): a news report is a few kilobytes; more is not a report. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;
/** Largest `.json`/`.jsonl`/`.csv` corpus read (bytes), below the engine's longest string. */
export const MAX_CORPUS_BYTES = 256 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Why a file of this size is not read, or undefined when it may be. The CLI asks before reading
 * a file, so a huge file is never loaded into memory.
 *
 * @example sizeProblem('a.txt', 50 * 1024 * 1024) // 'too large: 50.0 MB; a .txt report may be at most 2.0 MB'
 */
export function sizeProblem(file: string, size: number): string | undefined {
  const ext = extension(file);
  const max = maxBytes(file);
  if (size <= max) return undefined;
  return `too large: ${mb(size)}; a ${ext || 'file'} ${ext === '.txt' ? 'report' : 'corpus'} may be at most ${mb(max)}`;
}

/**
 * The most bytes of this file the ingest reads: a `.txt` is one report, other kinds a corpus.
 *
 * @example maxBytes('a.txt') // 2097152
 */
export function maxBytes(file: string): number {
  return extension(file) === '.txt' ? MAX_REPORT_BYTES : MAX_CORPUS_BYTES;
}

function extension(file: string): string {
  const m = /\.[^./\\]+$/.exec(file.toLowerCase());
  return m ? m[0] : '';
}

/**
 * Read one input file of any supported kind into reports. Never throws: every problem becomes
 * an error naming the file (and line or record), so every input is accounted for.
 *
 * @example readInput('a.txt', bytes).reports[0].file // 'a.txt'
 */
export function readInput(file: string, bytes: Uint8Array, options: ParseOptions = {}): ReadResult {
  const ext = extension(file);
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      reports: [],
      errors: [
        {
          file,
          message: `skipped: unsupported extension "${ext || '(none)'}" (reads .txt, .json, .jsonl, .csv)`,
        },
      ],
      warnings: [],
    };
  }
  if (bytes.length === 0)
    return { reports: [], errors: [{ file, message: 'empty file (0 bytes)' }], warnings: [] };
  const tooLarge = sizeProblem(file, bytes.length);
  if (tooLarge) return { reports: [], errors: [{ file, message: tooLarge }], warnings: [] };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return { reports: [], errors: [{ file, message: decoded.message }], warnings: [] };
  const warnings: IngestError[] = decoded.warnings.map((message) => ({ file, message }));
  if (ext === '.txt') {
    const parsed = parseReport(decoded.text, file, options);
    if ('message' in parsed) return { reports: [], errors: [parsed], warnings };
    warnings.push(...parsed.warnings.map((message) => ({ file, message })));
    const language = reportLanguage(parsed.body);
    if (language === 'other') warnings.push({ file, message: NOT_READ_LANGUAGE });
    return { reports: [{ file, report: parsed, language }], errors: [], warnings };
  }
  const result =
    ext === '.json'
      ? readJsonCorpus(decoded.text, file)
      : ext === '.jsonl'
        ? readJsonlCorpus(decoded.text, file)
        : readCsvCorpus(decoded.text, file);
  if (!result.reports.length && !result.errors.length)
    result.errors.push({ file, message: 'no records in file' });
  const reports = result.reports.map((r): ReadReport => {
    // As for a .txt report: a date ahead of today is kept (the record says so), but flagged.
    if (isFutureDate(r.report.date, options.today))
      r.report.warnings.push(`field "date" ${r.report.date} is in the future`);
    const language = reportLanguage(r.report.body);
    if (language === 'other') r.report.warnings.push(NOT_READ_LANGUAGE);
    warnings.push(...r.report.warnings.map((message) => ({ file: r.file, message })));
    return { ...r, language };
  });
  return { reports, errors: result.errors, warnings };
}
