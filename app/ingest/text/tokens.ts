/**
 * Word tokens of a (normalised) text, with offsets into that text. A token is a run of letters,
 * digits and marks; everything else (spaces, punctuation, quotes) separates tokens and is
 * remembered as the gap before the next token, because list parsing needs to know where the
 * commas and quotes were.
 *
 * @example tokenise('في ادلب، وحاس').map((t) => t.text) // ['في', 'ادلب', 'وحاس']
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The separator characters between the previous token (or the text start) and this one. */
  gap: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    tokens.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      gap: text.slice(last, m.index),
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

/** True when the gap ends a sentence or clause: a stop, question mark, or line break. */
export function gapBreaksSentence(gap: string): boolean {
  return /[.؟?!\n]/.test(gap);
}

/** True when the gap holds a list separator (comma, Arabic comma, semicolon, slash). */
export function gapIsListSeparator(gap: string): boolean {
  return /[,،؛;/]/.test(gap);
}

/** True when the gap opens or closes a quotation. */
export function gapHasQuote(gap: string): boolean {
  return /["“”«»'‘’]/.test(gap);
}
