import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  canonicalJsonPieces,
  isInside,
  listInputs,
  makeFolder,
  readInputFile,
} from './ingestFiles';

/** The replacer version canonicalJson replaced: keys sorted by building a sorted copy per object. */
const reference = (value: unknown) =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );

const CASES: unknown[] = [
  { b: 1, a: [1, undefined, () => 1, { d: undefined, c: Number.NaN }] },
  { e: new Date(0), f: { toJSON: () => ({ z: 1, y: 2 }) } },
  JSON.parse('{"__proto__": {"x": 1}, "a": 1}'),
  // biome-ignore lint/suspicious/noSparseArray: a hole is written as null
  [, 1],
  { 10: 'a', 2: 'b', x: 'c' },
  'text',
  5,
  null,
  [],
  {},
  { s: Symbol('x'), z: -0, y: { deep: [{ k: [{ b: 2, a: 1 }] }] } },
  { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { b: 1, a: 2 } }] },
];

describe('canonical JSON', () => {
  it('sorts keys and otherwise writes what JSON.stringify writes', () => {
    for (const c of CASES) expect(canonicalJson(c)).toBe(reference(c));
  });

  it('writes the same text in pieces as in one string', () => {
    for (const c of CASES) expect([...canonicalJsonPieces(c)].join('')).toBe(canonicalJson(c));
  });
});

describe('listing the input folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-list-'));
  const outside = mkdtempSync(join(tmpdir(), 'atlas-linked-'));
  afterAll(() => {
    chmodSync(join(dir, 'locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  writeFileSync(join(dir, 'a.txt'), 'report');
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'target.txt'), 'linked report');
  symlinkSync(join(dir, 'real', 'target.txt'), join(dir, 'link-to-file.txt'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt'));
  writeFileSync(join(outside, 'far.txt'), 'report kept elsewhere');
  symlinkSync(outside, join(dir, 'linked-folder'));
  symlinkSync(dir, join(dir, 'real', 'back-to-top'));
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status === 0;
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'hidden.txt'), 'report');
  chmodSync(join(dir, 'locked'), 0);
  // Root reads any folder: the unreadable case is only real for other users.
  const root = process.getuid?.() === 0;

  it('reads files through links, follows a linked folder once, and names every entry it cannot read', async () => {
    const { files, problems } = await listInputs(dir);
    expect(files).toEqual(
      [
        'a.txt',
        'dangling.txt',
        'link-to-file.txt',
        'linked-folder/far.txt',
        ...(fifo ? ['pipe.txt'] : []),
        'real/back-to-top/',
        'real/target.txt',
        'self.txt',
        root ? 'locked/hidden.txt' : 'locked/',
      ].sort(),
    );
    expect(Object.fromEntries(problems)).toEqual({
      'dangling.txt': 'broken symbolic link: its target does not exist',
      'self.txt': 'symbolic link loop: it leads back to itself',
      'real/back-to-top/': 'skipped: a linked folder that is read already (or a link loop)',
      ...(fifo ? { 'pipe.txt': 'skipped: not a regular file (a pipe, socket or device)' } : {}),
      ...(root ? {} : { 'locked/': 'unreadable folder: EACCES; the files in it were not read' }),
    });
  });

  it("gives each listed problem as that input's error without opening it (a pipe would block)", async () => {
    const { files, problems } = await listInputs(dir);
    const results = files.map((f) => readInputFile(dir, f, problems));
    const failed = results.filter((r) => !('bytes' in r)).map((r) => r.file);
    expect(failed.sort()).toEqual([...problems.keys()].sort());
    const linked = results.find((r) => r.file === 'link-to-file.txt');
    expect(linked && 'bytes' in linked && new TextDecoder().decode(linked.bytes)).toBe(
      'linked report',
    );
  });

  it('throws only when the folder itself cannot be read', async () => {
    await expect(listInputs(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});

describe('an output folder inside the input folder', () => {
  it('is refused when it is the input folder or below it, also through a link', () => {
    const top = mkdtempSync(join(tmpdir(), 'atlas-inside-'));
    mkdirSync(join(top, 'in'));
    symlinkSync(join(top, 'in'), join(top, 'alias'));
    expect(isInside(join(top, 'in'), join(top, 'in'))).toBe(true);
    expect(isInside(join(top, 'in'), join(top, 'in', 'out', 'new'))).toBe(true);
    expect(isInside(join(top, 'in'), join(top, 'alias', 'out'))).toBe(true);
    expect(isInside(join(top, 'in'), join(top, 'in-out'))).toBe(false);
    expect(isInside(join(top, 'in'), top)).toBe(false);
    rmSync(top, { recursive: true, force: true });
  });
});

describe('makeFolder (the output folder)', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-mkdir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes the missing folders of a path, and accepts one that exists', () => {
    const deep = join(root, 'a', 'b', 'c');
    makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeFolder(deep)).not.toThrow();
  });

  it('refuses a path through a file, naming it', () => {
    const file = join(root, 'report.txt');
    writeFileSync(file, 'x');
    expect(() => makeFolder(file)).toThrow(/report\.txt exists and is not a folder/);
    expect(() => makeFolder(join(file, 'out'))).toThrow(/report\.txt/);
  });

  it.runIf(existsSync('/proc/self'))(
    'fails at once under /proc, where a recursive mkdir never returns',
    () => {
      expect(() => makeFolder('/proc/atlas-out/data')).toThrow(/ENOENT.*\/proc\/atlas-out/);
    },
  );
});
