/**
 * Spool files of the streaming ingest: each thread appends its articles' and incidents'
 * canonical JSON to its own file as it makes them, so the main thread holds only slim records
 * (app/ingest/streamMerge.ts) and writes the outputs by copying bytes back in output order.
 */
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHUNK_PIECES, detailChunkPath, planDetailChunks } from '../ingest/detailChunks';
import type { FileResult } from '../ingest/pipeline';
import {
  incidentRow,
  type SpooledArticle,
  type SpooledResult,
  type SpoolRef,
  type StreamPlan,
} from '../ingest/streamMerge';
import type { IncidentFeature } from '../model';
import { articleJson, incidentJson } from './canonicalRecords';
import { canonicalJson } from './ingestFiles';

const CHUNK = 1 << 20;

/** A file written through a buffer of about a megabyte, knowing how many bytes it holds. */
export class ByteSink {
  private readonly fd: number;
  private used = 0;
  /** Bytes already in the file. */
  private flushed = 0;

  /**
   * `buf` may be one a closed sink used before: files written one after another (the details
   * chunks) share one buffer, for new memory is dear on this machine (2.5 ms a megabyte, so
   * 0.9 s for the 361 chunks of 100k reports).
   */
  constructor(
    path: string,
    private readonly buf: Buffer = Buffer.allocUnsafe(CHUNK),
  ) {
    if (buf.length < CHUNK) throw new Error(`a sink's buffer needs ${CHUNK} bytes`);
    this.fd = openSync(path, 'w');
  }

  /** Bytes written so far, buffered ones included: where the next write starts. */
  get size(): number {
    return this.flushed + this.used;
  }

  bytes(b: Uint8Array): void {
    if (this.used + b.length > CHUNK) this.flush();
    if (b.length > CHUNK) this.direct(b);
    else {
      this.buf.set(b, this.used);
      this.used += b.length;
    }
  }

  /** Write `s` as UTF-8; returns its length in bytes. */
  text(s: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: with that much room the write cannot be cut.
    if (this.used + s.length * 3 > CHUNK) this.flush();
    if (s.length * 3 > CHUNK) return this.direct(Buffer.from(s, 'utf8'));
    const length = this.buf.write(s, this.used, 'utf8');
    this.used += length;
    return length;
  }

  /** Put everything written so far in the file (a reader may then read any of it). */
  flush(): void {
    writeAll(this.fd, this.buf.subarray(0, this.used));
    this.flushed += this.used;
    this.used = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private direct(bytes: Uint8Array): number {
    writeAll(this.fd, bytes);
    this.flushed += bytes.length;
    return bytes.length;
  }
}

/** A thread's spool: appends records and says where each one is. */
export class SpoolWriter extends ByteSink {
  constructor(
    path: string,
    readonly spool: number,
  ) {
    super(path);
  }

