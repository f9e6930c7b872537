/**
 * The extraction's patterns read folded text (`foldText`: أ إ آ → ا, ى → ي), so a word written
 * in a regex literal with one of those letters never matches unless its folded form is there
 * too. `على مدى`, `ما أدى`, `إضافة إلى`, `أخلى`, `استولى` and `ادعى` were such dead words until
 * the seventeenth session. Scans the sources' regex literals (not strings: `words()` lists and
 * names are folded when they are built).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../reports/arabic';

const DIR = 'app/ingest/extract';
/** A regex literal where an expression may start: after `=`, `(`, `,`, `:`, `?`, `|`, `&`, `!`, `return`. */
const LITERAL =
  /(?:^|[=(,:?|&!]|return)\s*\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/[dgimsuy]*/gm;
const UNFOLDED_WORD = /[\u0621-\u064a]*[\u0622\u0623\u0625\u0649][\u0621-\u064a]*/g;

/** The code of a source: block comments and whole-line comments dropped (they quote Arabic). */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Words of regex literals in `source` whose folded form the literal does not hold. */
function deadWords(source: string): string[] {
  const dead: string[] = [];
  for (const m of code(source).matchAll(LITERAL)) {
    const body = m[1]!;
    // A class (`[ىي]`) spells letters, not a word.
    const words = body.replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ').match(UNFOLDED_WORD) ?? [];
    for (const w of words) {
      const folded = foldKey(w);
      // `عل[ىي]` and the like spell both forms with a class.
      const classed = w.replace(/[\u0622\u0623\u0625]/g, '[اأإآ]').replace(/\u0649/g, '[ىي]');
      if (!body.includes(folded) && !body.includes(classed)) dead.push(w);
    }
  }
  return dead;
}

describe('the extraction’s regex literals', () => {
  it('find a word only written unfolded, as the scan’s own check', () => {
    expect(deadWords('const A = /(?:قتل|ادعى)\\s+/u;')).toEqual(['ادعى']);
    expect(deadWords('const A = /ردا\\s+عل[ىي]/u; const B = /الي|الى/;')).toEqual([]);
  });
  it('hold no word the folded text can never have', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const dead = files.flatMap((f) =>
      deadWords(readFileSync(join(DIR, f), 'utf8')).map((w) => `${f}: ${w}`),
    );
    expect(dead).toEqual([]);
  });
});
