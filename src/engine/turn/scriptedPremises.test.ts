/**
 * A scenario that scripts history's initiatives (as-it-happened: "each
 * government's own initiatives come as they did, whichever side you play")
 * says so when one cannot come because what it rests on did not happen in
 * this game: played as the USSR without opening the talks, Moscow's offer of
 * February 1937 has no talks to be made in, and the log says why at the close
 * of its window, instead of passing it over in silence.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { createGame } from '../game';
import { renderEntry } from '../log/render';
import { EVENTS } from '../model/modelData';
import { flatLog } from '../world/effects';
import type { LogEntry, Role } from '../world/worldState';
import type { GameAction } from './actions';

/** Play `scenario` as `role` to its end: `orders` in their months, "refer it to the Council" at each crisis. */
function play(scenario: string, role: Role, seed: string, orders: Record<string, GameAction[]> = {}): LogEntry[] {
  const game = createGame(loadScenario(scenario), { seed, role });
  for (let turns = 0; turns < 200; turns++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'ended') return flatLog(world);
    if (world.phase === 'crisis') {
      game.send({ type: 'crisis.respond', choice: 'refer-council' });
      continue;
    }
    for (const order of orders[world.month] ?? []) game.send(order);
    game.send({ type: 'turn.end' });
  }
  throw new Error('the game did not end');
}

const premisesNotes = (log: readonly LogEntry[]) => log.filter((e) => e.key?.startsWith('diverged.premises'));

describe('a scripted initiative whose premises this game lacks', () => {
  it('is told at the close of its window when the USSR never opened the talks', () => {
    const log = play('as-it-happened', 'ussr', 'no-talks');
    const offer = premisesNotes(log).filter((e) => e.id === 'soviet-offer');
    expect(offer.map((e) => e.month)).toEqual(['1937-03']);
    expect(log.some((e) => e.kind === 'event' && e.id === 'soviet-offer')).toBe(false);
    const [entry] = offer;
    if (entry === undefined) throw new Error('no note');
    // Played as the USSR, the offer was the player's own government's: the note says so, and what was missing.
    expect(renderEntry(entry).text).toBe(
      "The Soviet offer of February 1937: in history, Moscow's own initiative; not in this game, where the convention talks were not at the stage it needs (here: no contacts).",
    );
  });

  it('comes as in history, with no such note, when the USSR plays history’s steps of the talks', () => {
    const log = play('as-it-happened', 'ussr', 'no-talks', {
      '1935-09': [{ type: 'convention.open' }],
      '1936-09': [{ type: 'convention.staffTalks' }],
      '1937-01': [{ type: 'convention.draft' }],
    });
    expect(log.filter((e) => e.kind === 'event' && e.id === 'soviet-offer').map((e) => e.month)).toEqual(['1937-02']);
    expect(premisesNotes(log).filter((e) => e.id === 'soviet-offer')).toEqual([]);
  });

  it('is never told where the scenario scripts nothing (pact-1935), nor twice, nor for an event that came', () => {
    let told = 0;
    for (const role of ['france', 'ussr'] as const) {
      for (let i = 0; i < 6; i++) {
        expect(premisesNotes(play('pact-1935', role, `free-${i}`))).toEqual([]);
        const log = play('as-it-happened', role, `scripted-${i}`);
        const notes = premisesNotes(log);
        told += notes.length;
        const ids = notes.map((e) => e.id);
        expect(new Set(ids).size, `${role} ${i}`).toBe(ids.length);
        for (const note of notes) {
          expect(
            log.some((e) => e.kind === 'event' && e.id === note.id),
            `${note.id} came`,
          ).toBe(false);
          const event = EVENTS.find((e) => e.id === note.id);
          expect(event?.requires, note.id).toBeDefined();
        }
      }
    }
    // The USSR's games above never open the talks: Moscow's offer is told in each.
    expect(told).toBeGreaterThanOrEqual(6);
  });
});
