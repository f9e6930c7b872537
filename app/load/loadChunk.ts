/**
 * Details by chunk, for datasets written with `details/` chunks (app/ingest/detailChunks.ts):
 * opening an incident fetches the one chunk that holds it — its feature, its reports, and the
 * reports' other incidents — instead of every detail of the dataset. What a chunk brings is
 * checked like the full files (app/load/validate.ts) and kept in `columns.partial`.
 */

import type { CompactColumns } from '../ingest/compact';
import { detailChunkPath } from '../ingest/detailChunks';
import type { Article, IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { fetchJson } from './loadData';
import { type LoadIssue, type Validated, validateArticles, validateIncidents } from './validate';

/** Incidents and reports loaded chunk by chunk. */
export interface PartialDetails {
  /** Chunks in the store; chunks being fetched are in `loading`. */
  loaded: ReadonlySet<number>;
  loading: ReadonlySet<number>;
  /** Incidents of the loaded chunks (their own and related ones), by id. */
  byId: ReadonlyMap<string, IncidentFeature>;
  /** The last chunk that failed, and why (cleared by the next success). */
  failed?: string;
}

export const NO_PARTIAL: PartialDetails = {
  loaded: new Set(),
  loading: new Set(),
  byId: new Map(),
};

/** The entries of `file` that `v` left out, as the load notice lists them (none: no issue). */
function skippedIn(
  file: string,
  entries: LoadIssue['entries'],
  v: Validated<unknown>,
): LoadIssue[] {
  return v.skipped > 0
    ? [{ file, entries, kept: v.items.length, skipped: v.skipped, problems: v.problems }]
    : [];
}

/**
 * Read chunk `k` of a dataset with `size` incidents per chunk; throws, naming the file, when it
 * is not one (wrong shape, wrong position, nothing usable). Entries that fail the checks are
 * left out and counted in `issues`, for the load notice, as the full files' are.
 */
export async function fetchChunk(
  base: string,
  k: number,
  size: number,
): Promise<{ incidents: IncidentFeature[]; articles: Article[]; issues: LoadIssue[] }> {
  const url = `${base}/${detailChunkPath(k)}`;
  const json = (await fetchJson(url)) as Record<string, unknown> | null;
  if (!json || typeof json !== 'object' || json.first !== k * size)
    throw new Error(`${url}: not details chunk ${k} (first incident ${k * size})`);
  const articles = validateArticles(json.articles);
  if (articles.fatal) throw new Error(`${url}: ${articles.fatal}`);
  const byId = new Map(articles.items.map((a) => [a.id, a]));
  const features = [
    ...(Array.isArray(json.incidents) ? json.incidents : []),
    ...(Array.isArray(json.related) ? json.related : []),
  ];
  const incidents = validateIncidents({ type: 'FeatureCollection', features }, byId);
  if (incidents.fatal) throw new Error(`${url}: ${incidents.fatal}`);
  const file = detailChunkPath(k);
  return {
    incidents: incidents.items,
    articles: articles.items,
    issues: [...skippedIn(file, 'incidents', incidents), ...skippedIn(file, 'reports', articles)],
  };
}

/**
 * Apply `change` to the partial details of `columns`' dataset (a new object: the store sees a
 * change), adding `articles` to the reports and `issues` to the load notice's; nothing if
 * another dataset has been loaded since.
 */
function setPartial(
  columns: CompactColumns,
  change: (p: PartialDetails) => PartialDetails,
  articles: Article[] = [],
  issues: LoadIssue[] = [],
): void {
  const now = useAtlas.getState().data;
  if (now.status !== 'ready' || now.data.columns?.columns !== columns) return;
  const all = articles.length ? new Map(now.data.articles) : now.data.articles;
  for (const a of articles) all.set(a.id, a);
  const partial = change(now.data.columns.partial ?? NO_PARTIAL);
  const loadIssues = issues.length
    ? [...(now.data.loadIssues ?? []), ...issues]
    : now.data.loadIssues;
  useAtlas.getState().setData({
    status: 'ready',
    data: {
      ...now.data,
      articles: all,
      columns: { ...now.data.columns, partial },
      ...(loadIssues ? { loadIssues } : {}),
    },
  });
}

/** `set` without `k`. */
function without(set: ReadonlySet<number>, k: number): Set<number> {
  const out = new Set(set);
  out.delete(k);
  return out;
}

/** Chunks on their way, by dataset: asking again for one joins its fetch. */
const inFlight = new WeakMap<CompactColumns, Map<number, Promise<void>>>();

/**
 * Load chunk `k` of `columns`' dataset into the store (its incidents into `partial.byId`, its
 * reports into `data.articles`), unless it is there already. Resolves once it is in; rejects,
 * naming the file, when it cannot be had (recorded in `partial.failed` too).
 */
function loadChunk(columns: CompactColumns, k: number, base: string): Promise<void> {
  const state = useAtlas.getState().data;
  const partial =
    state.status === 'ready' && state.data.columns?.columns === columns
      ? (state.data.columns.partial ?? NO_PARTIAL)
      : NO_PARTIAL;
  if (partial.loaded.has(k)) return Promise.resolve();
  let pending = inFlight.get(columns);
  if (!pending) {
    pending = new Map();
    inFlight.set(columns, pending);
  }
  const running = pending.get(k);
  if (running) return running;
  setPartial(columns, (p) => ({ ...p, loading: new Set([...p.loading, k]) }));
  const done = fetchChunk(base, k, columns.detailChunk).then(
    ({ incidents, articles, issues }) =>
      setPartial(
        columns,
        (p) => {
          const byId = new Map(p.byId);
          for (const f of incidents) byId.set(f.properties.id, f);
          return { loaded: new Set([...p.loaded, k]), loading: without(p.loading, k), byId };
        },
        articles,
        issues,
      ),
    (e: Error) => {
      console.error(e);
      setPartial(columns, (p) => ({ ...p, loading: without(p.loading, k), failed: e.message }));
      throw e;
    },
  );
  pending.set(k, done);
  const forget = () => pending.delete(k);
  done.then(forget, forget);
  return done;
}

/**
 * Load the chunk holding incident `id`, unless the details are loaded whole, the dataset has no
 * chunks, or that chunk is loaded or on its way. Reports go into `data.articles`.
 */
export function ensureChunkFor(id: string, base = 'data'): void {
  const state = useAtlas.getState().data;
  if (state.status !== 'ready' || !state.data.columns) return;
  const { columns, details } = state.data.columns;
  const size = columns.detailChunk;
  if (size <= 0 || details === 'ready') return;
  const at = columns.positionOf(id);
  if (at < 0) return;
  // A failure is in `partial.failed`, which DetailsStatus shows with a retry.
  loadChunk(columns, Math.floor(at / size), base).catch(() => undefined);
}

/**
 * Load chunks `ks` of `columns`' dataset, `parallel` at a time, telling `progress` how many are
 * in; rejects with the first failure (naming its file) once the others have settled.
 */
export async function loadChunks(
  columns: CompactColumns,
  ks: readonly number[],
  progress: (done: number) => void = () => {},
  base = 'data',
  parallel = 3,
): Promise<void> {
  let next = 0;
  let done = 0;
  let failure: Error | undefined;
  const worker = async () => {
    while (next < ks.length) {
      const k = ks[next++]!;
      try {
        await loadChunk(columns, k, base);
      } catch (e) {
        failure ??= e as Error;
      }
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, ks.length) }, worker));
  if (failure) throw failure;
}
