import { SYNTHETIC_OUTLET, SYNTHETIC_TITLE_PREFIX } from '../model/synthetic';
import { byline, dayFromIso, isoFromDay, siteDate } from './arabic';
import type { SynthVocabulary } from './places';
import { createRng, deriveSeed } from './prng';
import { type ComposedIncident, composeIncident, FILLER } from './templates';

export { SYNTHETIC_OUTLET, SYNTHETIC_TITLE_PREFIX };

/** First and last report day: reports are spread evenly over 2019–2024. */
const FIRST_DAY = dayFromIso('2019-01-01');
const LAST_DAY = dayFromIso('2024-12-31');

/** An incident placed in a report body: the composed truth plus absolute offsets and its date. */
export interface PlacedIncident extends ComposedIncident {
  /** `YYYY-MM-DD` */
  date: string;
  /** Sentence offsets in the body, end exclusive. */
  start: number;
  end: number;
  /** Place-name offsets in the body (override the sentence-relative ones). */
  placeStart: number;
  placeEnd: number;
}

/** One synthetic report, in the fields of a corpus record, with what it was built from. */
export interface SynthReport {
  id: string;
  title: string;
  /** Publication date `YYYY-MM-DD` (the byline date). */
  date: string;
  outlet: string;
  url: string;
  /** Paragraphs separated by `\n`, no blank lines (what the ingest reads back as the body). */
  body: string;
  incidents: PlacedIncident[];
}

const HEADLINE: Record<ComposedIncident['type'], string> = {
  airstrike: 'غارات جوية على',
  shelling: 'قصف مدفعي يستهدف',
  clash: 'اشتباكات على محور',
  attack: 'استهداف منشأة مدنية في',
  explosion: 'انفجار في',
  deployment: 'تعزيزات عسكرية إلى',
  agreement: 'مباحثات حول التهدئة في',
  other: 'تطورات في',
};

/**
 * Report `index` of the corpus seeded with `seed`: 3–5 incidents at gazetteer places or
 * qualified areas, with filler sentences between them. Independent of every other index.
 *
 * @example
 * const r = generateReport(7, 0, vocabulary(places));
 * r.title.startsWith('[اصطناعي]') // true
 */
export function generateReport(seed: number, index: number, vocab: SynthVocabulary): SynthReport {
  const rng = createRng(deriveSeed(seed, index));
  const date = isoFromDay(rng.int(FIRST_DAY, LAST_DAY));
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const count = rng.int(3, 5);
  const paragraphs: string[] = [];
  const incidents: PlacedIncident[] = [];
  let offset = 0;
  const push = (text: string) => {
    paragraphs.push(text);
    offset += text.length + 1;
  };
  push(rng.pick(FILLER));
  for (let k = 0; k < count; k++) {
    const place =
      rng.chance(0.2) && vocab.areas.length > 0 ? rng.pick(vocab.areas) : rng.pick(vocab.places);
    const c = composeIncident(rng, place, weekday);
    incidents.push({
      ...c,
      date: isoFromDay(dayFromIso(date) - c.daysBefore),
      start: offset,
      end: offset + c.sentence.length,
      placeStart: offset + c.placeStart,
      placeEnd: offset + c.placeEnd,
    });
    // A filler sentence on the same line sometimes, as outlets run sentences together.
    push(rng.chance(0.3) ? `${c.sentence} ${rng.pick(FILLER)}` : c.sentence);
  }
  push(rng.pick(FILLER));
  const first = incidents[0]!;
  return {
    id: `synth-${seed}-${index}`,
    title: `${SYNTHETIC_TITLE_PREFIX} ${HEADLINE[first.type]} ${first.place.text}`,
    date,
    outlet: SYNTHETIC_OUTLET,
    url: `https://synthetic.invalid/reports/${seed}/${index}`,
    body: paragraphs.join('\n'),
    incidents,
  };
}

/**
 * The report as an outlet-page text file, in the sample report's layout: breadcrumb, title,
 * site date (the day after), outlet, byline with weekday and date, body.
 */
export function reportToTxt(r: SynthReport): string {
  const published = siteDate(isoFromDay(dayFromIso(r.date) + 1));
  return [
    `الرئيسة \\  أخبار  \\  ${r.title}`,
    '',
    r.title,
    '',
    published,
    r.outlet,
    '',
    '',
    r.outlet,
    byline(r.date),
    r.body,
    '',
  ].join('\n');
}

/** The report as one line of a `.jsonl` corpus: `{id,title,date,outlet,text,url,synthetic}`. */
export function reportToJsonl(r: SynthReport): string {
  const record = {
    id: r.id,
    title: r.title,
    date: r.date,
    outlet: r.outlet,
    text: r.body,
    url: r.url,
    synthetic: true,
  };
  return `${JSON.stringify(record)}\n`;
}
