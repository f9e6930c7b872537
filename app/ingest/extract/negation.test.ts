/**
 * Denials, negations, threats, fears and warnings tell no event; a denier is not the perpetrator; events told in
 * the accusative (`قصفاً مدفعياً`) are events. Cases written for tests (report date 2021-06-24),
 * read through the same path as reports: `extractIncidents` on a body with hand-made mentions.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './testing/coded';

describe('negated, denied, threatened, feared and warned-of events are no incidents', () => {
  it.each([
    'نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مدينة إدلب أمس، مؤكدة أنها لم تنفذ أي غارة.',
    'لم تشن الطائرات الروسية أي غارات على إدلب منذ أسبوع.',
    'ولم تقصف قوات النظام مدينة إدلب بالمدفعية اليوم.',
    'هددت روسيا بشن غارات على مدينة إدلب إذا لم تنسحب الفصائل.',
    'وتعتزم قوات النظام شن هجوم على مدينة سراقب.',
    'وتوعدت الفصائل بقصف مواقع قوات النظام في سراقب.',
    'وتخشى الأمم المتحدة من أن يؤدي هجوم واسع على مدينة إدلب إلى كارثة إنسانية.',
    'وحذرت تركيا من أي هجوم على مدينة إدلب.',
    // Calls: what is called for has not happened.
    'دعا المبعوث الأممي جميع الأطراف إلى الالتزام بوقف إطلاق النار في مدينة إدلب.',
    'وطالبت تركيا روسيا بوقف الهجمات على مدينة سراقب.',
    // Plans: what was planned has not happened.
    'وكانت الخلية تخطط لتنفيذ تفجير في مدينة سراقب.',
  ])('%s', (text) => {
    expect(coded(text)).toEqual([]);
  });
  it('tells what was done to those who planned one (ألقت … القبض على خلية كانت تخطط لتنفيذ تفجير)', () => {
    expect(
      coded('ألقت إدارة الأمن العام القبض على خلية كانت تخطط لتنفيذ تفجير في مدينة سراقب.'),
    ).toEqual(['other|hts|سراقب|k=-']);
    // Told with the verbal noun (`إلقاء القبض`), and the plan it was accused of (`بالتخطيط ل`).
    expect(
      coded(
        'أعلنت الهيئة عن إلقاء القبض على خلية في مدينة سراقب، متهمة إياها بالتخطيط لتنفيذ عمليات اغتيال.',
      ),
    ).toEqual(['other|hts|سراقب|k=-']);
    expect(coded('قصفت قوات النظام مدينة سراقب، وتخطط لشن هجوم على مدينة إدلب.')).toEqual([
      'shelling|regime|سراقب|k=-',
    ]);
  });
  it('tells what moved a call, and leaves a student (طالب) alone', () => {
    expect(
      coded('ناشد أهالي مدينة سراقب المنظمات الإنسانية بعد القصف المدفعي الذي استهدف منازلهم.'),
    ).toEqual(['shelling|unknown|سراقب|k=-']);
    expect(coded('قتل طالب جامعي بقصف مدفعي لقوات النظام على مدينة سراقب.')).toEqual([
      'shelling|regime|سراقب|k=1',
    ]);
  });
});

describe('a denier of responsibility is not the actor', () => {
  it('keeps the deadly strike on Afrin, actor unknown', () => {
    expect(
      coded(
        'نفت قوات سوريا الديمقراطية مسؤوليتها عن استهداف مدينة عفرين أمس، ما أدى إلى مقتل مدنيين اثنين.',
      ),
    ).toEqual(['attack|unknown|عفرين|k=2']);
  });
  it('keeps a typed event, actor unknown', () => {
    expect(
      coded('نفت قوات سوريا الديمقراطية مسؤوليتها عن قصف مدينة عفرين بالقذائف الصاروخية أمس.'),
    ).toEqual(['shelling|unknown|عفرين|k=-']);
  });
});

describe('negation words that do not negate the event', () => {
  it.each([
    // The toll is negated, not the shelling.
    ['قصفت قوات النظام مدينة سراقب ولم تسجل إصابات.', 'shelling|regime|سراقب|k=-'],
    ['لم تسجل أي إصابات جراء القصف المدفعي على مدينة سراقب.', 'shelling|unknown|سراقب|k=-'],
    ['قصف مدفعي على مدينة سراقب دون وقوع إصابات.', 'shelling|unknown|سراقب|k=-'],
    // Shelling that did not stop goes on.
    ['لم يتوقف القصف المدفعي على مدينة سراقب منذ الصباح.', 'shelling|unknown|سراقب|k=-'],
    ['لا تزال قوات النظام تقصف مدينة سراقب بقذائف المدفعية.', 'shelling|regime|سراقب|k=-'],
    // The threat's object is a reply; the shelling after it happened.
    ['هددت تركيا بالرد بعد قصف قوات النظام مدينة سراقب.', 'shelling|regime+turkey|سراقب|k=-'],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('events told in the accusative', () => {
  it.each([
    ['وقال مراسل المدن إن قصفاً مدفعياً استهدف معرة النعمان صباح اليوم.', 'shelling'],
    ['وقال مراسل المدن إن قصفًا صاروخيًا استهدف معرة النعمان صباح اليوم.', 'shelling'],
    ['ورصد ناشطون قصفاً جوياً على معرة النعمان صباح اليوم.', 'airstrike'],
    ['وشهدت مدينة سراقب انفجاراً عنيفاً صباح اليوم.', 'explosion'],
    ['ورصد ناشطون رتلاً عسكرياً يدخل مدينة سراقب.', 'deployment'],
  ])('%s → %s', (text, type) => {
    expect(coded(text).map((c) => c.split('|')[0])).toEqual([type]);
  });
});

describe('an event counted back years from the report', () => {
  it('is background, not an event of the report’s day', () => {
    expect(coded('واستذكر الأهالي ضحايا القصف على مدينة إدلب قبل ثلاث سنوات.')).toEqual([]);
  });
  it('a week back is an event of that week', () => {
    expect(coded('وقصفت قوات النظام مدينة إدلب قبل أسبوع.')).toEqual(['shelling|regime|إدلب|k=-']);
  });
});
