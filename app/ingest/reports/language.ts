/**
 * The language a report is read in: Arabic (extract/extractIncidents), English (extract/english)
 * or neither: a report in another language (French, Turkish) gives no incident, and the ingest
 * report says why rather than nothing.
 */

/** Letters read: enough to tell a report's script, few enough to cost nothing on long ones. */
const SAMPLE = 4000;
/** Fewer Latin letters than this is a name or an acronym in an Arabic report, not English. */
const MIN_LATIN = 40;

/**
 * True when the report's text (its first 4,000 characters) holds more Latin letters than
 * Arabic ones, and at least 40: English, French, Turkish. An Arabic report quoting `Reuters` or
 * `SDF` is Arabic.
 *
 * @example writtenInLatin('Russian warplanes struck the town of Kafr Nabl, killing three.') // true
 * @example writtenInLatin('قصفت الطائرات الروسية بلدة كفرنبل (Kafr Nabl)') // false
 */
export function writtenInLatin(text: string): boolean {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x0621 && c <= 0x06d3) arabic++;
  }
  return latin >= MIN_LATIN && latin > arabic;
}

/** Words of English that every English text of some length uses, and other languages rarely. */
const ENGLISH_WORDS = /\b(?:the|of|and|was|were|in|on|with|by|that|said|from)\b/gi;
/** English words among a text's first words for it to be English: a French text has `on`, `in`. */
const MIN_ENGLISH_SHARE = 0.12;

/**
 * True for a report `writtenInLatin` whose words are English: at least 12 % of them (in its
 * first 4,000 characters) are among English's commonest (`the`, `of`, `and`, `was`…).
 *
 * @example writtenInEnglish('Russian warplanes struck the town of Kafr Nabl in southern Idlib.') // true
 * @example writtenInEnglish('Les avions russes ont frappé la ville de Kafr Nabl, au sud d’Idleb.') // false
 */
export function writtenInEnglish(text: string): boolean {
  if (!writtenInLatin(text)) return false;
  const sample = text.slice(0, SAMPLE);
  const words = sample.match(/[A-Za-z]+/g)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return words > 0 && english / words >= MIN_ENGLISH_SHARE;
}

/** The warning of a report `writtenInLatin` and not in English. */
export const NOT_READ_LANGUAGE =
  'the report is in neither Arabic nor English: incidents are read from Arabic and English text only, so none were read from it';
