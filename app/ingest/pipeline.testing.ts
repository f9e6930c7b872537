/** Test inputs of the pipeline: the sample report and reports WRITTEN FOR TESTS. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gold from './extract/fixtures/sample.gold.json';
import { handMentions, type PlaceSpec } from './extract/testing/mentions';
import type { InputFile, MentionFinder } from './pipeline';

/** A geocoder over hand-written places, so pipeline tests do not depend on the real one. */
const places: PlaceSpec[] = [
  ...(gold.places as PlaceSpec[]),
  { surface: 'سرمين', placeId: 'gn-sarmin', nameAr: 'سرمين', nameEn: 'Sarmin', geoPrecision: 1 },
  {
    surface: 'كفرنبل',
    placeId: 'gn-kafr-nabl',
    nameAr: 'كفرنبل',
    nameEn: 'Kafr Nabl',
    geoPrecision: 1,
  },
];
const findMentions: MentionFinder['findMentions'] = (text, context) => {
  const mentions = handMentions(text, places);
  // As the real geocoder does: every village it did not know, tallied by name.
  for (const m of mentions)
    if (m.unresolved)
      context?.unresolved?.set(m.surface, (context.unresolved.get(m.surface) ?? 0) + 1);
  return mentions;
};
/** The hand-written places are found by their English names in English text. */
const placesEn: PlaceSpec[] = places.map((p) => ({ ...p, surface: p.nameEn }));
export const fixtureGeocoder: MentionFinder = {
  findMentions,
  findMentionsEn: (text) => handMentions(text, placesEn),
};

const enc = (t: string) => new TextEncoder().encode(t);
const sample = readFileSync('data/reports/000_0cc85121fd04585f.txt');
const fixtures = join(import.meta.dirname, 'reports/fixtures');

/** Reports written for tests: the same strike on Sarmin told by two outlets, and other events. */
export const report = (outlet: string, date: string, body: string) =>
  enc(`عنوان مكتوب للاختبار\n${date}\n${outlet}\n${body}\nنص مكتوب للاختبار.`);
export const INPUTS: InputFile[] = [
  { file: 'sample.txt', bytes: new Uint8Array(sample) },
  {
    file: 'a/outlet1.txt',
    bytes: report('وكالة أولى', '24.06.2021', 'شن الطيران الروسي غارتين على مدينة سرمين اليوم.'),
  },
  {
    file: 'a/outlet2.txt',
    bytes: report(
      'وكالة ثانية',
      '24.06.2021',
      'استهدفت طائرات روسية مدينة سرمين بثلاث غارات اليوم ما أدى إلى إصابة مدني.',
    ),
  },
  {
    file: 'a/other-day.txt',
    bytes: report('وكالة أولى', '20.06.2021', 'شن الطيران الروسي غارة على مدينة سرمين اليوم.'),
  },
  {
    file: 'a/other-type.txt',
    bytes: report('وكالة ثانية', '24.06.2021', 'قصفت قوات النظام مدينة سرمين بالمدفعية اليوم.'),
  },
  { file: 'dup/copy.txt', bytes: new Uint8Array(sample) },
  { file: 'notes.md', bytes: enc('ملاحظات') },
  { file: 'broken.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) },
  { file: 'corpus.jsonl', bytes: new Uint8Array(readFileSync(join(fixtures, 'corpus.jsonl'))) },
  { file: 'corpus.csv', bytes: new Uint8Array(readFileSync(join(fixtures, 'corpus.csv'))) },
  { file: 'no-date.txt', bytes: new Uint8Array(readFileSync(join(fixtures, 'no-date.txt'))) },
];
