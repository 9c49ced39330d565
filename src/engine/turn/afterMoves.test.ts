/**
 * What rests on a German move comes after it, in its month (`afterMoves`): the
 * League Council's finding of 19 March 1936 after the Rhineland's crisis of 7
 * March, Litvinov's proposal of 17 March 1938 after the Anschluss, not a month
 * later; never before the move, in any seeded game of any scenario; and Poland's
 * Teschen, which a Polish delegation is asked about, still with the next month.
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { simulate } from '../game';
import { EVENTS } from '../model/modelData';
import { POLICY_NAMES } from '../policies';
import { sidesOf } from '../scenario/schema';
import type { LogEntry } from '../world/worldState';
import { TESCHEN } from './history';

/** The German move an event rests on (a `requires` of its status), if any. */
const restsOn = new Map(
  EVENTS.flatMap((e) => {
    const move = e.requires?.find((c) => 'move' in c);
    return move !== undefined && 'move' in move ? [[e.id, move.move] as const] : [];
  }),
);

/** The index in `log` of the move's entry (its crisis or its passing) in `month`, or -1. */
const moveAt = (log: readonly LogEntry[], move: string, month: string) =>
  log.findIndex((e) => e.month === month && e.kind === 'move' && e.id === move);

describe('events that rest on a German move', () => {
  it('come in the move’s month, after its crisis, in history’s course', () => {
    const { log } = simulate(loadScenario('as-it-happened'), { seed: 'after-moves', policy: 'historical' });
    const at = (id: string) => log.findIndex((e) => e.kind === 'event' && e.id === id);
    const council = log[at('council-finds-violation')];
    expect(council?.month).toBe('1936-03');
    expect(at('council-finds-violation')).toBeGreaterThan(
      log.findIndex((e) => e.kind === 'crisis' && e.id.startsWith('rhineland')),
    );
    // Scripted in as-it-happened: Moscow's proposal after Austria's annexation of 12 March 1938.
    expect(log[at('litvinov-collective-measures')]?.month).toBe('1938-03');
    expect(at('litvinov-collective-measures')).toBeGreaterThan(moveAt(log, 'anschluss', '1938-03'));
  });

  it('never come before the move in its month, and Teschen comes the month after, in seeded games of every scenario', () => {
    let inMonth = 0;
    let teschen = 0;
    for (const id of scenarioIds()) {
      const scenario = loadScenario(id);
      for (const role of sidesOf(scenario)) {
        for (const policy of POLICY_NAMES) {
          for (let i = 0; i < sampled(4); i++) {
            const { log, world } = simulate(scenario, { seed: `after-${i}`, policy, role });
            for (const [index, entry] of log.entries()) {
              const move = entry.kind === 'event' ? restsOn.get(entry.id) : undefined;
              if (move === undefined) continue;
              const settled = world.moves[move]?.month;
              if (entry.id === TESCHEN.event.id) {
                expect(entry.month, `${id} ${role} ${policy} ${i}`).not.toBe(settled);
                teschen += 1;
                continue;
              }
              if (entry.month !== settled) continue;
              inMonth += 1;
              expect(index, `${entry.id} in ${id} ${role} ${policy} ${i}`).toBeGreaterThan(
                moveAt(log, move, entry.month),
              );
            }
          }
        }
      }
    }
    expect(inMonth).toBeGreaterThan(10);
    expect(teschen).toBeGreaterThan(0);
  });
});
