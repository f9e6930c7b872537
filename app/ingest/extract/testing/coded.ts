/** Incidents of a short test report (date 2021-06-24) as `type|actors|place|k=killed` lines. */
import { extractIncidents } from '../extractIncidents';
import { handMentions, type PlaceSpec } from './mentions';

const town = (surface: string, nameEn: string): PlaceSpec => ({
  surface,
  placeId: `gn-${nameEn.toLowerCase().replace(/\W+/g, '-')}`,
  nameAr: surface,
  nameEn,
  geoPrecision: 1,
});
const PLACES = [
  town('إدلب', 'Idlib'),
  town('عفرين', 'Afrin'),
  town('معرة النعمان', 'Maarat al-Numan'),
  town('سراقب', 'Saraqib'),
  town('البارة', 'Al-Bara'),
];

/** `type|actors|place|k=killed` of each incident found in `text`, sorted. */
export function coded(text: string): string[] {
  const article = { id: 'a-test', body: text, date: '2021-06-24', outlet: 'test' };
  return extractIncidents(article, handMentions(text, PLACES))
    .map((f) => {
      const p = f.properties;
      return `${p.type}|${p.actors.join('+')}|${p.placeAr}|k=${p.fatalities ?? '-'}`;
    })
    .sort();
}
