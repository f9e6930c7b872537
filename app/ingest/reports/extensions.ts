/**
 * Extensions the ingest reads; other files are accounted for as skipped. On their own, so that
 * the page's file picker can name them without bundling the readers.
 */
export const REPORT_EXTENSIONS = ['.txt', '.json', '.jsonl', '.csv'] as const;
