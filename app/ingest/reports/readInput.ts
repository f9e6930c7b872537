import type { IngestError } from '../../model';
import { decodeBytes } from './decode';
import { type ParseOptions, parseReport } from './parseReport';
import { type CorpusReport, readCsvCorpus, readJsonCorpus, readJsonlCorpus } from './records';

/** Extensions the ingest reads; other files are accounted for as skipped. */
export const REPORT_EXTENSIONS = ['.txt', '.json', '.jsonl', '.csv'] as const;

export interface ReadResult {
  reports: CorpusReport[];
  errors: IngestError[];
  /** Worked-around problems (fallback dates, guessed encoding), per file. */
  warnings: IngestError[];
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
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return { reports: [], errors: [{ file, message: decoded.message }], warnings: [] };
  const warnings: IngestError[] = decoded.warnings.map((message) => ({ file, message }));
  if (ext === '.txt') {
    const parsed = parseReport(decoded.text, file, options);
    if ('message' in parsed) return { reports: [], errors: [parsed], warnings };
    warnings.push(...parsed.warnings.map((message) => ({ file, message })));
    return { reports: [{ file, report: parsed }], errors: [], warnings };
  }
  const result =
    ext === '.json'
      ? readJsonCorpus(decoded.text, file)
      : ext === '.jsonl'
        ? readJsonlCorpus(decoded.text, file)
        : readCsvCorpus(decoded.text, file);
  if (!result.reports.length && !result.errors.length)
    result.errors.push({ file, message: 'no records in file' });
  for (const r of result.reports)
    warnings.push(...r.report.warnings.map((message) => ({ file: r.file, message })));
  return { reports: result.reports, errors: result.errors, warnings };
}
