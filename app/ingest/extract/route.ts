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
/** `من`, `انطلاقاً من` right before the route's start (folded; `انطلاقا`, no tanween). */
const FROM = new RegExp(`(?<![\\p{L}])(?:انطلاقا\\s+)?من\\s+${KIND}$`, 'u');
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
  for (const [k, from] of mentions.entries()) {
    if (isRoadPlace(from.placeId) || !FROM.test(before(from))) continue;
    const to = mentions
      .slice(k + 1)
      .find(
        (m) =>
          m.start - from.end <= LONGEST_GAP &&
          !isRoadPlace(m.placeId) &&
          m.placeId !== from.placeId &&
          TO.test(before(m)) &&
          !/[.؛;!؟?]/.test(body.slice(from.end, m.start)),
      );
    if (!to) continue;
    const road = mentions.find((m) => isRoadPlace(m.placeId));
    return road ? { from, to, road } : { from, to };
  }
  return undefined;
}
