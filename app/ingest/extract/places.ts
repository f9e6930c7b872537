import { booleanPointInPolygon } from '@turf/turf';
import type { PlaceMention } from '../../model';
import { isOffsetPlace, slugify } from '../geocode/areas';
import { foldKey } from '../reports/arabic';
import { tokenize } from './words';

/** Words that, between two place names, make the second one qualify the first. */
const LOCATIVE = new Set(
  [
    'في',
    'ب',
    'على',
    'أطراف',
    'قرب',
    'بالقرب',
    'من',
    'ضمن',
    'الواقعة',
    'الواقع',
    'تقع',
    'يقع',
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'شمالي',
    'جنوبي',
    'شرقي',
    'غربي',
    'شمالا',
    'جنوبا',
    'ريف',
    'بريف',
    'منطقة',
    'بمنطقة',
    'مدينة',
    'بمدينة',
    'محافظة',
    'بمحافظة',
    'قضاء',
    'ناحية',
    'الغربية',
    'الشرقية',
    'الشمالية',
    'الجنوبية',
    'أطرافها',
    'مقربة',
    // `سرمدا القريبة من معبر باب الهوى`: the crossing only says where Sarmada is.
    'القريبة',
    'القريب',
    'المحاذية',
    'المحاذي',
    'المجاورة',
    'المجاور',
    // `قرية شيخ خورز التابعة لناحية بلبل`: the district it belongs to.
    'التابعة',
    'التابع',
    'لناحية',
    'لمنطقة',
    'لمدينة',
    'لمحافظة',
  ].map(foldKey),
);

/**
 * True when the text between two mentions only locates the first (`X في ريف Y`, `X الواقعة على
 * أطراف مدينة Y`, `X، الواقعة على بعد نحو 30 كيلومتراً غرب مدينة Y`: a comma only before such a
 * description, which a distance may measure).
 */
export function isQualifierGap(gap: string): boolean {
  let folded = foldKey(gap);
  const described = APPOSITION.exec(folded);
  if (described) folded = folded.slice(described[0].length - described[1]!.length);
  if (/[،,؛;]/.test(folded)) return false;
  return tokenize(folded).every(
    (t) =>
      LOCATIVE.has(t.t) ||
      DISTANCE.has(t.t) ||
      /^\d+$/.test(t.t) ||
      (!t.t.startsWith('و') && LOCATIVE.has(t.t.replace(/^ب/, ''))),
  );
}

/** `، الواقعة …`: a comma before a description of where the place lies (folded). */
const APPOSITION = /^\s*[،,]\s*((?:الواقع|التابع|القريب|المحاذي|المجاور)\S*)/;
/** Words of a distance (`على بعد نحو 30 كيلومتراً`), folded. */
const DISTANCE = new Set(
  ['بعد', 'نحو', 'حوالي', 'قرابة', 'مسافة', 'كيلومترا', 'كيلومترات', 'كيلومتر', 'كم', 'كلم'].map(
    foldKey,
  ),
);

/**
 * Where fire came from, just before a place (`مصدره مواقع النظام في معرة النعمان`, `من مواقعها
 * في`, `انطلاقاً من`, `من نقطتها في`, `قناص من قوات النظام المتمركزة في`): that place is the
 * launch site, not what was hit. The words between never cross a sentence's or a clause's end
 * (`… مصدره مواقع قوات النظام. تعرضت قرية X` names X as hit), nor a word that turns to the
 * target (`أقلعت من قاعدة حميميم سبع غارات على محاور جبل التركمان`: the mountain was hit).
 * Each cue starts a word: `مجهولة المصدر` (of unknown source) names no launch site.
 */
