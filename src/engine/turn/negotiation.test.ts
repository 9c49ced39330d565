/**
 * The convention in the monthly turn: clauses are recorded as they are agreed
 * and dropped when an approver reopens them, and a determined player can carry
 * a draft through every approval.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { initialWorld } from '../scenario/initialWorld';
import { CLAUSE_IDS, type WorldState, withWorld } from '../world/worldState';
import { sendConvention } from './negotiation';

function drafting(agreed: WorldState['convention']['agreed']): WorldState {
  const world = initialWorld(loadScenario('pact-1935'), 'negotiation', 'france', true);
  return withWorld(world, { convention: { ...world.convention, phase: 'drafting', agreed } });
}

describe('the convention in the turn', () => {
  it('records an agreed clause, and keeps the talks in drafting', () => {
    const next = sendConvention(drafting({}), { type: 'convention.clauseAgreed', clause: 'transit', option: 1 });
    expect(next?.convention.phase).toBe('drafting');
    expect(next?.convention.agreed).toEqual({ transit: 1 });
  });

  it('drops a reopened clause and keeps the others', () => {
    const next = sendConvention(drafting({ transit: 1, trigger: 0 }), { type: 'convention.reopen', clause: 'transit' });
    expect(next?.convention.agreed).toEqual({ trigger: 0 });
  });

  it('refuses an option the clause does not have, and changes nothing', () => {
    expect(sendConvention(drafting({}), { type: 'convention.clauseAgreed', clause: 'transit', option: 9 })).toBeNull();
  });

  it('lets a determined French player sign a convention from May 1935 in most games, every clause agreed', () => {
    const scenario = loadScenario('pact-1935');
    let signed = 0;
    for (let i = 0; i < 100; i++) {
      const { world } = simulate(scenario, { seed: `convention-${i}`, policy: 'alliance-first', withLog: false });
      if (world.conventionSigned === null) continue;
      signed += 1;
      expect(Object.keys(world.convention.agreed).sort()).toEqual([...CLAUSE_IDS].sort());
    }
    expect(signed).toBeGreaterThanOrEqual(50);
  });
});
