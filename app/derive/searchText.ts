/**
 * Folding for text search, so that a query matches however the text was written:
 * Arabic diacritics (harakat, shadda, sukun, dagger alef) and tatweel are dropped, alef forms
 * fold to ا, ى→ي, ة→ه, ؤ→و, ئ→ي, Arabic-Indic digits → ASCII, Latin is lower-cased without
 * accents, and runs of whitespace or punctuation become one space.
 *
 * Unlike the gazetteer's `normaliseArabic` (which drops spaces and the article to compare NAMES),
 * this keeps word boundaries, so it can be used on whole titles and bodies.
 */
export function foldSearchText(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .normalize('NFC')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim()} `;
}

/** The words of a query, folded; an incident matches when its text contains every one. */
export function queryTerms(query: string): string[] {
  return foldSearchText(query.slice(0, 200))
    .split(' ')
    .filter((w) => w.length > 0);
}