const ORIGIN = new RegExp(
  `(?<![\\u0621-\\u064a])[وف]?(?:${[
    // A source or an area held: a side's full name and its abbreviation may come before the
    // place (`مصدره مناطق سيطرة "قوات سوريا الديمقراطية" (قسد) في محيط تل رفعت`).
    `(?:مصدره|مصدرها|مصدر|من مناطق سيطرة\\S*)${originWords(8)}`,
    // A post or a position: the place follows within a few words, and a target may come next
    // (`من نقطتها في بلدة مورك مواقع قوات النظام في مدينة خان شيخون`).
    // Units stationed on a front (`وحدات الجيش العاملة على اتجاه ريف إدلب الجنوبي`).
    `(?:العامل|العاملة)(?:\\s+(?:على|علي|في))?(?:\\s+(?:اتجاه|محور|محاور|جبه[ةه]|جبهات|قطاع))?${originWords(2)}`,
    `(?:انطلاقا من|من مواقع\\S*|من قاعدة|من نقاط\\S*|من نقطت\\S*|من نقطة|من مرابض\\S*)${originWords(5)}`,
    // Launched from (`طائرات مسيرة أطلقها مسلحون من منطقة خفض التصعيد في إدلب`).
    `اطلق\\S*(?:\\s+[^\\s.،,؛;:]+){0,2}?\\s+من${originWords(5)}`,
    // Stationed on (`المتمركزة على أطراف مدينة سراقب`): `على` here is where they are, not the
    // target it turns to after other cues.
    `(?:المتمركز\\S*|المنتشر\\S*|المتواجد\\S*)(?:\\s+(?:على|علي))?${originWords(5)}`,
    // Where the side that fired is, told right after it as the verb's subject (`قصفت الفصائل في
    // إدلب مدينة السقيلبية`): not what it hit, which follows.
    `(?:قصفت|قصف|قصفوا|استهدفت|استهدف|استهدفوا)\\s+(?:ال)?(?:فصائل|مسلح\\S*|ثوار|قوات\\s+(?:ال)?نظام|هيئ[ةه]\\s+تحرير\\s+الشام|قسد|الهيئ[ةه])(?:\\s+(?:ال)?معارض[ةه])?\\s+في`,
  ].join('|')})\\s+$`,
);

/** A literal each ORIGIN cue holds, in the folded text (`انطلاقا`, `المتمركزة`). */
const ORIGIN_HINT =
  /مصدر|سيطر|مواقع|قاعد|نقاط|نقط|مرابض|متمركز|منتشر|متواجد|عامل|انطلاق|اطلق|(?:قصف|استهدف)\S*\s+(?:ال)?(?:فصائل|مسلح|ثوار|قوات|هيئ|قسد)\S*(?:\s+\S+){0,3}?\s+في\s/;

/**
 * Up to n words after a launch-site cue, none turning to the target (`على`, `نحو`, `استهدف`,
 * `قصفت`), nor a list of places, which is what was hit (`المتمركزة في معسكر جورين قرى الزيارة
 * والعنكاوي`: the camp is the launch site, the villages the targets).
 */
function originWords(n: number): string {
  return `(?:\\s+(?!(?:على|علي|نحو|باتجاه|ضد|تجاه|استهدف\\S*|طال\\S*|قصف\\S*|قري|قريتي|بلدات|بلدتي|مدينتي)(?:\\s|$))[^\\s.،,؛;:!؟?]+){0,${n}}`;
}

/**
 * True when the mention is where an attack came from, not its target (see ORIGIN). Read in the
 * 90 characters before it: a side's full name and its abbreviation (`مصدره مناطق سيطرة "قوات
 * سوريا الديمقراطية" (قسد) في محيط تل رفعت`) may stand between the cue and the place.
 *
 * @example isOrigin('قصف صاروخي مصدره مواقع النظام في معرة النعمان', mention) // true
 */
export function isOrigin(body: string, m: PlaceMention): boolean {
  const before = foldKey(body.slice(Math.max(0, m.start - 90), m.start));
  // Literal checks first: most places are named with no launch site before them.
  if (!ORIGIN_HINT.test(before)) return false;
  return ORIGIN.test(before.endsWith(' ') ? before : `${before} `);
}

/**
 * A road named by the places it joins (`على الطريق الواصل بين عفرين وأعزاز`, `على طريق حلب –
 * اللاذقية`): its ends are where it goes, not where anything happened.
 */
const ROAD_END =
  /(?:(?:الواصل|الرابط|يربط|يصل)\S*(?:\s+[^\s.،,؛;:]+){0,4}\s+و?|(?:طريق|الطريق|اوتوستراد)\s+(?:[^\s.،,؛;:]+\s*[-–]\s*)?)$/;

/**
 * True when the mention is one end of a road the text names by its ends. Read in the 60
 * characters before it.
 *
 * @example isRoadEnd('على الطريق الواصل بين عفرين وأعزاز', mentionOfAzaz) // true
 */
