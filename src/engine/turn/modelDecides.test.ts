/**
 * A decision of the player's own government that the model still takes
 * (`modelDecides` in events.json: the Molotov-Ribbentrop Pact, the Soviet
 * proposal of a triple alliance; the early deal with Berlin) is said to be the
 * model's to a player of that side, first among its reasons, and never to a
 * player of the other side. So is a side's own initiative that a scenario
 * replays as history's whichever side is played (as-it-happened: France's
 * call-up of 24 September 1938, Moscow's offer of February 1937).
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { renderEntry } from '../log/render';
import { EVENTS } from '../model/modelData';
import { POLICY_NAMES } from '../policies';

const MODEL_DECIDES = new Set(EVENTS.filter((e) => e.modelDecides === 'ussr').map((e) => e.id));
const SAID =
  'In this game the model takes this decision for Moscow, not your orders, though they may have moved its odds.';

describe("the model's decisions for the player's own government", () => {
  it('are said to be the model’s to a player of the USSR, first, and never to a player of France', () => {
    expect([...MODEL_DECIDES].sort()).toEqual(['molotov-ribbentrop', 'triple-alliance-talks']);
    const told = { ussr: 0, france: 0 };
    for (const role of ['ussr', 'france'] as const) {
      for (const policy of POLICY_NAMES) {
        for (let i = 0; i < sampled(20); i++) {
          const { log } = simulate(loadScenario('pact-1935'), { seed: `model-decides-${i}`, policy, role });
          for (const entry of log) {
            const modelTakes =
              (entry.kind === 'event' && MODEL_DECIDES.has(entry.id)) ||
              (entry.kind === 'decision' && entry.id === 'early-soviet-german-deal');
            if (!modelTakes) continue;
            const first = renderEntry(entry).factors[0];
            if (role === 'ussr') expect(first, `${policy} ${i} ${entry.id}`).toBe(SAID);
            else expect(renderEntry(entry).factors, `${policy} ${i} ${entry.id}`).not.toContain(SAID);
            told[role] += 1;
          }
        }
      }
    }
    // A tenth of the games in a mutation run (`sampled`), a tenth of the count.
    expect(told.ussr).toBeGreaterThan(sampled(10));
    expect(told.france).toBeGreaterThan(sampled(10));
  });

  it('says a scripted initiative of the player’s own government is the scenario’s, not the player’s order', () => {
    const scenario = loadScenario('as-it-happened');
    const scripted = EVENTS.filter((e) => e.decidedBy !== undefined && scenario.script?.events.includes(e.id));
    expect(scripted.map((e) => e.id).sort()).toContain('french-partial-mobilisation');
    const said = (side: string) =>
      `This scenario replays ${side}'s own initiative as it came in history, whichever side you play: it is not your order.`;
    const told = { own: 0, other: 0 };
    for (const role of ['france', 'ussr'] as const) {
      for (let i = 0; i < sampled(6); i++) {
        const { log } = simulate(scenario, { seed: `scripted-own-${i}`, policy: 'historical', role });
        for (const entry of log) {
          const event = scripted.find((e) => entry.kind === 'event' && e.id === entry.id);
          if (event === undefined) continue;
          const factors = renderEntry(entry).factors;
          const side = event.decidedBy === 'france' ? 'Paris' : 'Moscow';
          if (event.decidedBy === role) {
            expect(factors[0], `${role} ${i} ${event.id}`).toBe(said(side));
            told.own += 1;
          } else {
            expect(factors, `${role} ${i} ${event.id}`).not.toContain(said(side));
            told.other += 1;
          }
        }
      }
    }
    expect(told.own).toBeGreaterThan(3);
    expect(told.other).toBeGreaterThan(3);
  });
});
