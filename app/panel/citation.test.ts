import { describe, expect, it } from 'vitest';
import type { IncidentProperties } from '../model';
import { citationText, incidentLink } from './citation';

const body =
  'مقدمة الخبر. شنّت طائرات روسية أربع غارات على أطراف أريحا، ما أدى إلى مقتل 12 شخصاً. خاتمة.';
const sentence = 'شنّت طائرات روسية أربع غارات على أطراف أريحا، ما أدى إلى مقتل 12 شخصاً.';
const start = body.indexOf(sentence);

const incident: IncidentProperties = {
  id: 'i-0123456789abcdef',
  type: 'airstrike',
  actors: ['russia'],
  date: '2024-03-10',
  timePrecision: 1,
  placeId: 'area-ariha-outskirts',
  placeAr: 'أطراف أريحا',
  placeEn: 'outskirts of Ariha',
  geoPrecision: 2,
  admin1: 'Idlib',
  strikes: 4,
  fatalities: 12,
  injuries: null,
  sources: 1,
  confidence: 0.8,
  summaryEn: 'Four Russian airstrikes near Ariha, 12 killed',
  summaryAr: 'أربع غارات روسية قرب أريحا ومقتل ١٢ شخصاً',
  evidence: [{ articleId: 'a-1', start, end: start + sentence.length, placeStart: 0, placeEnd: 0 }],
};
const article = {
  title: 'غارات على ريف إدلب',
  outlet: 'عنب بلدي',
  date: '2024-03-10',
  url: 'https://example.org/report',
  body,
  file: 'reports/ariha.txt',
};
const link = 'https://atlas.example/?sel=i-0123456789abcdef&lang=en';

/** The citation of the test incident from its report, in `lang`. */
const cite = (lang: 'en' | 'ar') =>
  citationText({
    incident,
    coordinates: [36.60581, 35.81234],
    article,
    evidence: incident.evidence[0],
    lang,
    link,
  });

describe('citationText', () => {
  it('cites the incident, its report with the exact sentence, and a link to it (English)', () => {
    expect(cite('en').split('\n')).toEqual([
      'Four Russian airstrikes near Ariha, 12 killed',
      'Airstrike · Russia · 10 March 2024 · outskirts of Ariha (near a town or part of an area; 35.8123°N 36.6058°E)',
      'Strikes: 4 · Killed: 12 · Injured: not reported',
      'Source: Enab Baladi (عنب بلدي), “غارات على ريف إدلب”, 10 March 2024, https://example.org/report',
      `Sentence: “${sentence}”`,
      `Incident Atlas, incident i-0123456789abcdef: ${link}`,
    ]);
  });
  it('writes its labels, dates and figures in Arabic, and keeps the sentence as written', () => {
    const lines = cite('ar').split('\n');
    expect(lines[0]).toBe(incident.summaryAr);
    expect(lines[1]).toContain('غارة جوية | روسيا | ١٠ آذار ٢٠٢٤ | أطراف أريحا');
    expect(lines[2]).toBe('الضربات: ٤ | القتلى: ١٢ | الجرحى: غير مذكور');
    expect(lines[3]).toBe(
      'المصدر: عنب بلدي، «غارات على ريف إدلب»، ١٠ آذار ٢٠٢٤، https://example.org/report',
    );
    expect(lines[4]).toBe(`الجملة: «${sentence}»`);
  });
  it('joins the Arabic place line with Arabic punctuation, not the Latin semicolon', () => {
    const where = cite('ar').split('\n')[1]!.split(' | ').at(-1);
    expect(where).toBe('أطراف أريحا (قرب بلدة أو جزء من منطقة؛ 35.8123° شمالاً 36.6058° شرقاً)');
    const regional = citationText({
      incident: { ...incident, regionAr: 'إدلب', geoPrecision: 3 },
      coordinates: [36.6, 35.8],
      lang: 'ar',
      link,
    });
    expect(regional).toContain('أطراف أريحا، إدلب (منطقة أوسع؛ 35.8000° شمالاً');
    expect(regional).not.toContain(';');
  });
  it('dates a month-precise incident over several months by its first and last month', () => {
    const months = {
      ...incident,
      date: '2021-03-01',
      dateEnd: '2021-06-26',
      timePrecision: 3 as const,
    };
    const line = (lang: 'en' | 'ar') =>
      citationText({ incident: months, coordinates: [36.6, 35.8], lang, link }).split('\n')[1];
    expect(line('en')).toMatch(/ · March\s*–\s*June 2021 · /);
    expect(line('ar')).toMatch(/ \| آذار\s*–\s*حزيران ٢٠٢١ \| /);
  });
  it('says when the report is synthetic test data, and works without a loaded report', () => {
    const synthetic = citationText({
      incident,
      coordinates: [36.6, 35.8],
      article: { ...article, synthetic: true },
      lang: 'en',
      link,
    });
    expect(synthetic).toContain('SYNTHETIC TEST DATA');
    const bare = citationText({ incident, coordinates: [36.6, 35.8], lang: 'en', link });
    expect(bare).not.toContain('Source:');
    expect(bare.split('\n').at(-1)).toBe(`Incident Atlas, incident i-0123456789abcdef: ${link}`);
  });
  it('names the file, not a link, for a report read in this browser (no link could open it)', () => {
    const local = (lang: 'en' | 'ar') =>
      citationText({
        incident,
        coordinates: [36.6, 35.8],
        article,
        lang,
        link: null,
      })
        .split('\n')
        .at(-1);
    expect(local('en')).toBe(
      'Incident Atlas, incident i-0123456789abcdef: read in this browser from the file “reports/ariha.txt” (not published; no link opens it)',
    );
    expect(local('ar')).toContain('من الملف «reports/ariha.txt»');
    expect(local('ar')).not.toContain('http');
  });
});

describe('incidentLink', () => {
  it('opens the incident alone, without the filters of the moment', () => {
    expect(
      incidentLink('https://x.org/atlas/?from=2021-01-01&type=airstrike#top', 'i-1', 'ar'),
    ).toBe('https://x.org/atlas/?sel=i-1&lang=ar');
  });
});

describe('the day a citation is made', () => {
  it('ends the atlas line, as a web source is cited with the day it was seen', () => {
    const input = { incident, coordinates: [36.60581, 35.81234] as const, article, link };
    const dated = citationText({ ...input, lang: 'en', accessed: '2026-11-30' });
    expect(dated.split('\n').at(-1)).toBe(
      `Incident Atlas, incident i-0123456789abcdef: ${link}, accessed 30 November 2026`,
    );
    const ar = citationText({ ...input, lang: 'ar', accessed: '2026-11-30' });
    expect(ar.split('\n').at(-1)).toMatch(/، اطُّلع عليها في ٣٠ تشرين الثاني ٢٠٢٦$/);
  });
});
