/**
 * The route through Poland on the map, when a delegation plays Poland: from the
 * crisis at which it answered the request for Soviet transit, the map shows its
 * answer, not Poland's standing (`polishDelegationAnswer`).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { createGame, simulate } from '../game';
import { polishDelegationAnswer } from './monthView';

describe("the Polish delegation's answer on the route", () => {
  it('is null until the delegation has answered, then its answer, with the crisis month and move, month after month', () => {
    const scenario = loadScenario('pact-1935');
    for (const answer of ['grant', 'refuse'] as const) {
      const game = createGame(scenario, { seed: 'r2', roles: ['france', 'poland'] });
      let given: { answer: string; month: string; move: string } | null = null;
      let after = 0;
      for (let i = 0; i < 80 && after < 3; i++) {
        const { world, phase } = game.getSnapshot();
        if (phase === 'ended') break;
        expect(polishDelegationAnswer(world)).toEqual(given);
        if (phase === 'crisis' && given === null) {
          expect(game.send({ type: 'transit.answer', answer }, { by: 'poland' }).accepted).toBe(true);
          expect(game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' }).accepted).toBe(true);
          const crisis = game.getSnapshot().world.crises.at(-1);
          expect(crisis?.transit.poland).toBe(answer === 'grant');
          given = {
            answer: answer === 'grant' ? 'granted' : 'refused',
            month: crisis?.month ?? '',
            move: crisis?.move ?? '',
          };
          expect(polishDelegationAnswer(game.getSnapshot().world)).toEqual(given);
        } else if (phase === 'crisis') {
          game.send({ type: 'transit.answer', answer }, { by: 'poland' });
          game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' });
        } else {
          if (given !== null) after += 1;
          expect(game.send({ type: 'turn.end' }, { by: 'france' }).accepted).toBe(true);
        }
      }
      expect(given?.month).toMatch(/^19\d\d-\d\d$/);
      expect(given?.move).not.toBe('');
      expect(after).toBe(3);
    }
  });

  it('is null in a game where no delegation plays Poland: the die answers, the map shows the standing', () => {
    const played = simulate(loadScenario('pact-1935'), { seed: 'r2', policy: 'random', role: 'france' });
    expect(played.world.crises.length).toBeGreaterThan(0);
    expect(polishDelegationAnswer(played.world)).toBeNull();
  });
});
