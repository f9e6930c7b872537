import { foldKey } from '../reports/arabic';
import { readNumber, readNumberBefore } from './numbers';
import { type Token, tokenize } from './words';

/** A count found in folded text, with its offsets there. */
export interface Count {
  value: number;
  start: number;
  end: number;
}

const set = (...w: string[]) => new Set(w.map(foldKey));
/** `و`, `ب`, `ل`, `ف`: the clitics `strip` takes off. */
function isClitic(c: number): boolean {
  return c === 0x0648 || c === 0x0628 || c === 0x0644 || c === 0x0641;
}

/**
 * `t.replace(/^[وبلف]{1,2}(?=..)/, '')` without a regex per token: two clitics when two
 * characters remain, else one. (Tokens hold no line breaks, so `.` is any character here.)
 */
function strip(t: string): string {
  if (!isClitic(t.charCodeAt(0))) return t;
  if (t.length >= 4 && isClitic(t.charCodeAt(1))) return t.slice(2);
  return t.length >= 3 ? t.slice(1) : t;
}

const STRIKE_ONE = set('غارة', 'ضربة');
const STRIKE_TWO = set('غارتين', 'غارتان', 'ضربتين', 'ضربتان');
const STRIKE_MANY = set('غارات', 'ضربات');
const KILL = set('مقتل', 'استشهاد', 'مصرع', 'وفاة', 'قتل', 'سقوط');
const HURT = set('إصابة', 'جرح', 'إصابات');
const DEAD_NOUNS = set('قتلى', 'قتيلا', 'قتيل', 'شهداء', 'شهيدا', 'ضحايا', 'ضحية');
const HURT_NOUNS = set('جرحى', 'جريحا', 'مصابين', 'مصابا', 'إصابات', 'اصابة', 'جريح');
const PERSON_ONE = set(
  'مدني',
  'طفل',
  'طفلة',
  'شخص',
  'امرأة',
  'رجل',
  'عنصر',
  'جندي',
  'مقاتل',
  'شاب',
  'سيدة',
  'مواطن',
);
const PERSON_TWO = set(
  'مدنيين',
  'طفلين',
  'شخصين',
  'امرأتين',
  'عنصرين',
  'جنديين',
  'مقاتلين',
  'شابين',
  'سيدتين',
);

/**
 * The number of air strikes named in folded text: `ثلاث غارات` 3, `لثلاث غارات` 3, `غارتين` 2,
 * `غارة` 1, `غارات` without a figure null. The first strike noun decides.
 *
 * @example strikeCount(foldKey('نفذت طائرة روسية لثلاث غارات'))?.value // 3
 */
export function strikeCount(text: string): Count | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const w = strip(tokens[i]!.t);
    if (!STRIKE_ONE.has(w) && !STRIKE_TWO.has(w) && !STRIKE_MANY.has(w)) continue;
    const before = readNumberBefore(tokens, i);
    const tok = tokens[i]!;
    if (before) return { value: before.value, start: before.start, end: tok.end };
    if (STRIKE_TWO.has(w)) return { value: 2, start: tok.start, end: tok.end };
    if (STRIKE_ONE.has(w)) return { value: 1, start: tok.start, end: tok.end };
    return null; // plural without a figure: unknown
  }
  return null;
}

/** Person count right after a trigger word: a figure, or a singular/dual noun. */
/** Words that may stand between a trigger and its figure: `قتل خلالها أربعة`. */
const FILLERS = set(
  'خلالها',
  'فيها',
  'فيه',
  'جراءها',
  'جراءه',
  'إثرها',
  'منهم',
  'على',
  'الأقل',
  'حتى',
  'الآن',
);

function afterTrigger(tokens: readonly Token[], i: number): Count | undefined {
  let at = i + 1;
  while (at < tokens.length && at - i <= 3 && FILLERS.has(tokens[at]!.t)) at++;
  const f = readNumber(tokens, at);
  if (f && f.start - tokens[i]!.end < 40)
    return { value: f.value, start: tokens[i]!.start, end: f.end };
  const next = tokens[i + 1];
  if (!next) return undefined;
  const w = strip(next.t);
  const two = tokens[i + 2]?.t;
  if (PERSON_TWO.has(w) && (two === 'اثنين' || two === 'اثنان'))
    return { value: 2, start: tokens[i]!.start, end: tokens[i + 2]!.end };
  if (PERSON_ONE.has(w)) return { value: 1, start: tokens[i]!.start, end: next.end };
  if (PERSON_TWO.has(w) && w !== foldKey('مدنيين') && w !== foldKey('مقاتلين')) {
    return { value: 2, start: tokens[i]!.start, end: next.end };
  }
  return undefined;
}

function personCount(text: string, triggers: Set<string>, nouns: Set<string>): Count | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const w = strip(tokens[i]!.t);
    if (triggers.has(w)) {
      const c = afterTrigger(tokens, i);
      if (c) return c;
    }
    if (nouns.has(w) && i > 0) {
      const f = readNumberBefore(tokens, i);
      if (f) return { value: f.value, start: f.start, end: tokens[i]!.end };
    }
  }
  return null;
}

/**
 * People killed, from `مقتل 34 شخصاً بينهم 3 أطفال` (34: the "among them" figure is part of it),
 * `سقوط 5 قتلى`, `مقتل مدني` (1), `مقتل طفلين` (2), `بين 5 و7 قتلى` (5, the lower figure).
 *
 * @example killedCount(foldKey('أدى إلى مقتل 34 شخصاً بينهم 3 أطفال'))?.value // 34
 */
export function killedCount(text: string): Count | null {
  return personCount(text, KILL, DEAD_NOUNS);
}

/**
 * People injured: `إصابةِ 74 آخرين`, `جرح ثلاثة مدنيين`, `10 جرحى`, `إصابة شخصين` (2).
 *
 * @example injuredCount(foldKey('وإصابةِ 74 آخرين'))?.value // 74
 */
export function injuredCount(text: string): Count | null {
  return personCount(text, HURT, HURT_NOUNS);
}
