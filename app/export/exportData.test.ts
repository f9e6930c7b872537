import { describe, expect, it } from 'vitest';
import { article, incident } from '../derive/testData';
import { parseCsv as readCsv } from '../ingest/reports/csv';
import { BOM, CSV_COLUMNS, csvCell, LIST_SEP, listCell, toCsv, toGeoJson } from './exportData';

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

  it('flags casualty tolls, whose figures may count people other rows count too', () => {
    const toll = incident('t1', { type: 'other', fatalities: 34, injuries: 74 });
    const [, ...cells] = parseCsv(toCsv([incidents[0]!, toll], articles).slice(1));
    const flag = CSV_COLUMNS.indexOf('casualty_toll');
    expect(cells.map((r) => r[flag])).toEqual(['false', 'true']);
    const g = JSON.parse(toGeoJson([incidents[0]!, toll], articles));
    expect(
      g.features.map((f: { properties: { casualtyToll: boolean } }) => f.properties.casualtyToll),
    ).toEqual([false, true]);
  });

  it('says what moved or changed hands where the type alone would mislead, and the GeoJSON keeps it', () => {
    const taken = incident('t2', { type: 'other', event: 'taken-unfought' });
    const back = incident('t3', { type: 'deployment', event: 'withdrawal' });
    const [, ...cells] = parseCsv(toCsv([incidents[0]!, taken, back], articles).slice(1));
    const col = CSV_COLUMNS.indexOf('event');
    expect(cells.map((r) => r[col])).toEqual(['', 'taken-unfought', 'withdrawal']);
    // No figure: ground taken without a fight is no casualty toll.
    expect(cells[1]![CSV_COLUMNS.indexOf('casualty_toll')]).toBe('false');
    const g = JSON.parse(toGeoJson([taken], articles));
    expect(g.features[0].properties.event).toBe('taken-unfought');
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

/** The columns of exports made before columns were appended: they must keep their positions. */
const FIRST_COLUMNS = [
  'id',
  'date',
  'date_end',
  'time_precision',
  'type',
  'actors',
  'fatalities',
  'injuries',
  'place_ar',
  'place_en',
  'admin1',
  'geo_precision',
  'area_id',
  'lon',
  'lat',
  'sources',
  'confidence',
  'summary_en',
  'summary_ar',
  'article_id',
  'article_title',
  'article_outlet',
  'article_date',
  'article_url',
  'article_file',
  'evidence_sentence',
  'place_mention',
];

// fx-2 of the reader fixture: one incident, two outlets; the second report's link is hostile.
const enab = 'قصف جوي على أريحا. خاتمة.';
const modon = 'تجدد القصف على أريحا اليوم. ثم هدوء.';
const corroborating = new Map([
  [
    'ra',
    article('ra', {
      outlet: 'عنب بلدي',
      title: 'قصف على أريحا | عنب بلدي',
      date: '2024-03-10',
      url: 'https://example.org/a',
      file: 'a.txt',
      body: enab,
    }),
  ],
  [
    'rb',
    article('rb', {
      outlet: 'المدن',
      title: '-تجدد القصف',
      date: '2024-03-11',
      url: 'javascript:alert(1)',
      file: 'b.txt',
      body: modon,
    }),
  ],
]);
const span = (body: string, sentence: string, place: string) => {
  const start = body.indexOf(sentence);
  const placeStart = body.indexOf(place, start);
  return {
    start,
    end: start + sentence.length,
    placeStart,
    placeEnd: placeStart + place.length,
  };
};
const twoReports = incident('fx-2', {
  sources: 2,
  strikes: 4,
  placeId: 'unknown-ain-shib',
  placeAr: 'عين شيب',
  regionAr: 'ريف إدلب الغربي',
  regionEn: 'western Idlib countryside',
  alsoPlaces: [
    { placeId: 'area-1', placeAr: 'ريف إدلب الشرقي', placeEn: 'eastern Idlib countryside' },
    { placeId: 'area-2', placeAr: 'ريف حلب الغربي', placeEn: 'western Aleppo countryside' },
  ],
  evidence: [
    { articleId: 'ra', ...span(enab, 'قصف جوي على أريحا.', 'أريحا') },
    { articleId: 'rb', ...span(modon, 'تجدد القصف على أريحا اليوم.', 'أريحا') },
  ],
});

/** The rows of a CSV export as records keyed by column. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.slice(1));
  return rows.map((r) => Object.fromEntries(header!.map((c, i) => [c, r[i]!])));
}

describe('toCsv: every source of an incident, on its one row', () => {
  const [row] = records(toCsv([twoReports], corroborating));

  it('keeps the old columns where they were, and appends the new ones', () => {
    expect(CSV_COLUMNS.slice(0, FIRST_COLUMNS.length)).toEqual(FIRST_COLUMNS);
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
  });

  it('still gives the first report in the first-report columns', () => {
    expect(row!.article_id).toBe('ra');
    expect(row!.article_outlet).toBe('عنب بلدي');
    expect(row!.article_title).toBe('قصف على أريحا | عنب بلدي');
    expect(row!.evidence_sentence).toBe('قصف جوي على أريحا.');
  });

  it('lists every report, aligned entry by entry, so the second outlet is not lost', () => {
    expect(row!.sources).toBe('2');
    expect(row!.evidence_count).toBe('2');
    const list = (c: string) => row![c]!.split(LIST_SEP);
    expect(list('all_article_ids')).toEqual(['ra', 'rb']);
    expect(list('all_article_outlets')).toEqual(['عنب بلدي', 'المدن']);
    expect(list('all_article_dates')).toEqual(['2024-03-10', '2024-03-11']);
    expect(list('all_article_files')).toEqual(['a.txt', 'b.txt']);
    expect(list('all_evidence_sentences')).toEqual([
      'قصف جوي على أريحا.',
      'تجدد القصف على أريحا اليوم.',
    ]);
    expect(list('all_place_mentions')).toEqual(['أريحا', 'أريحا']);
    // A bar inside a title does not split it; a title starting with "-" is not a formula there.
    expect(list('all_article_titles')).toEqual(['قصف على أريحا ¦ عنب بلدي', '-تجدد القصف']);
  });

  it('never exports a link that is not http(s), even if one reaches the export', () => {
    expect(row!.all_article_urls!.split(LIST_SEP)).toEqual(['https://example.org/a', '']);
    const [onlyB] = records(
      toCsv([incident('b', { evidence: [twoReports.properties.evidence[1]!] })], corroborating),
    );
    expect(onlyB!.article_url).toBe('');
    expect(onlyB!.all_article_urls).toBe('');
  });

  it('carries the place id, wider region, other places of a tally and the strikes', () => {
    expect(row!.place_id).toBe('unknown-ain-shib');
    expect(row!.region_ar).toBe('ريف إدلب الغربي');
    expect(row!.region_en).toBe('western Idlib countryside');
    expect(row!.also_place_ids).toBe('area-1 | area-2');
    expect(row!.also_places_ar).toBe('ريف إدلب الشرقي | ريف حلب الغربي');
    expect(row!.also_places_en).toBe('eastern Idlib countryside | western Aleppo countryside');
    expect(row!.strikes).toBe('4');
  });

  it('leaves unstated figures and absent places empty, not 0', () => {
    const [r] = records(toCsv([incident('plain')], new Map()));
    expect(r!.strikes).toBe('');
    expect(r!.date_end).toBe('');
    expect(r!.region_en).toBe('');
    expect(r!.also_places_en).toBe('');
  });

  it('says when a report is synthetic test data, which no one should cite', () => {
    const fake = new Map([['a1', article('a1', { synthetic: true })]]);
    expect(records(toCsv([incident('s')], fake))[0]!.synthetic).toBe('true');
    expect(row!.synthetic).toBe('false');
  });
});

describe('listCell', () => {
  it('joins entries so that splitting on the separator gives them back', () => {
    expect(listCell(['a', '', 'b | c'])).toBe('a |  | b ¦ c');
    expect(listCell(['a', '', 'b | c']).split(LIST_SEP)).toHaveLength(3);
    expect(listCell([])).toBe('');
  });
});

describe('toGeoJson: every source and property', () => {
  const [f] = JSON.parse(toGeoJson([twoReports], corroborating)).features;

  it('keeps the incident properties a researcher cites', () => {
    expect(f.properties).toMatchObject({
      strikes: 4,
      placeId: 'unknown-ain-shib',
      regionEn: 'western Idlib countryside',
      sources: 2,
    });
    expect(f.properties.alsoPlaces).toHaveLength(2);
  });

  it('gives every report exactly, in evidence order, without a hostile link', () => {
    const p = f.properties.provenance;
    expect(p.article_outlet).toBe('عنب بلدي');
    expect(p.sources.map((s: { article_outlet: string }) => s.article_outlet)).toEqual([
      'عنب بلدي',
      'المدن',
    ]);
    expect(p.sources[0].article_title).toBe('قصف على أريحا | عنب بلدي');
    expect(p.sources[1].article_url).toBe('');
    expect(JSON.stringify(f)).not.toContain('javascript:');
    expect(p.synthetic).toBe(false);
  });
});
