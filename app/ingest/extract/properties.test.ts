import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../../model';
import { foldKey } from '../reports/arabic';
import { clauseSpans } from './clauses';
import { injuredCount, killedCount, strikeCount } from './counts';
import { findEventDate } from './dates';
import { extractIncidents } from './extractIncidents';

const word = fc.constantFrom(
  'قصف',
  'غارة',
  'غارات',
  'غارتين',
  'لثلاث',
  'عشر',
  'نحو',
  '20',
  '٧٤',
  'بين',
  'و7',
  'مقتل',
  'إصابةِ',
  'جرحى',
  'قتلى',
  'أمس',
  'اليوم',
  'الخميس',
  'الماضي',
  'منذ',
  'أكثر',
  'من',
  'ثلاثة',
  'أسابيع',
  'آذار/مارس',
  '2020',
  'الأسبوع',
  'قوات',
  'النظام',
  'لقوات',
  'فصائل',
  'الروسي',
  'تركية',
  'تعزيزات',
  'اشتباكات',
  'انفجار',
  'لغم',
  'اتصال',
  'هاتفي',
  'كما',
  'حيث',
  '،',
  '.',
  '\n',
  'أريحا',
  'ريف',
  'إدلب',
  'خمسة',
  'وعشرين',
  'مئة',
  'وكانت',
  'قد',
);
const text = fc
  .array(fc.oneof(word, fc.string({ maxLength: 3 })), { maxLength: 60 })
  .map((w) => w.join(' '));
const inside = (t: string, s: number, e: number) => s >= 0 && s <= e && e <= t.length;

describe('extraction never throws and stays inside the text (fast-check)', () => {
  it('counts', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = foldKey(t);
        for (const c of [strikeCount(f), killedCount(f), injuredCount(f)]) {
          if (c) {
            expect(inside(f, c.start, c.end)).toBe(true);
            expect(c.value).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });
  it('reads any figure written in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), (n) => {
        expect(killedCount(foldKey(`أدى إلى مقتل ${n} شخصاً`))?.value).toBe(n);
      }),
    );
  });
  it('event dates are real days inside the text', () => {
    fc.assert(
      fc.property(
        text,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (t, d) => {
          const f = foldKey(t);
          const r = findEventDate(f, d.toISOString().slice(0, 10));
          if (r) {
            expect(inside(f, r.start, r.end)).toBe(true);
            expect(Number.isNaN(Date.parse(r.date))).toBe(false);
            if (r.dateEnd) expect(r.dateEnd >= r.date).toBe(true);
          }
        },
      ),
    );
  });
  it('clauses cover only the sentence', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const c of clauseSpans(t)) expect(inside(t, c.start, c.end)).toBe(true);
      }),
    );
  });
  it('incidents point at sentences and places inside the body', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat({ max: 8 }),
            fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
            fc.boolean(),
          ),
        ),
        (body, specs) => {
          const mentions: PlaceMention[] = specs
            .filter(([s]) => body.length > 0 && s < body.length)
            .map(([s, len, p, unresolved], i) => {
              const start = s % body.length;
              const end = Math.min(body.length, start + len + 1);
              return {
                start,
                end,
                surface: body.slice(start, end),
                placeId: `p${i % 3}`,
                nameAr: 'م',
                nameEn: 'P',
                lat: 36,
                lon: 36.6,
                geoPrecision: p,
                confidence: 0.5,
                admin1: 'Idlib',
                ...(unresolved ? { unresolved } : {}),
              };
            });
          const found = extractIncidents(
            { id: 'a', body, date: '2021-06-24', outlet: 'o' },
            mentions,
          );
          for (const f of found) {
            for (const e of f.properties.evidence) {
              expect(inside(body, e.start, e.end)).toBe(true);
              expect(e.placeStart >= e.start && e.placeEnd <= e.end).toBe(true);
            }
          }
        },
      ),
    );
  });
});
