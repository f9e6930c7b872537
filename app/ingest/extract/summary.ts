import { AR_NOUNS, countedNoun } from '../../i18n/countedNouns';
import type { Actor, IncidentProperties, IncidentType } from '../../model';

type Fields = Pick<
  IncidentProperties,
  | 'type'
  | 'actors'
  | 'placeAr'
  | 'placeEn'
  | 'strikes'
  | 'fatalities'
  | 'injuries'
  | 'regionAr'
  | 'regionEn'
  | 'alsoPlaces'
>;

const EN_TYPE: Record<IncidentType, [string, string]> = {
  airstrike: ['airstrike', 'airstrikes'],
  shelling: ['shelling', 'shelling'],
  clash: ['clashes', 'clashes'],
  attack: ['attack', 'attacks'],
  explosion: ['explosion', 'explosions'],
  deployment: ['reinforcements', 'reinforcements'],
  agreement: ['talks', 'talks'],
  other: ['casualties', 'casualties'],
};
const EN_ACTOR: Record<Actor, string> = {
  russia: 'Russian',
  regime: 'Syrian regime',
  turkey: 'Turkish',
  opposition: 'Opposition',
  hts: 'HTS',
  sdf: 'SDF/YPG',
  iran: 'Iran-backed',
  isis: 'ISIS',
  coalition: 'Coalition',
  unknown: 'Unattributed',
};
const EN_PREP: Record<IncidentType, string> = {
  airstrike: 'on',
  shelling: 'on',
  attack: 'on',
  clash: 'in',
  explosion: 'in',
  deployment: 'in',
  agreement: 'about',
  other: 'in',
};
/** Arabic noun and whether adjectives take the feminine. */
const AR_TYPE: Record<IncidentType, [string, string, boolean]> = {
  airstrike: ['غارة', 'غارات', true],
  shelling: ['قصف', 'قصف', false],
  clash: ['اشتباكات', 'اشتباكات', true],
  attack: ['هجوم', 'هجمات', false],
  explosion: ['انفجار', 'انفجارات', false],
  deployment: ['تعزيزات', 'تعزيزات', true],
  agreement: ['مباحثات', 'مباحثات', true],
  other: ['حصيلة ضحايا', 'حصيلة ضحايا', true],
};
const AR_PREP: Record<IncidentType, string> = {
  airstrike: 'على',
  shelling: 'على',
  attack: 'على',
  clash: 'في',
  explosion: 'في',
  deployment: 'في',
  agreement: 'حول',
  other: 'في',
};
/** Nationalities read as adjectives (`غارات روسية`); other actors as `من ...`. */
const AR_ADJ: Partial<Record<Actor, [string, string]>> = {
  russia: ['روسي', 'روسية'],
  turkey: ['تركي', 'تركية'],
  iran: ['إيراني', 'إيرانية'],
};
const AR_BY: Record<Actor, string> = {
  russia: 'روسيا',
  regime: 'قوات النظام',
  turkey: 'تركيا',
  opposition: 'الفصائل',
  hts: 'هيئة تحرير الشام',
  sdf: 'قسد/ي ب ك',
  iran: 'الميليشيات الإيرانية',
  isis: 'تنظيم الدولة',
  coalition: 'التحالف الدولي',
  unknown: 'جهة مجهولة',
};

function joinEn(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function casualtiesEn(f: Fields): string {
  const bits = [];
  if (f.fatalities != null) bits.push(`${f.fatalities} killed`);
  if (f.injuries != null) bits.push(`${f.injuries} injured`);
  return bits.length ? `: ${bits.join(', ')}` : '';
}

function casualtiesAr(f: Fields): string {
  const bits = [];
  if (f.fatalities != null)
    bits.push(countedNoun(f.fatalities, AR_NOUNS.killed, 'ar', String(f.fatalities)));
  if (f.injuries != null)
    bits.push(countedNoun(f.injuries, AR_NOUNS.injured, 'ar', String(f.injuries)));
  return bits.length ? `: ${bits.join(' و')}` : '';
}

/**
 * English one-line summary built from an incident's fields.
 *
 * @example summaryEn({ type: 'airstrike', actors: ['russia'], strikes: 3, placeEn: 'Ain Shib', regionEn: 'western Idlib countryside', ... })
 * // 'Russian airstrikes (3) on Ain Shib, western Idlib countryside'
 */
export function summaryEn(f: Fields): string {
  if (f.type === 'other') return tallyEn(f);
  const [one, many] = EN_TYPE[f.type];
  const noun = f.strikes === 1 || (f.type !== 'airstrike' && f.strikes == null) ? one : many;
  const who = f.actors.filter((a) => a !== 'unknown').map((a) => EN_ACTOR[a]);
  const head = who.length ? `${joinEn(who)} ${noun}` : `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  const count = f.type === 'airstrike' && f.strikes != null ? ` (${f.strikes})` : '';
  const places = joinEn([f.placeEn, ...(f.alsoPlaces ?? []).map((p) => p.placeEn)]);
  const region = f.regionEn && !f.placeEn.includes(f.regionEn) ? `, ${f.regionEn}` : '';
  return `${head}${count} ${EN_PREP[f.type]} ${places}${region}${casualtiesEn(f)}`;
}

/**
 * Arabic one-line summary built from an incident's fields.
 *
 * @example summaryAr({ type: 'airstrike', actors: ['russia'], strikes: 3, placeAr: 'عين شيب', regionAr: 'ريف إدلب الغربي', ... })
 * // 'غارات روسية (3) على عين شيب، ريف إدلب الغربي'
 */
export function summaryAr(f: Fields): string {
  if (f.type === 'other') return tallyAr(f);
  const [one, many, feminine] = AR_TYPE[f.type];
  const noun = f.strikes === 1 || f.type !== 'airstrike' ? one : many;
  const known = f.actors.filter((a) => a !== 'unknown');
  const adjectives = known
    .filter((a) => AR_ADJ[a])
    .map((a) => AR_ADJ[a]![feminine || noun !== one ? 1 : 0]);
  const by = known.filter((a) => !AR_ADJ[a]).map((a) => AR_BY[a]);
  let head = noun;
  if (adjectives.length) head += ` ${adjectives.join(' و')}`;
  if (by.length) head += ` من ${by.join(' و')}`;
  const count = f.type === 'airstrike' && f.strikes != null ? ` (${f.strikes})` : '';
  const places = [f.placeAr, ...(f.alsoPlaces ?? []).map((p) => p.placeAr)].join(' و');
  const region = f.regionAr && !f.placeAr.includes(f.regionAr) ? `، ${f.regionAr}` : '';
  return `${head}${count} ${AR_PREP[f.type]} ${places}${region}${casualtiesAr(f)}`;
}

/** A casualty toll names who caused it, not whose casualties they were. */
function tallyEn(f: Fields): string {
  const who = f.actors.filter((a) => a !== 'unknown').map((a) => EN_ACTOR[a]);
  const places = joinEn([f.placeEn, ...(f.alsoPlaces ?? []).map((p) => p.placeEn)]);
  const by = who.length ? ` of ${joinEn(who)} attacks` : '';
  return `Casualties${by} in ${places}${casualtiesEn(f)}`;
}

function tallyAr(f: Fields): string {
  const by = f.actors.filter((a) => a !== 'unknown').map((a) => AR_BY[a]);
  const places = [f.placeAr, ...(f.alsoPlaces ?? []).map((p) => p.placeAr)].join(' و');
  return `حصيلة ضحايا${by.length ? ` هجمات ${by.join(' و')}` : ''} في ${places}${casualtiesAr(f)}`;
}
