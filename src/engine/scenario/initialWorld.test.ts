/**
 * A scenario's first world: its overrides of history's course up to its start
 * (the convention's phase, clauses and credibility, its signature and entry
 * into force, transit, actors, levels), each checked against the same scenario
 * without them, so a field overridden where it should not be, or not where it
 * should, fails; and the events a scenario takes out.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { initialWorld } from './initialWorld';
import type { Scenario } from './schema';

/** The scenario as it is, and the same without its overrides. */
function pair(id: string) {
  const scenario = loadScenario(id);
  const { overrides: _overrides, ...rest } = scenario;
  const bare: Scenario = rest;
  return { scenario, bare };
}

const first = (scenario: Scenario) => initialWorld(scenario, 'first', 'france', true);

describe('a scenario starting with a convention in force (what-if-convention-1937)', () => {
  const { scenario, bare } = pair('what-if-convention-1937');
  const world = first(scenario);
  const history = first(bare);
  const c = scenario.overrides?.convention;

  it('starts from the overridden convention: phase since its start, clauses, credibility', () => {
    expect(world.convention.phase).toBe('inForce');
    expect(world.convention.phaseSince).toBe(scenario.start);
    expect(world.convention.agreed).toEqual(c?.agreed);
    expect(world.convention.credibility).toBe(c?.credibility);
    expect(history.convention.phase).not.toBe('inForce');
  });

  it('is signed and in force from its first month', () => {
    expect(world.conventionSigned).toBe(scenario.start);
    expect(world.conventionInForce).toBe(scenario.start);
    expect(history.conventionSigned).toBeNull();
    expect(history.conventionInForce).toBeNull();
  });

  it('changes the transit and the actors it names, and nothing else of them', () => {
    expect(world.transit.romania).toBe(scenario.overrides?.transit?.romania);
    expect(world.transit.poland).toBe(history.transit.poland);
    expect(world.actors.france).toEqual({ ...history.actors.france, stance: 60, trust: 65 });
    expect(world.actors.ussr).toEqual({ ...history.actors.ussr, trust: 70 });
    expect(world.actors.uk).toEqual(history.actors.uk);
    expect(world.francoSovietInForce).toBe(history.francoSovietInForce);
  });
});

describe('a scenario starting from staff contacts (blum-staff-talks-1936)', () => {
  const { scenario, bare } = pair('blum-staff-talks-1936');
  const world = first(scenario);
  const history = first(bare);

  it('takes the phase and credibility it gives and keeps history’s clauses, unsigned', () => {
    expect(world.convention.phase).toBe('attacheContacts');
    expect(world.convention.phaseSince).toBe(scenario.start);
    expect(world.convention.credibility).toBe(55);
    expect(world.convention.agreed).toEqual(history.convention.agreed);
    expect(world.conventionSigned).toBeNull();
    expect(world.conventionInForce).toBeNull();
    expect(world.transit).toEqual(history.transit);
    expect(world.actors).toEqual(history.actors);
  });
});

describe('overrides a shipped scenario does not use', () => {
  const { bare } = pair('munich-1938');
  const history = first(bare);

  it('a convention signed but not yet in force is signed from the start only', () => {
    const world = first({ ...bare, overrides: { convention: { phase: 'signed' }, note: 'a test' } });
    expect(world.conventionSigned).toBe(bare.start);
    expect(world.conventionInForce).toBe(history.conventionInForce);
    expect(world.convention.credibility).toBe(history.convention.credibility);
  });

  it('levels, the Franco-Soviet treaty in force, and an override without a convention', () => {
    const world = first({
      ...bare,
      overrides: { levels: { tension: 99 }, francoSovietInForce: !history.francoSovietInForce, note: 'a test' },
    });
    expect(world.francoSovietInForce).toBe(!history.francoSovietInForce);
    expect(world.convention).toEqual(history.convention);
    expect(world.conventionSigned).toBe(history.conventionSigned);
    expect(world.levels.tension).not.toBe(history.levels.tension);
  });
});

describe('the events a scenario takes out', () => {
  it('are out of the first world, and history’s are all in it', () => {
    const { bare } = pair('pact-1935');
    expect(first(bare).disabled).toEqual([]);
    expect(first({ ...bare, disabledEvents: ['british-guarantee'] }).disabled).toEqual(['british-guarantee']);
  });
});
