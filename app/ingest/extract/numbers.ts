import { foldKey } from '../reports/arabic';
import { type Token, tokenize, tokenizedText } from './words';

// No prototype: a token such as `constructor` or `toString` must not find Object's own members.
const UNITS: Record<string, number> = Object.create(null);
const TENS: Record<string, number> = Object.create(null);
const add = (table: Record<string, number>, value: number, ...forms: string[]) => {
  for (const f of forms) table[foldKey(f)] = value;
};
add(UNITS, 1, 'واحد', 'واحدة', 'أحد', 'إحدى');
// One of them (`ما أدى إلى مقتل أحدهم`): one.
add(UNITS, 1, 'أحدهم', 'أحدهما', 'أحدهن', 'إحداهم', 'إحداهما', 'إحداهن');
add(UNITS, 2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي');
add(UNITS, 3, 'ثلاث', 'ثلاثة');
add(UNITS, 4, 'أربع', 'أربعة');
add(UNITS, 5, 'خمس', 'خمسة');
add(UNITS, 6, 'ست', 'ستة');
add(UNITS, 7, 'سبع', 'سبعة');
add(UNITS, 8, 'ثمان', 'ثماني', 'ثمانية');
add(UNITS, 9, 'تسع', 'تسعة');
add(UNITS, 10, 'عشر', 'عشرة');
add(TENS, 20, 'عشرون', 'عشرين');
add(TENS, 30, 'ثلاثون', 'ثلاثين');
add(TENS, 40, 'أربعون', 'أربعين');
add(TENS, 50, 'خمسون', 'خمسين');
add(TENS, 60, 'ستون', 'ستين');
add(TENS, 70, 'سبعون', 'سبعين');
add(TENS, 80, 'ثمانون', 'ثمانين');
add(TENS, 90, 'تسعون', 'تسعين');
add(TENS, 100, 'مئة', 'مائة');
add(TENS, 200, 'مئتين', 'مائتين', 'مئتي', 'مئتان');
add(TENS, 1000, 'ألف', 'ألفا');
add(TENS, 2000, 'ألفي', 'ألفين', 'ألفان');
/** What makes the figure before it thousands (`ثلاثة آلاف`, `150 ألف`, `أحد عشر ألفاً`) (folded). */
const THOUSANDS = new Set(['الاف', 'الف', 'الفا']);
/** Separators of thousands between digits (`1,200`, `١٬٢٠٠`, `1.200`). */
const THOUSANDS_SEPARATORS = new Set([',', '٬', '.']);

/** Qualifiers before a figure that do not change the conservative reading. */
const HEDGES = new Set([
  'نحو',
  'قرابة',
  'حوالي',
  'زهاء',
  'اكثر',
  'من',
  'ما',
  'لا',
  'يقل',
  'عن',
  'يزيد',
  // `ما يزيد على 400` (folded `علي`).
  'علي',
  'اقل',
  'اكثر',
]);

/** Value of one number word or digits, after stripping a clitic (`لثلاث` → 3). */
export function wordValue(token: string): number | undefined {
  if (isDigits(token)) return token.length <= 7 ? Number(token) : undefined;
  // The token, then without one clitic, then without two (each form only when it has them).
  const one = isClitic(token.charCodeAt(0)) ? token.slice(1) : token;
  const two = isClitic(token.charCodeAt(1)) && one !== token ? token.slice(2) : token;
  return formValue(token) ?? formValue(one) ?? formValue(two);
}

/** The value of one form of a token, as looked up or read as digits. */
function formValue(t: string): number | undefined {
  const v = UNITS[t] ?? TENS[t];
  if (v !== undefined) return v;
  if (isDigits(t) && t.length <= 7) return Number(t);
  return undefined;
}

/** `/^\d+$/` as a loop (ASCII digits, at least one). */
function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** `و`, `ب`, `ل`, `ف`. */
function isClitic(c: number): boolean {
  return c === 0x0648 || c === 0x0628 || c === 0x0644 || c === 0x0641;
}

/** A figure read from folded text: value and its token span. */
export interface Figure {
  value: number;
  start: number;
  end: number;
  /** Index of the token after the figure. */
  next: number;
}

/**
 * Read a number starting at token `i`: digits or words, compounds (`خمسة وعشرين`, `أحد عشر`),
 * hedges (`نحو 20`), and ranges, keeping the lower bound (`بين 5 و7` → 5, `5-7` → 5).
 *
 * @example readNumber(tokenize('بين 5 و7 قتلى'), 0)?.value // 5
 */
export function readNumber(tokens: readonly Token[], i: number): Figure | undefined {
  let k = i;
  while (k < tokens.length && HEDGES.has(tokens[k]!.t) && k - i < 4) k++;
  let range = false;
  if (tokens[k]?.t === 'بين') {
    range = true;
    k++;
  }
  const first = tokens[k];
  if (!first) return undefined;
  let value = wordValue(first.t);
  if (value === undefined) return undefined;
  const start = first.start;
  let end = first.end;
  k++;
  // `1,200`: digits grouped by thousands, one separator between groups of three (the text is
  // known when the tokens are the last tokenised, as a clause's readers have them).
  const text = isDigits(first.t) && first.t.length <= 3 ? tokenizedText(tokens) : undefined;
  if (text)
    while (
      tokens[k] &&
      tokens[k]!.start === end + 1 &&
      tokens[k]!.t.length === 3 &&
      isDigits(tokens[k]!.t) &&
      THOUSANDS_SEPARATORS.has(text[end]!)
    ) {
      value = value * 1000 + Number(tokens[k]!.t);
      end = tokens[k]!.end;
      k++;
    }
  // `ثلاثة آلاف`, `150 ألف`: thousands.
  if (value < 1000 && THOUSANDS.has(tokens[k]?.t ?? '')) {
    value *= 1000;
    end = tokens[k]!.end;
    k++;
  }
  const nextTok = tokens[k];
  if (
    nextTok &&
    value < 10 &&
    !/^\d/.test(first.t) &&
    (nextTok.t === 'عشر' || nextTok.t === 'عشرة')
  ) {
    value += 10; // أحد عشر، ثلاثة عشر
    end = nextTok.end;
    k++;
  } else if (nextTok?.t.startsWith('و') && value < 10) {
    const tens = TENS[nextTok.t.slice(1)];
    if (tens !== undefined && tens < 100) {
      value += tens; // خمسة وعشرين
      end = nextTok.end;
      k++;
    }
  } else if (value >= 100 && nextTok?.t.startsWith('و')) {
    const more = readNumber(
      tokens.map((t, j) => (j === k ? { ...t, t: t.t.slice(1) } : t)),
      k,
    );
    // `مئة وخمسون`, `ألف وخمسمئة`: the part after, smaller than the figure's place.
    if (more && more.value < (value >= 1000 ? 1000 : 100)) {
      value += more.value;
      end = more.end;
      k = more.next;
    }
  }
  if (range && tokens[k]?.t.startsWith('و') && wordValue(tokens[k]!.t) !== undefined) k++;
  return { value, start, end, next: k };
}

/**
 * Read the number that ends right before token `i` (`ثلاث غارات`, `نحو 20 غارة`,
 * `خمس وعشرين غارة`), or undefined.
 *
 * @example readNumberBefore(tokenize('لثلاث غارات'), 1)?.value // 3
 */
export function readNumberBefore(tokens: readonly Token[], i: number): Figure | undefined {
  for (let from = Math.max(0, i - 3); from < i; from++) {
    const f = readNumber(tokens, from);
    if (f && f.next === i) return f;
  }
  return undefined;
}

export { tokenize };
