import { describe, expect, it } from 'vitest';
import { outletName } from './outletNames';

describe('outletName', () => {
  it('names the sample report’s outlet in English for the English interface', () => {
    expect(outletName('المدن', 'en')).toBe('Al-Modon');
    expect(outletName(' المدن ', 'en')).toBe('Al-Modon');
  });

  it('reads an outlet however its alef and spaces are written', () => {
    expect(outletName('وكالة الأناضول', 'en')).toBe('Anadolu Agency');
    expect(outletName('وكالة  الاناضول', 'en')).toBe('Anadolu Agency');
    expect(outletName('المرصد السوري لحقوق الانسان', 'en')).toBe(
      'Syrian Observatory for Human Rights',
    );
  });

  it('keeps the Arabic name in the Arabic interface, and any outlet it does not know', () => {
    expect(outletName('المدن', 'ar')).toBe('المدن');
    expect(outletName('شبكة محلية', 'en')).toBe('شبكة محلية');
    expect(outletName('Synthetic Corpus', 'en')).toBe('Synthetic Corpus');
  });
});
