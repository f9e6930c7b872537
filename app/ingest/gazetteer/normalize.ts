/**
 * Text helpers shared by the gazetteer build and its tests.
 * The folding mirrors what the news matcher does, so that "duplicate" means
 * "indistinguishable to the matcher", not "byte-identical".
 */

import { normalise } from '../text/normalise.ts';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F]/;

/** True when the string contains Arabic-script letters. */
export function isArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/**
 * Comparison key for an Arabic name: the matcher's folding (`normalise` in text/normalise.ts:
 * no diacritics or tatweel, one alef, ى→ي, ة→ه, ؤ→و, ئ→ي, ...) after NFC, lower-cased, then
 * without spaces or a leading definite article. Latin text passes through lower-cased.
 */
export function normaliseArabic(name: string): string {
  const folded = normalise(name.normalize('NFC')).text.trim().toLowerCase();
  return folded.replace(/^ال/, '').replace(/\s+/g, '');
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
