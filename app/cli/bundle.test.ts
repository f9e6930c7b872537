import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled } from './bundle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bundle-test-'));
const made: string[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const file of made) rmSync(file.replace(/\.mjs$/, '.json'), { force: true });
  for (const file of made) rmSync(file, { force: true });
});

describe('bundled (the cached CLI bundles)', () => {
  const entry = join(dir, 'entry.ts');
  const helper = join(dir, 'helper.ts');

  it('bundles an entry with what it imports, and keeps it while nothing changed', async () => {
    writeFileSync(helper, 'export const greeting: string = "one";\n');
    writeFileSync(entry, 'import { greeting } from "./helper.ts";\nconsole.log(greeting);\n');
    const file = await bundled(entry);
    expect(file).toBeDefined();
    made.push(file!);
    expect(readFileSync(file!, 'utf8')).toContain('"one"');
    expect(await bundled(entry)).toBe(file);
  });

  it('makes it again when any file it was made from changes', async () => {
    writeFileSync(helper, 'export const greeting: string = "two, changed";\n');
    const file = await bundled(entry);
    expect(readFileSync(file!, 'utf8')).toContain('"two, changed"');
  });

  it('keeps import.meta.url naming the entry, so neighbours are found from it', async () => {
    writeFileSync(entry, 'console.log(new URL("./x.ts", import.meta.url).href);\n');
    const file = await bundled(entry);
    expect(readFileSync(file!, 'utf8')).toContain(JSON.stringify(`file://${entry}`));
  });

  it('makes it again when the cached one was made for another checkout of the entry', async () => {
    const file = (await bundled(entry))!;
    const stamps = file.replace(/\.mjs$/, '.json');
    const recorded = JSON.parse(readFileSync(stamps, 'utf8'));
    writeFileSync(stamps, JSON.stringify({ ...recorded, entry: '/elsewhere/app/cli/entry.ts' }));
    expect(await bundled(entry)).toBe(file);
    expect(JSON.parse(readFileSync(stamps, 'utf8')).entry).toBe(entry);
  });

  it('gives nothing for an entry esbuild cannot bundle (the caller uses tsx)', async () => {
    writeFileSync(entry, 'import { missing } from "./nowhere.ts";\nconsole.log(missing);\n');
    expect(await bundled(entry)).toBeUndefined();
  });
});
