/**
 * Folding for text search, so that a query matches however the text was written:
 * Arabic diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel are dropped,
 * alef forms fold to ا, ى→ي, ة→ه, ؤ→و, ئ→ي, Arabic-Indic digits → ASCII, Latin is lower-cased
 * without accents, and runs of whitespace or punctuation become one space. The result has a
 * space at each end, so a term can be matched at a word start with `' ' + term`.
 *
 * Unlike the gazetteer's `normaliseArabic` (which drops spaces and the article to compare NAMES),
 * this keeps word boundaries, so it can be used on whole titles and bodies. It is one pass over
 * the characters with a lookup table, because the index folds every report once per dataset.
 */

/** For each code unit below 0x0700: 0 keep, -1 drop, -2 separator, else the replacement. */
const TABLE = new Int32Array(0x0700);
(() => {
  for (let c = 0; c < 0x0700; c++) TABLE[c] = 0;
  for (let c = 0; c < 0x80; c++) {
    const ch = String.fromCharCode(c);
    if (/[a-z0-9]/.test(ch)) TABLE[c] = 0;
    else if (/[A-Z]/.test(ch)) TABLE[c] = c + 32;
    else TABLE[c] = -2;
  }
  for (let c = 0x80; c < 0xc0; c++) TABLE[c] = -2; // Latin-1 punctuation and symbols
  TABLE[0xd7] = -2;
  TABLE[0xf7] = -2;
  for (let c = 0x300; c < 0x370; c++) TABLE[c] = -1; // combining accents
  const drop = [0x0640, 0x0670];
  for (let c = 0x064b; c <= 0x065f; c++) drop.push(c);
  for (let c = 0x06d6; c <= 0x06ed; c++) drop.push(c);
  for (const c of drop) TABLE[c] = -1;
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671]) TABLE[c] = 0x0627;
  TABLE[0x0649] = 0x064a;
  TABLE[0x0629] = 0x0647;
  TABLE[0x0624] = 0x0648;
  TABLE[0x0626] = 0x064a;
  for (let d = 0; d < 10; d++) {
    TABLE[0x0660 + d] = 0x30 + d;
    TABLE[0x06f0 + d] = 0x30 + d;
  }
  for (const c of [0x060c, 0x061b, 0x061f, 0x066a, 0x066b, 0x066c, 0x06d4, 0x0609, 0x060a])
    TABLE[c] = -2; // Arabic comma, semicolon, question mark, percent, separators, full stop
})();

const SEPARATOR = /[\s\p{P}\p{S}]/u;
const LATIN_EXTENDED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * A character the table does not cover (above U+06FF), or accented Latin: its folded text, or
 * -2 for a separator. Rare in the reports, so regular expressions and normalisation are fine.
 */
function foldRare(ch: string, c: number): string | -2 {
  if (c >= 0xfb50 && c <= 0xfeff) {
    // Arabic presentation forms: fold their compatibility decomposition. A character of the
    // block that has none (the byte order mark, an unassigned one) would fold itself forever.
    const plain = ch.normalize('NFKD');
    if (plain !== ch) return foldSearchText(plain).trim();
  }
  if (SEPARATOR.test(ch)) return -2;
  if (c >= 0xc0 && LATIN_EXTENDED.test(ch))
    return ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return ch;
}

/** Folded code units, reused from call to call (the index folds a whole dataset); `busy` while in use. */
let units = new Uint16Array(4096);
let busy = false;
const UTF16 = new TextDecoder('utf-16le');

export function foldSearchText(text: string): string {
  const n = text.length;
  // A presentation form folds inside a fold: that inner call gets an array of its own.
  const reuse = !busy;
  let out = reuse && units.length >= n + 2 ? units : new Uint16Array(n + 2);
  if (reuse) {
    units = out;
    busy = true;
  }
  out[0] = 0x20;
  let len = 1;
  let space = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = c < 0x0700 ? TABLE[c]! : 1;
    if (r === -1) continue;
    if (r === -2) {
      if (!space) {
        out[len++] = 0x20;
        space = true;
      }
      continue;
    }
    if (r === 1 || (r === 0 && c >= 0xc0 && c < 0x0250)) {
      const f = foldRare(text[i]!, c);
      if (f === -2) {
        if (!space) {
          out[len++] = 0x20;
          space = true;
        }
        continue;
      }
      if (f.length === 0) continue;
      // A decomposition may be longer than its character: grow the array if need be.
      if (len + f.length + (n - i) + 1 > out.length) {
        const grown = new Uint16Array(2 * (len + f.length + (n - i) + 1));
        grown.set(out.subarray(0, len));
        out = grown;
        if (reuse) units = grown;
      }
      for (let k = 0; k < f.length; k++) out[len++] = f.charCodeAt(k);
      space = false;
      continue;
    }
    out[len++] = r === 0 ? c : r;
    space = false;
  }
  if (!space) out[len++] = 0x20;
  if (reuse) busy = false;
  // One decode gives a flat string: one grown by `+=` is a rope, slower for every search after.
  return len < 64
    ? String.fromCharCode.apply(null, out.subarray(0, len) as unknown as number[])
    : UTF16.decode(out.subarray(0, len));
}

/** The words of a query, folded; an incident matches when its text contains every one. */
export function queryTerms(query: string): string[] {
  return foldSearchText(query.slice(0, 200))
    .split(' ')
    .filter((w) => w.length > 0);
}
