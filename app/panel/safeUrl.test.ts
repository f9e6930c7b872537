import { describe, expect, it } from 'vitest';
import { safeUrl } from './safeUrl';

describe('safeUrl', () => {
  it('keeps http and https links', () => {
    expect(safeUrl('https://www.almodon.com/a?b=1')).toBe('https://www.almodon.com/a?b=1');
    expect(safeUrl('http://example.org/')).toBe('http://example.org/');
  });
  it('drops other schemes, relative and broken URLs', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'not a url', ''])
      expect(safeUrl(bad)).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });
});
