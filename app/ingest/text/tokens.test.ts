import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interner } from './interner';
import {
  GAP_BREAKS,
  GAP_JOINED,
  GAP_LIST,
  GAP_QUOTE,
  gapBreaksSentence,
  gapHasQuote,
  gapIsListSeparator,
  tokenise,
  tokenTable,
} from './tokens';

/** The regex tokeniser the table-driven one replaced: the reference for its output. */
function reference(text: string) {
  const out: { text: string; start: number; end: number; gap: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      gap: text.slice(last, m.index),
    });
    last = m.index + m[0].length;
  }
  return out;
}

const mixed = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(
      ...'قرى "معرزيتا، وحاس". ريف-إدلب؛ «x» 1/2\n\t\u00a0😀\ud800\udc00\ud83d'.split(''),
    ),
  }),
);

describe('tokens', () => {
  it('splits words and keeps gaps', () => {
    expect(tokenise('في ادلب، وحاس').map((t) => [t.text, t.gap])).toEqual([
      ['في', ''],
      ['ادلب', ' '],
      ['وحاس', '، '],
    ]);
  });
  it('property: tokenise agrees with the Unicode-property regex', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(tokenise(s)).toEqual(reference(s));
      }),
    );
  });
  it('property: the token table holds the regex tokeniser’s tokens, and its gap flags agree with the gap tests', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const t = tokenTable(s, (w) => w);
        const ref = reference(s);
        expect(t.count).toBe(ref.length);
        ref.forEach((r, i) => {
          expect([t.words[i], t.starts[i], t.ends[i], t.gap(i)]).toEqual([
            r.text,
            r.start,
            r.end,
            r.gap,
          ]);
          const g = t.gaps[i]!;
          expect((g & GAP_JOINED) !== 0).toBe(/^[\s\-ـ]*$/.test(r.gap));
          expect((g & GAP_BREAKS) !== 0).toBe(gapBreaksSentence(r.gap));
          expect((g & GAP_LIST) !== 0).toBe(gapIsListSeparator(r.gap));
          expect((g & GAP_QUOTE) !== 0).toBe(gapHasQuote(r.gap));
        });
      }),
      { numRuns: 500 },
    );
  });
  it('property: words found through an interner are the words, however small its table', () => {
    // A table of 8 words starts afresh often, and words longer than 4 are sliced, not kept.
    const words = new Interner(8, 4);
    fc.assert(
      fc.property(mixed, (s) => {
        expect(tokenTable(s, words).words).toEqual(reference(s).map((t) => t.text));
      }),
      { numRuns: 300 },
    );
  });
});
