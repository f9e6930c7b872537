import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { stripHtml } from './html';
import { cleanText, parseReport } from './parseReport';
import { readInput } from './readInput';
import { invalidJson, readCsvCorpus } from './records';
import { parseHeaderDate } from './reportDates';
import { encodeUtf16, encodeWindows1256, utf8 } from './testing';

const dir = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const sample = readFileSync('data/reports/000_0cc85121fd04585f.txt', 'utf8');

function ok(name: string, text = fixture(name), today?: string) {
  const r = parseReport(text, name, { today });
  if ('message' in r) throw new Error(`${name}: ${r.message}`);
  return r;
}

describe('decoding bytes', () => {
  const text = 'قصف على أريحا';
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(utf8(text))).toMatchObject({ ok: true, text });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toMatchObject({
      ok: true,
      text,
    });
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(encodeUtf16(text, false))).toMatchObject({
      ok: true,
      text,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(encodeUtf16(text, true))).toMatchObject({
      ok: true,
      text,
      encoding: 'utf-16be',
    });
  });
  it('falls back to Windows-1256 when the bytes are not UTF-8', () => {
    expect(decodeBytes(encodeWindows1256(text))).toMatchObject({
      ok: true,
      text,
      encoding: 'windows-1256',
    });
  });
  it('reads the whole sample report as Windows-1256 when it is stored that way', () => {
    const d = decodeBytes(encodeWindows1256(sample));
    expect(d).toMatchObject({ ok: true, text: sample, encoding: 'windows-1256' });
  });
  it('keeps a UTF-8 report with one stray byte as UTF-8, and says on which line', () => {
    const good = utf8(sample);
    const line3 = good.indexOf(0x0a, good.indexOf(0x0a) + 1) + 1;
    const stray = new Uint8Array([
      ...good.subarray(0, line3 + 4),
      0xe9,
      ...good.subarray(line3 + 4),
    ]);
    const d = decodeBytes(stray);
    expect(d).toMatchObject({ ok: true, encoding: 'utf-8' });
    // Everything but the stray byte reads as written: no text turned into Windows-1256 garbage.
    expect(d.ok && d.text.replace('\ufffd', '')).toBe(sample);
    expect(d.ok && d.warnings).toEqual(['1 invalid UTF-8 byte replaced, the first on line 3']);
    const withBom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...stray]));
    expect(withBom.ok && withBom.warnings).toEqual([
      '1 invalid UTF-8 byte replaced, the first on line 3',
    ]);
  });
  it('keeps a UTF-8 file cut off mid-character, with a warning', () => {
    const cut = utf8(text).slice(0, -1);
    const d = decodeBytes(cut);
    expect(d).toMatchObject({ ok: true, text: text.slice(0, -1) });
    expect(d.ok && d.warnings[0]).toMatch(/cut-off/);
  });
  it('refuses binary files with a clear message', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png)).toEqual({ ok: false, message: expect.stringMatching(/binary/) });
  });
});

