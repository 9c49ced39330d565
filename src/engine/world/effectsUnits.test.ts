/**
 * Two rules of the world's effects and conditions a class could see go wrong,
 * each on a world made inside its test: a government named alone must be the
 * one in office (not a name it contains: "blum" is in "blum-2"), and the
 * Soviet-German deal's month, once set, is never moved by a later effect.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { initialWorld } from '../scenario/initialWorld';
import { applyEffects, holds } from './effects';
import { withWorld } from './worldState';

function startWorld() {
  return initialWorld(loadScenario('pact-1935'), 'effects-units', 'france', true);
}

describe('a government condition', () => {
  it('names the government in office exactly, not one whose id contains it', () => {
    const start = startWorld();
    const firstBlum = withWorld(start, { governments: { ...start.governments, france: 'blum' } });
    const secondBlum = withWorld(start, { governments: { ...start.governments, france: 'blum-2' } });
    // Blum's second cabinet (1938) is not his first (1936): "blum-2" contains "blum", and must not match it.
    expect(holds(firstBlum, { government: { france: 'blum-2' } })).toBe(false);
    expect(holds(secondBlum, { government: { france: 'blum-2' } })).toBe(true);
    expect(holds(secondBlum, { government: { france: 'blum' } })).toBe(false);
    expect(holds(secondBlum, { government: { france: ['blum', 'blum-2'] } })).toBe(true);
  });
});

describe('the Soviet-German deal effect', () => {
  it('sets the deal in the month it comes, and keeps an earlier deal’s month', () => {
    const start = startWorld();
    expect(start.sovietGermanDeal).toBeNull();
    expect(applyEffects(start, { sovietGermanDeal: true }).sovietGermanDeal).toBe(start.month);
    const dealt = withWorld(start, { sovietGermanDeal: '1935-01', month: '1939-08' });
    expect(applyEffects(dealt, { sovietGermanDeal: true }).sovietGermanDeal).toBe('1935-01');
  });
});
