/**
 * The ingest's problem messages (written in English by the CLI, into `ingest-report.json`) as
 * the Arabic interface shows them in "About the data". Matched by pattern, so the names and
 * figures they carry (a file's extension, a field, a date) stay as written; a message no pattern
 * knows is shown as it is.
 */
import { UNPLACED } from '../ingest/geocode/unplaced';
import { NOT_READ_LANGUAGE } from '../ingest/reports/language';
import { AR_NOUNS } from './countedNouns';
import { countNoun, type Lang } from './messages';

type Rule = [RegExp, (...groups: string[]) => string];

/** A count of CSV fields, its noun agreeing with it: a count, not a figure to keep as written. */
const fields = (n: string) => countNoun(Number(n), AR_NOUNS.field, 'ar');

const AR: Rule[] = [
  [
    /^skipped: unsupported extension "(.*)" \(reads (.*)\)$/,
    (ext, kinds) => `تُخطّي: امتداد غير مدعوم «${ext}» (تُقرأ ${kinds})`,
  ],
  [/^unreadable: (.*)$/, (why) => `تعذّرت قراءته: ${why}`],
  [/^empty file \(0 bytes\)$/, () => 'ملف فارغ (٠ بايت)'],
  [
    /^binary file \(NUL or control bytes\), not a text report$/,
    () => 'ملف ثنائي (فيه بايتات NUL أو محارف تحكّم)، ليس تقريراً نصياً',
  ],
  [
    /^too large: (.*); a (.*) may be at most (.*)$/,
    (size, what, max) => `كبير جداً: ${size}؛ الحد الأقصى لـ ${what}: ${max}`,
  ],
  [/^empty report: no text$/, () => 'تقرير فارغ: لا نص فيه'],
  [/^text is only a URL, not a report$/, () => 'النص رابط فقط، ليس تقريراً'],
  [/^no body text after the header$/, () => 'لا نص بعد الترويسة'],
  [/^no reports in file$/, () => 'لا تقارير في الملف'],
  [/^no records in file$/, () => 'لا سجلات في الملف'],
  [
    /^no date: .*$/,
    // The year-first date isolated left to right: after Arabic letters its hyphens would
    // otherwise show it as 26-06-2021.
    () =>
      'لا تاريخ: يُنتظر في الترويسة سطر تاريخ مثل «السبت 26/6/2021» أو 26.06.2021 أو \u20662021-06-26\u2069',
  ],
  [/^impossible date "(.*)" and no other date$/, (d) => `تاريخ مستحيل «${d}» ولا تاريخ غيره`],
  [/^invalid JSON: (.*)$/, (why) => `JSON غير صالح: ${why}`],
  [
    /^JSON must be an array of records or (.*)$/,
    (shape) => `يجب أن يكون JSON مصفوفة سجلات أو ${shape}`,
  ],
  [/^record is not an object$/, () => 'السجل ليس كائناً (object)'],
  [/^missing field "(.*)"$/, (f) => `الحقل «${f}» مفقود`],
  [/^field "(.*)" is empty$/, (f) => `الحقل «${f}» فارغ`],
  [
    /^field "(.*)" must be a string, got (.*)$/,
    (f, got) => `الحقل «${f}» يجب أن يكون نصاً، وجاء ${got}`,
  ],
  [/^field "(.*)" is not a valid date: (.*)$/, (f, v) => `الحقل «${f}» ليس تاريخاً صالحاً: ${v}`],
  [/^empty CSV$/, () => 'ملف CSV فارغ'],
  [/^CSV header lacks (.*)$/, (cols) => `ينقص ترويسةَ CSV: ${cols}`],
  [
    /^unclosed quote: this record was not read \(reading went on at the next line\)$/,
    () => 'علامة اقتباس لم تُغلق: لم يُقرأ هذا السجل (وتابعت القراءة من السطر التالي)',
  ],
  [
    /^unreadable folder: (.*); the files in it were not read$/,
    (why) => `تعذّرت قراءة المجلد: ${why}؛ لم تُقرأ الملفات التي فيه`,
  ],
  [
    /^broken symbolic link: its target does not exist$/,
    () => 'رابط رمزي مكسور: ما يشير إليه غير موجود',
  ],
  [/^symbolic link loop: it leads back to itself$/, () => 'رابط رمزي يعود إلى نفسه'],
  [
    /^skipped: a linked folder that is read already \(or a link loop\)$/,
    () => 'تُخطّي: مجلد مربوط قُرئ من قبل (أو حلقة روابط)',
  ],
  [
    /^skipped: not a regular file \(a pipe, socket or device\)$/,
    () => 'تُخطّي: ليس ملفاً عادياً (أنبوب أو مقبس أو جهاز)',
  ],
  [
    /^(\d+) invalid UTF-8 bytes? replaced, the first on line (\d+)$/,
    (n, line) => `استُبدلت بايتات غير صالحة في UTF-8 (${n})، أولها في السطر ${line}`,
  ],
  [/^not UTF-8; decoded as Windows-1256$/, () => 'ليس UTF-8؛ قُرئ بترميز Windows-1256'],
  [
    /^date (\S+) on line (\d+) is in the future$/,
    (d, line) => `التاريخ ${d} في السطر ${line} في المستقبل`,
  ],
  [/^field "date" (\S+) is in the future$/, (d) => `الحقل «date» ${d} في المستقبل`],
  [
    /^row has (\d+) fields?, header has (\d+)$/,
    (n, m) => `في الصف ${fields(n)}، وفي الترويسة ${fields(m)}`,
  ],
  [/^file ends in a cut-off character$/, () => 'ينتهي الملف بمحرف مقطوع'],
  [
    /^no title line; used the first words of the body$/,
    () => 'لا سطر للعنوان؛ استُعملت أولى كلمات النص عنواناً',
  ],
  [/^no outlet line$/, () => 'لا سطر لوسيلة الإعلام'],
  [/^impossible date "(.*)" on line (\d+)$/, (d, line) => `تاريخ مستحيل «${d}» في السطر ${line}`],
  [
    /^used the site date (\S+) instead of the byline$/,
    (d) => `استُعمل تاريخ الموقع ${d} بدل تاريخ سطر النشر`,
  ],
  [
    /^field "url" is not an http\(s\) link; dropped: "(.*)"$/s,
    (url) => `الحقل «url» ليس رابط http(s)؛ حُذف: «${url}»`,
  ],
  [/^geocoder failed: (.*)$/, (why) => `فشل تحديد الأماكن: ${why}`],
  [/^incident extraction failed: (.*)$/, (why) => `فشل استخراج الحوادث: ${why}`],
];

/**
 * An ingest problem message in the interface language.
 *
 * @example ingestMessage('missing field "text"', 'ar') // 'الحقل «text» مفقود'
 */
export function ingestMessage(message: string, lang: Lang): string {
  if (lang !== 'ar') return message;
  // A fixed message: matched as the ingest writes it, not as a copy of its words.
  if (message === NOT_READ_LANGUAGE)
    return 'التقرير ليس بالعربية ولا بالإنكليزية: تُستخرج الحوادث من النصوص العربية والإنكليزية وحدها، فلم يُستخرج منه شيء';
  if (message.startsWith(`${UNPLACED}: `)) {
    const names = message
      .slice(UNPLACED.length + 2)
      .split(', ')
      .join('، ');
    return `قرى لم تُحدَّد أماكنها (لا يعرفها المعجم الجغرافي، ولا يذكر التقرير مكاناً قربها)، فما يرويه فيها ليس على الخريطة: ${names}`;
  }
  for (const [pattern, say] of AR) {
    const m = pattern.exec(message);
    if (m) return say(...m.slice(1));
  }
  return message;
}