export function isRoadEnd(body: string, m: PlaceMention): boolean {
  return ROAD_END.test(foldKey(body.slice(Math.max(0, m.start - 60), m.start)));
}
const ROAD_HINT = /طريق|اوتوستراد|واصل|رابط|يربط|يصل/;

/**
 * Where a side fell back to (`قوات النظام التي انسحبت نحو محمبل`, `فروا باتجاه بلدة X`,
 * `انسحبت على إثرها قوات النظام نحو بلدة محمبل`): not where the fighting was.
 */
const RETREAT_GOAL =
  /(?<![\u0621-\u064a])[وف]?(?:(?:انسحب|انسحاب|تراجع)\S*|(?:فر|فرت|فروا|فرار|فرارا|هرب|هربت|هربوا|هروب)(?![\u0621-\u064a]))(?:\s+[^\s.،,؛;:]+){0,5}\s+(?:نحو|باتجاه|الي|الى|صوب)\s+(?:[^\s.،,؛;:]+\s+)?$/;

/**
 * True when the mention is where a side withdrew or fled to. Read in the 60 characters before.
 *
 * @example isRetreatGoal('قوات النظام التي انسحبت نحو محمبل', mentionOfMuhambal) // true
 */
export function isRetreatGoal(body: string, m: PlaceMention): boolean {
  return RETREAT_GOAL.test(foldKey(body.slice(Math.max(0, m.start - 60), m.start)));
}
const RETREAT_HINT = /نحو|باتجاه|الي|الى|صوب/;

/**
 * Where those hit were heading (`تعرض رتل تركي لغارة قرب بلدة معرحطاط أثناء توجهه نحو خان
 * شيخون`, `وهم في طريقهم إلى مدينة إدلب`): not where the fire struck them (folded).
 */
const WAY_GOAL =
  /(?<![\u0621-\u064a])(?:(?:[وف]?(?:اثناء|خلال|لدي|عند)\s+)?(?:توجه|مسير|عبور|طريق|ذهاب|عود[ةه]|تنقل)(?:ه|ها|هم|هما)\s+(?:الي|الى|نحو|باتجاه|صوب)|في\s+طريق(?:ه|ها|هم|هما)\s+(?:الي|الى|نحو|باتجاه|صوب))\s+(?:[^\s.،,؛;:]+\s+)?$/;

/**
 * True when the mention is where those hit were heading. Read in the 50 characters before it.
 *
 * @example isWayGoal('تعرض رتل لغارة أثناء توجهه نحو خان شيخون', mentionOfKhanShaykhun) // true
 */
export function isWayGoal(body: string, m: PlaceMention): boolean {
  return WAY_GOAL.test(foldKey(body.slice(Math.max(0, m.start - 50), m.start)));
}

/**
 * Where the hurt were taken for care (`وأسعفت المصابين إلى مستشفى الأتارب`, `نُقلوا إلى مشفى
 * إدلب الجامعي`): the town names the hospital, not where the event was. A hospital struck
 * (`استهداف مستشفى الأتارب`) is named with no such verb, so it keeps its place.
 */
const CARE_GOAL =
  /(?<![\u0621-\u064a])[وف]?(?:نقل|اسعف|اسعاف|ادخل|ادخال|حول|تحويل|يتلقي|يتلقون|لتلقي)\S*(?:\s+[^\s.،,؛;:]+){0,5}\s+(?:الي|الى|في)\s+(?:(?:احد|احدي)\s+)?(?:ال)?(?:مستشف|مشف|مشاف|نقط[ةه]\s+طبي|مركز\s+طبي)\S*(?:\s+[^\s.،,؛;:]+){0,2}?\s+(?:في\s+)?(?:(?:مدين|بلد|قري|منطق)\S*\s+)?$/;

/**
 * True when the mention names the hospital the hurt were taken to. Read in the 80 characters
 * before it.
 *
 * @example isCareGoal('وأسعفت المصابين إلى مستشفى الأتارب', mentionOfAtarib) // true
 */
export function isCareGoal(body: string, m: PlaceMention): boolean {
  return CARE_GOAL.test(foldKey(body.slice(Math.max(0, m.start - 80), m.start)));
}
const CARE_HINT = /مستشف|مشف|مشاف|طبي/;

