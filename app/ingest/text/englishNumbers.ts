/**
 * English figures written in words, read by the English extraction (tolls, strikes) and by the
 * place finder (distances: `five kilometres south of Saraqib`).
 *
 * @example englishFigure('twenty-one') // 21
 */

/** Figures English news writes in words (`three civilians`, `a dozen`), by word. */
export const ENGLISH_SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  dozen: 12,
};

/** The value of a figure's words, or undefined when they are no figure (`dozens`, `the`). */
export function englishFigure(words: string): number | undefined {
  const w = words.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  // `1,000`, `12,500`: thousands set off by commas.
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return Number(w.replaceAll(',', ''));
  if (w === 'a dozen') return 12;
  const compound = /^(twenty|thirty|forty|fifty)-(\w+)$/.exec(w);
  if (compound)
    return (ENGLISH_SMALL_NUMBERS[compound[1]!] ?? 0) + (ENGLISH_SMALL_NUMBERS[compound[2]!] ?? 0);
  return ENGLISH_SMALL_NUMBERS[w];
}
