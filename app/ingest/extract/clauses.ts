import { type FoldedText, foldKey, foldText } from '../reports/arabic';
import { WEEKDAYS } from './dates';

/** A clause: offsets into the original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Connectors that introduce another event (as written; folded where the pattern is made). */
const CONNECTORS = [
  'كما',
  'حيث',
  'فيما',
  'بينما',
  'وسط',
  'لافتا',
  'لافتة',
  'مشيرا',
  'مشيرة',
  'مضيفا',
  'ما أدى',
  'مما',
  'ما أسفر',
  'في حين',
  'بالتزامن مع',
  'تزامنا مع',
  'إضافة إلى',
  'بعد أن',
  // A concession (`ولم تتوقف الغارات رغم إعلان روسيا عن وقف لإطلاق النار في إدلب`): what it
  // grants is told as known, not as the clause's event, and its places and sides are not that
  // event's.
  'رغم',
  'بالرغم',
  'على الرغم',
];
/**
 * Where a new clause starts: after punctuation, before connectors that introduce another event
 * (`كما`, `حيث`, `بالتزامن مع`, `لافتاً إلى`, `ما أدى`), and before `و` joined to an event noun
 * (`وقصف فصائل`), so that one sentence telling three events yields three clauses.
 */
const SPLIT = new RegExp(
  [
    '[،,؛;:]',
    // The white space before a connector is matched (not looked behind at), so that every
    // alternative starts with one of a few characters the engine can scan for: a look-behind
    // tried at every position was most of the split's time. The cut is after the match.
    // The words are folded as the text is (`أدى` is read `ادي`, `إلى` `الي`).
    `\\s(?=(?:${CONNECTORS.map(foldKey).join('|')})(?![\\p{L}]))`,
    // Not between the dead and the wounded told together (`مقتل وإصابة 10 عناصر`): they share
    // one figure. Looked behind only where the rest matched, which is rare.
    '\\s(?=و(?:قصف|غارات|غارة|اشتباكات|معارك|تعزيزات|استهداف|انفجار|قذائف|هجوم|سقوط|اصابة|مقتل)(?![\\p{L}]))(?<!(?:مقتل|قتل|استشهاد|مصرع|اصابة|جرح)\\s)',
  ].join('|'),
  'gu',
);

/** A piece that only says when (folded): `اليوم الخميس`, `صباح أمس`, `مساء الجمعة الماضي`. */
const TIME_ONLY =
  /^\s*[وف]?(?:(?:يوم|فجر|صباح|مساء|ظهر|عصر|ليل|ليلة|منتصف ليل|منتصف ليلة)\s+)?(?:اليوم|امس|الليلة|ليلة|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة)(?:\s+(?:الماضي|الماضية|الفائت|المنصرم|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة))?\s*[،,]$/u;

/**
 * A piece that opens with what a verb of fire hit, its object cut from it by a comma (folded):
 * `قصفت طائرات مسيرة تركية، رتلاً لقوات النظام …`. FIRE_VERB_ONLY is the piece before it: the
 * verb and its subject, no object told.
 */
const OBJECT_CUT =
  /^\s*(?:رتلا|رتلين|ارتالا|موقعا|مواقع|نقط[ةه]|نقاطا|تجمعا|تجمعات|مقرا|مقرات|سيار[ةه]|اليات|الي[ةه]|دباب[ةه]|شاحن[ةه]|حافل[ةه])(?![\p{L}])/u;
const FIRE_VERB_ONLY =
  /^\s*[وف]?(?:قصفت|قصف|استهدفت|استهدف|ضربت|هاجمت|هاجم|دمرت)\s+(?:(?!علي|في)[^\s،,])+(?:\s+(?:(?!علي|في)[^\s،,])+){0,3}\s*[،,]$/u;

/** A piece that opens with where fire came from (folded): `مصدرها`, `ومصدره`. */
const SOURCE_OPENS = /^\s*[وف]?مصدر(?:ه|ها)(?![\p{L}])/u;
/**
 * A piece that opens with `و` and a verbal noun of what goes on or is done (folded): `واستمرار
 * تسيير الدوريات`, `ووقف إطلاق النار`. It has no verb of its own: it is a second object of the
 * clause before (`أكد الجانبان على ضرورة الالتزام بوقف إطلاق النار، واستمرار تسيير الدوريات`).
 */
