/**
 * Whether a report is written in another script than Arabic: the extraction reads Arabic only,
 * so such a report gives no incident, and the ingest report says why rather than nothing.
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

/** The warning of a report `writtenInLatin`. */
export const NOT_ARABIC =
  'the report is not in Arabic: incidents are read from Arabic text only, so none were read from it';
