/**
 * Forces moved from one place to another: a patrol's route (`سيّرت القوات الروسية والتركية دورية
 * مشتركة من بلدة سرمين إلى مدينة أريحا`, `انطلاقاً من قرية ترنبة وصولاً إلى قرية عين الحور`, `من
 * قرية ترنبة باتجاه مدينة جسر الشغور`), reinforcements sent (`وصلت تعزيزات من حماة إلى ريف إدلب
 * الجنوبي`). One movement, not one event at each end: a researcher counting patrols counted each
 * twice, and reinforcements sent to southern Idlib were placed in Hama, the town beating the
 * area. extractIncidents places a patrol on the road the sentence names, if it names one (`على
 * طريق M4`), else at its start with its end as a further place; reinforcements where they went.
 */
import type { PlaceMention } from '../../model';
import { foldKey } from '../reports/arabic';
import { isRoadPlace } from './summary';

/** The kind of place a route's end may be named with (folded). */
const KIND = '(?:(?:بلد[ةه]|مدين[ةه]|قري[ةه]|ناحي[ةه]|منطق[ةه]|مخيم|معبر|نقط[ةه]|حاجز)\\s+)?';
/**
 * `من`, `انطلاقاً من`, `من جهة` right before the route's start (folded; `انطلاقا`, no
 * tanween).
 */
const FROM = new RegExp(
  `(?<![\\p{L}])(?:انطلاقا\\s+)?من\\s+(?:(?:جه[ةه]|ناحي[ةه]|جانب|محور)\\s+)?${KIND}$`,
  'u',
);
/** `إلى`, `حتى`, `باتجاه`, `نحو`, `وصولاً إلى` right before its end (folded). */
const TO = new RegExp(
  `(?<![\\p{L}])(?:وصولا\\s+)?(?:الي|الى|حتي|حتى|باتجاه|نحو|صوب)\\s+${KIND}$`,
  'u',
);
/** No more than this many characters from the start's name to the end's. */
const LONGEST_GAP = 60;

export interface Route {
  from: PlaceMention;
  to: PlaceMention;
  /** The road the clause names, which the forces went along. */
  road?: PlaceMention;
}

/**
 * The route a clause of forces moving names among its `mentions` (text order), or undefined.
 *
 * @example movedAlong('دورية مشتركة من بلدة سرمين إلى مدينة أريحا', [sarmin, ariha]) // { from: sarmin, to: ariha }
 */
export function movedAlong(body: string, mentions: readonly PlaceMention[]): Route | undefined {
  const before = (m: PlaceMention) => foldKey(body.slice(Math.max(0, m.start - 30), m.start));
  const road = mentions.find((m) => isRoadPlace(m.placeId));
  const route = (from: PlaceMention, to: PlaceMention): Route =>
    road ? { from, to, road } : { from, to };
  /** The first end after `first`, near it in the same sentence, that `word` leads. */
  const next = (k: number, first: PlaceMention, word: RegExp) =>
    mentions
      .slice(k + 1)
      .find(
        (m) =>
          m.start - first.end <= LONGEST_GAP &&
          !isRoadPlace(m.placeId) &&
          m.placeId !== first.placeId &&
          word.test(before(m)) &&
          !/[.؛;!؟?]/.test(body.slice(first.end, m.start)),
      );
  for (const [k, from] of mentions.entries()) {
    if (isRoadPlace(from.placeId) || !FROM.test(before(from))) continue;
    const to = next(k, from, TO);
    if (to) return route(from, to);
  }
  // The end told first (`دخلت أرتال الهيئة إلى المدينة من جهة بلدة جنديرس`).
  for (const [k, to] of mentions.entries()) {
    if (isRoadPlace(to.placeId) || !TO.test(before(to))) continue;
    const from = next(k, to, FROM);
    if (from) return route(from, to);
  }
  return undefined;
}