  append(text: string): SpoolRef {
    const offset = this.size;
    return { spool: this.spool, offset, length: this.text(text) };
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** `"incidentIds":[]` as canonical JSON writes it in an article (the key sorts after `id`). */
const NO_IDS = '"incidentIds":[]';

/**
 * Spool one file's result: each article's JSON (with the place of its incident list marked) and
 * each incident's JSON go to `spool`; what comes back holds slim records and rows only.
 */
export function spoolResult(result: FileResult, spool: SpoolWriter): SpooledResult {
  const articles: SpooledArticle[] = result.articles.map(({ article, incidents }) => {
    const json = articleJson(article);
    // Inside a JSON string every `"` is escaped, so the first unescaped match is the key.
    const at = json.indexOf(NO_IDS);
    if (at < 0) throw new Error(`article ${article.id}: no incidentIds field to fill`);
    const cut = at + NO_IDS.length - 2;
    const head = spool.append(json.slice(0, cut));
    const tail = spool.append(json.slice(cut + 2));
    return {
      article: { id: article.id, file: article.file, outlet: article.outlet },
      ref: { spool: spool.spool, offset: head.offset, length: head.length + tail.length },
      idsAt: head.length,
      incidents: incidents.map((f) => {
        // The index takes an incident's evidence to be its own article's (incidentRow keeps no
        // article ids): true of everything processFile makes.
        if (f.properties.evidence.some((e) => e.articleId !== article.id))
          throw new Error(`incident ${f.properties.id} cites another article than ${article.id}`);
        return incidentRow(f, spool.append(incidentJson(f)));
      }),
    };
  });
  return { ...result, articles };
}

/** A stretch of one spool read ahead, for records asked for in the order they were written. */
interface Window {
  buf: Buffer;
  start: number;
  end: number;
}

/** Reads records back from the spools of one run (file descriptors opened on first use). */
export class SpoolReader {
  private readonly fds = new Map<number, number>();
  private buf = Buffer.allocUnsafe(1 << 16);
  private readonly windows = new Map<number, Window>();

  constructor(private readonly pathOf: (spool: number) => string) {}

  private fd(spool: number): number {
    let fd = this.fds.get(spool);
    if (fd === undefined) {
      fd = openSync(this.pathOf(spool), 'r');
      this.fds.set(spool, fd);
    }
    return fd;
  }

  /** Fill `buf` from byte `offset` of the spool; at least `need` bytes, or an error. */
  fill(spool: number, buf: Buffer, offset: number, need: number): number {
    let got = 0;
    while (got < need) {
      const n = readSync(this.fd(spool), buf, got, buf.length - got, offset + got);
      if (n === 0) throw new Error(`spool ${spool} ends before byte ${offset + need}`);
      got += n;
    }
    return got;
  }

  /** The record's bytes, valid until the next call. One read of just those bytes. */
  bytes(ref: SpoolRef): Buffer {
    if (this.buf.length < ref.length) this.buf = Buffer.allocUnsafe(ref.length * 2);
    this.fill(ref.spool, this.buf.subarray(0, ref.length), ref.offset, ref.length);
    return this.buf.subarray(0, ref.length);
  }

  /**
   * The record's bytes, valid until the next call of this method, read through a window of a
   * megabyte per spool: for records asked for mostly in spool order (articles are written in
   * file order, and spooled in it), one read serves hundreds of them instead of one each.
   */
  nearby(ref: SpoolRef): Buffer {
    let w = this.windows.get(ref.spool);
    if (!w || ref.offset < w.start || ref.offset + ref.length > w.end) {
      const buf =
        w && w.buf.length >= ref.length ? w.buf : Buffer.allocUnsafe(Math.max(CHUNK, ref.length));
      w = {
        buf,
        start: ref.offset,
        end: ref.offset + this.fill(ref.spool, buf, ref.offset, ref.length),
      };
      this.windows.set(ref.spool, w);
    }
    return w.buf.subarray(ref.offset - w.start, ref.offset - w.start + ref.length);
  }

  feature(ref: SpoolRef): IncidentFeature {
    return JSON.parse(this.bytes(ref).toString('utf8')) as IncidentFeature;
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

/** Bytes of records a slab of `InOrder` holds at most (one larger record is a slab alone). */
const SLAB = 64 << 20;
/** Bytes between two records beyond which they are read apart. */
const GAP = 16 << 10;
/** The same for one details chunk's lists: a chunk is about a megabyte in all. */
const CHUNK_SLAB = 8 << 20;

/**
 * Records asked for in an order of their own (the output's: by date, place and type, which is
 * no order in the spools), read a slab at a time: the refs of the next records, up to `slab`
 * bytes of them, are sorted by their place in the spools; each run of them within a megabyte of
 * spool is read at once, and its records copied to their places in the slab. One read per
 * record, as `bytes` does, took 40k reads and a sixth of a second at 10k reports. Memory: the
 * slab and a megabyte, allocated once (new memory is dear on this machine: 2.5 ms a megabyte).
 */
export class InOrder {
  private slab = new Uint8Array(0);
  private readonly window = Buffer.allocUnsafeSlow(CHUNK);
  /** Records [first, end) are in the slab, record i from byte `starts[i - first]`. */
  private first = 0;
  private end = 0;
  private starts = new Float64Array(0);

  constructor(
    private readonly reader: SpoolReader,
    private count: number,
    /** The i-th record's place, undefined for one that is not spooled (it takes no room). */
    private refAt: (i: number) => SpoolRef | undefined,
    private readonly slabBytes = SLAB,
  ) {}

  /**
   * Read another list of records with the same memory: the details chunks each read a few
   * hundred reports and related incidents, and a new slab per chunk would cost more than the
   * reads it saves.
   */
  over(count: number, refAt: (i: number) => SpoolRef | undefined): this {
    this.count = count;
    this.refAt = refAt;
    this.first = 0;
    this.end = 0;
    return this;
  }

  /** Record i's bytes, for i asked for in increasing order; valid until the next slab is read. */
  bytes(i: number): Uint8Array {
    if (i < this.first || i >= this.end) this.load(i);
    const ref = this.refAt(i);
    if (!ref) throw new Error(`record ${i} is not spooled`);
    const at = this.starts[i - this.first]!;
    return this.slab.subarray(at, at + ref.length);
  }

  private load(first: number): void {
    const refs: SpoolRef[] = [];
    /** Each ref's record, counted from `first`. */
    const rows: number[] = [];
    const want = Math.min(this.count, 1 << 20);
    if (this.starts.length < want)
      this.starts = new Float64Array(Math.max(want, this.starts.length * 2));
    let end = first;
    let size = 0;
    for (; end < this.count && end - first < this.starts.length; end++) {
      const ref = this.refAt(end);
      if (!ref) continue;
      if (refs.length > 0 && size + ref.length > this.slabBytes) break;
      this.starts[end - first] = size;
      size += ref.length;
      refs.push(ref);
      rows.push(end - first);
    }
    if (this.slab.length < size) this.slab = new Uint8Array(Math.max(size, this.slab.length * 2));
    const order = refs.map((_, k) => k);
    order.sort((a, b) => refs[a]!.spool - refs[b]!.spool || refs[a]!.offset - refs[b]!.offset);
    const window = new Uint8Array(this.window.buffer, this.window.byteOffset, CHUNK);
    for (let k = 0; k < order.length; ) {
      const head = refs[order[k]!]!;
      let stop = head.offset + head.length;
      let j = k + 1;
      for (; j < order.length; j++) {
        const r = refs[order[j]!]!;
        if (r.spool !== head.spool || r.offset + r.length - head.offset > CHUNK) break;
        // Far apart, two reads copy less than one read of everything between them.
        if (r.offset - stop > GAP) break;
        stop = Math.max(stop, r.offset + r.length);
      }
      if (j === k + 1) {
        // A record alone (or larger than the window) is read straight into its place.
        const at = this.starts[rows[order[k]!]!]!;
        const into = Buffer.from(this.slab.buffer, this.slab.byteOffset + at, head.length);
        this.reader.fill(head.spool, into, head.offset, head.length);
      } else {
        this.reader.fill(
          head.spool,
          this.window.subarray(0, stop - head.offset),
          head.offset,
          stop - head.offset,
        );
        for (let m = k; m < j; m++) {
          const r = refs[order[m]!]!;
          const from = r.offset - head.offset;
          this.slab.set(window.subarray(from, from + r.length), this.starts[rows[order[m]!]!]!);
        }
      }
      k = j;
    }
    this.first = first;
    this.end = end;
  }
}

/**
 * Write `incidents.geojson` and `articles.json` of a streaming merge: the spooled bytes of each
 * record in output order (an article's incident list put in its place), exactly the bytes
 * `writeJson` gives for the same data whole. With `detailDir`, the details chunks too
 * (`detailChunkWriter`), in the same pass: each incident is read once for both.
 * Returns the number of chunk files.
 */
export function writeSpooledOutputs(
  paths: { incidents: string; articles: string; detailDir?: string },
  plan: Pick<
    StreamPlan,
    'incidentCount' | 'incident' | 'incidentArticles' | 'articles' | 'detailChunk'
  >,
  reader: SpoolReader,
): number {
  const chunks = paths.detailDir ? detailChunkWriter(paths.detailDir, plan, reader) : undefined;
  const inOrder = new InOrder(reader, plan.incidentCount, (i) => {
    const x = plan.incident(i);
    return 'ref' in x ? x.ref : undefined;
  });
  const incidents = new ByteSink(paths.incidents);
  try {
    incidents.text('{"features":[');
    for (let i = 0; i < plan.incidentCount; i++) {
      if (i > 0) incidents.text(',');
      const x = plan.incident(i);
      if ('ref' in x) {
        const bytes = inOrder.bytes(i);
        incidents.bytes(bytes);
        chunks?.own(i, bytes);
      } else {
        const text = canonicalJson(x.full);
        incidents.text(text);
        chunks?.own(i, text);
      }
    }
    incidents.text('],"type":"FeatureCollection"}\n');
  } finally {
    incidents.close();
    chunks?.close();
  }
  const articles = new ByteSink(paths.articles);
  try {
    articles.text('[');
    plan.articles.forEach(({ entry, incidentIds }, i) => {
      if (i > 0) articles.text(',');
      const record = reader.nearby(entry.ref);
      articles.bytes(record.subarray(0, entry.idsAt));
      articles.text(JSON.stringify(incidentIds));
      articles.bytes(record.subarray(entry.idsAt));
    });
    articles.text(']\n');
  } finally {
    articles.close();
  }
  return chunks?.count ?? 0;
}

/**
 * The details chunks of a large dataset (app/ingest/detailChunks.ts), written into `outDir`
 * while `incidents.geojson` is: fed each incident in output order (`own`), a chunk is opened at
 * its first incident and finished after its last, with the related incidents and the reports,
 * copied from the spool as in the full files, never decoded. Nothing when the plan has no chunk
 * size. One chunk file is open at a time.
 */
function detailChunkWriter(
  outDir: string,
  plan: Pick<
    StreamPlan,
    'incidentCount' | 'incident' | 'incidentArticles' | 'articles' | 'detailChunk'
  >,
  reader: SpoolReader,
): { own(i: number, record: Uint8Array | string): void; close(): void; count: number } | undefined {
  const size = plan.detailChunk;
  if (size <= 0 || plan.incidentCount === 0) return undefined;
  // Each report's incident positions, from the incidents' report ids: a map of the reports
  // (fewer than the incidents, and their ids are strings that exist already).
  const articleAt = new Map<string, number>();
  plan.articles.forEach(({ entry }, a) => {
    articleAt.set(entry.article.id, a);
  });
  const positions: number[][] = plan.articles.map(() => []);
  for (let i = 0; i < plan.incidentCount; i++)
    for (const id of plan.incidentArticles(i)) {
      const a = articleAt.get(id);
      if (a !== undefined) positions[a]!.push(i);
    }
  articleAt.clear();
  const chunks = planDetailChunks(plan.incidentCount, size, positions);
  positions.length = 0;
  mkdirSync(dirname(join(outDir, detailChunkPath(0))), { recursive: true });
  let out: ByteSink | undefined;
  /** The chunks' one buffer (one chunk is open at a time). */
  const buffer = Buffer.allocUnsafe(CHUNK);
  const put = (record: Uint8Array | string) => {
    if (typeof record === 'string') out!.text(record);
    else out!.bytes(record);
  };
  // A chunk's related incidents and reports lie all over the spools: each list is read in
  // spool order, runs of nearby records at once (one read per record took 2.2 s of 7 at 100k
  // reports, 360 chunks).
  const batch = new InOrder(reader, 0, () => undefined, CHUNK_SLAB);
  const incident = (i: number, j: number) => {
    const x = plan.incident(i);
    put('ref' in x ? batch.bytes(j) : canonicalJson(x.full));
  };
  const article = (a: number, j: number) => {
    const { entry, incidentIds } = plan.articles[a]!;
    const record = batch.bytes(j);
    out!.bytes(record.subarray(0, entry.idsAt));
    out!.text(JSON.stringify(incidentIds));
    out!.bytes(record.subarray(entry.idsAt));
  };
  const list = (items: readonly number[], write: (n: number, j: number) => void) =>
    items.forEach((n, j) => {
      if (j > 0) out!.text(',');
      write(n, j);
    });
  /** Finish chunk `k`: its related incidents and its reports (the own ones are written). */
  const finish = (k: number) => {
    const { related, articles } = chunks[k]!;
    out!.text(CHUNK_PIECES.related);
    batch.over(related.length, (j) => {
      const x = plan.incident(related[j]!);
      return 'ref' in x ? x.ref : undefined;
    });
    list(related, incident);
    out!.text(CHUNK_PIECES.articles);
    batch.over(articles.length, (j) => plan.articles[articles[j]!]!.entry.ref);
    list(articles, article);
    out!.text(CHUNK_PIECES.close);
    out!.close();
    out = undefined;
  };
  return {
    count: chunks.length,
    own(i, record) {
      const k = Math.floor(i / size);
      const first = k * size;
      if (i === first) {
        out = new ByteSink(join(outDir, detailChunkPath(k)), buffer);
        out.text(CHUNK_PIECES.open(first));
      } else out!.text(',');
      put(record);
      // `record` is written: the reads of the related incidents may reuse the reader's buffer.
      if (i === Math.min(first + size, plan.incidentCount) - 1) finish(k);
    },
    close() {
      out?.close();
    },
  };
}
