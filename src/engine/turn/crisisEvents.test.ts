/**
 * The events of a German move's crisis (`during` in events.json: Romania's wavering, Moscow's answer to Beneš,
 * the warning to Poland, France's call-up, all of the Sudeten crisis) come with the crisis, in the month it opens,
 * just before it: never in a September the crisis waited past, never without it (the Anschluss turned back). And
 * a scenario that scripts history's course (`as-it-happened`) has each government's own initiatives happen as they
 * did, whichever side is played, and the staff talks open in the autumn of 1936 as they did.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import type { LogEntry } from '../log/types';
import { EVENTS } from '../model/modelData';
import type { PolicyName } from '../policies';
import type { WorldState } from '../world/worldState';

const DURING = EVENTS.filter((e) => e.during !== undefined);

/** Every entry of the log with its month. */
const entriesOf = (world: WorldState): LogEntry[] => world.log.flatMap((m) => m.entries);

describe('the events of a crisis', () => {
  it('are the Sudeten crisis’s four, each with history’s date in September 1938', () => {
    expect(DURING.map((e) => [e.id, e.during, e.date.slice(0, 7)])).toEqual([
      ['romania-wavers', 'sudetenland', '1938-09'],
      ['soviet-answer-to-benes', 'sudetenland', '1938-09'],
      ['soviet-warning-to-poland', 'sudetenland', '1938-09'],
      ['french-partial-mobilisation', 'sudetenland', '1938-09'],
    ]);
    // None waits on the move's status: the crisis itself brings them.
    for (const event of DURING) expect(JSON.stringify(event.requires ?? [])).not.toContain('"move"');
  });

  it('come in the month their crisis opens, just before it, and never without it: 480 seeded games', () => {
    let late = 0;
    let never = 0;
    for (const id of ['pact-1935', 'rhineland-1936', 'blum-staff-talks-1936', 'munich-1938']) {
      const scenario = loadScenario(id);
      for (const role of ['france', 'ussr'] as const) {
        for (const policy of ['historical', 'random', 'alliance-first'] satisfies PolicyName[]) {
          for (let n = 0; n < 20; n++) {
            const { world } = simulate(scenario, { seed: `during-${n}`, policy, role });
            const crisis = world.crises.find((c) => c.move === 'sudetenland');
            const entries = entriesOf(world);
            const bound = entries.filter((e) => DURING.some((d) => d.id === e.id));
            if (crisis === undefined) {
              never += 1;
              expect(bound, `${id} ${role} ${policy} ${n}`).toEqual([]);
              continue;
            }
            if (crisis.month !== '1938-09') late += 1;
            const month = world.log.find((m) => m.month === crisis.month)?.entries ?? [];
            const move = month.findIndex((e) => e.kind === 'move' && e.id === 'sudetenland');
            expect(move).toBeGreaterThan(0);
            for (const entry of bound) {
              expect(entry.month, `${entry.id} ${id} ${role} ${policy} ${n}`).toBe(crisis.month);
              // Just before the move: nothing but the crisis's own events between them.
              const at = month.indexOf(entry);
              expect(month.slice(at, move).every((e) => DURING.some((d) => d.id === e.id))).toBe(true);
            }
          }
        }
      }
    }
    // Both cases were met: a crisis that waited past September, and one that never came.
    expect(late).toBeGreaterThan(0);
    expect(never).toBeGreaterThan(0);
  });
});

describe('history’s course scripted (as-it-happened)', () => {
  const scenario = loadScenario('as-it-happened');
  const initiatives = EVENTS.filter((e) => e.decidedBy !== undefined).map((e) => e.id);

  it('scripts every government’s own initiative', () => {
    expect([...(scenario.script?.events ?? [])].sort()).toEqual(expect.arrayContaining([...initiatives].sort()));
  });

  it('has the staff talks open in the autumn of 1936, as the General Staff was authorised to talk, in every game', () => {
    for (const role of ['france', 'ussr'] as const)
      for (let n = 0; n < 50; n++) {
        const { world } = simulate(scenario, { seed: `staff-${n}`, policy: 'historical', role });
        const entries = entriesOf(world);
        expect(entries.filter((e) => e.id === 'staff-talks').map((e) => e.month)).toEqual(['1936-09']);
        expect(entries.some((e) => e.id === 'staff-talks-refused')).toBe(false);
      }
  });

  for (const role of ['france', 'ussr'] as const) {
    it(`has each initiative happen as it did, played as ${role === 'france' ? 'France' : 'the USSR'}`, () => {
      for (let n = 0; n < 10; n++) {
        const { world } = simulate(scenario, { seed: `scripted-${n}`, policy: 'historical', role });
        const entries = entriesOf(world);
        expect(entries.filter((e) => e.kind === 'diverged' && initiatives.includes(e.id))).toEqual([]);
        const told = entries.filter((e) => e.kind === 'event' && initiatives.includes(e.id)).map((e) => e.id);
        // Moscow's answer to Beneš needs Litvinov in office, which history's course keeps.
        expect([...told].sort()).toEqual([...initiatives].sort());
      }
    });
  }
});