/**
 * Which of the place tests above a (folded) sentence may need: each needs a literal of its own
 * in the sentence (a launch site, a road, a fall-back goal never reaches across a sentence's
 * end), so a sentence without any skips them for all its places. Callers test it first.
 */
export class PlaceHints {
  private o: boolean | undefined;
  private r: boolean | undefined;
  private g: boolean | undefined;
  private h: boolean | undefined;
  constructor(private readonly sentence: string) {}
  get origin(): boolean {
    this.o ??= ORIGIN_HINT.test(this.sentence);
    return this.o;
  }
  get road(): boolean {
    this.r ??= ROAD_HINT.test(this.sentence);
    return this.r;
  }
  get retreat(): boolean {
    this.g ??= RETREAT_HINT.test(this.sentence);
    return this.g;
  }
  get care(): boolean {
    this.h ??= CARE_HINT.test(this.sentence);
    return this.h;
  }
}

/** The places a clause is about, and the broader places it names them in. */
export interface ClausePlaces {
  targets: PlaceMention[];
  /** For each target, the mention that qualified it (`ريف إدلب الغربي` for `عين شيب`), if any. */
  qualifiers: Map<PlaceMention, PlaceMention>;
}

/** Only `و` between a town and the next mention (`سراقب ومحيطها`). */
const AND_ITS = /^\s*و$/;
/**
 * Between a town and an area whose villages the list adds (`على مدينة أريحا وقرى جبل الزاوية`,
 * `وبلدات في ريف إدلب الجنوبي`): the area is a place of its own, not the town's region.
 */
const VILLAGES_OF = /^\s*[،,]?\s*و(?:قرى|قري|بلدات|مدن|مناطق)\s+(?:(?:في|ب)\s*)?$/;
/**
 * A second target named by its kind, then the area it lies in, after a town (`… ومستودعات
 * للأسلحة في ريف طرطوس`, `ومواقع عسكرية بريف حماة`): `و`, one to four words, `في` or `ب`.
 */
