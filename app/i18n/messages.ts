import { EXPORT_CHUNKS_MAX } from '../export/exportPlan';
import type { ListOrder } from '../list/listOrder';
import type { Actor, IncidentType } from '../model';

/** `n` and an English noun, singular or plural: `count(1, 'file')` is '1 file'. */
function count(n: number, noun: string): string {
  return `${formatNumber(n, 'en')} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The forms of a counted noun by plural category (`Intl.PluralRules`), `#` standing for the
 * number; a category left out takes the `other` form.
 */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Arabic counted nouns. The noun agrees with the number: one and two are said by the noun alone
 * (حادثة واحدة، حادثتان), 3–10 take the plural (٣ حوادث), 11–99 the singular in the accusative
 * (١١ قتيلاً), and 0, 100, 101 and 102 the singular (١٠٠ قتيل); past 100 the last two digits
 * decide again (١٠٣ حوادث، ١١١ قتيلاً). The accusative -ةً of حادثة is left unwritten, as usual.
 */
export const AR_NOUNS = {
  incident: { one: 'حادثة واحدة', two: 'حادثتان', few: '# حوادث', other: '# حادثة' },
  killed: { one: 'قتيل واحد', two: 'قتيلان', few: '# قتلى', many: '# قتيلاً', other: '# قتيل' },
  injured: { one: 'جريح واحد', two: 'جريحان', few: '# جرحى', many: '# جريحاً', other: '# جريح' },
  file: { one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفاً', other: '# ملف' },
  field: { one: 'حقل واحد', two: 'حقلان', few: '# حقول', many: '# حقلاً', other: '# حقل' },
} as const satisfies Record<string, NounForms>;

/**
 * The same nouns after a preposition (من، على) or as an object: only the dual changes, to the
 * oblique case (من حادثتين، على ملفين).
 */
export const AR_NOUNS_OBLIQUE = {
  incident: { ...AR_NOUNS.incident, two: 'حادثتين' },
  file: { ...AR_NOUNS.file, two: 'ملفين' },
} as const satisfies Record<string, NounForms>;

/** English names of the list's orders, also said in the list's accessible name. */
const LIST_ORDERS_EN = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  killed: 'Most killed first',
} as const satisfies Record<ListOrder, string>;

const LIST_ORDERS_AR = {
  newest: 'الأحدث أولاً',
  oldest: 'الأقدم أولاً',
  killed: 'الأكثر قتلى أولاً',
} as const satisfies Record<ListOrder, string>;

/** Interface strings in both languages. Place names come from the data, not from here. */
export const MESSAGES = {
  en: {
    appTitle: 'Incident Atlas',
    tagline: 'Conflict incidents reported in the news of northwest Syria',
    loading: 'Loading incidents…',
    loadingDetails: 'Loading details…',
    detailsFailed: 'The details could not be loaded',
    listCapped: (shown: number, matched: number) =>
      `The newest ${formatNumber(shown, 'en')} of ${formatNumber(matched, 'en')} are listed: filter to see the others.`,
    searchPlacesOnly: (n: number) =>
      `Search looks in place names only: the reports of ${count(n, 'incident')} are too many for a browser. Open an incident to read its report.`,
    exportTooLarge: (n: number) =>
      `Export needs every report, and ${count(n, 'incident')} are too many for a browser: use incidents.geojson.`,
    exportNarrow: (chunks: number) =>
      `The selection spans ${count(chunks, 'detail file')}; an export reads at most ${formatNumber(EXPORT_CHUNKS_MAX, 'en')}. Narrow the filters (dates, area, type) to export it.`,
    exportLoading: (done: number, total: number) =>
      `Loading the selection's details for the export: ${formatNumber(done, 'en')} of ${count(total, 'file')}…`,
    exportFailed: (why: string) => `Nothing was exported: ${why}`,
    dismiss: 'Dismiss',
    missingIncident:
      'The incident this link opens is not in the data shown: it may come from other data, or from an earlier ingest of these reports.',
    unknownInLink:
      'This link filters by what the data shown do not hold (a link made on other data?):',
    unknownOutlet: 'outlet',
    unknownRegion: 'area',
    removeUnknown: 'Remove them from the filters',
    loadFailed: 'The incident data could not be loaded',
    loadHint:
      'The data files are missing or damaged. Run “npm run ingest” to produce them, then reload.',
    retry: 'Try again',
    noData: 'No incidents have been loaded yet.',
    noDataHint: 'The data contains no incidents. Add reports and run the ingest.',
    emptyFiltered: 'No incident matches the current filters.',
    closePanel: 'Close report',
    report: 'Report',
    incident: 'Incident',
    outlet: 'Outlet',
    published: 'Published',
    openOriginal: 'Open the original report',
    copyCitation: 'Copy citation',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    listOrder: 'Order of the list',
    listOrders: LIST_ORDERS_EN,
    aboutData: 'About the data',
    aboutTitle: 'About this data',
    aboutClose: 'Close',
    aboutCounts: (incidents: number, reports: number, files: number) =>
      `${count(incidents, 'incident')}, read from ${count(reports, 'report')} in ${count(files, 'file')}.`,
    aboutIncidents: (incidents: number) => `${count(incidents, 'incident')}.`,
    aboutSpan: (first: string, last: string, outlets: number) =>
      `From ${first} to ${last}, reported by ${count(outlets, 'outlet')}.`,
    aboutSynthetic:
      'Synthetic test data: generated by “npm run synth” from templates over the real gazetteer, not real reports. Do not cite it.',
    aboutPrecision: 'How precisely incidents are placed',
    aboutProblems: 'What the ingest could not read',
    aboutAllRead: 'Every input file was read.',
    aboutFailed: (inputs: number, files: number) =>
      `Not read: ${count(inputs, 'input')} in ${count(files, 'file')} (a whole file, or one record of a corpus file):`,
    aboutMore: (n: number) => `… and ${formatNumber(n, 'en')} more in ingest-report.json.`,
    aboutWarnings: (n: number) =>
      `${count(n, 'problem')} worked around (a missing title, a fallback date…); those reports were kept:`,
    aboutDuplicates: (n: number) => `${count(n, 'text')} in more than one file, read once.`,
    aboutUnresolved: (n: number) =>
      `${count(n, 'place name')} the gazetteer did not know. An incident there is placed at the area its sentence names, with a lower precision:`,
    aboutNoReport:
      'No ingest report came with this data (ingest-report.json): what the ingest could not read is not known.',
    aboutSources: 'Sources',
    aboutSourcesText:
      'Each incident keeps the report it was read from (outlet, date, link) and the exact sentence. Places: GeoNames (CC BY 4.0) and a gazetteer of villages that cites a public page for every place. Map: Natural Earth (public domain). Incidents are found in the text by rules, not by hand: read the sentence before citing a figure.',
    aboutReportsRights:
      "The reports' texts belong to their outlets: they are kept and shown so that each incident can be checked against its source. Quote them as such, naming the outlet.",
    aboutLicences: 'Licences of the data the app ships:',
    aboutVillages: 'villages: one cited public page per place, listed in data/SOURCES.md',
    citationCopied: 'Citation copied',
    citationCopyByHand:
      'The browser did not allow copying: the citation is selected below, copy it with Ctrl+C (⌘C).',
    language: 'العربية',
    languageLabel: 'Switch the interface to Arabic',
    map: 'Map of incidents in northwest Syria',
    incidentsShown: (n: number, total: number) =>
      `${formatNumber(n, 'en')} of ${count(total, 'incident')}`,
    list: 'Incidents',
    /** The listbox's accessible name, which says the order the reader chose. */
    listLabel: (order: ListOrder) =>
      `Visible incidents, ${LIST_ORDERS_EN[order].toLowerCase()}. Arrow keys move, Enter opens the report.`,
    legend: 'Legend',
    showLegend: 'Show legend',
    hideLegend: 'Hide legend',
    legendTypes: 'Incident type',
    legendSize: 'Size: people killed or injured',
    legendPrecision: 'Where',
    precisionExact: 'Named town or village',
    precisionArea: 'Near a town or in an area (outline shows the area)',
    legendCluster: 'Several incidents (click to zoom in)',
    type: 'Type',
    actors: 'Actors',
    date: 'Date',
    place: 'Place',
    strikes: 'Strikes',
    killed: 'Killed',
    injured: 'Injured',
    unknown: 'not reported',
    none: 'none named',
    sources: 'Reports that mention it',
    sourceN: (i: number, n: number) =>
      `Report ${formatNumber(i, 'en')} of ${formatNumber(n, 'en')}`,
    otherIncidents: 'Other incidents in this report',
    thisIncident: 'this incident',
    previous: 'Previous incident',
    next: 'Next incident',
    position: (i: number, n: number) => `${formatNumber(i, 'en')} / ${formatNumber(n, 'en')}`,
    reportMissing: 'The report for this incident is not in the data.',
    atPlace: (n: number) => `${count(n, 'incident')} here`,
    othersHere: (n: number) => `and ${formatNumber(n, 'en')} more here: click to choose`,
    chooseIncident: 'Choose an incident',
    closeList: 'Close list',
    casualties: (killed: number | null, injured: number | null) =>
      [
        killed != null ? `${formatNumber(killed, 'en')} killed` : null,
        injured != null ? `${formatNumber(injured, 'en')} injured` : null,
      ]
        .filter(Boolean)
        .join(', '),
    types: {
      airstrike: 'Airstrike',
      shelling: 'Shelling',
      clash: 'Clash',
      attack: 'Attack',
      explosion: 'Explosion',
      deployment: 'Deployment',
      agreement: 'Agreement',
      other: 'Other',
    } satisfies Record<IncidentType, string>,
    actorNames: {
      russia: 'Russia',
      regime: 'Syrian government forces',
      turkey: 'Turkey',
      opposition: 'Opposition factions',
      hts: 'Hay’at Tahrir al-Sham',
      sdf: 'SDF',
      iran: 'Iran-backed forces',
      isis: 'Islamic State',
      coalition: 'International coalition',
      unknown: 'Unknown',
    } satisfies Record<Actor, string>,
    geoPrecision: {
      1: 'exact town or village',
      2: 'near a town or part of an area',
      3: 'a wider region',
    },
    // research tools
    filters: 'Filters',
    activeFilters: (n: number) => `${formatNumber(n, 'en')} active`,
    search: 'Search',
    searchPlaceholder: 'Search titles, reports, places…',
    eventType: 'Event type',
    actor: 'Actor',
    precision: 'Place precision',
    casualtiesFilter: 'Casualties',
    hasCasualties: 'Only with killed or injured',
    minKilled: 'Minimum killed',
    area: 'Area',
    drawPolygon: 'Draw polygon',
    drawRectangle: 'Draw rectangle',
    pickRegion: 'Click a governorate',
    region: 'Governorate',
    anyRegion: 'Any governorate',
    inView: 'Only what is in view',
    clearArea: 'Clear area',
    finishDrawing: 'Finish',
    cancelDrawing: 'Cancel',
    drawHintPolygon:
      'Click to add corners; double-click or click the first corner to finish; Esc cancels.',
    drawHintRectangle: 'Drag on the map to draw a rectangle; Esc cancels.',
    drawHintRegion: 'Click a governorate on the map.',
    includeOverlapping: 'Include imprecise incidents whose area overlaps',
    areaActive: (kind: string) => `Area: ${kind}`,
    areaKinds: {
      polygon: 'drawn polygon',
      bbox: 'rectangle',
      region: 'governorate',
      view: 'map view',
    },
    resetFilters: 'Reset filters',
    exportCsv: 'Export CSV',
    exportGeoJson: 'Export GeoJSON',
    saveMapImage: 'Save the map as an image (PNG, with legend, scale and sources)',
    mapImageFailed: (why: string) => `The map image could not be made: ${why}`,
    summary: 'Summary',
    allTypes: 'All types',
    selectedCount: (n: number) => `${n} selected`,
    any: 'Any',
    precisions: { 1: 'Town', 2: 'Near / part of', 3: 'Region' },
    timeline: 'Timeline of incidents',
    from: 'From',
    to: 'To',
    clearRange: 'All dates',
    pickFrom: 'Choose the start date on a calendar',
    pickTo: 'Choose the end date on a calendar',
    dateFormat: (pattern: string, example: string) =>
      `Write the date as ${pattern}, e.g. ${example}`,
    noSuchDay: 'There is no such day',
    statedIn: (n: number, total: number) =>
      `Stated in ${formatNumber(n, 'en')} of ${count(total, 'incident')}; an incident that gives no figure adds nothing`,
    yearRange: (first: number, last: number) => `The year must be from ${first} to ${last}`,
    fromAfterTo: 'The start is after the end',
    play: 'Play',
    pause: 'Pause',
    playMode: 'Play mode',
    playWindow: 'Moving window',
    playCumulative: 'Cumulative',
    speed: 'Speed',
    speeds: (daysPerSecond: number) => `${daysPerSecond} days/s`,
    zoomIn: 'Zoom in on time',
    zoomOut: 'Zoom out on time',
    zoomReset: 'Whole period',
    panEarlier: 'Earlier',
    panLater: 'Later',
    binBy: { day: 'per day', week: 'per week', month: 'per month' },
    stripPeak: (n: number) => `highest bar: ${formatNumber(n, 'en')}`,
    formatCount: (n: number) => localeNumber(n, 'en'),
    weekOf: (d: string) => `week of ${d}`,
    mentionLabel: 'Place mentioned in the report; shown on the map while pointed at',
    openReports: 'Open reports',
    openReportsHint:
      'Map your own report files (.txt, .json, .jsonl, .csv; or drop them, or a folder, on the page). They are read in this browser and never uploaded.',
    openFolder: 'Open a folder',
    openFolderHint:
      'Map every report in a folder and its subfolders, read in this browser and never uploaded.',
    dropReports: 'Drop report files or folders to map them',
    dropReportsHint: 'They are read in this browser; nothing is uploaded.',
    readingReports: (done: number, total: number) =>
      `Reading your reports: ${formatNumber(done, 'en')} of ${count(total, 'file')}…`,
    checkingReports: (done: number, total: number) =>
      `Checking your files: ${formatNumber(done, 'en')} of ${count(total, 'file')}…`,
    cancel: 'Cancel',
    localShown: (files: number, incidents: number) =>
      `Your own reports: ${count(incidents, 'incident')} from ${count(files, 'file')}, read in this browser (nothing was uploaded).`,
    backToPublished: 'Back to the published data',
    localFailed: (why: string) => `Your reports could not be read: ${why}`,
    localTooMuch: (bytes: number, max: number) =>
      `These files hold ${formatNumber(Math.ceil(bytes / 2 ** 20), 'en')} MB of reports: more than this browser reads at once (${formatNumber(max / 2 ** 20, 'en')} MB). Open fewer, or run “npm run ingest” on them, which reads any amount.`,
    noLinkLocal: 'No link can open files read in this browser: they are not published.',
    localNoIncidents: 'None of these files gave an incident.',
    localNoIncidentsHint:
      '“About the data” lists the files that could not be read and the place names that were not known.',
    aboutLocal: (files: number) =>
      `Read in this browser from ${count(files, 'file')} on this computer; not published.`,
  },
  ar: {
    appTitle: 'أطلس الحوادث',
    tagline: 'حوادث النزاع في أخبار شمال غربي سوريا',
    loading: 'جارٍ تحميل الحوادث…',
    loadingDetails: 'جارٍ تحميل التفاصيل…',
    detailsFailed: 'تعذّر تحميل التفاصيل',
    listCapped: (shown: number, matched: number) =>
      `تُعرض أحدث ${formatNumber(shown, 'ar')} من ${formatNumber(matched, 'ar')}: صفِّ لرؤية البقية.`,
    searchPlacesOnly: (n: number) =>
      `يبحث البحث في أسماء الأماكن فقط: تقارير ${countNoun(n, AR_NOUNS_OBLIQUE.incident, 'ar')} أكثر مما يحمله المتصفح. افتح حادثة لقراءة تقريرها.`,
    exportTooLarge: (n: number) =>
      `يحتاج التصدير إلى كل التقارير، و${countNoun(n, AR_NOUNS.incident, 'ar')} أكثر مما يحمله المتصفح: استخدم ملف incidents.geojson.`,
    exportNarrow: (chunks: number) =>
      `تمتد تفاصيل الحوادث المحدّدة على ${countNoun(chunks, AR_NOUNS_OBLIQUE.file, 'ar')}، ويقرأ التصدير ${countNoun(EXPORT_CHUNKS_MAX, AR_NOUNS_OBLIQUE.file, 'ar')} على الأكثر. ضيّق المرشّحات (التاريخ، المنطقة، النوع) لتصديرها.`,
    exportLoading: (done: number, total: number) =>
      `تحميل تفاصيل الحوادث المحدّدة للتصدير: ${formatNumber(done, 'ar')} من ${countNoun(total, AR_NOUNS_OBLIQUE.file, 'ar')}…`,
    exportFailed: (why: string) => `لم يُصدَّر شيء: ${why}`,
    dismiss: 'إغلاق',
    missingIncident:
      'الحادثة التي يفتحها هذا الرابط ليست في البيانات المعروضة: ربما هي من بيانات أخرى، أو من معالجة سابقة لهذه التقارير.',
    unknownInLink: 'يصفّي هذا الرابط بما لا تحويه البيانات المعروضة (ربما صُنع على بيانات أخرى):',
    unknownOutlet: 'المصدر',
    unknownRegion: 'المنطقة',
    removeUnknown: 'إزالتها من المرشّحات',
    loadFailed: 'تعذّر تحميل بيانات الحوادث',
    loadHint: 'ملفات البيانات مفقودة أو تالفة. شغّل الأمر «npm run ingest» لإنتاجها ثم أعد التحميل.',
    retry: 'إعادة المحاولة',
    noData: 'لم تُحمَّل أي حوادث بعد.',
    noDataHint: 'لا تحتوي البيانات على أي حادثة. أضف تقارير ثم شغّل الاستيراد.',
    emptyFiltered: 'لا توجد حادثة تطابق عوامل التصفية الحالية.',
    closePanel: 'إغلاق التقرير',
    report: 'التقرير',
    incident: 'الحادثة',
    outlet: 'المصدر',
    published: 'تاريخ النشر',
    openOriginal: 'فتح التقرير الأصلي',
    copyCitation: 'نسخ الاستشهاد',
    copyLink: 'نسخ الرابط',
    linkCopied: 'نُسخ الرابط',
    listOrder: 'ترتيب القائمة',
    listOrders: LIST_ORDERS_AR,
    aboutData: 'عن البيانات',
    aboutTitle: 'عن هذه البيانات',
    aboutClose: 'إغلاق',
    // Label: number, not a counted noun: Arabic counted nouns change form and case with the
    // number (ملفان، ملفين، ملفات، ملفاً) and the sentence around them.
    aboutCounts: (incidents: number, reports: number, files: number) =>
      `الحوادث: ${formatNumber(incidents, 'ar')} | التقارير: ${formatNumber(reports, 'ar')} | الملفات: ${formatNumber(files, 'ar')}.`,
    aboutIncidents: (incidents: number) => `الحوادث: ${formatNumber(incidents, 'ar')}.`,
    aboutSpan: (first: string, last: string, outlets: number) =>
      `من ${first} إلى ${last} | وسائل الإعلام: ${formatNumber(outlets, 'ar')}.`,
    aboutSynthetic:
      'بيانات اختبار اصطناعية: ولّدها «npm run synth» من قوالب على المعجم الجغرافي الحقيقي، وليست تقارير حقيقية. لا تستشهد بها.',
    aboutPrecision: 'دقة تحديد أماكن الحوادث',
    aboutProblems: 'ما لم تستطع المعالجة قراءته',
    aboutAllRead: 'قُرئت كل ملفات الإدخال.',
    aboutFailed: (inputs: number, files: number) =>
      `مدخلات لم تُقرأ: ${formatNumber(inputs, 'ar')}، في ملفات عددها ${formatNumber(files, 'ar')} (ملف كامل أو سجل واحد من ملف سجلات):`,
    aboutMore: (n: number) => `… و${formatNumber(n, 'ar')} غيرها في ingest-report.json.`,
    aboutWarnings: (n: number) =>
      `مشكلات عولجت وأُبقي على تقاريرها (عنوان ناقص، تاريخ بديل…): ${formatNumber(n, 'ar')}:`,
    aboutDuplicates: (n: number) =>
      `نصوص وردت في أكثر من ملف وقُرئت مرة واحدة: ${formatNumber(n, 'ar')}.`,
    aboutUnresolved: (n: number) =>
      `أسماء أماكن لا يعرفها المعجم الجغرافي: ${formatNumber(n, 'ar')}. الحادثة فيها توضع في المنطقة التي تذكرها جملتها، بدقة أقل:`,
    aboutNoReport:
      'لم يرافق هذه البيانات تقرير المعالجة (ingest-report.json): ما لم تستطع المعالجة قراءته غير معروف.',
    aboutSources: 'المصادر',
    aboutSourcesText:
      'تحتفظ كل حادثة بالتقرير الذي قُرئت منه (الوسيلة، التاريخ، الرابط) وبالجملة كما وردت. الأماكن: GeoNames ‏(CC BY 4.0) ومعجم للقرى يذكر لكل مكان صفحة عامة مصدراً لإحداثياته. الخريطة: Natural Earth ‏(ملكية عامة). تُستخرج الحوادث من النص بقواعد آلية لا يدوياً: اقرأ الجملة قبل الاستشهاد بأي رقم.',
    aboutReportsRights:
      'نصوص التقارير ملك وسائلها: تُحفظ وتُعرض ليمكن التحقق من كل حادثة في مصدرها. اقتبسها على هذا الأساس مع ذكر الوسيلة.',
    aboutLicences: 'تراخيص البيانات التي يحملها التطبيق:',
    aboutVillages: 'القرى: صفحة عامة مذكورة لكل مكان، في الملف data/SOURCES.md',
    citationCopied: 'نُسخ الاستشهاد',
    citationCopyByHand: 'لم يسمح المتصفح بالنسخ: الاستشهاد محدّد أدناه، انسخه بـ Ctrl+C ‏(⌘C).',
    language: 'English',
    languageLabel: 'التبديل إلى الإنجليزية',
    map: 'خريطة الحوادث في شمال غربي سوريا',
    incidentsShown: (n: number, total: number) =>
      `${formatNumber(n, 'ar')} من ${countNoun(total, AR_NOUNS_OBLIQUE.incident, 'ar')}`,
    list: 'الحوادث',
    listLabel: (order: ListOrder) =>
      `الحوادث الظاهرة، ${LIST_ORDERS_AR[order]}. تنقّل بالأسهم واضغط Enter لفتح التقرير.`,
    legend: 'دليل الخريطة',
    showLegend: 'إظهار دليل الخريطة',
    hideLegend: 'إخفاء دليل الخريطة',
    legendTypes: 'نوع الحادثة',
    legendSize: 'الحجم: عدد القتلى والجرحى',
    legendPrecision: 'الموقع',
    precisionExact: 'بلدة أو قرية محددة',
    precisionArea: 'قرب بلدة أو ضمن منطقة (يظهر حدّ المنطقة)',
    legendCluster: 'عدة حوادث (انقر للتكبير)',
    type: 'النوع',
    actors: 'الأطراف',
    date: 'التاريخ',
    place: 'المكان',
    strikes: 'الضربات',
    killed: 'القتلى',
    injured: 'الجرحى',
    unknown: 'غير مذكور',
    none: 'لم تُذكر',
    sources: 'التقارير التي تذكرها',
    sourceN: (i: number, n: number) =>
      `التقرير ${formatNumber(i, 'ar')} من ${formatNumber(n, 'ar')}`,
    otherIncidents: 'حوادث أخرى في هذا التقرير',
    thisIncident: 'هذه الحادثة',
    previous: 'الحادثة السابقة',
    next: 'الحادثة التالية',
    position: (i: number, n: number) => `${formatNumber(i, 'ar')} / ${formatNumber(n, 'ar')}`,
    reportMissing: 'تقرير هذه الحادثة غير موجود في البيانات.',
    atPlace: (n: number) => `${countNoun(n, AR_NOUNS.incident, 'ar')} في هذا المكان`,
    othersHere: (n: number) => `حوادث أخرى هنا: ${formatNumber(n, 'ar')}، انقر للاختيار`,
    chooseIncident: 'اختر حادثة',
    closeList: 'إغلاق القائمة',
    casualties: (killed: number | null, injured: number | null) =>
      [
        killed != null ? countNoun(killed, AR_NOUNS.killed, 'ar') : null,
        injured != null ? countNoun(injured, AR_NOUNS.injured, 'ar') : null,
      ]
        .filter(Boolean)
        .join('، '),
    types: {
      airstrike: 'غارة جوية',
      shelling: 'قصف',
      clash: 'اشتباك',
      attack: 'هجوم',
      explosion: 'انفجار',
      deployment: 'انتشار عسكري',
      agreement: 'اتفاق',
      other: 'أخرى',
    } satisfies Record<IncidentType, string>,
    actorNames: {
      russia: 'روسيا',
      regime: 'قوات النظام',
      turkey: 'تركيا',
      opposition: 'فصائل المعارضة',
      hts: 'هيئة تحرير الشام',
      sdf: 'قسد',
      iran: 'قوات مدعومة من إيران',
      isis: 'تنظيم الدولة',
      coalition: 'التحالف الدولي',
      unknown: 'غير معروف',
    } satisfies Record<Actor, string>,
    geoPrecision: {
      1: 'بلدة أو قرية محددة',
      2: 'قرب بلدة أو جزء من منطقة',
      3: 'منطقة أوسع',
    },
    // research tools
    filters: 'المرشّحات',
    activeFilters: (n: number) => `${formatNumber(n, 'ar')} مفعّل`,
    search: 'بحث',
    searchPlaceholder: 'ابحث في العناوين والتقارير والأماكن…',
    eventType: 'نوع الحدث',
    actor: 'الطرف',
    precision: 'دقة المكان',
    casualtiesFilter: 'الضحايا',
    hasCasualties: 'فقط ما فيه قتلى أو جرحى',
    minKilled: 'أدنى عدد للقتلى',
    area: 'المنطقة',
    drawPolygon: 'ارسم مضلّعاً',
    drawRectangle: 'ارسم مستطيلاً',
    pickRegion: 'انقر على محافظة',
    region: 'المحافظة',
    anyRegion: 'كل المحافظات',
    inView: 'ما يظهر في الخريطة فقط',
    clearArea: 'إلغاء المنطقة',
    finishDrawing: 'إنهاء',
    cancelDrawing: 'إلغاء',
    drawHintPolygon: 'انقر لإضافة الرؤوس، وانقر مرتين أو على الرأس الأول للإنهاء، وEsc للإلغاء.',
    drawHintRectangle: 'اسحب على الخريطة لرسم مستطيل، وEsc للإلغاء.',
    drawHintRegion: 'انقر على محافظة في الخريطة.',
    includeOverlapping: 'ضمّ الحوادث غير الدقيقة التي تتقاطع منطقتها مع التحديد',
    areaActive: (kind: string) => `المنطقة: ${kind}`,
    areaKinds: { polygon: 'مضلّع مرسوم', bbox: 'مستطيل', region: 'محافظة', view: 'نطاق الخريطة' },
    resetFilters: 'إعادة ضبط المرشّحات',
    exportCsv: 'تصدير CSV',
    exportGeoJson: 'تصدير GeoJSON',
    saveMapImage: 'حفظ الخريطة صورةً (PNG، مع الدليل والمقياس والمصادر)',
    mapImageFailed: (why: string) => `تعذّر إنشاء صورة الخريطة: ${why}`,
    summary: 'ملخّص',
    allTypes: 'كل الأنواع',
    selectedCount: (n: number) => `${localeNumber(n, locale('ar'))} محدّد`,
    any: 'الكل',
    precisions: { 1: 'بلدة', 2: 'قرب / جزء من', 3: 'منطقة' },
    timeline: 'الخط الزمني للحوادث',
    from: 'من',
    to: 'إلى',
    clearRange: 'كل التواريخ',
    pickFrom: 'اختر تاريخ البداية من التقويم',
    pickTo: 'اختر تاريخ النهاية من التقويم',
    dateFormat: (pattern: string, example: string) =>
      `اكتب التاريخ بالشكل ${pattern}، مثل ${example}`,
    noSuchDay: 'لا يوجد يوم بهذا التاريخ',
    statedIn: (n: number, total: number) =>
      `مذكور في ${formatNumber(n, 'ar')} من ${countNoun(total, AR_NOUNS_OBLIQUE.incident, 'ar')}؛ الحادثة التي لا تذكر رقماً لا تضيف شيئاً`,
    yearRange: (first: number, last: number) =>
      `يجب أن تكون السنة بين ${yearText(first, 'ar')} و${yearText(last, 'ar')}`,
    fromAfterTo: 'البداية بعد النهاية',
    play: 'تشغيل',
    pause: 'إيقاف مؤقت',
    playMode: 'طريقة العرض',
    playWindow: 'نافذة متحركة',
    playCumulative: 'تراكمي',
    speed: 'السرعة',
    speeds: (daysPerSecond: number) => `${localeNumber(daysPerSecond, locale('ar'))} يوم/ث`,
    zoomIn: 'تكبير الزمن',
    zoomOut: 'تصغير الزمن',
    zoomReset: 'كامل المدة',
    panEarlier: 'أقدم',
    panLater: 'أحدث',
    binBy: { day: 'لكل يوم', week: 'لكل أسبوع', month: 'لكل شهر' },
    stripPeak: (n: number) => `أعلى عمود: ${formatNumber(n, 'ar')}`,
    formatCount: (n: number) => localeNumber(n, locale('ar')),
    weekOf: (d: string) => `أسبوع ${d}`,
    mentionLabel: 'مكان مذكور في التقرير؛ يظهر على الخريطة عند الإشارة إليه',
    openReports: 'افتح تقاريرك',
    openReportsHint:
      'ضع ملفات تقاريرك على الخريطة (‎.txt و‎.json و‎.jsonl و‎.csv؛ أو أفلتها أو أفلت مجلداً على الصفحة). تُقرأ في هذا المتصفح ولا تُرفع إلى أي مكان.',
    openFolder: 'افتح مجلداً',
    openFolderHint:
      'ضع على الخريطة كل التقارير في مجلد ومجلداته الفرعية؛ تُقرأ في هذا المتصفح ولا تُرفع إلى أي مكان.',
    dropReports: 'أفلت ملفات التقارير أو مجلداتها لوضعها على الخريطة',
    dropReportsHint: 'تُقرأ في هذا المتصفح؛ لا يُرفع شيء.',
    readingReports: (done: number, total: number) =>
      `جارٍ قراءة تقاريرك: ${formatNumber(done, 'ar')} من ${countNoun(total, AR_NOUNS_OBLIQUE.file, 'ar')}…`,
    checkingReports: (done: number, total: number) =>
      `جارٍ فحص ملفاتك: ${formatNumber(done, 'ar')} من ${countNoun(total, AR_NOUNS_OBLIQUE.file, 'ar')}…`,
    cancel: 'إلغاء',
    localShown: (files: number, incidents: number) =>
      `تقاريرك أنت | الحوادث: ${formatNumber(incidents, 'ar')} | الملفات: ${formatNumber(files, 'ar')}، قُرئت في هذا المتصفح (لم يُرفع شيء).`,
    backToPublished: 'العودة إلى البيانات المنشورة',
    localFailed: (why: string) => `تعذّرت قراءة تقاريرك: ${why}`,
    localTooMuch: (bytes: number, max: number) =>
      `حجم التقارير في هذه الملفات ${formatNumber(Math.ceil(bytes / 2 ** 20), 'ar')} ميغابايت، أكثر مما يقرؤه هذا المتصفح دفعة واحدة (${formatNumber(max / 2 ** 20, 'ar')} ميغابايت). افتح ملفات أقل، أو شغّل عليها الأمر «npm run ingest» الذي يقرأ أي حجم.`,
    noLinkLocal: 'لا يمكن لرابط أن يفتح ملفات قُرئت في هذا المتصفح: إنها غير منشورة.',
    localNoIncidents: 'لم تُستخرج أي حادثة من هذه الملفات.',
    localNoIncidentsHint:
      'تجد في «عن البيانات» الملفات التي تعذّرت قراءتها وأسماء الأماكن غير المعروفة.',
    aboutLocal: (files: number) =>
      `قُرئت في هذا المتصفح من ملفات على هذا الحاسوب (الملفات: ${formatNumber(files, 'ar')})؛ غير منشورة.`,
  },
} as const;

export type Lang = keyof typeof MESSAGES;
export type Messages = (typeof MESSAGES)[Lang];

/**
 * What separates the items of one line (type · place, date · figures). Not the middle dot in
 * Arabic: it has the shape of the Arabic-Indic zero, so `٤ · القتلى` reads as `٤ ٠ القتلى`.
 *
 * @example `${type}${SEP.ar}${place}` // 'غارة جوية | أريحا'
 */
export const SEP: Record<Lang, string> = { en: ' · ', ar: ' | ' };

/** Locale for numbers and dates: Levantine Arabic month names (حزيران) for the Arabic interface. */
export function locale(lang: Lang): string {
  return lang === 'ar' ? 'ar-SY' : 'en-GB';
}

/**
 * Intl formatters, made once per locale and options: building one costs far more than using it,
 * and the list, counts and timeline format hundreds of numbers and dates per play frame.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(loc: string): Intl.NumberFormat {
  const key = `n|${loc}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(loc);
    formatters.set(key, f);
  }
  return f;
}

function dateFormat(loc: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${loc}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(loc, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** A number as `toLocaleString(loc)` writes it, from a cached formatter. */
export function localeNumber(n: number, loc: string): string {
  return numberFormat(loc).format(n);
}

/** A year in the language's digits, without a thousands separator (٢٠٢١, not ٢٬٠٢١). */
function yearText(y: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { useGrouping: false }).format(y);
}

