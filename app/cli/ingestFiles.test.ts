import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonPieces } from './ingestFiles';

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
