import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../cli/gazetteerFiles';
import { createGeocoder } from '../ingest/geocode';
import { parseReport } from '../ingest/reports/parseReport';
import type { Place } from '../model';
import { reportToAppData } from './appData';
import { byline, countPhrase, STRIKE } from './arabic';
import { assertSafeOutput, shardPath } from './layout';
import { placeAreas, vocabulary } from './places';
import { createRng } from './prng';
import { generateReport, reportToJsonl, reportToTxt, SYNTHETIC_TITLE_PREFIX } from './report';

const places = (
  JSON.parse(readFileSync('data/gazetteer/gazetteer.json', 'utf8')) as { places: Place[] }
).places;
const vocab = vocabulary(places);

describe('seeded generator', () => {
  it('gives the same bytes for the same seed and index', () => {
    const a = Array.from({ length: 20 }, (_, i) => reportToTxt(generateReport(7, i, vocab)));
    const b = Array.from({ length: 20 }, (_, i) => reportToTxt(generateReport(7, i, vocab)));
    expect(a).toEqual(b);
    expect(reportToJsonl(generateReport(7, 3, vocab))).toBe(
      reportToJsonl(generateReport(7, 3, vocab)),
    );
  });

  it('gives different reports for different seeds', () => {
    expect(generateReport(1, 0, vocab).body).not.toBe(generateReport(2, 0, vocab).body);
  });

  it('repeats the PRNG sequence for a seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
  });
});

describe('synthetic reports', () => {
  const reports = Array.from({ length: 200 }, (_, i) => generateReport(3, i, vocab));

  it('are labelled synthetic in every form', () => {
    for (const r of reports) {
      expect(r.title.startsWith(SYNTHETIC_TITLE_PREFIX)).toBe(true);
      expect(r.outlet).toBe('Synthetic Corpus');
      expect(JSON.parse(reportToJsonl(r)).synthetic).toBe(true);
      expect(reportToAppData(r).article.synthetic).toBe(true);
    }
  });

  it('hold 3–5 incidents dated 2019–2024 whose offsets point at the place name', () => {
    for (const r of reports) {
      expect(r.incidents.length).toBeGreaterThanOrEqual(3);
      expect(r.incidents.length).toBeLessThanOrEqual(5);
      expect(r.date >= '2019-01-01' && r.date <= '2024-12-31').toBe(true);
      for (const c of r.incidents) {
        expect(r.body.slice(c.placeStart, c.placeEnd)).toBe(c.place.nameAr);
        expect(r.body.slice(c.start, c.end)).toBe(c.sentence);
      }
    }
  });

  it('name qualified areas such as ريف إدلب الجنوبي', () => {
    expect(reports.some((r) => r.body.includes('ريف إدلب الجنوبي'))).toBe(true);
  });

  it('read back through the ingest parser with the same title, date, outlet and body', () => {
    for (const r of reports.slice(0, 20)) {
      const parsed = parseReport(reportToTxt(r), 'x.txt');
      expect(parsed).toMatchObject({
        title: r.title,
        date: r.date,
        outlet: r.outlet,
        body: r.body,
      });
      expect(parsed).toHaveProperty('warnings', []);
    }
  });

  it('become app data whose evidence points into the article body', () => {
    const { article, incidents } = reportToAppData(reports[0]!, 2);
    expect(incidents).toHaveLength(2);
    expect(article.incidentIds).toEqual(incidents.map((f) => f.properties.id));
    const ev = incidents[0]!.properties.evidence[0]!;
    expect(article.body.slice(ev.placeStart, ev.placeEnd)).toBe(incidents[0]!.properties.placeAr);
  });
});

describe('qualified areas of the app data', () => {
  it('are where the ingest puts the same words: inside their governorate, on land', async () => {
    const gazetteer = await loadGazetteer('data/gazetteer');
    const geocoder = createGeocoder(gazetteer);
    const placed = placeAreas(vocab, (text) => geocoder.findMentions(text)[0]);
    // The words and their order are kept: the reports written do not change.
    expect(placed.areas.map((a) => a.text)).toEqual(vocab.areas.map((a) => a.text));
    expect(placed.places).toBe(vocab.places);
    const governorates = gazetteer.admin1!.features;
    for (const a of placed.areas) {
      expect(a.id).toMatch(/^area-[a-z]+-countryside-(north|south|east|west)$/);
      expect(a.area).toBeDefined();
      // `ريف اللاذقية الغربي` was a disc west of Latakia, in the sea.
      const inside = governorates.some((g) =>
        booleanPointInPolygon([a.lon, a.lat], g as GeoJSON.Feature<GeoJSON.Polygon>),
      );
      expect(inside, a.text).toBe(true);
    }
  });
});

describe('Arabic wording', () => {
  it('writes counts in words and digits', () => {
    expect(countPhrase(3, STRIKE, true)).toBe('ثلاث غارات جوية');
    expect(countPhrase(3, STRIKE, false)).toBe('3 غارات جوية');
    expect(countPhrase(12, STRIKE, true)).toBe('12 غارة جوية');
    expect(byline('2021-06-26')).toBe('السبت 26/6/2021');
  });
});

describe('output folders', () => {
  it('shards files into folders of at most 1000', () => {
    expect(shardPath(0, 'txt')).toBe('shard-0000/000000.txt');
    expect(shardPath(999, 'txt')).toBe('shard-0000/000999.txt');
    expect(shardPath(1000, 'txt')).toBe('shard-0001/001000.txt');
  });

  it('refuses data/reports and public/data, however written', () => {
    const root = '/repo';
    for (const out of [
      'data/reports',
      'data/reports/x',
      './data/../data/reports',
      '/repo/public/data',
      'data',
      '.',
    ]) {
      expect(() => assertSafeOutput(out, root)).toThrow(/refusing/);
    }
    for (const out of ['.synth/corpus', '/tmp/corpus', 'data/reports-synthetic']) {
      expect(() => assertSafeOutput(out, root)).not.toThrow();
    }
  });
});
