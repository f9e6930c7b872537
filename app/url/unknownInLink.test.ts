import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../derive/filters';
import { unknownInLink } from './unknownInLink';

describe('filters a link names that the data shown do not hold', () => {
  const regions = new Set(['adm1-idlib', 'adm1-aleppo']);

  it('names an outlet no report has, and a governorate no outline has', () => {
    expect(
      unknownInLink(
        {
          ...NO_FILTERS,
          outlets: ['المدن', 'No Such Outlet'],
          area: { kind: 'region', id: 'adm1-XX' },
        },
        ['المدن', 'عنب بلدي'],
        regions,
      ),
    ).toEqual({ outlets: ['No Such Outlet'], region: 'adm1-XX' });
  });

  it('says nothing when every value is known, or when the outlines are not loaded yet', () => {
    expect(
      unknownInLink(
        { ...NO_FILTERS, outlets: ['المدن'], area: { kind: 'region', id: 'adm1-idlib' } },
        ['المدن'],
        regions,
      ),
    ).toBeNull();
    expect(
      unknownInLink({ ...NO_FILTERS, area: { kind: 'region', id: 'adm1-XX' } }, [], new Set()),
    ).toBeNull();
  });
});
