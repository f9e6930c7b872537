/**
 * Counted nouns: the form a noun takes with a number (`Intl.PluralRules`), for the interface
 * (app/i18n/messages.ts) and the ingest's summaries (app/ingest/extract/summary.ts) alike.
 */

/**
 * The forms of a counted noun by plural category (`Intl.PluralRules`), `#` standing for the
 * number; a category left out takes the `other` form.
 */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Arabic counted nouns. The noun agrees with the number: one and two are said by the noun alone
 * (حادثة واحدة، حادثتان), 3–10 take the plural (٣ حوادث), 11–99 the singular in the accusative
 * (١١ قتيلاً), and 0, 100, 101 and 102 the singular (١٠٠ قتيل); past 100 the last two digits
 * decide again (١٠٣ حوادث، ١١١ قتيلاً). The accusative -ةً of حادثة is left unwritten, as usual.
 */
export const AR_NOUNS = {
  incident: { one: 'حادثة واحدة', two: 'حادثتان', few: '# حوادث', other: '# حادثة' },
  killed: { one: 'قتيل واحد', two: 'قتيلان', few: '# قتلى', many: '# قتيلاً', other: '# قتيل' },
  injured: { one: 'جريح واحد', two: 'جريحان', few: '# جرحى', many: '# جريحاً', other: '# جريح' },
  file: { one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفاً', other: '# ملف' },
  field: { one: 'حقل واحد', two: 'حقلان', few: '# حقول', many: '# حقلاً', other: '# حقل' },
  /** Days as a unit (`٧ أيام/ث`, `٣٠ يوماً/ث`): one and two keep their figure. */
  day: { one: '# يوم', two: '# يومان', few: '# أيام', many: '# يوماً', other: '# يوم' },
} as const satisfies Record<string, NounForms>;

/**
 * The same nouns after a preposition (من، على) or as an object: only the dual changes, to the
 * oblique case (من حادثتين، على ملفين).
 */
export const AR_NOUNS_OBLIQUE = {
  incident: { ...AR_NOUNS.incident, two: 'حادثتين' },
  file: { ...AR_NOUNS.file, two: 'ملفين' },
} as const satisfies Record<string, NounForms>;

/** Each locale's plural category of each number asked for (ICU's `select` is slow, and the
 * ingest asks for the same few counts in every summary it writes). */
const categoriesByLocale = new Map<
  string,
  { rules: Intl.PluralRules; of: Map<number, Intl.LDMLPluralRule> }
>();

function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  let c = categoriesByLocale.get(locale);
  if (!c) {
    c = { rules: new Intl.PluralRules(locale), of: new Map() };
    categoriesByLocale.set(locale, c);
  }
  let category = c.of.get(n);
  if (category === undefined) {
    category = c.rules.select(n);
    // Bounded: counts beyond a few thousand distinct ones are asked for again, not kept.
    if (c.of.size < 4096) c.of.set(n, category);
  }
  return category;
}

/**
 * `n` with the form of its noun that agrees with it in `locale`, the number written as `written`
 * (the caller's digits: Arabic-Indic in the interface, ASCII in the ingest's summaries).
 *
 * @example countedNoun(11, AR_NOUNS.killed, 'ar', '11') // '11 قتيلاً'
 */
export function countedNoun(n: number, forms: NounForms, locale: string, written: string): string {
  return (forms[pluralCategory(n, locale)] ?? forms.other).replace('#', written);
}
