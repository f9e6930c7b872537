/**
 * Text helpers shared by the gazetteer build and its tests.
 * The folding mirrors what the news matcher does, so that "duplicate" means
 * "indistinguishable to the matcher", not "byte-identical".
 */

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F]/;

/** True when the string contains Arabic-script letters. */
export function isArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/**
 * Fold an Arabic name: drop diacritics and tatweel, unify alef forms, ى→ي, ة→ه,
 * remove spaces and a leading definite article. Latin text passes through lower-cased.
 */
export function normaliseArabic(name: string): string {
  let s = name
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '') // harakat, shadda, sukun, small marks
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0649/g, '\u064A') // ى → ي
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/[\u0624]/g, '\u0648') // ؤ → و
    .replace(/[\u0626]/g, '\u064A') // ئ → ي
    .trim()
    .toLowerCase();
  s = s.replace(/^ال/, '').replace(/\s+/g, '');
  return s;
}

/** ASCII slug for `nwsy-` ids: strips Latin diacritics and apostrophes, joins words with '-'. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʿʾ`‘]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Fold a Latin name for loose comparison: no diacritics, no article, letters only. */
export function foldLatin(name: string): string {
  return slugify(name)
    .replace(/^(al|el|ar|as|ash|ad|az|at|an)-/, '')
    .replace(/-/g, '');
}

/** Sorted, de-duplicated copy (locale-independent so output is byte-stable). */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v.length > 0))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
}
