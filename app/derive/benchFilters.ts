/**
 * How long filtering takes on a large synthetic dataset (not a test; run by hand):
 *
 *   npx tsx app/derive/benchFilters.ts [n]
 *
 * Builds `n` (default 100 000) incidents, then times the index build once and `filterIncidents`
 * for a set of typical filter changes, reporting p50 and p95 in milliseconds.
 */
import type { Article, IncidentFeature } from '../model';
import { ACTORS, INCIDENT_TYPES } from '../model';
import { type Filters, filterIncidents, filterIndex, NO_FILTERS } from './filters';

const n = Number(process.argv[2] ?? 100_000);
let seed = 1;
const rand = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const iso = (d: number) =>
  new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
const articles = new Map<string, Article>();
for (let a = 0; a < n / 4; a++)
  articles.set(`a${a}`, {
    id: `a${a}`,
    file: '',
    title: `تقرير ${a}`,
    date: iso(a % 1000),
    outlet: `outlet ${a % 12}`,
    body: `قصفت قوات النظام بلدة ${a % 7 === 0 ? 'معرّة النعمان' : 'سراقب'} بريف إدلب الجنوبي، ما أدى إلى مقتل مدنيين.`,
    incidentIds: [],
    mentions: [],
  });
const incidents: IncidentFeature[] = Array.from({ length: n }, (_, i) => {
  const day = Math.floor(rand() * 1000);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36 + rand() * 1.5, 35.2 + rand() * 1.5] },
    properties: {
      id: `i${i}`,
      type: INCIDENT_TYPES[i % 8]!,
      // One in 13 with an event, as in real data a few are (any type: the filter reads codes).
      ...(i % 13 === 0 ? { event: i % 2 ? ('arrest' as const) : ('drone-strike' as const) } : {}),
      actors: [ACTORS[i % 10]!, ACTORS[(i * 7) % 10]!],
      date: iso(day),
      ...(i % 5 === 0 ? { dateEnd: iso(day + 6) } : {}),
      timePrecision: i % 5 === 0 ? 2 : 1,
      placeId: 'p',
      placeAr: 'سراقب',
      placeEn: 'Saraqib',
      geoPrecision: ((i % 3) + 1) as 1 | 2 | 3,
      admin1: 'Idlib',
      strikes: null,
      fatalities: i % 4 === 0 ? null : i % 9,
      injuries: i % 6,
      sources: 1,
      confidence: 1,
      summaryEn: '',
      summaryAr: '',
      evidence: [{ articleId: `a${i % (n / 4)}`, start: 0, end: 5, placeStart: 0, placeEnd: 3 }],
    },
  };
});
const ctx = { articles };
let t = performance.now();
filterIndex(incidents, ctx);
console.log(`index build (once per dataset): ${(performance.now() - t).toFixed(0)} ms for ${n}`);

const cases: [string, Partial<Filters>][] = [
  ['date range', { dateFrom: iso(100), dateTo: iso(400) }],
  ['types + actors', { types: ['airstrike', 'shelling'], actors: ['russia'] }],
  ['casualties + min killed', { hasCasualties: true, minKilled: 3 }],
  ['outlet + precision', { outlets: ['outlet 3', 'outlet 5'], precisions: [1] }],
  ['events', { events: ['drone-strike', 'arrest'] }],
  [
    'polygon',
    {
      area: {
        kind: 'polygon',
        ring: [
          [36.2, 35.4],
          [37, 35.5],
          [36.6, 36.4],
        ],
      },
    },
  ],
  ['text', { text: 'معرة النعمان' }],
  [
    'everything',
    {
      dateFrom: iso(0),
      dateTo: iso(900),
      types: ['airstrike', 'shelling', 'clash'],
      hasCasualties: true,
      area: { kind: 'bbox', bbox: [36.1, 35.3, 37.2, 36.5] },
      text: 'سراقب',
    },
  ],
];
for (const [name, patch] of cases) {
  const times: number[] = [];
  let size = 0;
  for (let k = 0; k < 30; k++) {
    // A new filters object each time, like a store update: the first run pays for the area/text mask.
    const f = { ...NO_FILTERS, ...patch, dateTo: patch.dateTo ?? (k % 2 ? iso(999) : null) };
    t = performance.now();
    size = filterIncidents(incidents, f, ctx).length;
    times.push(performance.now() - t);
  }
  const first = times[0]!;
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(24)} first ${first.toFixed(1)} ms, p50 ${times[15]!.toFixed(1)} ms, p95 ${times[28]!.toFixed(1)} ms → ${size}`,
  );
}
