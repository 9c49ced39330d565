/**
 * Factors read off worlds the shipped games never make: a move record without
 * Munich, a government the data does not know, an unknown factor number, and
 * transit where Poland is further along than Romania.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { initialWorld } from '../scenario/initialWorld';
import { withWorld } from '../world/worldState';
import { factorValue, readFactor } from './factors';

const start = () => initialWorld(loadScenario('pact-1935'), 'factors-units', 'france');

describe('factors on unusual worlds', () => {
  it('reads Romanian transit as Romania, not as the better of the two', () => {
    const world0 = start();
    const world = withWorld(world0, { transit: { ...world0.transit, poland: 60, romania: 20 } });
    expect(factorValue('transitRomania', { world })).toBe(20);
    expect(factorValue('transitPoland', { world })).toBe(60);
    expect(factorValue('transitBest', { world })).toBe(60);
  });

  it('takes a world without a Sudeten move as before Munich, with no move done', () => {
    const world = withWorld(start(), { moves: {} });
    expect(factorValue('alliedVictim', { world, victim: 'czechoslovakia' })).toBe(25);
    expect(factorValue('munich', { world })).toBe(0);
    expect(factorValue('movesDone', { world })).toBe(0);
  });

  it('gives a government the data does not know the middle support, 50', () => {
    const world0 = start();
    const world = withWorld(world0, { governments: { ...world0.governments, france: 'nobody', uk: 'no-one' } });
    expect(factorValue('frenchGovernmentSupport', { world })).toBe(50);
    expect(factorValue('britishGovernmentSupport', { world })).toBe(50);
  });

  it('refuses a factor number it does not have', () => {
    expect(() => readFactor(999, { world: start() })).toThrow(new RangeError('no factor numbered 999'));
  });
});
