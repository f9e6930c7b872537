import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents';
import { CASES } from './fixtures/cases';
import { handMentions } from './testing/mentions';

describe('extraction fixtures (written for tests)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const article = {
        id: 'a-test',
        body: c.text,
        date: c.date ?? '2021-06-24',
        outlet: c.outlet ?? 'test',
      };
      const found = extractIncidents(article, handMentions(c.text, c.places));
      const place = (f: (typeof found)[number]) =>
        c.text.slice(f.properties.evidence[0]!.placeStart, f.properties.evidence[0]!.placeEnd);
      const got = found
        .map((f) => `${f.properties.type}|${f.properties.actors.join('+')}|${place(f)}`)
        .sort();
      expect(got).toEqual(c.expect.map((e) => `${e.type}|${e.actors.join('+')}|${e.place}`).sort());
      for (const e of c.expect) {
        // By its sides too: one place may hold two events of a type (a protest and an arrest).
        const f = found.find(
          (x) =>
            x.properties.type === e.type &&
            place(x) === e.place &&
            x.properties.actors.join('+') === e.actors.join('+'),
        )!;
        const { type: _t, actors: _a, place: _p, evidence, ...fields } = e;
        const { dateFromReport, event, ...rest } = fields;
        expect(f.properties).toMatchObject({
          ...rest,
          ...(dateFromReport ? { dateFromReport } : {}),
          ...(event ? { event } : {}),
        });
        // Named as undefined: the text states the date, so the flag must be absent.
        if ('dateFromReport' in e && e.dateFromReport === undefined)
          expect('dateFromReport' in f.properties).toBe(false);
        if (evidence !== undefined) expect(f.properties.evidence).toHaveLength(evidence);
        if ('event' in e && e.event === undefined) expect('event' in f.properties).toBe(false);
      }
    });
  }
});

describe('provenance of a toll told in the next sentence', () => {
  it('the evidence takes that sentence in, so the highlighted text holds the figures shown', () => {
    const c = CASES.find((x) => x.name.includes('told in the next sentence'))!;
    const article = { id: 'a-test', body: c.text, date: '2021-06-24', outlet: 'test' };
    const [f] = extractIncidents(article, handMentions(c.text, c.places));
    const e = f!.properties.evidence[0]!;
    const quoted = c.text.slice(e.start, e.end);
    expect(quoted.startsWith('نفذت طائرات')).toBe(true);
    expect(quoted).toContain('ثلاثة مدنيين');
    expect(quoted).toContain('خمسة آخرين');
  });
});

describe('provenance of a campaign toll told of «the area»', () => {
  it('the evidence runs from the sentence naming the area to the toll, so both are highlighted', () => {
    const c = CASES.find((x) => x.name.includes('told of «the area»'))!;
    const article = { id: 'a-test', body: c.text, date: c.date!, outlet: 'test' };
    const toll = extractIncidents(article, handMentions(c.text, c.places)).find(
      (f) => f.properties.type === 'other',
    )!;
    const e = toll.properties.evidence[0]!;
    expect(c.text.slice(e.placeStart, e.placeEnd)).toBe('ريف إدلب الجنوبي');
    expect(e.start <= e.placeStart && e.placeEnd <= e.end).toBe(true);
    const quoted = c.text.slice(e.start, e.end);
    expect(quoted.startsWith('قصفت الطائرات')).toBe(true);
    expect(quoted.endsWith('أكثر من 200 مدني.')).toBe(true);
  });
});

describe('provenance of a toll moved to the towns its dead fell in', () => {
  it('the evidence holds the figure and the towns, and the other town is a further place', () => {
    const c = CASES.find((x) => x.name.includes('the dead told before fell in'))!;
    const article = { id: 'a-test', body: c.text, date: c.date!, outlet: 'test' };
    const [f] = extractIncidents(article, handMentions(c.text, c.places));
    const p = f!.properties;
    const e = p.evidence[0]!;
    const quoted = c.text.slice(e.start, e.end);
    expect(quoted).toContain('مقتل 11 مدنياً');
    expect(c.text.slice(e.placeStart, e.placeEnd)).toBe('كفرنبودة');
    expect(p.alsoPlaces?.map((a) => a.placeEn)).toEqual(['Qalaat al-Madiq']);
    expect(p.dateEnd).toBe('2019-05-10');
  });
});
