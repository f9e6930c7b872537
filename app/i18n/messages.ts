/** Interface strings in both languages. Place names come from the data, not from here. */
export const MESSAGES = {
  en: {
    appTitle: 'Incident Atlas',
    tagline: 'Conflict incidents reported in the news of northwest Syria',
    loading: 'Loading incidents…',
    loadFailed: 'The incident data could not be loaded',
    closePanel: 'Close report',
    report: 'Report',
    outlet: 'Outlet',
    published: 'Published',
    language: 'العربية',
    languageLabel: 'Switch the interface to Arabic',
    map: 'Map of incidents in northwest Syria',
    incidentsShown: (n: number, total: number) => `${n} of ${total} incidents`,
  },
  ar: {
    appTitle: 'أطلس الحوادث',
    tagline: 'حوادث النزاع في أخبار شمال غربي سوريا',
    loading: 'جارٍ تحميل الحوادث…',
    loadFailed: 'تعذّر تحميل بيانات الحوادث',
    closePanel: 'إغلاق التقرير',
    report: 'التقرير',
    outlet: 'المصدر',
    published: 'تاريخ النشر',
    language: 'English',
    languageLabel: 'Switch the interface to English',
    map: 'خريطة الحوادث في شمال غربي سوريا',
    incidentsShown: (n: number, total: number) =>
      `${n.toLocaleString('ar')} من ${total.toLocaleString('ar')} حادثة`,
  },
} as const;

export type Lang = keyof typeof MESSAGES;
export type Messages = (typeof MESSAGES)[Lang];
