import { describe, expect, it } from 'vitest';
import { wrapText } from './mapImage';

const chars = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the width', () => {
    expect(wrapText('a bb ccc dd', 4, chars)).toEqual(['a bb', 'ccc', 'dd']);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapText('Killed: 4', 40, chars)).toEqual(['Killed: 4']);
  });

  it('cuts a word longer than a line (a link) where it must, losing nothing', () => {
    const link = 'https://atlas.example/?from=2021-06-01&to=2021-06-30';
    const lines = wrapText(`view ${link} made`, 20, chars);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join('').replaceAll(' ', '')).toBe(`view${link}made`);
  });

  it('still ends when not even one character fits', () => {
    expect(wrapText('abc', 0, chars)).toEqual(['a', 'b', 'c']);
  });
});