const OTHER_TARGET_IN = /^\s*[،,]?\s*و[^\s،,.]+(?:\s+[^\s،,.]+){0,3}\s+(?:في\s*|ب)$/;
/** `و` between two places of one list, maybe after a comma (`سرمين وجبل الزاوية`). */
const AND_GAP = /^[\s،,"“”«»]*و\s*$/;
/** Between two places of one list: `و`, a comma, quotes (`"كنصفرة، وبليون"`). */
const LIST_GAP = /^[\s،,"“”«»]*و?$/;

/** Whether area mention `area` holds the point of `m`. */
export function holds(area: PlaceMention, m: PlaceMention): boolean {
  return area.area !== undefined && booleanPointInPolygon([m.lon, m.lat], area.area);
}

/** An outskirts area's id (`area-mare-outskirts`, `area-idlib-outskirts-west`): its town's slug. */
const OUTSKIRTS = /^area-(.+?)-outskirts(?:-(?:north|south|east|west)(?:-(?:east|west))?)?$/;

/**
 * Town-level: a named town, a village the gazetteer lacks but the text names, a town's
 * outskirts (`محيط مدينة مارع`), which is no wider than a town: `قصف استهدف مدينة أعزاز ومحيط
 * مدينة مارع` struck both; or a site told by its distance from a town (`سراقب وموقعاً على بعد 5
 * كم غرب أريحا`), one place as a town is.
 */
export function isSpecific(m: PlaceMention): boolean {
  return m.geoPrecision === 1 || m.unresolved === true || isTownLevelArea(m.placeId);
}

/**
 * Whether a place id is of a town-level place drawn as an area: a village the gazetteer lacks
 * (`unknown-…`), a town's outskirts, a site told by its distance from a town (see isSpecific).
 */
export function isTownLevelArea(placeId: string): boolean {
  return placeId.startsWith('unknown-') || OUTSKIRTS.test(placeId) || isOffsetPlace(placeId);
}

/**
 * Whether a mention names the place of an incident at `placeId`: the same place, or the town
 * whose outskirts it is (`… ومحيط مدينة مارع، ما أسفر عن إصابة ثلاثة مدنيين في مارع`).
 */
export function namesPlaceOf(placeId: string, m: PlaceMention): boolean {
  if (placeId === m.placeId) return true;
  const town = OUTSKIRTS.exec(placeId)?.[1];
  return town !== undefined && m.geoPrecision === 1 && town === slugify(m.nameEn);
}

/**
 * Pick the places a clause's event happened at. A mention that only locates the one before it is
 * a qualifier, not a second place; town-level mentions beat areas; a list (`كفرنبل وحاس والبارة`)
 * yields each place once.
 *
 * @example targetPlaces(text, [ainShib, westernIdlibCountryside]).targets // [ainShib]
 */
export function targetPlaces(text: string, mentions: PlaceMention[]): ClausePlaces {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const qualifiers = new Map<PlaceMention, PlaceMention>();
  const heads: PlaceMention[] = [];
  let head: PlaceMention | undefined;
  let prev: PlaceMention | undefined;
  /** The heads listed one after another up to `head` (`كبانة وسلمى`, `كفرنبل، حاس`). */
  let list: PlaceMention[] = [];
  /** Areas whose villages a list adds after a town (`مدينة أريحا وقرى جبل الزاوية`). */
  const ownAreas = new Set<PlaceMention>();
  for (const m of sorted) {
    // Only words that say where lie between the two (`X في ريف Y`), read once.
    const located =
      prev !== undefined && head !== undefined && isQualifierGap(text.slice(prev.end, m.start));
    // A town never locates an area (`في ريف حماة مدينة كفرزيتا`: the town, in that countryside).
    const locates = head === undefined || !isSpecific(m) || isSpecific(head);
    if (prev && head && locates && located) {
      if (!qualifiers.has(head) && m.placeId !== head.placeId) {
        qualifiers.set(head, m);
        // `كبانة وسلمى بريف اللاذقية`: the area after a list locates each place of it that
        // lies in it.
        for (const h of list)
          if (h !== head && !qualifiers.has(h) && h.placeId !== m.placeId && holds(m, h))
            qualifiers.set(h, m);
      }
      list = [];
    } else if (
      head &&
      prev === head &&
      AND_ITS.test(text.slice(head.end, m.start)) &&
      namesPlaceOf(m.placeId, head)
    ) {
      // `على مدينة سراقب ومحيطها`: the town and its surroundings, one place.
    } else {
      if (!(prev && prev === head && LIST_GAP.test(text.slice(prev.end, m.start)))) list = [];
      // `مدينة أريحا وقرى جبل الزاوية`, `مدينة سرمين وجبل الزاوية`: an area listed after a
      // town is struck too (a region, not a governorate; `كنصفرة، إدلب` is an address).
      const gap = prev ? text.slice(prev.end, m.start) : '';
      if (
        prev &&
        prev === head &&
        isSpecific(prev) &&
        !isSpecific(m) &&
        (VILLAGES_OF.test(gap) ||
          (m.geoPrecision === 2 && AND_GAP.test(gap)) ||
          // `محيط مدينة اللاذقية ومستودعات للأسلحة في ريف طرطوس`: another target, in an area
          // that does not hold the town (one that does only says where more of it was).
          (m.geoPrecision === 2 && OTHER_TARGET_IN.test(gap) && !holds(m, prev)))
      )
        ownAreas.add(m);
      // `مستودعات في ريف طرطوس ومحيط مدينة اللاذقية`: an area, then a town it does not hold.
      if (
        prev &&
        prev === head &&
        !isSpecific(prev) &&
        prev.geoPrecision === 2 &&
        isSpecific(m) &&
        AND_GAP.test(gap) &&
        !holds(prev, m)
      )
        ownAreas.add(prev);
      // The area told first, as where the town is (`في ريف حماة مدينة كفرزيتا`): its region.
      if (head && located && !locates && prev === head && holds(head, m)) qualifiers.set(m, head);
      heads.push(m);
      list.push(m);
      head = m;
    }
    prev = m;
  }
  const specific = heads.filter((m) => isSpecific(m) || ownAreas.has(m));
  let pool = specific;
  if (!pool.length) {
    const best = Math.min(...heads.map((m) => m.geoPrecision));
    pool = heads.filter((m) => m.geoPrecision === best);
  }
  const seen = new Set<string>();
  const targets = pool.filter((m) => !seen.has(m.placeId) && seen.add(m.placeId));
  return { targets, qualifiers };
}
