import { describe, expect, it } from 'vitest';
import { uniquePaths } from './pickedFiles';

const blob = new Blob(['x']);
const paths = (list: string[]) =>
  uniquePaths(list.map((path) => ({ path, blob }))).map((f) => f.path);

describe('uniquePaths', () => {
  it('keeps every file when two share a name, each still read as what its extension says', () => {
    expect(paths(['a.txt', 'b.csv', 'a.txt', 'a.txt'])).toEqual([
      'a (2).txt',
      'a (3).txt',
      'a.txt',
      'b.csv',
    ]);
  });
  it('leaves distinct paths as they are, sorted, folders included', () => {
    expect(paths(['z/r.txt', 'notes', 'a/r.txt', 'notes'])).toEqual([
      'a/r.txt',
      'notes',
      'notes (2)',
      'z/r.txt',
    ]);
  });
});
