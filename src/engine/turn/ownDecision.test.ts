/**
 * An event that is one side's own decision (`decidedBy` in events.json: Moscow's offer of February 1937) is the
 * player's to make in a game played as that side: no die is rolled for it, it does not happen, and the log says
 * it was history's decision and is now the player's. Played as the other side, the model still decides it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { debriefOf } from '../debrief';
import { runFutures } from '../futures';
import { createGame, simulate } from '../game';
import { renderEntry } from '../log/render';
import { EVENTS } from '../model/modelData';

const OFFER = 'soviet-offer';

describe('a side’s own decision', () => {
  it('is marked in the data: the governments’ own initiatives, not the backdrop of speeches and interviews', () => {
    expect(EVENTS.filter((e) => e.decidedBy !== undefined).map((e) => [e.id, e.decidedBy])).toEqual([
      [OFFER, 'ussr'],
      ['litvinov-collective-measures', 'ussr'],
      ['soviet-answer-to-benes', 'ussr'],
      ['soviet-warning-to-poland', 'ussr'],
      ['french-partial-mobilisation', 'france'],
      ['six-power-conference', 'ussr'],
    ]);
  });

  it('is told in the debrief as history’s decision, the class’s in this game, never as a turn this game took', () => {
    const scenario = loadScenario('munich-1938');
    const { world, turns } = simulate(scenario, { seed: 'own-debrief', policy: 'historical', role: 'france' });
    const debrief = debriefOf(scenario, world, turns);
    const september = debrief.months.find((m) => m.month === '1938-09');
    expect(september?.events.own.map((e) => e.id)).toEqual(['french-partial-mobilisation']);
    expect(september?.events.diverged.map((e) => e.id)).not.toContain('french-partial-mobilisation');
    expect(september?.events.missed.map((e) => e.id)).not.toContain('french-partial-mobilisation');
  });

  it('never rolls or happens in a game played as the USSR, and is told as the player’s to make', () => {
    const scenario = loadScenario('last-chance-1937');
    let told = 0;
    for (let n = 0; n < 40; n++) {
      const { world } = simulate(scenario, { seed: `own-${n}`, policy: 'historical', role: 'ussr' });
      const entries = world.log.flatMap((m) => m.entries);
      expect(entries.some((e) => e.kind === 'event' && e.id === OFFER)).toBe(false);
      expect(
        entries.flatMap((e) => e.reasons ?? []).some((r) => r.explanation?.rule === 'Moscow makes its offer'),
      ).toBe(false);
      const own = entries.filter((e) => e.kind === 'diverged' && e.id === OFFER);
      expect(own.length).toBeLessThanOrEqual(1);
      for (const entry of own) {
        told++;
        expect(renderEntry(entry).text).toBe(
          "The Soviet offer of February 1937: in history, Moscow's own initiative; in this game nothing is done in your name: your orders and crisis answers speak for Moscow.",
        );
      }
    }
    expect(told).toBeGreaterThan(0);
  });

  it('is still the model’s to decide, by its roll, in a game played as France', () => {
    const scenario = loadScenario('last-chance-1937');
    const fired = Array.from({ length: 40 }, (_, n) =>
      simulate(scenario, { seed: `own-${n}`, policy: 'historical', role: 'france' })
        .world.log.flatMap((m) => m.entries)
        .some((e) => e.kind === 'event' && e.id === OFFER),
    );
    expect(fired.filter(Boolean).length).toBeGreaterThan(20);
  });

  it('is the Soviet delegation’s where both sides are seated, whichever is the game’s first role; not in a future', () => {
    const scenario = loadScenario('last-chance-1937');
    for (let n = 0; n < 12; n++) {
      const game = createGame(scenario, { seed: `own-seats-${n}`, roles: ['france', 'ussr'] });
      while (game.getSnapshot().world.month < '1937-03') game.send({ type: 'turn.end' });
      const { world } = game.getSnapshot();
      expect(world.role).toBe('france');
      expect(world.sides).toEqual(['france', 'ussr']);
      const entries = world.log.flatMap((m) => m.entries);
      // Never rolled, never handed to France as Moscow's counter-offer: told as Moscow's to make.
      expect(entries.some((e) => e.kind === 'event' && e.id === OFFER)).toBe(false);
      expect(world.convention.counter).toBeNull();
      const own = entries.filter((e) => e.kind === 'diverged' && e.id === OFFER);
      expect(own.map((e) => renderEntry(e).text)).toEqual([
        "The Soviet offer of February 1937: in history, Moscow's own initiative; in this game nothing is done in your name: your orders and crisis answers speak for Moscow.",
      ]);
    }
    // A future from a game of delegations plays the other side by the model: its initiatives are rolled again.
    const game = createGame(scenario, { seed: 'own-seats-future', roles: ['france', 'ussr'] });
    const futures = runFutures(scenario, game.getSnapshot().world, { runs: 40, seed: 'own-seats', policy: 'random' });
    const alone = runFutures(
      scenario,
      createGame(scenario, { seed: 'own-seats-future', role: 'france' }).getSnapshot().world,
      {
        runs: 40,
        seed: 'own-seats',
        policy: 'random',
      },
    );
    expect(futures.counts).toEqual(alone.counts);
  });
});

describe('a side’s own initiative in the debrief, in a month other than history’s', () => {
  it('is told once, in the month the game logged it, never as history’s event "told in" another month', () => {
    const scenario = loadScenario('pact-1935');
    let seen = 0;
    for (let n = 0; n < 30; n++) {
      const { world, turns } = simulate(scenario, { seed: `own-elsewhen-${n}`, policy: 'random', role: 'ussr' });
      const months = debriefOf(scenario, world, turns).months;
      const own = months.flatMap((m) => m.events.own.map((e) => e.id));
      for (const id of own) {
        seen++;
        expect(months.flatMap((m) => m.events.elsewhen.map((e) => e.event.id))).not.toContain(id);
        expect(own.filter((o) => o === id)).toHaveLength(1);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
