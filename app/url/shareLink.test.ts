import { describe, expect, it } from 'vitest';
import { frozenLink } from './shareLink';
import { decodeView } from './viewCodec';

describe('the link shared for "only what is in view"', () => {
  const href = 'https://atlas.example/?type=airstrike&area=view&map=9/35.8/36.6&lang=ar';

  it('holds the box in view now, so a reader on another screen gets the same incidents', () => {
    const link = frozenLink(href, { kind: 'view', bbox: [36.1, 35.5, 37.123456, 36.2] });
    expect(link).toBe(
      'https://atlas.example/?type=airstrike&area=bbox:36.1,35.5,37.12346,36.2&map=9/35.8/36.6&lang=ar',
    );
    expect(decodeView(new URL(link).search).filters?.area).toEqual({
      kind: 'bbox',
      bbox: [36.1, 35.5, 37.12346, 36.2],
    });
  });

  it('is the address as it is for every other area, and before the map has said its bounds', () => {
    expect(frozenLink(href, { kind: 'view', bbox: null })).toBe(href);
    expect(frozenLink(href, { kind: 'region', id: 'adm1-idlib' })).toBe(href);
    expect(frozenLink(href, null)).toBe(href);
  });
});
