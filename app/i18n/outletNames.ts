/**
 * English names of the news outlets that report most on northwest Syria, for the English
 * interface: a reader who cannot read `المدن` can still tell Al-Modon from SANA. Each name is the
 * one the outlet uses for itself in English (its site's own English pages or masthead, domain
 * given). Only what is shown changes: filters, links and exports keep the outlet as the report
 * gives it.
 */
import { foldKey } from '../ingest/reports/arabic';

const NAMES: readonly [english: string, site: string, arabic: readonly string[]][] = [
  ['Al-Modon', 'almodon.com', ['المدن', 'جريدة المدن']],
  ['SANA', 'sana.sy', ['سانا', 'الوكالة العربية السورية للأنباء', 'وكالة سانا']],
  [
    'Syrian Observatory for Human Rights',
    'syriahr.com',
    ['المرصد السوري لحقوق الإنسان', 'المرصد السوري'],
  ],
  ['Syrian Network for Human Rights', 'snhr.org', ['الشبكة السورية لحقوق الإنسان']],
  ['Enab Baladi', 'enabbaladi.net', ['عنب بلدي']],
  ['Syria TV', 'syria.tv', ['تلفزيون سوريا']],
  ['Al Jazeera', 'aljazeera.net', ['الجزيرة', 'الجزيرة نت', 'قناة الجزيرة']],
  ['Al Arabiya', 'alarabiya.net', ['العربية', 'العربية نت', 'قناة العربية']],
  ['Anadolu Agency', 'aa.com.tr', ['الأناضول', 'وكالة الأناضول']],
  ['RT Arabic', 'arabic.rt.com', ['روسيا اليوم', 'آر تي عربي', 'RT عربي']],
  ['Sputnik Arabic', 'sarabic.ae', ['سبوتنيك', 'سبوتنيك عربي', 'وكالة سبوتنيك']],
  ['Asharq Al-Awsat', 'aawsat.com', ['الشرق الأوسط', 'جريدة الشرق الأوسط']],
  ['The New Arab', 'alaraby.co.uk', ['العربي الجديد']],
  ['Al-Quds Al-Arabi', 'alquds.co.uk', ['القدس العربي']],
  ['Al-Watan', 'alwatan.sy', ['الوطن', 'صحيفة الوطن']],
  ['Shaam Network', 'shaam.org', ['شبكة شام', 'شبكة شام الإخبارية']],
  ['Orient News', 'orient-news.net', ['أورينت', 'أورينت نت', 'أورينت نيوز']],
  ['Al Mayadeen', 'almayadeen.net', ['الميادين', 'قناة الميادين']],
  ['SMART News Agency', 'smartnews-agency.com', ['سمارت', 'وكالة سمارت', 'وكالة سمارت للأنباء']],
  ['Nedaa Syria', 'nedaa-sy.com', ['نداء سوريا']],
  ['Eldorar Alshamia', 'eldorar.com', ['الدرر الشامية']],
  ['Aleppo Today', 'halabtodaytv.net', ['حلب اليوم']],
  ['Zaman al-Wasl', 'zamanalwsl.net', ['زمان الوصل']],
  ['Hawar News Agency', 'hawarnews.com', ['هاوار', 'وكالة هاوار', 'وكالة أنباء هاوار']],
  ['Arabi21', 'arabi21.com', ['عربي21', 'عربي 21']],
  ['Sky News Arabia', 'skynewsarabia.com', ['سكاي نيوز عربية']],
  ['BBC Arabic', 'bbc.com/arabic', ['بي بي سي عربي', 'بي بي سي']],
  ['AFP', 'afp.com', ['فرانس برس', 'وكالة فرانس برس', 'أ ف ب']],
  ['Reuters', 'reuters.com', ['رويترز', 'وكالة رويترز']],
  ['Syria Civil Defence', 'syriacivildefense.org', ['الدفاع المدني السوري', 'الخوذ البيضاء']],
];

/** An outlet's name as written, folded as the ingest folds Arabic, spaces collapsed. */
function key(outlet: string): string {
  return foldKey(outlet).trim().replace(/\s+/g, ' ');
}

const ENGLISH = new Map<string, string>();
for (const [english, , arabic] of NAMES) for (const a of arabic) ENGLISH.set(key(a), english);

/**
 * The outlet's name for the interface's language: its English name in English when it is one
 * of the known outlets, else as the report gives it.
 *
 * @example outletName('المدن', 'en') // 'Al-Modon'
 * @example outletName('المدن', 'ar') // 'المدن'
 * @example outletName('Local Coordination Committee', 'en') // unchanged
 */
export function outletName(outlet: string, lang: 'ar' | 'en'): string {
  return lang === 'en' ? (ENGLISH.get(key(outlet)) ?? outlet) : outlet;
}
