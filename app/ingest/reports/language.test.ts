import { describe, expect, it } from 'vitest';
import { NOT_READ_LANGUAGE, writtenInEnglish, writtenInLatin } from './language';
import { readInput } from './readInput';

const bytes = (s: string) => new TextEncoder().encode(s);
const report = (body: string) => `عنوان\n\n27.06.2021\nالمدن\n\n${body}\n`;

describe('a report in neither Arabic nor English', () => {
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
  it('tells English, which is read, from other languages in Latin letters, which are not', () => {
    expect(
      writtenInEnglish(
        'Russian warplanes struck the town of Kafr Nabl in southern Idlib on Monday, the monitor said.',
      ),
    ).toBe(true);
    expect(
      writtenInEnglish(
        'Les avions russes ont frappé la ville de Kafr Nabl, au sud d’Idleb, selon un observatoire.',
      ),
    ).toBe(false);
    expect(
      writtenInEnglish(
        'Rus savaş uçakları İdlib’in güneyindeki Kafr Nabl kasabasını bombaladı, üç sivil öldü.',
      ),
    ).toBe(false);
    // A one-line brief with few of English's commonest words is English still.
    expect(
      writtenInEnglish('Opposition factions downed a Russian drone over Jabal al-Zawiya.'),
    ).toBe(true);
    // A terse brief with none of them: its news words (`struck`, `wounding`) tell it.
    expect(
      writtenInEnglish(
        'Regime shells struck Ariha yesterday, wounding two civilians. Kafr Nabl too.',
      ),
    ).toBe(true);
    expect(writtenInEnglish('Drones struck Sarmada.')).toBe(true);
    expect(writtenInEnglish('Jets pounded Ariha.')).toBe(true);
    expect(writtenInEnglish('Artillery shells hit Ariha.')).toBe(true);
    // One of them in a Latin brief of another language is not enough.
    expect(writtenInEnglish('Drones frappent Sarmada, Idlib.')).toBe(false);
    // However short, with no Arabic at all.
    expect(writtenInEnglish('Russian jets bombed Hass.')).toBe(true);
    expect(writtenInEnglish('قصفت الطائرات الروسية بلدة كفرنبل وفق وكالة Reuters.')).toBe(false);
  });
  it('is named in the ingest report, as a .txt file and as a corpus record, and still kept', () => {
    const french =
      'Les avions russes ont mené des frappes sur la ville de Kafr Nabl, tuant trois civils.';
    const txt = readInput('fr.txt', bytes(report(french)));
    expect(txt.reports).toHaveLength(1);
    expect(txt.warnings).toContainEqual({ file: 'fr.txt', message: NOT_READ_LANGUAGE });
    const jsonl = readInput(
      'c.jsonl',
      bytes(`${JSON.stringify({ title: 't', date: '2021-06-27', outlet: 'x', text: french })}\n`),
    );
    expect(jsonl.reports).toHaveLength(1);
    expect(jsonl.warnings.map((w) => w.message)).toContain(NOT_READ_LANGUAGE);
    const english = readInput(
      'en.txt',
      bytes(
        report('Russian warplanes carried out airstrikes on the town of Kafr Nabl, killing three.'),
      ),
    );
    expect(english.warnings.map((w) => w.message)).not.toContain(NOT_READ_LANGUAGE);
    const arabic = readInput('ar.txt', bytes(report('قصفت قوات النظام بلدة كفرنبل.')));
    expect(arabic.warnings.map((w) => w.message)).not.toContain(NOT_READ_LANGUAGE);
  });
});
