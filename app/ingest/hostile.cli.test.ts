/**
 * The ingest CLI over the hostile and broken corpus (app/ingest/fixtures/hostile plus generated
 * byte variants): it exits 0, accounts for every file, names every problem with its file (and
 * line), keeps the good reports' incidents, stores hostile markup only as inert text, and writes
 * output that validates against data/schema, byte-identically on every run.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pureOutputs } from '../cli/ingestPure.testing';
import type { Article, IncidentCollection, IngestReport } from '../model';
import { EXPECTED, hostileFiles, readJson, writeHostileCorpus } from './hostile.testing';

const run = promisify(execFile);
const ingestCli = (inDir: string, outDir: string) =>
  run('node', ['app/cli/run.mjs', 'app/cli/ingest.ts', '--in', inDir, '--out', outDir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
const OUTPUTS = ['incidents.geojson', 'articles.json', 'areas.geojson', 'ingest-report.json'];
const base = (file: string) => file.replace(/#\d+$/, '');

const root = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
const inDir = join(root, 'in');
const out1 = join(root, 'out1');
const out2 = join(root, 'out2');
const moreIn = join(root, 'more-in');
const moreOut = join(root, 'more-out');
let stdout = '';
let report: IngestReport;
let articles: Article[];
let incidents: IncidentCollection;

beforeAll(async () => {
  mkdirSync(inDir);
  writeHostileCorpus(inDir);
  ({ stdout } = await ingestCli(inDir, out1));
  await ingestCli(inDir, out2);
  report = readJson(out1, 'ingest-report.json');
  articles = readJson(out1, 'articles.json');
  incidents = readJson(out1, 'incidents.geojson');
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingest CLI over the hostile corpus', () => {
  it('exits 0 and accounts for every input file', () => {
    expect(stdout).toMatch(/^ingest: \d+ files → /);
    const files = hostileFiles();
    expect(report.files).toBe(files.length);
    const { withArticles, failed, duplicateOnly } = report.accounting!;
    expect(withArticles + failed + duplicateOnly).toBe(report.files);

    const fromArticles = new Set(articles.map((a) => base(a.file)));
    const fromErrors = new Set(report.errors.map((e) => base(e.file)));
    const fromDuplicates = new Set((report.duplicates ?? []).flatMap((d) => d.files.map(base)));
    for (const f of files) {
      expect(
        fromArticles.has(f) || fromErrors.has(f) || fromDuplicates.has(f),
        `${f} is accounted for`,
      ).toBe(true);
    }
    // Nothing is named that was not an input.
    for (const f of [...fromArticles, ...fromErrors, ...fromDuplicates]) expect(files).toContain(f);
    const failedOnly = files.filter((f) => !fromArticles.has(f) && !fromDuplicates.has(f));
    expect(failed).toBe(failedOnly.length);
    expect(withArticles).toBe(fromArticles.size);
    expect(duplicateOnly).toBe([...fromDuplicates].filter((f) => !fromArticles.has(f)).length);
    expect(report.articles).toBe(articles.length);
    expect(report.incidents).toBe(incidents.features.length);
  });

  it('gives each file what it should: an article, a duplicate, or clear errors', () => {
    for (const [file, want] of Object.entries(EXPECTED)) {
      const own = report.errors.filter((e) => base(e.file) === file);
      const arts = articles.filter((a) => base(a.file) === file);
      if (want.kind === 'article') {
        expect(own, file).toEqual([]);
        expect(arts, file).toHaveLength(1);
        if (want.bodyHas) expect(arts[0]!.body, file).toContain(want.bodyHas);
        if (want.warning) {
          const warned = (report.warnings ?? []).filter((w) => w.file === file);
          expect(warned.map((w) => w.message).join(' | '), file).toMatch(want.warning);
        }
      } else if (want.kind === 'duplicate') {
        expect(own, file).toEqual([]);
        expect(arts, file).toEqual([]);
        const dup = report.duplicates!.find((d) => d.files.includes(file))!;
        expect(dup.files).toEqual(['duplicate-a.txt', 'duplicate-b.txt']);
        expect(articles.filter((a) => a.id === dup.articleId).map((a) => a.file)).toEqual([
          'duplicate-a.txt',
        ]);
      } else {
        const kept = want.kind === 'corpus' ? want.articles : [];
        expect(arts.map((a) => a.file).sort(), file).toEqual([...kept].sort());
        expect(own, file).toHaveLength(want.errors.length);
        for (const e of want.errors) {
          const got = own.find((o) => o.file === e.file && e.message.test(o.message));
          expect(got, `${file}: ${e.file} ${e.message} in ${JSON.stringify(own)}`).toBeDefined();
          if (e.line) expect(got!.line, `${e.file} line`).toBe(e.line);
        }
      }
    }
  });

  it('names the file, and the line for .jsonl/.csv records, in every error', () => {
    const files = hostileFiles();
    for (const e of report.errors) {
      expect(files).toContain(base(e.file));
      expect(e.message.length).toBeGreaterThan(8);
      if (/\.(jsonl|csv)#\d+$/.test(e.file)) expect(e.line).toBe(Number(e.file.split('#')[1]));
    }
  });

  it('keeps the incidents of the good reports', () => {
    const of = (file: string) => articles.find((a) => a.file === file)!;
    const sarmin = of('good-sarmin.txt');
    expect(sarmin.incidentIds.length).toBeGreaterThan(0);
    const strike = incidents.features.find(
      (f) =>
        f.properties.evidence.some((e) => e.articleId === sarmin.id) &&
        f.properties.type === 'airstrike',
    );
    expect(strike?.properties).toMatchObject({ placeEn: 'Sarmin', date: '2021-06-24' });
    for (const file of ['good-kafrnabl.txt', 'corpus-broken.jsonl#1', 'corpus-fields.json#1'])
      expect(of(file).incidentIds.length, file).toBeGreaterThan(0);
    // Every incident's evidence points inside its article's body.
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const f of incidents.features) {
      for (const e of f.properties.evidence) {
        const body = byId.get(e.articleId)!.body;
        expect(0 <= e.start && e.start <= e.placeStart && e.placeEnd <= e.end).toBe(true);
        expect(e.end).toBeLessThanOrEqual(body.length);
      }
    }
  });

  it('stores hostile markup only as inert text: no tags, no script, no bidi overrides, no javascript: links', () => {
    for (const a of articles) {
      for (const text of [a.title, a.outlet, a.body]) {
        expect(text, a.file).not.toMatch(/[<>]/);
        expect(text, a.file).not.toMatch(/onerror|__pwned|alert\(/);
        expect(text, a.file).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }
      if (a.url !== undefined) expect(a.url).toMatch(/^https?:\/\//);
    }
    const markup = articles.find((a) => a.file === 'markup.txt')!;
    expect(markup.title).toBe('عنوان خبيث');
    expect(markup.outlet).toBe('وكالة الاختبار');
    expect(markup.body).toContain('قصفت قوات النظام مدينة أريحا اليوم.');
    expect(markup.body).toContain('رابط'); // a link's words stay; its target does not
    expect(markup.body).toContain('معكوس');
    const record = articles.find((a) => a.file === 'corpus-broken.jsonl#7')!;
    expect(record).toMatchObject({ title: 'عنوان', outlet: 'منصة' });
    expect(record.url).toBeUndefined();
    expect(report.warnings!.find((w) => w.file === 'corpus-broken.jsonl#7')?.message).toMatch(
      /^field "url" is not an http\(s\) link; dropped/,
    );
    // `__proto__` in a record is just a key: nothing is polluted and the record is read.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(articles.find((a) => a.file === 'proto.json#1')?.title).toBe('مفتاح __proto__');
  });

  it('writes output that validates against data/schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const schema = (name: string) =>
      ajv.compile(JSON.parse(readFileSync(`data/schema/${name}.schema.json`, 'utf8')));
    for (const [file, name] of [
      ['incidents.geojson', 'incidents'],
      ['articles.json', 'articles'],
      ['areas.geojson', 'areas'],
      ['ingest-report.json', 'ingest-report'],
    ] as const) {
      const validate = schema(name);
      expect(validate(readJson(out1, file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(
        true,
      );
    }
  });

  it('is deterministic: two runs write byte-identical files', () => {
    for (const f of OUTPUTS)
      expect(readFileSync(join(out2, f), 'utf8'), f).toBe(readFileSync(join(out1, f), 'utf8'));
  });

  it('streams to the same bytes as merging every result whole, and leaves no spool behind', async () => {
    for (const [f, bytes] of await pureOutputs(inDir))
      expect(Buffer.from(readFileSync(join(out1, f))).equals(Buffer.from(bytes)), f).toBe(true);
    expect(readdirSync(out1).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('adding one report changes only what that report adds', { timeout: 120_000 }, async () => {
    mkdirSync(moreIn);
    for (const a of ['good-sarmin.txt', 'good-kafrnabl.txt', 'duplicate-a.txt', 'markup.txt'])
      copyFileSync(join(inDir, a), join(moreIn, a));
    const before = join(root, 'before');
    await ingestCli(moreIn, before);
    writeFileSync(
      join(moreIn, 'z-new.txt'),
      'قصف على جسر الشغور\n20.06.2021\nوكالة ثالثة\nقصفت قوات النظام مدينة جسر الشغور بالصواريخ اليوم.\nنص مكتوب للاختبار.\n',
    );
    await ingestCli(moreIn, moreOut);
    const was: IncidentCollection = readJson(before, 'incidents.geojson');
    const now: IncidentCollection = readJson(moreOut, 'incidents.geojson');
    const after = new Map(now.features.map((f) => [f.properties.id, JSON.stringify(f)]));
    for (const f of was.features) expect(after.get(f.properties.id)).toBe(JSON.stringify(f));
    const added = now.features.filter(
      (f) => !was.features.some((w) => w.properties.id === f.properties.id),
    );
    expect(added.length).toBeGreaterThan(0);
    const newArticle = (readJson(moreOut, 'articles.json') as Article[]).find(
      (a) => a.file === 'z-new.txt',
    )!;
    for (const f of added)
      expect(f.properties.evidence.map((e) => e.articleId)).toEqual([newArticle.id]);
    const oldArticles: Article[] = readJson(before, 'articles.json');
    const newArticles: Article[] = readJson(moreOut, 'articles.json');
    expect(newArticles.filter((a) => a.file !== 'z-new.txt')).toEqual(oldArticles);
  });
});
