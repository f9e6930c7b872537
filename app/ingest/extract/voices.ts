/**
 * An outlet's voice: how the media of one side name the others. Each side calls the other
 * "terrorists", so outside a known voice those words name no side; inside one they do:
 * - **Damascus** (state media before 8 December 2024: SANA, al-Ikhbariya, Syrian TV):
 *   `التنظيمات الإرهابية`, `مجموعة إرهابية مسلحة`, `الإرهابيين` are the armed opposition (HTS is
 *   named when they name it); the bare `الجيش`, and "our forces" (`قواتنا المسلحة`, `جيشنا`),
 *   are the Syrian army.
 * - **Ankara** (Anadolu, TRT, Daily Sabah, Yeni Şafak): `الإرهابيين`, `التنظيمات الإرهابية` are
 *   the PKK/YPG, that is the SDF's side.
 * - **The Autonomous Administration** (Hawar News, ANHA): `الاحتلال` is Turkey, `المرتزقة` the
 *   Turkish-backed factions.
 * - **Moscow** (RT, Sputnik, TASS, which relay the Russian reconciliation centre and the Russian
 *   defence ministry): the terrorists are the armed opposition, as in Damascus's state media and
 *   until the same day. In both, the armed groups named with the article (`المسلحين`,
 *   `التشكيلات المسلحة`) are the factions too.
 */
import type { Actor } from '../../model';
import { foldKey } from '../reports/arabic';
import { memoWord } from '../text/memo';
import { FALL_OF_ASSAD } from './era';
import { words } from './words';

export type Voice = 'damascus' | 'ankara' | 'aanes' | 'moscow';

/** The day Damascus's state media stopped speaking for the former government. */
const DAMASCUS_UNTIL = FALL_OF_ASSAD;

/** Names of outlets by voice: an outlet containing one has that voice. */
const OUTLETS: Record<Voice, string[]> = {
  damascus: [
    ...['sana', 'سانا', 'الوكالة العربية السورية للأنباء', 'syrian arab news agency'],
    ...['الإخبارية السورية', 'al-ikhbariya', 'al ikhbariya', 'التلفزيون العربي السوري'],
    'التلفزيون السوري',
  ],
  ankara: [
    ...['anadolu', 'الأناضول', 'trt', 'تي آر تي', 'daily sabah', 'ديلي صباح'],
    ...['yeni şafak', 'yeni safak', 'يني شفق'],
  ],
  aanes: ['hawar', 'هاوار', 'anha'],
  moscow: [
    ...['روسيا اليوم', 'آر تي', 'rt', 'rt arabic', 'russia today', 'سبوتنيك', 'sputnik'],
    ...['tass', 'وكالة تاس'],
  ],
};

/** Lower-cased and folded as report text is (`الأناضول` and `الاناضول` are one name). */
function outletKey(name: string): string {
  return foldKey(name.toLowerCase());
}

const OUTLET_KEYS = (Object.entries(OUTLETS) as [Voice, string[]][]).map(
  ([voice, names]) => [voice, names.map(outletKey)] as const,
);

/**
 * The voice of a report from `outlet` published on `date` (`YYYY-MM-DD`), if it has one.
 *
 * @example outletVoice('SANA', '2019-05-06') // 'damascus'
 * @example outletVoice('SANA', '2025-01-10') // undefined
 * @example outletVoice('وكالة الأناضول', '2020-02-27') // 'ankara'
 */
export function outletVoice(outlet: string | undefined, date: string): Voice | undefined {
  if (!outlet) return undefined;
  const voice = voiceOf(outlet);
  return (voice === 'damascus' || voice === 'moscow') && date >= DAMASCUS_UNTIL ? undefined : voice;
}

/** Each outlet's voice, worked out once: every report of an outlet asks again. */
const voiceOf = memoWord(voiceOfName, 200, 1000);

function voiceOfName(outlet: string): Voice | undefined {
  const key = outletKey(outlet);
  // Short Latin names as whole words only (`trt` is no part of another name).
  const named = (n: string) =>
    /^[a-z]{2,5}$/.test(n) ? new RegExp(`(?<![a-z])${n}(?![a-z])`).test(key) : key.includes(n);
  for (const [voice, names] of OUTLET_KEYS) if (names.some(named)) return voice;
  return undefined;
}

/** Plural "terrorists" and their groups; never the adjective alone (`داعش الإرهابي`). */
const TERRORISTS = [
  ...['الإرهابيين', 'إرهابيين', 'الإرهابيون', 'إرهابيون', 'إرهابيي', 'إرهابيو'],
  ...['التنظيمات الإرهابية', 'تنظيمات إرهابية', 'المجموعات الإرهابية', 'مجموعات إرهابية'],
  ...['مجموعة إرهابية', 'المجموعة الإرهابية', 'الجماعات الإرهابية', 'جماعات إرهابية'],
];

/**
 * The armed groups named by their arms (`المسلحين في منطقة إدلب لخفض التصعيد`, `التشكيلات
 * المسلحة غير الشرعية`, `تشكيلات مسلحة`), as the Russian reconciliation centre names the
 * factions; not gunmen told bare (`مسلحون مجهولون`), anyone's.
 */
const ARMED_GROUPS = [
  ...['المسلحين', 'المسلحون', 'التشكيلات المسلحة', 'تشكيلات مسلحة', 'الجماعات المسلحة'],
  'المجموعات المسلحة',
];

/** A name a voice gives a side; `people` for its members (`الإرهابيين`), who may be the ones hit. */
export interface VoicedName {
  actor: Actor;
  re: RegExp;
  people: boolean;
}

/** The names each voice gives the sides, read as `ACTOR_WORDS` are (lexicon.ts). */
export const VOICE_WORDS: Record<Voice, VoicedName[]> = {
  damascus: [
    { actor: 'opposition', re: words([...TERRORISTS, ...ARMED_GROUPS]), people: true },
    // `تصدت وحدات من قواتنا المسلحة لهجمات …`: "our forces", as the army's statements say.
    {
      actor: 'regime',
      re: words(['الجيش', 'الجهات المختصة', 'قواتنا المسلحة', 'قواتنا', 'جيشنا', 'جيشنا الباسل']),
      people: false,
    },
  ],
  ankara: [{ actor: 'sdf', re: words(TERRORISTS), people: true }],
  moscow: [{ actor: 'opposition', re: words([...TERRORISTS, ...ARMED_GROUPS]), people: true }],
  aanes: [
    { actor: 'turkey', re: words(['الاحتلال', 'جيش الاحتلال', 'الاحتلال التركي']), people: false },
    {
      actor: 'opposition',
      // `مرتزقة الاحتلال`, `مرتزقة تركيا`: the mercenaries are the factions, not Turkey itself.
      re: words([
        'المرتزقة',
        'مرتزقة',
        'مرتزقته',
        'مرتزقتها',
        'مرتزقة الاحتلال',
        'مرتزقة الاحتلال التركي',
        'مرتزقة تركيا',
        'مرتزقة أنقرة',
      ]),
      people: true,
    },
  ],
};