const OBJECT_GOES_ON = /^\s*و(?:استمرار|مواصلة|استئناف|تسيير|ضمان|تثبيت|تطبيق|وقف)(?![\p{L}])/u;
/**
 * A piece that tells what the clause before hit, by a participle or its own verbal noun with the
 * clause's subject as a pronoun (`قصفت قوات النظام ريف إدلب الجنوبي، مستهدفةً بلدة كفرنبل`,
 * `ارتكبت الطائرات الروسية مجزرة في ريف حلب الغربي، بعد استهدافها بلدة كفرتعال`), or by what
 * the event took in (`شنت الطائرات الروسية غارات على ريف إدلب الجنوبي، شملت بلدات كفرنبل وحاس`)
 * or what a fight won (`شهدت جبهات ريف إدلب معارك عنيفة …، تمكنت خلالها الفصائل من استعادة
 * السيطرة على بلدتي كفرنبل وحاس`), or the places it struck most told apart (`غارات على مدن وبلدات
 * ريف حلب الغربي، ولا سيما دارة عزة والأتارب`, `خاصة`, `أبرزها`) (folded). It is that clause's
 * place, where the area before was told at large.
 */
const TARGET_TOLD =
  /^\s*(?:(?:بعد|عقب|اثر)\s+)?(?:ب?استهداف(?:ها|ه|هم|هما)|مستهدف(?:[ةه]|ا|ين|تين)|شملت|شمل|طالت|(?:تمكنت|تمكن|تمكنوا)\s+خلال(?:ها|ه)|و?(?:لا\s*سيما|خاص[ةه]|خصوصا|تحديدا|ابرزها|اهمها))(?![\p{L}])/u;

/**
 * Split a sentence (original text) into clauses, offsets into the original. `folded` is the
 * whole text folded once (`foldText`), passed by callers that fold it anyway.
 *
 * @example clauseSpans('قصف على أريحا، كما استهدفت غارة سرمين').length // 2
 */
export function clauseSpans(
  text: string,
  from = 0,
  to = text.length,
  folded: FoldedText = foldText(text),
): Span[] {
  const base = folded.at[from]!;
  const norm = folded.text.slice(base, folded.at[to]!);
  const cuts = [0];
  SPLIT.lastIndex = 0;
  // Every match is one character (punctuation, or the space before a connector): cut after it.
  for (let m = SPLIT.exec(norm); m; m = SPLIT.exec(norm)) cuts.push(m.index + 1);
  cuts.push(norm.length);
  // A time set off by commas (`قصفت، صباح اليوم، قوات النظام …`, `سيّرت القوات الروسية
  // والتركية، اليوم الخميس، الدورية المشتركة`) is no clause: the cuts around it go, so the verb
  // keeps its subject and object.
  for (let i = 1; i + 2 < cuts.length; i++) {
    if (norm[cuts[i]! - 1] !== '،' && norm[cuts[i]! - 1] !== ',') continue;
    if (!TIME_ONLY.test(norm.slice(cuts[i]!, cuts[i + 1]!))) continue;
    cuts.splice(i, 2);
    i--;
  }
  // Where the fire came from, set off by a comma (`سقطت قذائف على مدينة الباب، مصدرها مناطق
  // انتشار قسد`), is no clause: it names the fire's side, and its `انتشار` is no deployment.
  // Nor is a second object opened by `و` and a verbal noun (OBJECT_GOES_ON): a call's reach
  // runs on into it. Nor what the clause hit, told after it (TARGET_TOLD).
  for (let i = 1; i + 1 < cuts.length; i++) {
    if (norm[cuts[i]! - 1] !== '،' && norm[cuts[i]! - 1] !== ',') continue;
    const piece = norm.slice(cuts[i]!, cuts[i + 1]!);
    if (
      !SOURCE_OPENS.test(piece) &&
      !OBJECT_GOES_ON.test(piece) &&
      !TARGET_TOLD.test(piece) &&
      !(OBJECT_CUT.test(piece) && FIRE_VERB_ONLY.test(norm.slice(cuts[i - 1]!, cuts[i]!)))
    )
      continue;
    cuts.splice(i, 1);
    i--;
  }
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    // Folded offset → original offset; the end of the slice maps to `to`. (Inline, not a
    // closure: tsx names every closure it makes, a call per clause split.)
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    let s = a === norm.length ? to : folded.map[base + a]!;
    let e = b === norm.length ? to : folded.map[base + b]!;
    while (s < e && /[\s،,؛;:]/.test(text[s]!)) s++;
    while (e > s && /[\s،,؛;:.]/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  }
  return spans;
}