export function formatNumber(n: number, lang: Lang): string {
  return localeNumber(n, locale(lang));
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category of `n` in `lang` (Arabic has six: zero, one, two, few, many, other). */
function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(locale(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/**
 * `n` with its noun in the form that agrees with it.
 *
 * @example countNoun(11, AR_NOUNS.killed, 'ar') // '١١ قتيلاً'
 * @example countNoun(2, AR_NOUNS.injured, 'ar') // 'جريحان'
 */
export function countNoun(n: number, forms: NounForms, lang: Lang): string {
  const form = forms[pluralCategory(n, lang)] ?? forms.other;
  return form.replace('#', formatNumber(n, lang));
}

function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

const LONG_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** A calendar day in the interface language, e.g. "26 June 2021" / "٢٦ حزيران ٢٠٢١". */
export function formatDay(iso: string, lang: Lang): string {
  const d = parseDay(iso);
  if (!d) return iso;
  return dateFormat(locale(lang), LONG_DAY).format(d);
}

const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/**
 * An incident's date with its precision: the day (1), the week or stated range (2), the month (3).
 * A `dateEnd` after the date makes it a range in the same units, written by `formatRange` at
 * every precision so that "11–17 March 2024" and "March–June 2021" read alike; a range within
 * one month at precision 3 is that month.
 */
export function formatIncidentDate(
  date: string,
  precision: 1 | 2 | 3,
  lang: Lang,
  dateEnd?: string,
): string {
  const d = parseDay(date);
  if (!d) return date;
  const end = dateEnd ? parseDay(dateEnd) : null;
  const units = precision === 3 ? MONTH_YEAR : LONG_DAY;
  const format = dateFormat(locale(lang), units);
  if (end && end.getTime() > d.getTime()) return format.formatRange(d, end);
  if (precision === 2) return MESSAGES[lang].weekOf(formatDay(date, lang));
  return format.format(d);
}
