/**
 * Remembers a pure function of a word (or of any short string). Words recur, so each distinct
 * word is worked out once: the geocoder's qualifier tests run their clitic forms for the words
 * around every match; the extraction asks each report's outlet for its voice. Bounded: the memo
 * starts over past `limit` words, and words longer than `maxLength` are answered without being
 * remembered.
 *
 * @example const voice = memoWord(voiceOfName, 200, 1000); voice('SANA'); voice('SANA') // worked out once
 */
export function memoWord<T>(f: (word: string) => T, maxLength = 16, limit = 50_000) {
  const memo = new Map<string, T>();
  return (word: string): T => {
    if (word.length > maxLength) return f(word);
    const hit = memo.get(word);
    if (hit !== undefined || memo.has(word)) return hit as T;
    const v = f(word);
    if (memo.size >= limit) memo.clear();
    memo.set(word, v);
    return v;
  };
}
