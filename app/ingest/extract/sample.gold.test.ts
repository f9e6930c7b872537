import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../reports/parseReport';
import { extractIncidents } from './extractIncidents';
import gold from './fixtures/sample.gold.json';
import { handMentions, type PlaceSpec } from './testing/mentions';

const raw = readFileSync(gold.report, 'utf8');
const parsed = parseReport(raw, 'sample.txt');
if ('message' in parsed) throw new Error(parsed.message);
const article = { id: 'a-sample', outlet: parsed.outlet, date: parsed.date, body: parsed.body };
const mentions = handMentions(parsed.body, gold.places as PlaceSpec[]);
const found = extractIncidents(article, mentions);

/** The place surface an incident was read at (its first evidence). */
const surface = (p: (typeof found)[number]['properties']) =>
  parsed.body.slice(p.evidence[0]!.placeStart, p.evidence[0]!.placeEnd);

describe('sample report against the gold coding', () => {
  it('reads the byline date', () => {
    expect(parsed.date).toBe('2021-06-26');
  });

  it('finds exactly the gold incidents', () => {
    const got = found
      .map((f) => `${f.properties.type}|${f.properties.actors.join('+')}|${surface(f.properties)}`)
      .sort();
    const want = gold.incidents.map((g) => `${g.type}|${g.actors.join('+')}|${g.place}`).sort();
    expect(got).toEqual(want);
  });

  for (const g of gold.incidents) {
    it(`codes ${g.type} by ${g.actors.join('+')} at ${g.place}`, () => {
      const f = found.find(
        (x) =>
          x.properties.type === g.type &&
          x.properties.actors.join('+') === g.actors.join('+') &&
          surface(x.properties) === g.place,
      );
      expect(f).toBeDefined();
      const p = f!.properties;
      expect({
        date: p.date,
        dateEnd: p.dateEnd,
        timePrecision: p.timePrecision,
        strikes: p.strikes,
        fatalities: p.fatalities,
        injuries: p.injuries,
        evidence: p.evidence.length,
      }).toEqual({
        date: g.date,
        dateEnd: g.dateEnd,
        timePrecision: g.timePrecision,
        strikes: g.strikes,
        fatalities: g.fatalities,
        injuries: g.injuries,
        evidence: g.evidence,
      });
      if (g.also) expect(p.alsoPlaces?.map((a) => a.placeAr)).toEqual(g.also);
      if (g.summaryEn) expect(p.summaryEn).toBe(g.summaryEn);
      if (g.summaryAr) expect(p.summaryAr).toBe(g.summaryAr);
      for (const e of p.evidence) {
        expect(e.placeStart).toBeGreaterThanOrEqual(e.start);
        expect(e.placeEnd).toBeLessThanOrEqual(e.end);
      }
    });
  }
});
