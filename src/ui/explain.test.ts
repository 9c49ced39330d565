/** The one function that words the engine's explanations for a student. */
import { describe, expect, it } from 'vitest';
import { factorLines } from './explain';

describe('factor lines', () => {
  it('says what a roll meant', () => {
    expect(factorLines({ factors: ['doubts the Red Army (-8)', 'chance 40%, rolled 9'] })).toEqual([
      'doubts the Red Army (-8)',
      'a 40% chance; the roll was 9, so it happened',
    ]);
    expect(factorLines({ factors: ['chance 5%, rolled 47'] })).toEqual([
      'a 5% chance; the roll was 47, so it did not happen',
    ]);
    expect(factorLines({})).toEqual([]);
  });
});
