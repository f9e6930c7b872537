/**
 * Property tests filling the gaps of the per-folder ones: ANY input (full Unicode, any JSON
 * value, any bytes after a BOM) never throws, every record is accounted for, offsets stay inside
 * the text, and normalising is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../model';
import { extractIncidents } from './extract/extractIncidents';
import { foldKey } from './reports/arabic';
import { parseCsv } from './reports/csv';
import { decodeBytes } from './reports/decode';
import { cleanText, parseReport, safeUrl } from './reports/parseReport';
import { readInput } from './reports/readInput';
import { readCsvCorpus, readJsonCorpus, readJsonlCorpus, recordToReport } from './reports/records';
import { normalise, normaliseKey } from './text/normalise';

const enc = (t: string) => new TextEncoder().encode(t);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
/** Records that are almost right: the four fields with values of any type, plus noise keys. */
const field = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('2021-06-26', '31.02.2021', 'قصف على أريحا', 'javascript:alert(1)', '<b>x</b>'),
  fc.anything({ maxDepth: 2 }),
);
const record = fc.oneof(
  // Built with fromEntries so that `__proto__` is an own key, as JSON.parse makes it.
  fc.record(
    Object.fromEntries(
      ['title', 'date', 'outlet', 'text', 'url', '__proto__'].map((k) => [k, field]),
    ) as Record<string, typeof field>,
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 3 }),
);
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('no input throws, every record is accounted for (fast-check)', () => {
  it('decodeBytes after any BOM', () => {
    const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 200 }), (b, rest) => {
        const d = decodeBytes(new Uint8Array([...b, ...rest]));
        if (d.ok) expect(typeof d.text).toBe('string');
        else expect(d.message).toMatch(/binary/);
      }),
    );
  });

  it('parseReport on any Unicode text: a dated report with a body, or an error with a line', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = parseReport(t, 'f.txt', { today: '2026-01-01' });
        if ('message' in r) {
          expect(r.file).toBe('f.txt');
          expect(r.line).toBeGreaterThanOrEqual(1);
        } else {
          expect(r.body.length).toBeGreaterThan(0);
          expect(`${r.title}${r.outlet}${r.body}`).not.toMatch(BIDI);
        }
      }),
    );
  });

  it('recordToReport on any value: a report or a message, never a javascript: link', () => {
    fc.assert(
      fc.property(record, (v) => {
        const r = recordToReport(v);
        if (typeof r === 'string') expect(r.length).toBeGreaterThan(0);
        else {
          expect(r.body.length).toBeGreaterThan(0);
          expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (r.url !== undefined) expect(r.url).toMatch(/^https?:\/\//i);
        }
      }),
    );
  });

  it('.json, .jsonl and .csv corpora: every record is a report or an error, none twice', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        const json = readJsonCorpus(JSON.stringify(records), 'c.json');
        expect(json.reports.length + json.errors.length).toBe(records.length);
        const lines = records.map((r) => JSON.stringify(r) ?? 'undefined');
        const jsonl = readJsonlCorpus(lines.join('\n'), 'c.jsonl');
        const named = [...jsonl.reports, ...jsonl.errors].map((x) => x.file);
        expect(new Set(named).size).toBe(named.length);
        expect(named.length).toBe(lines.filter((l) => l.trim()).length);
        for (const e of jsonl.errors) expect(e.line).toBe(Number(e.file.split('#')[1]));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const text = ['title,date,outlet,text', ...rows.map((r) => r.join(','))].join('\n');
        const csv = readCsvCorpus(text, 'c.csv');
        for (const e of csv.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        // Rows parsed, and rows left out for a quote that never closed: each named once.
        const { rows: parsedRows, unclosed = [] } = parseCsv(text);
        const parsed = parsedRows.length - 1 + unclosed.length;
        const recordsNamed = new Set([...csv.reports, ...csv.errors].map((x) => x.file));
        recordsNamed.delete('c.csv');
        expect(recordsNamed.size).toBe(parsed);
      }),
    );
  });

  it('readInput under every extension on any text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.txt', 'a.json', 'a.jsonl', 'a.csv', 'a.TXT', 'a', '.txt', 'a.tar.gz'),
        anyText,
        (name, t) => {
          const r = readInput(name, enc(t), { today: '2026-01-01' });
          expect(r.reports.length + r.errors.length).toBeGreaterThan(0);
          for (const x of [...r.reports, ...r.errors, ...r.warnings])
            expect(x.file.startsWith(name)).toBe(true);
        },
      ),
    );
  });

  it('cleanText leaves no bidi overrides, and safeUrl only http(s)', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(cleanText(t)).not.toMatch(BIDI);
        const u = safeUrl(t);
        if (u !== undefined) expect(u).toMatch(/^https?:\/\/\S+$/i);
      }),
    );
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
  });
});

describe('extractIncidents on any text with any mentions inside it (fast-check)', () => {
  it('never throws; evidence lies inside the body and around its place', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(1, 2, 3)), { maxLength: 6 }),
        (body, specs) => {
          // Mentions in any order, overlapping or not.
          const mentions: PlaceMention[] = specs.map(([a, b, p], i) => {
            const start = a % body.length;
            const end = start + 1 + (b % (body.length - start));
            return {
              start,
              end,
              surface: body.slice(start, end),
              placeId: `p${i}`,
              nameAr: body.slice(start, end),
              nameEn: 'P',
              lat: 36,
              lon: 36.6,
              geoPrecision: p as 1 | 2 | 3,
              confidence: 0.5,
              admin1: 'Idlib',
            };
          });
          const found = extractIncidents(
            { id: 'a-0000000000000000', body, date: '2021-06-24', outlet: 'o' },
            mentions,
          );
          for (const f of found) {
            for (const e of f.properties.evidence) {
              expect(0 <= e.start && e.start <= e.end && e.end <= body.length).toBe(true);
              expect(e.placeStart >= e.start && e.placeEnd <= e.end).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('normalising is idempotent (fast-check)', () => {
  it('normaliseKey and foldKey', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normaliseKey(normaliseKey(s))).toBe(normaliseKey(s));
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
        const once = normalise(s).text;
        expect(normalise(once).text).toBe(once);
      }),
    );
  });
});
