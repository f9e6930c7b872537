/**
 * `ل` before an actor: a target after a target noun (`مواقع لقوات النظام`), the one acting after
 * an event noun or its adjective or `تابعة` (`قصف مدفعي لقوات النظام`). Through extractIncidents.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './testing/coded';

describe('ل + actor: target or agent by the word before it', () => {
  it.each([
    // How often it came, between the noun and the `ل` (`القصف المدفعي المتكرر لقوات النظام`).
    ['تعرضت مدينة سراقب للقصف المدفعي المتكرر لقوات النظام.', 'shelling|regime|سراقب|k=-'],
    ['طال القصف الأخير لقوات النظام مدينة سراقب.', 'shelling|regime|سراقب|k=-'],
    // Whom the fire was on (`على القوات التركية`) is no side of it.
    [
      'قتل 22 جندياً تركياً في هجوم جوي لقوات النظام السوري على القوات التركية في مدينة سراقب.',
      'airstrike|regime|سراقب|k=22',
    ],
    ['قصف مدفعي لقوات النظام على مدينة سراقب.', 'shelling|regime|سراقب|k=-'],
    ['استهدفت طائرة مسيرة تابعة لقوات النظام سيارة في مدينة سراقب.', 'airstrike|regime|سراقب|k=-'],
    ['وصلت تعزيزات عسكرية لقوات النظام إلى سراقب.', 'deployment|regime|سراقب|k=-'],
    // Adjectives joined by و, or of size, between the noun and the side.
    ['قصف مدفعي وصاروخي لقوات النظام على مدينة سراقب.', 'shelling|regime|سراقب|k=-'],
    ['وصلت تعزيزات عسكرية ضخمة لقوات النظام إلى سراقب.', 'deployment|regime|سراقب|k=-'],
    // A camp named by two nouns (`معسكر تدريب تابع للفصيل`) is what was hit, not who struck.
    [
      'استهدفت غارات روسية معسكر تدريب تابع لفيلق الشام في مدينة سراقب.',
      'airstrike|russia|سراقب|k=-',
    ],
    // A campaign's side (`الحملة العسكرية لقوات النظام وروسيا`): both, not Russia alone.
    [
      'قصفت الطائرات مدينة سراقب ضمن الحملة العسكرية لقوات النظام وروسيا.',
      'airstrike|regime+russia|سراقب|k=-',
    ],
    // The event noun after `ل` (what a place was exposed to, what teams answered).
    ['تعرضت مدينة سراقب لقصف مدفعي لقوات النظام.', 'shelling|regime|سراقب|k=-'],
    [
      'استجابت فرقنا لقصف مدفعي لقوات النظام وروسيا استهدف مدينة سراقب.',
      'shelling|regime+russia|سراقب|k=-',
    ],
    // The rule's own cases: the ل marks the target.
    ['قصف فصائل لقوات النظام في مدينة سراقب.', 'shelling|opposition|سراقب|k=-'],
    ['قصفت الفصائل مواقع لقوات النظام في مدينة سراقب.', 'shelling|opposition|سراقب|k=-'],
    ['قصفت الفصائل مواقع تابعة لقوات النظام في مدينة سراقب.', 'shelling|opposition|سراقب|k=-'],
    ['قصفت الفصائل نقاطاً عسكرية لقوات النظام في مدينة سراقب.', 'shelling|opposition|سراقب|k=-'],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('a side whose people fell (استشهد، قضى، لقي مصرعه) is no side of the fire that killed them', () => {
  it.each([
    [
      'استشهد أربعة عناصر من الجيش التركي وأصيب تسعة آخرون جراء قصف مدفعي لقوات النظام في مدينة سراقب.',
      'shelling|regime|سراقب|k=4',
    ],
    [
      'استشهدت عناصر من الجيش التركي بقصف مدفعي لقوات النظام في مدينة سراقب.',
      'shelling|regime|سراقب|k=-',
    ],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('the jihadists’ operations rooms (فاثبتوا، وحرض المؤمنين) are armed groups against the government', () => {
  it.each([
    [
      'سيطرت غرفة عمليات فاثبتوا على مدينة سراقب بعد اشتباكات مع هيئة تحرير الشام.',
      'clash|hts+opposition|سراقب|k=-',
    ],
    [
      'هاجمت غرفة عمليات وحرض المؤمنين مواقع قوات النظام في مدينة سراقب.',
      'attack|opposition|سراقب|k=-',
    ],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('a side named after where fire came from (مصدرها مواقع / مناطق سيطرة …) fired it', () => {
  it.each([
    ['سقطت قذائف على مدينة سراقب مصدرها مواقع قوات النظام.', 'shelling|regime|سراقب|k=-'],
    ['سقطت قذائف على مدينة سراقب مصدرها مناطق سيطرة قوات النظام.', 'shelling|regime|سراقب|k=-'],
    // Areas a side holds, shelled by another: that side is hit.
    ['قصفت الفصائل مناطق سيطرة قوات النظام قرب مدينة سراقب.', 'shelling|opposition|سراقب|k=-'],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('members right after an active verb (أطلق عناصر …) are its subject: their side acts', () => {
  it.each([
    ['أطلق عناصر هيئة تحرير الشام النار على سيارة مدنية في مدينة سراقب.', 'attack|hts|سراقب|k=-'],
    ['أطلق عناصر من الهيئة النار على المتظاهرين في مدينة سراقب.', 'attack|hts|سراقب|k=-'],
    ['هاجم عناصر من قوات النظام نقطة للفصائل في مدينة سراقب.', 'attack|regime|سراقب|k=-'],
    // A verb whose passive has the same letters (استُهدف) keeps the members hit.
    ['استهدف عناصر من الهيئة بعبوة ناسفة في مدينة سراقب.', 'explosion|unknown|سراقب|k=-'],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('Israel is a side of its own', () => {
  it.each([
    ['شنت طائرات إسرائيلية غارات على مدينة سراقب.', 'airstrike|israel|سراقب|k=-'],
    [
      'استهدف الطيران الإسرائيلي مواقع لميليشيات إيرانية في مدينة سراقب.',
      'airstrike|israel|سراقب|k=-',
    ],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('Russians and Turks by their broken plurals (روس، الأتراك)', () => {
  it.each([
    ['اجتمع مسؤولون أتراك وروس في مدينة سراقب.', 'agreement|russia+turkey|سراقب|k=-'],
    ['قصف الروس بلدة سراقب.', 'shelling|russia|سراقب|k=-'],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});

describe('the dead told with how many (أكثر من 80 عنصراً من فصيل …) are the side hit', () => {
  it.each([
    [
      'قُتل أكثر من 80 عنصراً من فصيل فيلق الشام بغارات روسية على مدينة سراقب.',
      'airstrike|russia|سراقب|k=80',
    ],
    [
      'قُتل نحو 20 عنصراً من هيئة تحرير الشام بغارات روسية على مدينة سراقب.',
      'airstrike|russia|سراقب|k=20',
    ],
  ])('%s', (text, want) => {
    expect(coded(text)).toEqual([want]);
  });
});