describe('the sample format', () => {
  it('reads breadcrumb, title, outlet and the byline date over the re-publish date', () => {
    const r = ok('sample', sample);
    expect(r.title).toBe('إدلب: بوتين أردوغان يبحثان وقف التصعيد..الثقة مفقودة؟');
    expect(r.date).toBe('2021-06-26');
    expect(r.outlet).toBe('المدن');
    expect(r.body.startsWith('بحث الرئيس التركي')).toBe(true);
    expect(r.warnings).toEqual([]);
  });
  it('gives the same result with CRLF and lone CR line breaks', () => {
    const lf = ok('sample', sample);
    expect(ok('crlf', sample.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(ok('cr', sample.replace(/\n/g, '\r'))).toEqual(lf);
  });
  it.each([
    ['no-breadcrumb.txt', '2021-03-14', 'شبكة الاختبار'],
    ['arabic-indic-digits.txt', '2021-07-02', 'وكالة الاختبار'],
    ['month-levantine.txt', '2021-06-26', 'موقع الاختبار'],
    ['month-paired.txt', '2021-06-26', 'صحيفة الاختبار'],
    ['month-egyptian.txt', '2021-06-24', 'بوابة الاختبار'],
    ['title-repeated.txt', '2021-09-22', 'موقع الاختبار'],
    ['english-month-day.txt', '2021-09-21', 'Test Wire'],
    ['english-day-month.txt', '2021-09-21', 'Test Wire'],
    ['year-first.txt', '2021-09-21', 'وكالة الاختبار'],
  ])('%s → %s', (name, date, outlet) => {
    const r = ok(name);
    expect(r.date).toBe(date);
    expect(r.outlet).toBe(outlet);
    expect(r.body).toMatch(/نص مكتوب للاختبار/);
    expect(r.title).not.toBe('');
  });
  it('reads a headline given twice (page title, then article) once: not as outlet or body', () => {
    const r = ok('title-repeated.txt');
    expect(r.title).toBe('غارات على أطراف جسر الشغور');
    expect(r.body.startsWith('شنت طائرات حربية')).toBe(true);
    expect(r.warnings).toEqual([]);
  });
  it('reads header dates written in English or year first, not words that only look like them', () => {
    const byline = (line: string) => parseHeaderDate(line)?.iso;
    expect(byline('September 21, 2021')).toBe('2021-09-21');
    expect(byline('Published: Tue, Sep 21, 2021 10:30 AM')).toBe('2021-09-21');
    expect(byline('21 September 2021')).toBe('2021-09-21');
    expect(byline('Updated 3rd Feb. 2020, 14:05')).toBe('2020-02-03');
    expect(byline('2021-09-21T10:30:00Z')).toBe('2021-09-21');
    expect(byline('2021/9/21')).toBe('2021-09-21');
    // An impossible day is a date still, as a byline `31/2/2021` is: the report says so.
    expect(parseHeaderDate('2021-02-30')).toMatchObject({ raw: '2021-02-30', iso: undefined });
    expect(parseHeaderDate('Decision 5, 2021')).toBeUndefined();
    expect(parseHeaderDate('May 2021')).toBeUndefined();
    // Nor is a year-first date's year an outlet (`2021-09-21` split at its dash).
    expect(ok('year-first.txt').outlet).toBe('وكالة الاختبار');
  });
  it('reports an impossible byline and falls back to the site date', () => {
    const r = ok('impossible-byline.txt');
    expect(r.date).toBe('2021-06-27');
    expect(r.warnings.join(' ')).toMatch(/impossible date "31\/2\/2021" on line 4/);
  });
  it('rejects a report whose only date is impossible, naming the line', () => {
    expect(parseReport(fixture('impossible-only.txt'), 'x.txt')).toMatchObject({
      file: 'x.txt',
      line: 2,
      message: expect.stringMatching(/impossible/),
    });
  });
  it('reports a date far in the future', () => {
    const r = ok('future-date.txt', undefined, '2026-01-01');
    expect(r.date).toBe('2091-06-12');
    expect(r.warnings.join(' ')).toMatch(/future/);
  });
  it('uses the first words of the body when there is no title', () => {
    const r = ok('no-title.txt');
    expect(r.date).toBe('2021-05-05');
    expect(r.title.startsWith('استهدفت طائرة مسيرة')).toBe(true);
    expect(r.warnings.join(' ')).toMatch(/no title/);
  });
  it('reads a brief of one short sentence as its body, not as its outlet', () => {
    const r = parseReport(
      'وكالة الأناضول\nالسبت 29/2/2020\nقصفت قوات النظام بلدة تفتناز.\n',
      'b.txt',
    );
    expect(r).toMatchObject({ title: 'وكالة الأناضول', body: 'قصفت قوات النظام بلدة تفتناز.' });
    // An outlet's name ends no sentence: with nothing after it, the report has no body.
    expect(parseReport('عنوان الخبر\nالسبت 29/2/2020\nالمدن\n', 'o.txt')).toMatchObject({
      line: 4,
      message: expect.stringMatching(/no body text/),
    });
  });
  it('reads an outlet that names itself twice (الدفاع المدني السوري - الخوذ البيضاء), and the date after it', () => {
    const r = parseReport(
      'خبر\nالدفاع المدني السوري - الخوذ البيضاء\nالأربعاء 11/1/2023\nاستجابت فرقنا لقصف مدفعي.\n',
      'c.txt',
    );
    expect(r).toMatchObject({
      outlet: 'الدفاع المدني السوري - الخوذ البيضاء',
      date: '2023-01-11',
      body: 'استجابت فرقنا لقصف مدفعي.',
    });
  });
  it('rejects a report without a date, with file and line', () => {
    expect(parseReport(fixture('no-date.txt'), 'no-date.txt')).toMatchObject({
      file: 'no-date.txt',
      line: 2,
      message: expect.stringMatching(/no date/),
    });
  });
  it('rejects text that is only a URL', () => {
    expect(parseReport(fixture('only-url.txt'), 'u.txt')).toMatchObject({
      line: 1,
      message: expect.stringMatching(/only a URL/),
    });
  });
  it('strips HTML remnants to text and never produces markup', () => {
    const r = ok('html-remnants.txt');
    expect(r.title).toBe('غارات "روسية" على ريف اللاذقية');
    expect(r.date).toBe('2021-06-10');
    expect(r.body).toMatch(/ا?لقصف استمر/);
    expect(`${r.title}${r.body}`).not.toMatch(/[<>]/);
    expect(stripHtml('&lt;b&gt;x&lt;/b&gt; &#1575; &nbsp;')).toBe('x ا');
  });
});

describe('reading input files', () => {
  it('reads every encoding of a report to the same article', () => {
    const want = ok('sample', sample);
    for (const b of [
      utf8(sample),
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]),
      encodeUtf16(sample, false),
      encodeUtf16(sample, true),
      encodeWindows1256(sample),
    ]) {
      const r = readInput('s.txt', b);
      expect(r.errors).toEqual([]);
      expect({ ...r.reports[0]!.report, warnings: [] }).toEqual({ ...want, warnings: [] });
    }
  });
  it('accounts for other extensions as skipped', () => {
    expect(readInput('notes.md', utf8('x')).errors[0]!.message).toMatch(/skipped/);
  });
  it('reads a JSON array, keeping good records and naming bad ones', () => {
    const r = readInput('corpus.json', bytes('corpus.json'));
    expect(r.reports.map((x) => x.file)).toEqual(['corpus.json#1', 'corpus.json#4']);
    expect(r.reports[0]!.report).toMatchObject({
      date: '2021-06-20',
      url: 'https://example.org/w1',
    });
    expect(r.reports[1]!.report.date).toBe('2021-06-21');
    expect(r.errors).toEqual([
      { file: 'corpus.json#2', message: 'missing field "text"' },
      { file: 'corpus.json#3', message: 'field "date" must be a string, got number' },
    ]);
  });
  it('reads {records: [...]}', () => {
    expect(readInput('c.json', bytes('corpus-records.json')).reports).toHaveLength(1);
  });
  it('reads JSON lines with line numbers in errors', () => {
    const r = readInput('corpus.jsonl', bytes('corpus.jsonl'));
    expect(r.reports.map((x) => x.file)).toEqual(['corpus.jsonl#1', 'corpus.jsonl#5']);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['corpus.jsonl#3', 3],
      ['corpus.jsonl#4', 4],
    ]);
    expect(r.reports[1]!.report.date).toBe('2021-06-24');
  });
  it('reads RFC 4180 CSV with quoted commas, quotes and line breaks', () => {
    const r = readInput('corpus.csv', bytes('corpus.csv'));
    expect(r.reports.map((x) => x.file)).toEqual(['corpus.csv#2', 'corpus.csv#5']);
    expect(r.reports[0]!.report.title).toBe('قصف على أريحا، بالمدفعية');
    expect(r.reports[0]!.report.body).toBe(
      'قصفت قوات النظام مدينة أريحا.\nوقال ناشطون إن "القصف" استمر. نص مكتوب للاختبار.',
    );
    expect(r.reports[1]!.report.url).toBe('https://example.org/c3');
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['corpus.csv#4', 4],
      ['corpus.csv#6', 6],
    ]);
  });
  it('names an empty JSON corpus and invalid JSON', () => {
    expect(readInput('e.json', utf8('{"x":1}')).errors[0]!.message).toMatch(/array of records/);
    expect(readInput('e.json', utf8('[')).errors[0]!.message).toMatch(/invalid JSON/);
  });
  it('says the same of invalid JSON whichever version of the engine parsed it (CLI or browser)', () => {
    const older = new SyntaxError('Unterminated string in JSON at position 37');
    const newer = new SyntaxError('Unterminated string in JSON at position 37 (line 1 column 38)');
    expect(invalidJson(newer)).toBe(invalidJson(older));
    expect(invalidJson(older)).toBe('invalid JSON: Unterminated string in JSON at position 37');
  });
});

