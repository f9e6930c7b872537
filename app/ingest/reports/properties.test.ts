import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic';
import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { stripHtml } from './html';
import { cleanText, parseReport } from './parseReport';
import { readInput } from './readInput';
import { readJsonlCorpus } from './records';

/** Report-like text: header fragments, Arabic words, digits of both scripts, breaks, markup. */
const piece = fc.constantFrom(
  'الرئيسة \\ أخبار \\ عنوان',
  '26.06.2021',
  '31.02.2021',
  'السبت 26/6/2021',
  '٢٦/٦/٢٠٢١',
  '26 حزيران/يونيو 2021',
  'المدن',
  'قصف',
  'على',
  'أريحا',
  'غارة',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '،',
  '.',
  '<p>',
  '&nbsp;',
  '&#1575;',
  '&#0;',
  '"',
  ',',
  'https://example.org/x',
  '\uFEFF',
  'إصابةِ',
  '٧٤',
  'x',
  '',
);
const reportText = fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }).map((p) => p.join(''));

describe('parsers never throw (fast-check)', () => {
  it('decodeBytes accepts any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const d = decodeBytes(b);
        expect(typeof d.ok).toBe('boolean');
      }),
    );
  });
  it('parseReport returns a report or an error naming the file', () => {
    fc.assert(
      fc.property(reportText, (t) => {
        const r = parseReport(t, 'f.txt', { today: '2026-01-01' });
        if ('message' in r) expect(r.file).toBe('f.txt');
        else expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
  it('stripHtml never leaves angle brackets', () => {
    fc.assert(
      fc.property(reportText, (t) => {
        expect(stripHtml(t)).not.toMatch(/[<>]/);
      }),
    );
  });
  it('readInput accounts for any bytes under any supported name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.txt', 'a.json', 'a.jsonl', 'a.csv', 'a.bin'),
        fc.uint8Array({ maxLength: 200 }),
        (name, b) => {
          const r = readInput(name, b);
          expect(r.reports.length + r.errors.length).toBeGreaterThan(0);
        },
      ),
    );
  });
  it('jsonl reader never throws and numbers lines from 1', () => {
    fc.assert(
      fc.property(reportText, (t) => {
        for (const e of readJsonlCorpus(t, 'c.jsonl').errors)
          expect(e.line ?? 1).toBeGreaterThanOrEqual(1);
      }),
    );
  });
  it('CSV round-trips quoted cells with commas, quotes and line breaks', () => {
    const cell = fc
      .array(fc.constantFrom('a', 'ب', ',', '"', '\n', '\r\n', ' ', '٣'), { maxLength: 6 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows
            .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
            .join('\r\n');
          const parsed = parseCsv(text).rows.map((r) => r.cells);
          expect(parsed).toEqual(rows.map((r) => r.map((c) => c.replace(/\r\n/g, '\n'))));
        },
      ),
    );
  });
  it('CSV parser never throws on arbitrary text', () => {
    fc.assert(fc.property(reportText, (t) => void parseCsv(t)));
  });
  it('normalizeArabic maps every character inside the original, in order', () => {
    fc.assert(
      fc.property(reportText, (t) => {
        const n = normalizeArabic(t);
        expect(n.map).toHaveLength(n.text.length + 1);
        for (let i = 0; i < n.map.length; i++) {
          expect(n.map[i]).toBeGreaterThanOrEqual(i ? n.map[i - 1]! : 0);
          expect(n.map[i]).toBeLessThanOrEqual(t.length);
        }
      }),
    );
  });
});

describe('a report’s lines (fast-check)', () => {
  /** A report's lines: each trimmed, its runs of white space one space, the empty ones gone. */
  const lines = (text: string) =>
    cleanText(text)
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .filter((l) => l !== '');
  const space = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\n',
    '\n\n',
    ' \n',
    '\n ',
  );
  const bodyText = fc
    .array(fc.oneof(piece, space, fc.string()), { maxLength: 40 })
    .map((p) => p.join(''));
  // The header, and a body's first line no header line could be (the header reads on while
  // lines look like its own: dates, an outlet).
  const HEADER =
    'عنوان التقرير\n26.06.2021\nالمدن\nالسبت 26/6/2021\nقصفت قوات النظام بلدة سرمين بالمدفعية الثقيلة صباح اليوم.';

  it('the body is the lines after the header, however its white space is written', () => {
    fc.assert(
      fc.property(bodyText, (body) => {
        const r = parseReport(HEADER + body, 'f.txt', { today: '2026-01-01' });
        const all = lines(HEADER + body);
        expect(r).toHaveProperty('body', all.slice(4).join('\n'));
      }),
      { numRuns: 1000 },
    );
  });
});
