/**
 * English place names as readers know them: GeoNames writes a scholarly transliteration
 * (`Ḩamāh`, `Al Bāb`, `Wādī al ‘Uyūn`), the news and the map write `Hama`, `al-Bab`, `Wadi al
 * 'Uyun`. The gazetteer gives places these names, so the map's labels, the lists, the cards, the
 * summaries and the exports all say the same (GeoNames' own form stays an alternate name).
 */

/** English names as the news writes them, where the plain transliteration is not one. */
const ENGLISH: Record<string, string> = {
  Hamah: 'Hama',
  'Al Bab': 'al-Bab',
  'As Salamiyah': 'Salamiyah',
  'Ar Rastan': 'al-Rastan',
  'As Safirah': 'al-Safira',
  'Jisr ash-Shughur': 'Jisr al-Shughur',
  "Maarrat al-Nu'man": 'Maarat al-Numan',
};

/**
 * Drop transliteration marks (`Ḩamāh` → `Hamah`), write the `ayn` and `hamza` marks as an
 * apostrophe (`‘Uyūn` → `'Uyun`), and use the common spelling where one is known (`Hama`).
 *
 * @example plainEnglish('Ḩamāh') // 'Hama'
 * @example plainEnglish('Wādī al ‘Uyūn') // "Wadi al 'Uyun"
 */
export function plainEnglish(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bf\u02be`]/g, "'");
  return ENGLISH[plain] ?? plain;
}
