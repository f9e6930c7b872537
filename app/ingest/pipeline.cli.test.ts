import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pureOutputs } from '../cli/ingestPure.testing';
import { INPUTS } from './pipeline.testing';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('node', ['app/cli/run.mjs', 'app/cli/ingest.ts', ...args], { encoding: 'utf8' });

describe('npm run ingest', () => {
  const inDir = mkdtempSync(join(tmpdir(), 'ingest-in-'));
  for (const f of INPUTS) writeFileSync(join(inDir, f.file.replace(/\//g, '_')), f.bytes);
  const files = ['incidents.geojson', 'articles.json', 'areas.geojson', 'ingest-report.json'];

  it('writes byte-identical output in one thread and in worker threads', {
    timeout: 60000,
  }, async () => {
    const one = mkdtempSync(join(tmpdir(), 'ingest-one-'));
    const many = mkdtempSync(join(tmpdir(), 'ingest-many-'));
    await cli('--in', inDir, '--out', one, '--jobs', '1');
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

  it('exits 2 with a message on unusable arguments or folder', { timeout: 30000 }, async () => {
    await expect(cli('--bogus')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option/),
    });
    await expect(cli('--jobs', 'x')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--jobs/),
    });
    await expect(cli('--in', join(inDir, 'missing'))).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot read input folder/),
    });
  });
});
