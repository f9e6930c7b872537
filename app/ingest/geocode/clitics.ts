/**
 * Proclitics that Arabic writes onto the next word: a conjunction (و, ف), then a preposition
 * (ب, ل, ك). `ل` + `ال` is written `لل`. The matcher tries the token as written first and a
 * stripped form only when the gazetteer knows it, so `وادي` or `بنش` are never cut.
 *
 * @example cliticForms('وبالاتارب')
 * // [{form:'وبالاتارب',skip:0},{form:'بالاتارب',skip:1},{form:'الاتارب',skip:2}]
 */
export interface CliticForm {
  /** The token with the clitics removed (and `ال` restored after `لل`). */
  form: string;
  /** How many characters of the token the clitics take: the mention starts after them. */
  skip: number;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
/**
 * Words whose first letter only looks like a clitic (folded): `لبنان` (Lebanon) is no `ل` +
 * `بنان` (the village of Banan, which `من اتجاه شمال غرب لبنان` put on the map), nor the name
 * `فاطمة` `ف` + `اطمة` (Atme: `خلف جامع فاطمة الزهراء` in al-Bab was put in Atme).
 */
const WHOLE_WORDS = new Set(['لبنان', 'فاطمه', 'فاطمة']);
/** A stripped form shorter than this is never a place name worth the risk. */
const MIN_STEM = 2;

export function cliticForms(token: string): CliticForm[] {
  const forms: CliticForm[] = [{ form: token, skip: 0 }];
  const afterConj: CliticForm[] = [{ form: token, skip: 0 }];
  if (CONJUNCTIONS.includes(token[0] ?? '') && !WHOLE_WORDS.has(token)) {
    afterConj.push({ form: token.slice(1), skip: 1 });
    add(forms, token.slice(1), 1);
  }
  for (const { form, skip } of afterConj) {
    if (WHOLE_WORDS.has(form)) continue;
    if (form.startsWith('لل') && form.length > 3) {
      // لل = ل + ال with the alef dropped: restore it; the mention starts at the article's lam.
      add(forms, `ا${form.slice(1)}`, skip + 1);
      continue;
    }
    if (PREPOSITIONS.includes(form[0] ?? '')) add(forms, form.slice(1), skip + 1);
  }
  return forms;
}

/** Adds a form unless too short or already there (a module function: no closure per call). */
function add(forms: CliticForm[], form: string, skip: number): void {
  if (form.length >= MIN_STEM && !forms.some((f) => f.form === form)) forms.push({ form, skip });
}
