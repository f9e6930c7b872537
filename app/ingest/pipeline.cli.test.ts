import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { pureOutputs } from '../cli/ingestPure.testing';
import { decodeCompact } from './compact';
import { INPUTS } from './pipeline.testing';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('node', ['app/cli/run.mjs', 'app/cli/ingest.ts', ...args], { encoding: 'utf8' });

// Every folder this file makes lives under one root, removed when the file's tests end.
const root = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = (name: string) => {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
};

describe('npm run ingest', () => {
  const inDir = folder('in');
  for (const f of INPUTS) writeFileSync(join(inDir, f.file.replace(/\//g, '_')), f.bytes);
  const files = ['incidents.geojson', 'articles.json', 'areas.geojson', 'ingest-report.json'];

  it('writes byte-identical output in one thread and in worker threads, with or without --timings', {
    timeout: 60000,
  }, async () => {
    const one = folder('one');
    const many = folder('many');
    // --timings only adds the phases' times on stderr: the outputs are compared below.
    const timed = await cli('--in', inDir, '--out', one, '--jobs', '1', '--timings');
    expect(timed.stderr).toMatch(/wall time by phase[\s\S]*extract[\s\S]*merge[\s\S]*write/);
    const { stdout } = await cli('--in', inDir, '--out', many, '--jobs', '2');
    expect(stdout).toMatch(/2 jobs/);
    for (const f of files)
      expect(readFileSync(join(many, f), 'utf8')).toBe(readFileSync(join(one, f), 'utf8'));
    const report = JSON.parse(readFileSync(join(one, 'ingest-report.json'), 'utf8'));
    expect(report.files).toBe(INPUTS.length);
    // The CLI streams through spool files; what it writes is what merging whole gives.
    for (const [f, bytes] of await pureOutputs(inDir))
      expect(Buffer.from(readFileSync(join(many, f))).equals(Buffer.from(bytes)), f).toBe(true);
    expect(readdirSync(many).sort()).toEqual([...files, 'incidents.columns.bin'].sort());
  });

  it('writes details chunks when asked: each incident once, in order, with its reports and their other incidents', {
    timeout: 60000,
  }, async () => {
    const out = folder('chunks');
    await cli('--in', inDir, '--out', out, '--jobs', '2', '--detail-chunks', '2');
    const features = JSON.parse(readFileSync(join(out, 'incidents.geojson'), 'utf8')).features;
    const reports = new Map<string, unknown>(
      JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')).map(
        (a: { id: string }) => [a.id, a] as const,
      ),
    );
    const chunks = readdirSync(join(out, 'details')).sort();
    expect(chunks).toHaveLength(Math.ceil(features.length / 2));
    const seen: unknown[] = [];
    chunks.forEach((name, k) => {
      const c = JSON.parse(readFileSync(join(out, 'details', name), 'utf8'));
      expect(name).toBe(`${String(k).padStart(5, '0')}.json`);
      expect(c.first).toBe(2 * k);
      seen.push(...c.incidents);
      for (const a of c.articles) expect(a).toEqual(reports.get(a.id));
      const cited = new Set(c.articles.map((a: { id: string }) => a.id));
      for (const f of c.incidents)
        for (const e of f.properties.evidence) expect(cited.has(e.articleId)).toBe(true);
      const here = new Set(
        [...c.incidents, ...c.related].map((f: { properties: { id: string } }) => f.properties.id),
      );
      for (const a of c.articles) for (const id of a.incidentIds) expect(here.has(id)).toBe(true);
    });
    expect(seen).toEqual(features);
    const bin = readFileSync(join(out, 'incidents.columns.bin'));
    const columns = decodeCompact(
      bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer,
    );
    expect(columns.detailChunk).toBe(2);
    // A later run that needs no chunks leaves none behind to mismatch its data.
    await cli('--in', inDir, '--out', out, '--jobs', '1');
    expect(readdirSync(out)).not.toContain('details');
  });

  it('exits 2 with a message on unusable arguments or folder', { timeout: 30000 }, async () => {
    await expect(cli('--bogus')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option/),
    });
    await expect(cli('--jobs', 'x')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--jobs/),
    });
    await expect(cli('--detail-chunks', '-1')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--detail-chunks/),
    });
    await expect(cli('--in', join(inDir, 'missing'))).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot read input folder/),
    });
  });
});