describe('a CSV corpus with a quote that is never closed', () => {
  it('loses only that record: the rows after it are read, each input accounted for', () => {
    const csv = [
      'title,date,outlet,text',
      't1,2021-06-23,o,"قصف على سراقب',
      't2,2021-06-23,o,قصف على أريحا',
      't3,2021-06-23,o,"غارة على بنش، وقصف على سرمين"',
    ].join('\n');
    const { reports, errors } = readCsvCorpus(csv, 'c.csv');
    expect(reports.map((r) => r.file)).toEqual(['c.csv#3', 'c.csv#4']);
    expect(errors).toEqual([
      {
        file: 'c.csv#2',
        line: 2,
        message: 'unclosed quote: this record was not read (reading went on at the next line)',
      },
    ]);
  });
});

describe('a corpus record dated in the future', () => {
  it('is read and flagged, as a .txt report is', () => {
    const jsonl = [
      '{"title":"t","date":"2099-01-01","outlet":"o","text":"قصف على سراقب"}',
      '{"title":"t","date":"2021-06-23","outlet":"o","text":"قصف على أريحا"}',
    ].join('\n');
    const r = readInput('c.jsonl', utf8(jsonl), { today: '2026-11-30' });
    expect(r.reports.map((x) => x.file)).toEqual(['c.jsonl#1', 'c.jsonl#2']);
    expect(r.warnings).toEqual([
      { file: 'c.jsonl#1', message: 'field "date" 2099-01-01 is in the future' },
    ]);
  });
});

describe('cleaning report text', () => {
  it('turns NEL into a line break and drops the other C1 controls, which no reader can see', () => {
    expect(cleanText('قصف\u0085على\u0090 أريحا')).toBe('قصف\nعلى أريحا');
  });
  it('writes Arabic presentation forms as the letters they show, lam-alef as two letters', () => {
    expect(cleanText('ﺳﺭﺍﻗﺐ ﻻ')).toBe('سراقب لا');
  });
});
