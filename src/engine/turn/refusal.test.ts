/**
 * The reasons a player reads when the rules refuse an order are sentences, not
 * engine ids: no action types (`crisis.respond`) and no clause ids (`staffCoordination`).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { initialWorld } from '../scenario/initialWorld';
import { CLAUSE_IDS, type WorldState, withWorld } from '../world/worldState';
import { type GameAction, refusal } from './actions';

/** Engine ids a reason must not show: dotted action types and camel-case clause ids. */
const ID = /\b[a-z]+\.[a-z][A-Za-z]*\b|\b[a-z]+[A-Z][A-Za-z]*\b/;

const ORDERS: readonly GameAction[] = [
  { type: 'convention.open' },
  { type: 'convention.staffTalks' },
  { type: 'convention.draft' },
  { type: 'convention.offer', clause: 'trigger', option: 0 },
  { type: 'convention.acceptCounter' },
  { type: 'convention.submit' },
  { type: 'convention.resume' },
  { type: 'crisis.respond', choice: 'mobilise' },
];

describe('refusal reasons', () => {
  it('name no action type or clause id, in any phase a game passes through', () => {
    const scenario = loadScenario('pact-1935');
    const worlds: WorldState[] = [initialWorld(scenario, 'refusals', 'france')];
    const start = worlds[0] as WorldState;
    worlds.push(withWorld(start, { phase: 'crisis' }));
    worlds.push(withWorld(start, { convention: { ...start.convention, phase: 'drafting', agreed: { trigger: 1 } } }));
    worlds.push(simulate(scenario, { seed: 'refusals', policy: 'random' }).world);
    let reasons = 0;
    for (const world of worlds)
      for (const order of ORDERS) {
        const reason = refusal(world, order);
        if (reason === null) continue;
        reasons += 1;
        expect(reason, `${order.type} in phase ${world.phase}/${world.convention.phase}`).not.toMatch(ID);
      }
    expect(reasons).toBeGreaterThan(10);
  });

  it('lists the clauses still to agree by their names', () => {
    const start = initialWorld(loadScenario('pact-1935'), 'refusals', 'france');
    const drafting = withWorld(start, { convention: { ...start.convention, phase: 'drafting', agreed: {} } });
    const reason = refusal(drafting, { type: 'convention.submit' }) ?? '';
    expect(reason).toContain('staff coordination');
    expect(CLAUSE_IDS.some((id) => reason.includes(id) && id !== id.toLowerCase())).toBe(false);
  });

  it('gives what the talks forbid before the capital spent: "contacts are already open", not "0 left"', () => {
    const start = initialWorld(loadScenario('pact-1935'), 'refusals', 'france');
    const spent = withWorld(start, { capital: 0, convention: { ...start.convention, phase: 'attacheContacts' } });
    expect(refusal(spent, { type: 'convention.open' })).toBe('contacts are already open');
    expect(refusal(spent, { type: 'convention.resume' })).toBe('the talks are not stalled');
    expect(refusal(spent, { type: 'convention.acceptCounter' })).toBe('there is no counter-offer on the table');
    // An order the talks allow is refused for the capital alone.
    expect(refusal(spent, { type: 'convention.staffTalks' })).toMatch(
      /^not enough political capital \(0 left, \d+ needed\)$/,
    );
    expect(refusal(spent, { type: 'domestic.rally' })).toMatch(/^not enough political capital/);
  });
});