/**
 * Words that may stand in a list of places beside the names (folded): settlement words, the
 * outskirts, `في`. A piece cut off by a comma or a colon that holds only these and place
 * mentions goes on the list of the clause before it.
 */
const LIST_FILLER = new Set(
  [
    'بلدة',
    'بلدات',
    'بلدتي',
    'قرية',
    'قرى',
    'قريتي',
    'مدينة',
    'مدن',
    'مدينتي',
    'مخيم',
    'مخيمات',
    'أطراف',
    'محيط',
    'ضواحي',
    'مشارف',
    'في',
    // Hills named by their village (`وتلال الكبينة في ريف اللاذقية الشمالي`).
    'تلال',
    'تلة',
    'مرتفعات',
  ].map(foldKey),
);

/**
 * Words of a time told after the last place of a list (folded): `البارة، وإحسم، ومرعيان منذ
 * ساعات الصباح`, `…، وكنصفرة صباح اليوم`. The list's last piece is still only places (it was a
 * clause of its own that told nothing, and its village was lost).
 */
const LIST_TIME_TAIL = new Set(
  [
    ...['منذ', 'خلال', 'ساعات', 'الساعات', 'الماضية', 'الاخيرة', 'يوم', 'اليوم', 'امس'],
    ...['صباح', 'الصباح', 'مساء', 'المساء', 'فجر', 'الفجر', 'ظهر', 'الظهر', 'عصر', 'ليل', 'ليلة'],
    'الماضي',
  ].map(foldKey),
);
for (const day of WEEKDAYS) LIST_TIME_TAIL.add(day);

/** A proclitic a mention leaves out of its word. */
const CLITIC = /^[بلك]$/;

/** What `joinPlaceLists` reads of a place mention. */
interface Named {
  start: number;
  end: number;
  /** Precision 3 (a governorate, the country) or a governorate's seat named bare. */
  geoPrecision?: number;
  seatOf?: unknown;
}

/**
 * Whether a piece between commas is only places (its words outside `mentions` are list
 * fillers): `list`, or `address` when it is a governorate or the country alone with no `و`
 * (`كنصفرة، إدلب، سوريا`), which locates what came before it unless the list goes on after it
 * (`أريحا، إدلب، سراقب وسرمين`); else false.
 */
function onlyPlaces(
  text: string,
  span: Span,
  mentions: readonly Named[],
  from: number,
): 'list' | 'address' | false {
  let at = span.start;
  const inside: Named[] = [];
  const rest: string[] = [];
  for (let k = from; k < mentions.length && mentions[k]!.start < span.end; k++) {
    const m = mentions[k]!;
    if (m.end <= span.start || m.start < at) continue; // before it, or inside another's span
    rest.push(text.slice(at, m.start));
    at = m.end;
    inside.push(m);
  }
  // `التح (6)`: a village the gazetteer lacks, in a list of places each with its count.
  if (!inside.length) return COUNTED_NAME.test(text.slice(span.start, span.end)) ? 'list' : false;
  rest.push(text.slice(at, span.end));
  // Quotes and commas are no words (`بلدات "كنصفرة، وبليون، والبارة"`), nor a place's count in
  // brackets (`جرجناز (8)، التح (6)`: its strikes).
  for (const [k, piece] of rest.entries())
    for (const word of piece.replace(BRACKET_FIGURE, ' ').split(/[^\p{L}\p{N}]+/u)) {
      if (!word) continue;
      const w = foldKey(word);
      if (LIST_FILLER.has(w)) continue;
      if (k === rest.length - 1 && k > 0 && LIST_TIME_TAIL.has(w)) continue;
      // A clitic alone is what a mention's span leaves out of its word (`ومعرة`, `بريف`).
      const bare = w.replace(/^[وف]/, '');
      if (bare.length > 1 ? LIST_FILLER.has(bare) : bare === '' || CLITIC.test(bare)) continue;
      // After a place, a word joined by `و` is a village the gazetteer lacks, named in the list
      // (`وسراقب وداديخ بريف إدلب الشرقي`); before any, it may be a verb (`وقصفت سراقب`).
      if (k > 0 && w.startsWith('و') && bare.length > 2) continue;
      return false;
    }
  const lone =
    inside.length === 1 &&
    (inside[0]!.geoPrecision === 3 || inside[0]!.seatOf !== undefined) &&
    !/^[^\p{L}]*و/u.test(text.slice(span.start, span.end));
  return lone ? 'address' : 'list';
}

