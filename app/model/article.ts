import type { GeoPrecision } from './place';

/** A place mention as stored with an article (offsets into `body`). */
export interface ArticleMention {
  start: number;
  end: number;
  placeId: string;
  lat: number;
  lon: number;
  geoPrecision: GeoPrecision;
}

/** One report as published, in `articles.json`. */
export interface Article {
  id: string;
  /** Input file the article was read from, relative to the input folder (with `#n` for corpus records). */
  file: string;
  title: string;
  /** Publication date `YYYY-MM-DD` (the byline date over a re-publish date). */
  date: string;
  outlet: string;
  url?: string;
  body: string;
  incidentIds: string[];
  mentions: ArticleMention[];
  /** Set for generated test corpora, so the app can label them. */
  synthetic?: boolean;
}

/** A problem with one input file; the run goes on. */
export interface IngestError {
  file: string;
  line?: number;
  message: string;
}

/** `ingest-report.json` */
export interface IngestReport {
  files: number;
  articles: number;
  incidents: number;
  filesWithErrors: number;
  errors: IngestError[];
  /** Place-like words the gazetteer did not know, with how often they were seen. */
  unresolved: { name: string; count: number }[];
  /** Files whose text duplicated an earlier file: the article kept and the files folded into it. */
  duplicates?: { articleId: string; files: string[] }[];
  /** Problems worked around (fallback date, guessed encoding, missing title); the report was kept. */
  warnings?: IngestError[];
  /** How every input file was accounted for: `withArticles + failed + duplicateOnly === files`. */
  accounting?: { withArticles: number; failed: number; duplicateOnly: number };
}
