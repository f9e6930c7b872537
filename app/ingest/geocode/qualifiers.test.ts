import { describe, expect, it } from 'vitest';
import { directionAdjective, directionNoun } from './qualifiers';

describe('direction words', () => {
  it('are read from normalised Arabic tokens, with clitics', () => {
    expect(directionNoun('جنوب')).toBe('south');
    expect(directionNoun('وجنوبي')).toBe('south');
    expect(directionAdjective('الغربيه')).toBe('west');
  });

  it('are not found among Object.prototype members', () => {
    expect(directionNoun('constructor')).toBeUndefined();
    expect(directionNoun('toString')).toBeUndefined();
    expect(directionAdjective('ال__proto__')).toBeUndefined();
  });
});