/** A count in brackets after a place (`(12)`), its figure in group 1: Western or Arabic digits. */
const IN_BRACKETS = String.raw`[(（]\s*([0-9٠-٩]{1,4})\s*[)）]`;
/** Every count in brackets in a piece of a list. */
const BRACKET_FIGURE = new RegExp(IN_BRACKETS, 'g');
/** A count in brackets right at the start of a text. */
const BRACKET_AHEAD = new RegExp(`^\\s*${IN_BRACKETS}`);
/** A name of a word or two and its count in brackets, alone (`التح (6)`, `وأم جلال (3)`). */
const COUNTED_NAME = new RegExp(
  String.raw`^[^\p{L}]*[\p{L}]+(?:\s+[\p{L}]+)?\s*${IN_BRACKETS}[^\p{L}\p{N}]*$`,
  'u',
);

/** A figure in brackets right after offset `at` (`كفرنبل (4)`), if any. */
export function bracketFigure(body: string, at: number): number | undefined {
  const m = BRACKET_AHEAD.exec(body.slice(at, at + 12));
  if (!m) return undefined;
  return Number(m[1]!.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
}

/** The cut between two pieces of one list: a comma or a colon, and spaces. */
const LIST_CUT = /^\s*[،,:]\s*$/;

function inOrder(mentions: readonly Named[]): boolean {
  for (let k = 1; k < mentions.length; k++)
    if (mentions[k]!.start < mentions[k - 1]!.start) return false;
  return true;
}

/**
 * Join to the clause before it each clause that only goes on with its list of places, cut off
 * by a comma (`قصفت قوات النظام البارة، كنصفرة، ومعرة النعمان`) or a colon (`نحو 10 مناطق، وهي:
 * كبانة وسلمى`): the places are that clause's, not a clause of their own that tells nothing.
 * `mentions` are the sentence's places, in order.
 *
 * @example joinPlaceLists('قصف على البارة، كنصفرة', spans, mentions).length // 1
 */
export function joinPlaceLists(text: string, spans: Span[], given: readonly Named[]): Span[] {
  if (spans.length < 2 || given.length < 2) return spans;
  // Villages the gazetteer lacks may come after the known places: in text order, please.
  const mentions = inOrder(given) ? given : [...given].sort((a, b) => a.start - b.start);
  const out: Span[] = [spans[0]!];
  // Spans and mentions both in text order: one pointer walks the mentions, so a sentence of
  // thousands of commas and places costs no scan of every mention per piece.
  let m = 0;
  const piece = (k: number, after: Span): ReturnType<typeof onlyPlaces> => {
    const span = spans[k]!;
    while (m < mentions.length && mentions[m]!.end <= span.start) m++;
    return LIST_CUT.test(text.slice(after.end, span.start))
      ? onlyPlaces(text, span, mentions, m)
      : false;
  };
  let next = piece(1, spans[0]!);
  for (let k = 1; k < spans.length; k++) {
    const prev = out[out.length - 1]!;
    const span = spans[k]!;
    const kind = next;
    // What the next piece is tells whether a lone governorate here is an address or listed.
    next = k + 1 < spans.length ? piece(k + 1, span) : false;
    if (kind === 'list' || (kind === 'address' && next === 'list'))
      out[out.length - 1] = { start: prev.start, end: span.end };
    else out.push(span);
  }
  return out;
}
