import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../../model';
import { foldKey } from '../reports/arabic';
import { clauseActors } from './actors';
import { outletVoice, type Voice } from './voices';

describe('outletVoice', () => {
  it.each([
    ['SANA', '2019-05-06', 'damascus'],
    ['سانا', '2019-05-06', 'damascus'],
    ['الوكالة العربية السورية للأنباء (سانا)', '2016-02-01', 'damascus'],
    ['Syrian Arab News Agency', '2020-01-28', 'damascus'],
    ['وكالة الأناضول', '2020-02-27', 'ankara'],
    ['Anadolu Agency', '2020-02-27', 'ankara'],
    ['TRT عربي', '2019-10-10', 'ankara'],
    ['وكالة أنباء هاوار', '2019-10-12', 'aanes'],
    ['ANHA', '2019-10-12', 'aanes'],
    ['روسيا اليوم', '2020-03-04', 'moscow'],
    ['RT Arabic', '2020-03-04', 'moscow'],
    ['Sputnik', '2020-03-04', 'moscow'],
  ])('%s on %s speaks as %s', (outlet, date, voice) => {
    expect(outletVoice(outlet, date)).toBe(voice);
  });

  it('gives no voice to other outlets, nor to a word that only holds a short name', () => {
    for (const outlet of ['Enab Baladi', 'عنب بلدي', 'المرصد السوري لحقوق الإنسان', 'Reuters'])
      expect(outletVoice(outlet, '2020-01-01')).toBeUndefined();
    expect(outletVoice('Santa Fe Times', '2020-01-01')).toBeUndefined();
    expect(outletVoice('Petrtrade', '2020-01-01')).toBeUndefined();
    expect(outletVoice('Smart News', '2020-01-01')).toBeUndefined();
    expect(outletVoice('روسيا اليوم', '2025-01-10')).toBeUndefined();
    expect(outletVoice(undefined, '2020-01-01')).toBeUndefined();
  });

  it('gives Damascus state media no voice of the former government after 8 December 2024', () => {
    expect(outletVoice('SANA', '2024-12-07')).toBe('damascus');
    expect(outletVoice('SANA', '2024-12-08')).toBeUndefined();
  });
});

describe('clauseActors in an outlet’s voice', () => {
  const actors = (text: string, voice?: Voice, type: IncidentType = 'shelling') =>
    clauseActors(foldKey(text), type, voice);

  it('reads state media’s “terrorist groups” as the armed opposition, and names nobody elsewhere', () => {
    const text = 'اعتداء التنظيمات الإرهابية بالقذائف الصاروخية على بلدة جورين';
    expect(actors(text, 'damascus')).toEqual(['opposition']);
    expect(actors(text)).toEqual([]);
    expect(actors('قصف الإرهابيون بلدة مارع', 'ankara')).toEqual(['sdf']);
  });

  it('reads the armed groups named with the article (المسلحين، التشكيلات المسلحة) as the factions in Moscow’s and Damascus’s voices only; gunmen told bare are nobody’s', () => {
    const text = 'قصف المسلحون في منطقة إدلب لخفض التصعيد بلدات في ريف حماة';
    expect(actors(text, 'moscow')).toEqual(['opposition']);
    expect(actors(text, 'damascus')).toEqual(['opposition']);
    expect(actors(text)).toEqual([]);
    expect(actors('قصفت التشكيلات المسلحة غير الشرعية بلدة كرناز', 'moscow')).toEqual([
      'opposition',
    ]);
    expect(actors('أطلق مسلحون مجهولون النار على سيارة في سرمدا', 'moscow', 'attack')).toEqual([]);
  });

  it('reads “our forces” (قواتنا المسلحة) in state media as the Syrian army, and nobody’s elsewhere', () => {
    const text = 'تصدت وحدات من قواتنا المسلحة لهجمات التنظيمات الإرهابية على محور مدينة حماة';
    expect(actors(text, 'damascus', 'clash')).toEqual(['opposition', 'regime']);
    expect(actors(text, undefined, 'clash')).toEqual([]);
  });

  it('does not take the terrorists hit for the ones who acted', () => {
    expect(actors('وجهت وحدات من الجيش ضربات مركزة على أوكار الإرهابيين', 'damascus')).toEqual([
      'regime',
    ]);
    expect(actors('قصف الجيش مواقع الإرهابيين وأوقع عدداً من القتلى', 'damascus')).toEqual([
      'regime',
    ]);
    expect(actors('تحييد 5 إرهابيين حاولوا التسلل', 'ankara')).toEqual([]);
  });

  it('reads the side a voice’s word stands before (إرهابيي النصرة, الجيش التركي) as that side', () => {
    expect(actors('قصف إرهابيي جبهة النصرة بلدة السقيلبية', 'damascus')).toEqual(['hts']);
    expect(actors('استهدف إرهابيو جبهة النصرة بلدة السقيلبية', 'damascus')).toEqual(['hts']);
    expect(actors('قصف الجيش التركي قرية تل رفعت', 'damascus')).toEqual(['turkey']);
  });

  it('reads the occupation and its mercenaries in the Autonomous Administration’s voice', () => {
    expect(actors('قصف الاحتلال التركي ومرتزقته قرى ناحية شيراوا', 'aanes')).toEqual([
      'opposition',
      'turkey',
    ]);
    expect(actors('استهدف جيش الاحتلال قرية تل رفعت', 'aanes')).toEqual(['turkey']);
    expect(actors('اعتقل مرتزقة تركيا شاباً من أهالي القرية', 'aanes', 'attack')).toEqual([
      'opposition',
    ]);
    expect(actors('اختطف مرتزقة الاحتلال ثلاثة مدنيين', 'aanes', 'attack')).toEqual(['opposition']);
  });
});
