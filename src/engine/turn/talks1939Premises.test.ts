/**
 * The talks of 1939 come only in a world that has had their occasion: the Soviet proposal of a triple alliance
 * and the political talks answered Germany's occupation of Prague (timeline.md 15 Mar 1939, then Apr-Jul 1939),
 * and the military missions of August were sent to those talks (11-21 Aug 1939). A game in which Germany backed
 * down in 1938, or never took Prague, has neither dispatch, and so never reaches a triple alliance; nor Stalin's
 * "chestnuts" speech, which came after the Munich settlement.
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { chanceOf } from '../model/decide';
import { decisionRule, ENDINGS, EVENTS, MODEL } from '../model/modelData';
import { POLICY_NAMES } from '../policies';

const event = (id: string) => {
  const found = EVENTS.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event ${id}`);
  return found;
};

describe('the talks of 1939', () => {
  it('rest on Prague taken, and the missions on the talks (events.json)', () => {
    expect(event('triple-alliance-talks').requires).toContainEqual({ move: 'prague', status: 'done' });
    expect(event('military-missions').requires).toContainEqual({ event: 'triple-alliance-talks' });
    // And Stalin's "chestnuts" speech of 10 March 1939 came after the Munich settlement.
    expect(event('stalin-chestnuts').requires).toContainEqual({ move: 'sudetenland', status: 'done' });
  });

  it('are dispatched only after Germany has taken Prague, and a game without Prague reaches no triple alliance', () => {
    let talks = 0;
    let withoutPrague = 0;
    for (const scenarioId of ['pact-1935', 'what-if-convention-1937'] as const) {
      const scenario = loadScenario(scenarioId);
      for (const policy of POLICY_NAMES) {
        for (const role of ['france', 'ussr'] as const) {
          for (let i = 0; i < sampled(60); i++) {
            const { log, world, ending } = simulate(scenario, { seed: `talks-premise-${i}`, policy, role });
            const prague = world.moves.prague;
            const pragueTaken = prague?.status === 'done' ? prague.month : null;
            const said = `${scenarioId} ${policy} ${role} ${i}`;
            const talksEntry = log.find((e) => e.kind === 'event' && e.id === 'triple-alliance-talks');
            const missions = log.findIndex((e) => e.kind === 'event' && e.id === 'military-missions');
            if (talksEntry !== undefined) {
              talks += 1;
              expect(pragueTaken, said).not.toBeNull();
              expect(talksEntry.month >= (pragueTaken ?? '9999-99'), said).toBe(true);
            }
            if (missions >= 0) expect(talksEntry, said).toBeDefined();
            if (world.moves.sudetenland?.status !== 'done')
              expect(
                log.some((e) => e.kind === 'event' && e.id === 'stalin-chestnuts'),
                said,
              ).toBe(false);
            if (pragueTaken === null && world.month >= '1939-08') {
              withoutPrague += 1;
              expect(talksEntry, said).toBeUndefined();
              expect(missions, said).toBe(-1);
              expect(ending, said).not.toBe('triple-alliance-1939');
            }
          }
        }
      }
    }
    // Both kinds of world were met: the test would pass vacuously otherwise.
    expect(talks).toBeGreaterThan(sampled(20));
    expect(withoutPrague).toBeGreaterThan(sampled(20));
  });

  it("leave Poland's yes of August 1939 at most 12 in 100 at the démarches' ceiling, as endings.json says", () => {
    // The ceiling with firm British support, and Britain's commitment at its highest: the best a player's démarches get.
    const rule = decisionRule('poland', 'transit1939');
    const levels: Record<string, number> = {
      transitPoland: MODEL.transit.demarcheCeiling.withBritain.poland,
      britishCommitment: 100,
    };
    expect(rule.terms.map((t) => t.factor).sort()).toEqual(Object.keys(levels).sort());
    const score = rule.terms.reduce(
      (total, term) => total + Math.round((term.weight * (levels[term.factor] ?? 0)) / 100),
      rule.bias.value,
    );
    expect(chanceOf(rule, score)).toBe(12);
    const said = ENDINGS.find((e) => e.id === 'triple-alliance-1939')?.rare;
    const { alone, withBritain } = MODEL.transit.demarcheCeiling;
    expect(said?.france).toContain(`${alone.poland}, or ${withBritain.poland} with firm British support`);
    expect(said?.france).toContain('at most 12 times in 100');
  });

  it("in talks-1939, almost never end in an alliance under history's rules, and often where Poland grants transit", () => {
    // talks-1939's teacher note says so, and sends the class to the variant to see what a Polish yes would change.
    const scenario = loadScenario('talks-1939');
    expect(scenario.teacherNotes.join(' ')).toContain('"Poland grants transit"');
    const runs = sampled(100);
    const alliances = (variants: readonly string[]) => {
      let n = 0;
      for (const policy of POLICY_NAMES) {
        for (const role of ['france', 'ussr'] as const) {
          for (let i = 0; i < runs; i++) {
            const { world } = simulate(scenario, { seed: `talks-note-${i}`, policy, role, withLog: false, variants });
            if (world.tripleAlliance !== null) n += 1;
          }
        }
      }
      return n / (runs * POLICY_NAMES.length * 2);
    };
    expect(alliances([])).toBeLessThan(0.02);
    expect(alliances(['poland-grants-transit'])).toBeGreaterThan(0.2);
  });
});
