import { describe, expect, it } from 'vitest';
import { NOT_ARABIC, writtenInLatin } from './language';
import { readInput } from './readInput';

const bytes = (s: string) => new TextEncoder().encode(s);
const report = (body: string) => `عنوان\n\n27.06.2021\nالمدن\n\n${body}\n`;

describe('a report not in Arabic', () => {
  it('is told apart from an Arabic report quoting Latin names', () => {
    expect(
      writtenInLatin('Russian warplanes struck the town of Kafr Nabl in southern Idlib on Monday.'),
    ).toBe(true);
    expect(
      writtenInLatin('Les avions russes ont frappé la ville de Kafr Nabl, au sud d’Idleb.'),
    ).toBe(true);
    expect(writtenInLatin('قصفت الطائرات الروسية بلدة كفرنبل (Kafr Nabl) وفق وكالة Reuters.')).toBe(
      false,
    );
    // A few Latin letters are no language of their own.
    expect(writtenInLatin('SDF')).toBe(false);
  });
  it('is named in the ingest report, as a .txt file and as a corpus record, and still kept', () => {
    const english =
      'Russian warplanes carried out airstrikes on the town of Kafr Nabl, killing three.';
    const txt = readInput('en.txt', bytes(report(english)));
    expect(txt.reports).toHaveLength(1);
    expect(txt.warnings).toContainEqual({ file: 'en.txt', message: NOT_ARABIC });
    const jsonl = readInput(
      'c.jsonl',
      bytes(`${JSON.stringify({ title: 't', date: '2021-06-27', outlet: 'x', text: english })}\n`),
    );
    expect(jsonl.reports).toHaveLength(1);
    expect(jsonl.warnings.map((w) => w.message)).toContain(NOT_ARABIC);
    const arabic = readInput('ar.txt', bytes(report('قصفت قوات النظام بلدة كفرنبل.')));
    expect(arabic.warnings.map((w) => w.message)).not.toContain(NOT_ARABIC);
  });
});
