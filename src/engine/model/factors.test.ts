/**
 * Every factor a decision rule weighs, read off one world where each has a
 * value of its own: a factor read from the wrong place (a case of
 * `readFactor`'s switch numbered for another factor, a derived factor swapped
 * for its neighbour) gives another factor's value and fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { initialWorld } from '../scenario/initialWorld';
import { type WorldState, withWorld } from '../world/worldState';
import { FACTOR_IDS, type FactorId } from './factorIds';
import { CONVENTION_LEVEL, conventionStrength, type FactorContext, factorValue, weightedLevel } from './factors';
import { CONVENTION, GOVERNMENTS, MOVES } from './modelData';

const start = initialWorld(loadScenario('pact-1935'), 'factors', 'france');

/** Two governments whose support for the convention differs, one French and one British. */
const frenchGovernment = Object.keys(GOVERNMENTS).find((id) => GOVERNMENTS[id]?.country === 'france') ?? '';
const britishGovernment = Object.keys(GOVERNMENTS).find((id) => GOVERNMENTS[id]?.country === 'uk') ?? '';
const firstClause = Object.keys(CONVENTION.clauses)[0] ?? '';

const world: WorldState = withWorld(start, {
  levels: {
    frenchWill: 11,
    sovietWill: 12,
    sovietDrift: 13,
    redArmyReadiness: 14,
    germanReadiness: 15,
    britishCommitment: 16,
    italianAlignment: 17,
    tension: 18,
  },
  convention: { ...start.convention, phase: 'staffTalks', credibility: 23, agreed: { [firstClause]: 1 } },
  transit: { ...start.transit, poland: 31, romania: 44 },
  governments: { ...start.governments, france: frenchGovernment, uk: britishGovernment },
  actors: {
    ...start.actors,
    ussr: { ...start.actors.ussr, trust: 41 },
    france: { ...start.actors.france, trust: 42, stance: 27 },
    uk: { ...start.actors.uk, stance: 40 },
    poland: { ...start.actors.poland, stance: -33 },
  },
  moves: { ...start.moves, sudetenland: { status: 'done', month: '1938-09', postponed: 0 } },
  fired: [...start.fired, 'british-guarantee'],
});

const context: FactorContext = {
  world,
  derived: { westernCredibility: 61, deterrence: 62, frenchHelpOwed: 63, sovietHelpDeliverable: 64 },
  coalition: 71,
  victim: 'poland',
};

/** What each factor must read in that world, worked out here from the world and the model's data. */
const EXPECTED: Readonly<Record<FactorId, number>> = {
  frenchWill: 11,
  sovietWill: 12,
  sovietDrift: 13,
  redArmyReadiness: 14,
  germanReadiness: 15,
  britishCommitment: 16,
  italianAlignment: 17,
  tension: 18,
  redArmyDoubt: 86,
  britishAloofness: 84,
  conventionLevel: CONVENTION_LEVEL.staffTalks,
  conventionCredibility: 23,
  conventionStrength: conventionStrength(world),
  transitPoland: 31,
  transitRomania: 44,
  transitBest: 44,
  frenchGovernmentSupport: GOVERNMENTS[frenchGovernment]?.conventionSupport ?? -1,
  britishGovernmentSupport: GOVERNMENTS[britishGovernment]?.conventionSupport ?? -1,
  sovietTrustInFrance: 41,
  frenchTrustInUssr: 42,
  britishStance: 70,
  polishHostility: 33,
  staffPressure: 27,
  movesDone: Math.round((100 * MOVES.filter((move) => world.moves[move.id]?.status === 'done').length) / MOVES.length),
  munich: 100,
  westernCredibility: 61,
  deterrence: 62,
  frenchHelpOwed: 63,
  sovietHelpDeliverable: 64,
  coalition: 71,
  alliedVictim: 100,
};

describe('the factors a rule weighs', () => {
  it.each(FACTOR_IDS.map((id) => [id]))('%s is read from its own place in the world', (id) => {
    expect(factorValue(id, context)).toBe(EXPECTED[id]);
  });

  it('gives every factor in that world a value of its own where the world allows it', () => {
    // The levels, trusts, stances, transits and derived factors above are all distinct, so a
    // switch case numbered for a neighbour would read a neighbour's value.
    const values = ['frenchWill', 'tension', 'transitPoland', 'coalition', 'deterrence'].map((id) =>
      factorValue(id as FactorId, context),
    );
    expect(new Set(values).size).toBe(values.length);
  });

  it('reads the strength of the agreed clauses as the mean place of each option, 0 with none agreed', () => {
    const options = CONVENTION.clauses[firstClause as keyof typeof CONVENTION.clauses]?.options.length ?? 2;
    expect(conventionStrength(world)).toBe(Math.round(100 / (options - 1)));
    expect(conventionStrength(start)).toBe(0);
  });

  it('reads an ally victim by the guarantees given: Poland guaranteed by Britain 100, before it 50', () => {
    expect(factorValue('alliedVictim', { world: start, victim: 'poland' })).toBe(50);
    expect(factorValue('alliedVictim', { world: start, victim: 'czechoslovakia' })).toBe(25);
    expect(factorValue('alliedVictim', { world, victim: 'czechoslovakia' })).toBe(0);
    expect(factorValue('alliedVictim', { world: start })).toBe(0);
    expect(factorValue('coalition', { world: start })).toBe(0);
  });

  it('refuses a derived factor without the derived factors in its context', () => {
    expect(() => factorValue('deterrence', { world })).toThrow(/derived factors/);
  });

  it('weighs a composite level term by term, clamped to 0-100', () => {
    const terms = [
      { factor: 'frenchWill', weight: 50, label: 'will' },
      { factor: 'coalition', weight: 100, label: 'coalition' },
    ] as const;
    // 50 × 11 / 100 = 5.5 → 6, plus 71.
    expect(weightedLevel(terms, context)).toBe(77);
    expect(weightedLevel([{ factor: 'coalition', weight: 200, label: 'x' }], context)).toBe(100);
    expect(weightedLevel([{ factor: 'coalition', weight: -200, label: 'x' }], context)).toBe(0);
  });
});
