import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../derive/filters';
import { summarise } from '../derive/summary';
import { incident } from '../derive/testData';
import { type CaptionInput, mapCaption, mapImageName, plainAttribution } from './mapCaption';

const summary = summarise([
  incident('i1', { type: 'airstrike', fatalities: 3, injuries: 5 }),
  incident('i2', { type: 'airstrike', fatalities: null, injuries: 2 }),
  incident('i3', { type: 'shelling', fatalities: 1, injuries: null }),
]);

const base: CaptionInput = {
  lang: 'en',
  shown: 3,
  total: 40,
  filters: NO_FILTERS,
  extent: ['2019-12-01', '2021-06-30'],
  summary,
  synthetic: false,
  link: 'https://atlas.example/?lang=en&from=2021-06-01',
  today: '2026-11-30',
  basemap: 'Natural Earth · GeoNames',
};

describe('mapCaption', () => {
  it('names the outlets the incidents shown were read from, most first, the rest counted', () => {
    const outlets = ['المدن', 'عنب بلدي', 'سانا', 'أ', 'ب', 'ج', 'د'].map((name, k) => ({
      name,
      count: 10 - k,
    }));
    expect(mapCaption({ ...base, outlets }).reports).toBe(
      'Reports from: Al-Modon 10 · Enab Baladi 9 · SANA 8 · أ 7 · ب 6 and 2 more outlets',
    );
    expect(mapCaption({ ...base, lang: 'ar', outlets: outlets.slice(0, 2) }).reports).toBe(
      'التقارير من: المدن ١٠ | عنب بلدي ٩',
    );
    expect(mapCaption(base).reports).toBe('');
  });

  it('says how many incidents of how many, over which days', () => {
    expect(mapCaption(base).title).toBe(
      'Incident Atlas · 3 of 40 incidents · 1 December 2019 – 30 June 2021',
    );
  });

  it('takes the date filter over the dataset extent, each end on its own', () => {
    const c = mapCaption({ ...base, filters: { ...NO_FILTERS, dateFrom: '2021-06-01' } });
    expect(c.title).toContain('1 June 2021 – 30 June 2021');
  });

  it('gives one day once', () => {
    const day = { ...NO_FILTERS, dateFrom: '2021-09-08', dateTo: '2021-09-08' };
    expect(mapCaption({ ...base, filters: day }).title).toMatch(/ · 8 September 2021$/);
  });

  it('says there are no filters when none narrows the view', () => {
    expect(mapCaption(base).filters).toBe('Filters: none (every incident)');
  });

  it('names every filter that narrows the view, with its values', () => {
    const c = mapCaption({
      ...base,
      regionName: 'Idlib',
      filters: {
        ...NO_FILTERS,
        types: ['airstrike', 'shelling'],
        actors: ['russia'],
        minKilled: 2,
        outlets: ['Enab Baladi'],
        precisions: [1],
        area: { kind: 'region', id: 'idlib' },
        text: 'معرة',
      },
    });
    expect(c.filters).toBe(
      'Filters: Event type: Airstrike, Shelling; Actor: Russia; Minimum killed: 2; Outlet: Enab Baladi; Place precision: Exact town or village; Area: Idlib; Search: “معرة”',
    );
  });

  it('names a drawn area by its kind', () => {
    const c = mapCaption({
      ...base,
      filters: { ...NO_FILTERS, area: { kind: 'polygon', ring: [] }, hasCasualties: true },
    });
    expect(c.filters).toBe('Filters: Only with killed or injured; Area: drawn polygon');
  });

  it('says when casualty tolls are left out, in both languages', () => {
    const filters = { ...NO_FILTERS, noTolls: true };
    expect(mapCaption({ ...base, filters }).filters).toBe('Filters: Casualty tolls left out');
    expect(mapCaption({ ...base, lang: 'ar', filters }).filters).toContain('دون حصائل الضحايا');
  });

  it('names the events chosen, in both languages', () => {
    const filters = { ...NO_FILTERS, events: ['drone-strike' as const, 'arrest' as const] };
    expect(mapCaption({ ...base, filters }).filters).toBe(
      'Filters: What happened: Drone strike, Arrests',
    );
    expect(mapCaption({ ...base, lang: 'ar', filters }).filters).toContain(
      'ما جرى: غارة بطائرة مسيّرة، اعتقالات',
    );
  });

  it('sums the reported figures, and shows an unknown count as unknown, not 0', () => {
    expect(mapCaption(base).totals).toBe('Killed: 4 · injured: 7 (as the reports state them)');
    const none = summarise([incident('i1', { fatalities: null, injuries: null })]);
    expect(mapCaption({ ...base, summary: none }).totals).toMatch(/^Killed: — · injured: —/);
  });

  it('says how much of the sums casualty tolls give, in both languages', () => {
    const withToll = summarise([
      incident('i1', { type: 'airstrike', fatalities: 3, injuries: null }),
      incident('t1', { type: 'other', fatalities: 34, injuries: 74 }),
    ]);
    expect(mapCaption({ ...base, summary: withToll }).totals).toBe(
      'Killed: 37 · injured: 74 (as the reports state them), of which 34 killed and 74 injured from casualty tolls (type Other), which may count incidents shown on their own too',
    );
    expect(mapCaption({ ...base, lang: 'ar', summary: withToll }).totals).toContain(
      'منهم ٣٤ قتيلاً و٧٤ جريحاً من حصائل الضحايا',
    );
    expect(mapCaption(base).totals).not.toContain('toll');
  });

  it('puts in the legend only the types drawn, with their counts', () => {
    expect(mapCaption(base).legend).toEqual([
      { type: 'airstrike', label: 'Airstrike 2' },
      { type: 'shelling', label: 'Shelling 1' },
    ]);
  });

  it('names its sources and the day it was made, and ends with the link to the view', () => {
    expect(mapCaption(base).source).toMatch(
      /Basemap: Natural Earth · GeoNames\. Made 30 November 2026\.$/,
    );
    expect(mapCaption(base).link).toBe('View: https://atlas.example/?lang=en&from=2021-06-01');
    // In Arabic the link is the bare URL (drawn left to right), the date in the source line.
    const ar = mapCaption({ ...base, lang: 'ar' });
    expect(ar.link).toBe('https://atlas.example/?lang=en&from=2021-06-01');
    expect(ar.source).toMatch(/أُنشئت في ٣٠ تشرين الثاني ٢٠٢٦\.$/);
  });

  it('says that no link reopens a view of files read in this browser, and gives none', () => {
    const local = mapCaption({ ...base, link: null });
    expect(local.link).toBe('');
    expect(local.source).toMatch(
      /Made 30 November 2026\. Read in this browser from files on this computer \(not published\): no link reopens this view\.$/,
    );
    const ar = mapCaption({ ...base, lang: 'ar', link: null });
    expect(ar.link).toBe('');
    expect(ar.source).toMatch(/لا رابط يعيد فتح هذا العرض\.$/);
  });

  it('warns first that synthetic data is not to be cited, and only then', () => {
    expect(mapCaption(base).warning).toBeUndefined();
    expect(mapCaption({ ...base, synthetic: true }).warning).toMatch(/^SYNTHETIC TEST DATA/);
  });

  it('is written in Arabic, with Arabic digits and Arabic punctuation', () => {
    const c = mapCaption({
      ...base,
      lang: 'ar',
      filters: { ...NO_FILTERS, types: ['airstrike', 'shelling'], text: 'قصف' },
    });
    expect(c.title).toBe('أطلس الحوادث | ٣ من ٤٠ حادثة | ١ كانون الأول ٢٠١٩ – ٣٠ حزيران ٢٠٢١');
    // No middle dot in Arabic: it looks like the Arabic-Indic zero beside a number.
    // (The basemap's name is quoted as its sources write it.)
    const own = c.source.replace(base.basemap, '');
    for (const line of [c.title, c.totals, c.precision, own]) expect(line).not.toContain('·');
    expect(c.filters).toBe('عوامل التصفية: نوع الحدث: غارة جوية، قصف؛ بحث: «قصف»');
    expect(c.totals).toContain('القتلى: ٤');
    expect(c.legend.map((l) => l.label)).toEqual(['غارة جوية ٢', 'قصف ١']);
  });
});

describe('mapImageName', () => {
  it('names the image after the dates it covers', () => {
    expect(mapImageName(NO_FILTERS, ['2019-12-01', '2021-06-30'])).toBe(
      'incident-atlas-map_2019-12-01_2021-06-30.png',
    );
    expect(mapImageName({ dateFrom: '2021-06-01', dateTo: null }, null)).toBe(
      'incident-atlas-map_2021-06-01_end.png',
    );
  });
});

describe('plainAttribution', () => {
  it('keeps the words of attribution links, drops the markup, decodes entities', () => {
    expect(
      plainAttribution([
        '<a href="https://www.openmaptiles.org/" target="_blank">&copy; OpenMapTiles</a> <a href="https://osm.org/copyright">© OpenStreetMap contributors</a>',
      ]),
    ).toBe('© OpenMapTiles © OpenStreetMap contributors');
  });

  it('names each source once, and skips sources that name none', () => {
    expect(plainAttribution(['© A', undefined, '', '© A', 'B &amp; C'])).toBe('© A; B & C');
  });

  it('is empty when no source names anyone', () => {
    expect(plainAttribution([undefined, ''])).toBe('');
  });
});
