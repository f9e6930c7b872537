import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableHash } from './hash';

/** FNV-1a 64 with BigInt, as first written: the reference for the 32-bit-halves version. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('stableHash', () => {
  it('is FNV-1a 64', () => {
    expect(stableHash('')).toBe('cbf29ce484222325');
    expect(stableHash('a')).toBe('af63dc4c8601ec8c');
  });
  it('property: equals the BigInt FNV-1a', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(stableHash(s)).toBe(reference(s));
      }),
    );
  });
});
