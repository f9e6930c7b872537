/**
 * The language a report is read in: Arabic (extract/extractIncidents), English (extract/english)
 * or neither: a report in another language (French, Turkish) gives no incident, and the ingest
 * report says why rather than nothing.
 */

/** Letters read: enough to tell a report's script, few enough to cost nothing on long ones. */
const SAMPLE = 4000;
/** Fewer Latin letters than this is a name or an acronym in an Arabic report, not English. */
const MIN_LATIN = 40;
/** With no Arabic letter at all, a brief this long is Latin text (`Russian jets bombed Hass.`). */
const MIN_LATIN_ALONE = 12;

/**
 * True when the report's text (its first 4,000 characters) holds more Latin letters than
 * Arabic ones, and at least 40 (12 when there is no Arabic letter at all: a one-line brief):
 * English, French, Turkish. An Arabic report quoting `Reuters` or `SDF` is Arabic.
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
  return latin > arabic && (latin >= MIN_LATIN || (arabic === 0 && latin >= MIN_LATIN_ALONE));
}

/**
 * Whole words of an alternation, bounded by any letter (not only ASCII's, as `\b` is) and by an
 * apostrophe before (the Turkish suffix of `İdlib’in` is no English `in`).
 */
function words(alternation: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
}

/** English's commonest short words: articles, prepositions, `was`, `said`. */
const ENGLISH_WORDS = words(
  'the|a|an|of|and|was|were|is|are|in|on|at|with|by|that|said|from|to|for|over|near|after|has|have|had',
);
/** The like of French, Spanish, German and Turkish, which write the region's news in Latin letters too. */
const OTHER_WORDS = words(
  'le|la|les|des|du|de|et|une|un|est|dans|sur|au|aux|ont|selon|el|los|las|y|en|con|der|die|das|und|ve|bir|bu|ile|için',
);

/**
 * English words of this region's news that no other language of its Latin-script news writes:
 * what tells a terse brief with none of English's short words (`Shells struck Ariha, wounding
 * two civilians.`, `Drones struck Sarmada.`, `Jets pounded Ariha.`). `drones` is French too: two
 * are needed.
 */
const ENGLISH_NEWS_WORDS = words(
  'killed|killing|wounded|wounding|injured|injuring|struck|shelled|shelling|bombed|attacked|clashes|airstrikes?|warplanes?|jets?|forces|troops|rebels|civilians|fighters|drones|pounded|pounding|targeted|targeting|shells|artillery',
);

/**
 * True for a report `writtenInLatin` whose words are English: in its first 4,000 characters, at
 * least one of English's commonest short words (`the`, `a`, `of`, `and`, `was`…), and twice as
 * many as of French's, Spanish's, German's and Turkish's (`le`, `de`, `und`, `ve`…); or, with
 * none of either, two of English's news words (`struck`, `wounding`). A one-line wire brief
 * counts (`Opposition factions downed a Russian drone over Jabal al-Zawiya.`).
 *
 * @example writtenInEnglish('Russian warplanes struck the town of Kafr Nabl in southern Idlib.') // true
 * @example writtenInEnglish('Les avions russes ont frappé la ville de Kafr Nabl, au sud d’Idleb.') // false
 */
export function writtenInEnglish(text: string): boolean {
  return reportLanguage(text) === 'en';
}

/** English's commonest words lead other languages' in the text's first 4,000 characters. */
function englishWordsLead(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  const other = sample.match(OTHER_WORDS)?.length ?? 0;
  if (english === 0 && other === 0) return (sample.match(ENGLISH_NEWS_WORDS)?.length ?? 0) >= 2;
  return english > 0 && english >= 2 * other;
}

/** The reading a report gets: Arabic, English, or none (another language). */
export type ReportLanguage = 'ar' | 'en' | 'other';

/**
 * The language a report is read in, decided once per report (its first 4,000 characters).
 *
 * @example reportLanguage('قصفت قوات النظام بلدة كفرنبل') // 'ar'
 * @example reportLanguage('Regime forces shelled the town of Kafr Nabl.') // 'en'
 */
export function reportLanguage(text: string): ReportLanguage {
  if (!writtenInLatin(text)) return 'ar';
  return englishWordsLead(text) ? 'en' : 'other';
}

/** The warning of a report `writtenInLatin` and not in English. */
export const NOT_READ_LANGUAGE =
  'the report is in neither Arabic nor English: incidents are read from Arabic and English text only, so none were read from it';
