import { describe, expect, it } from 'vitest';
import { article, incident } from '../derive/testData';
import { parseCsv as readCsv } from '../ingest/reports/csv';
import { BOM, CSV_COLUMNS, csvCell, toCsv, toGeoJson } from './exportData';

/** Read back what the export wrote, with the ingest's own RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  return readCsv(text).rows.map((r) => r.cells);
}

const body = 'مقدمة. قصفت المدفعية معرّة النعمان، ما أدى إلى مقتل 3.\nخاتمة.';
const sStart = body.indexOf('قصفت');
const sEnd = body.indexOf('\n');
const pStart = body.indexOf('معرّة');
const articles = new Map([
  [
    'a1',
    article('a1', {
      title: '=HYPERLINK("x")',
      outlet: 'عنب بلدي',
      date: '2021-06-02',
      url: 'https://example.invalid/a1',
      file: 'reports/2021/maarat.txt',
      body,
    }),
  ],
]);
const incidents = [
  incident('i1', {
    type: 'shelling',
    actors: ['regime', 'russia'],
    fatalities: 3,
    injuries: null,
    placeAr: 'معرة النعمان',
    summaryEn: 'Shelling, "heavy"\nat night',
    summaryAr: '-قصف',
    evidence: [
      {
        articleId: 'a1',
        start: sStart,
        end: sEnd,
        placeStart: pStart,
        placeEnd: pStart + 'معرّة النعمان'.length,
      },
    ],
  }),
  incident('i2', { summaryEn: '+1', summaryAr: '@x' }, [36.5, 35.5]),
];

describe('csvCell', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  const csv = toCsv(incidents, articles);
  const rows = parseCsv(csv.slice(1));

  it('starts with a BOM and has a header and one row per incident, CRLF separated', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('carries the provenance: article, outlet, date, url, sentence and place mention', () => {
    const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(r.id).toBe('i1');
    expect(r.actors).toBe('regime;russia');
    expect(r.fatalities).toBe('3');
    expect(r.injuries).toBe('');
    expect(r.article_id).toBe('a1');
    expect(r.article_title).toBe('\'=HYPERLINK("x")');
    expect(r.article_outlet).toBe('عنب بلدي');
    expect(r.article_date).toBe('2021-06-02');
    expect(r.article_url).toBe('https://example.invalid/a1');
    expect(r.article_file).toBe('reports/2021/maarat.txt');
    expect(r.evidence_sentence).toBe('قصفت المدفعية معرّة النعمان، ما أدى إلى مقتل 3.');
    expect(r.place_mention).toBe('معرّة النعمان');
    expect(r.summary_en).toBe('Shelling, "heavy"\nat night');
    expect(r.summary_ar).toBe("'-قصف");
    const r2 = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(r2.summary_en).toBe("'+1");
    expect(r2.summary_ar).toBe("'@x");
    expect(r2.lon).toBe('36.5');
  });
});

describe('toGeoJson', () => {
  it('is a FeatureCollection of the incidents with provenance', () => {
    const g = JSON.parse(toGeoJson(incidents, articles));
    expect(g.type).toBe('FeatureCollection');
    expect(g.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'i1',
      'i2',
    ]);
    expect(g.features[0].properties.provenance).toMatchObject({
      article_id: 'a1',
      article_outlet: 'عنب بلدي',
      place_mention: 'معرّة النعمان',
    });
    expect(g.features[1].geometry.coordinates).toEqual([36.5, 35.5]);
  });
});
