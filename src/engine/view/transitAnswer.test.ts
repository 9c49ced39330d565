/**
 * The routes through Poland and Romania on the map, when a delegation plays
 * the state: from the crisis at which it answered the request for Soviet
 * transit, the map shows its answer, not the state's standing
 * (`delegationTransitAnswer`).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { createGame, simulate } from '../game';
import { crisisCase, delegationTransitAnswer, transitAsked } from './monthView';

describe("a transit delegation's answer on the route", () => {
  it.each(['poland', 'romania'] as const)(
    '%s: null until the delegation has answered, then its answer, with the crisis month and move, month after month; the other route stays the standing',
    (state) => {
      const scenario = loadScenario('pact-1935');
      const other = state === 'poland' ? 'romania' : 'poland';
      for (const answer of ['grant', 'refuse'] as const) {
        const game = createGame(scenario, { seed: 'r2', roles: ['france', state] });
        let given: { answer: string; month: string; move: string } | null = null;
        let after = 0;
        for (let i = 0; i < 80 && after < 3; i++) {
          const { world, phase } = game.getSnapshot();
          if (phase === 'ended') break;
          expect(delegationTransitAnswer(world, state)).toEqual(given);
          expect(delegationTransitAnswer(world, other)).toBeNull();
          if (phase === 'crisis' && given === null) {
            expect(game.send({ type: 'transit.answer', answer }, { by: state }).accepted).toBe(true);
            expect(game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' }).accepted).toBe(
              true,
            );
            const crisis = game.getSnapshot().world.crises.at(-1);
            expect(crisis?.transit[state]).toBe(answer === 'grant');
            given = {
              answer: answer === 'grant' ? 'granted' : 'refused',
              month: crisis?.month ?? '',
              move: crisis?.move ?? '',
            };
            expect(delegationTransitAnswer(game.getSnapshot().world, state)).toEqual(given);
          } else if (phase === 'crisis') {
            game.send({ type: 'transit.answer', answer }, { by: state });
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
    },
  );

  it('is null in a game where no delegation plays Poland or Romania: the die answers, the map shows the standing', () => {
    const played = simulate(loadScenario('pact-1935'), { seed: 'r2', policy: 'random', role: 'france' });
    expect(played.world.crises.length).toBeGreaterThan(0);
    expect(delegationTransitAnswer(played.world, 'poland')).toBeNull();
    expect(delegationTransitAnswer(played.world, 'romania')).toBeNull();
  });
});

describe('which transit states were asked at a crisis', () => {
  /** munich-1938 as the USSR to the Sudeten crisis, answered with `choice`: the worlds before and after. */
  function sudeten(choice: 'refer-council' | 'invoke-protocol', seed: string) {
    const game = createGame(loadScenario('munich-1938'), { seed, role: 'ussr' });
    while (game.getSnapshot().world.phase === 'orders') game.send({ type: 'turn.end' });
    const before = game.getSnapshot().world;
    game.send({ type: 'crisis.respond', choice });
    const after = game.getSnapshot().world;
    const record = after.crises.at(-1);
    if (record === undefined) throw new Error('no crisis recorded');
    return { before, after, record };
  }

  it('none where no Soviet force marched, both where one would: their dice are told only then', () => {
    const waited = sudeten('refer-council', 'k');
    expect(waited.record.metBy).not.toContain('ussr');
    expect(transitAsked(waited.after, waited.record)).toEqual({ poland: false, romania: false });
    const acted = sudeten('invoke-protocol', 'k');
    expect(transitAsked(acted.after, acted.record)).toEqual({ poland: true, romania: true });
  });

  it("takes, for a state not asked, the model's expected answer, whatever its die said", () => {
    const { before, record } = sudeten('refer-council', 'k');
    const expected = crisisCase(before)?.legalCase.transit;
    const granted = { ...record, transit: { poland: true, romania: true } };
    // Given no transit answers, the case keeps the expected ones; given one, it takes it.
    expect(crisisCase(before, { uk: granted.uk, transit: {} })?.legalCase.transit).toEqual(expected);
    expect(crisisCase(before, { uk: granted.uk, transit: { poland: true } })?.legalCase.transit).toEqual({
      ...expected,
      poland: true,
    });
  });
});
