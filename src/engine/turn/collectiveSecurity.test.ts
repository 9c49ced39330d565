/**
 * Moscow's proposals for collective security (`diplomacy.collectiveSecurity`): an order of the Soviet side while
 * Litvinov holds the Narkomindel (actors.md), once a month and before any deal with Berlin; its button shows the
 * odds it rolls (`model.json` `collectiveSecurity.answer`: the governments in London and Paris); its month's entry
 * gives the roll, the repetition where it counted for less, and Moscow's drift before and after. What each answer
 * does, with a stubbed die: `collectiveSecurityDie.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { chanceOf, ruleScore } from '../model/decide';
import { contextFor } from '../model/derived';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { initialWorld } from '../scenario/initialWorld';
import { orderOdds } from '../view/orderOdds';
import { type WorldState, withWorld } from '../world/worldState';
import { type GameAction, legalActions, refusal } from './actions';
import { applyOrder } from './step';

const PRESS: GameAction = { type: 'diplomacy.collectiveSecurity' };
const { answer } = MODEL.collectiveSecurity;

/** pact-1935's first month, played as `role`, with capital to spare. */
function start(role: 'france' | 'ussr', seed = 'collective-security'): WorldState {
  return withWorld(initialWorld(loadScenario('pact-1935'), seed, role, true), { capital: 4 });
}

const chanceIn = (world: WorldState) => chanceOf(answer, ruleScore(answer, contextFor(world)));
const pressed = (world: WorldState) => legalActions(world).some((a) => a.type === PRESS.type);

describe("Moscow's proposals for collective security", () => {
  it('are an order of the Soviet side while Litvinov is People’s Commissar, and before any deal with Berlin', () => {
    const ussr = start('ussr');
    expect(ussr.governments.ussr).toBe('litvinov');
    expect(refusal(ussr, PRESS)).toBeNull();
    expect(pressed(ussr)).toBe(true);
    expect(refusal(start('france'), PRESS)).toBe('only the Soviet side can do that');
    expect(pressed(start('france'))).toBe(false);
    const molotov = withWorld(ussr, { governments: { ...ussr.governments, ussr: 'molotov' } });
    expect(refusal(molotov, PRESS)).toBe(
      "Litvinov, who spoke for collective security, is no longer People's Commissar (foreign minister)",
    );
    // The legal orders are memoised by the facts the refusals read: Litvinov's office is one of them.
    expect(pressed(molotov)).toBe(false);
    expect(pressed(ussr)).toBe(true);
    const dealt = withWorld(ussr, { sovietGermanDeal: '1937-01' });
    expect(refusal(dealt, PRESS)).toBe('Moscow has come to terms with Berlin');
    expect(pressed(dealt)).toBe(false);
  });

  it('show on the button the odds the order rolls, which follow the governments in London and Paris', () => {
    const ussr = start('ussr');
    const odds = orderOdds(ussr, PRESS);
    expect(odds).toEqual({ kind: 'rolls', rolls: [{ question: answer.label, chance: chanceIn(ussr) }] });
    const blum = withWorld(ussr, { governments: { ...ussr.governments, france: 'blum' } });
    expect(chanceIn(blum)).toBeGreaterThan(chanceIn(ussr));
    expect(orderOdds(start('france'), PRESS)).toBeNull();
  });

  it('are one a month: a second in the same month is refused, and the legal orders say so', () => {
    const ussr = start('ussr');
    const after = applyOrder(ussr, PRESS);
    expect(refusal(after, PRESS)).toBe('Moscow has made its proposal this month');
    expect(pressed(after)).toBe(false);
    expect(pressed(withWorld(after, { month: addMonths(after.month, 1) }))).toBe(true);
  });

  it('tell in the month’s entry the roll, the repetition where one taken up counts for less, and the drift before and after', () => {
    let answered = 0;
    let rebuffed = 0;
    for (let i = 0; i < 60; i++) {
      // The second month of a streak: a proposal the month before.
      const world = withWorld(start('ussr', `collective-security-${i}`), {
        repeats: { 'diplomacy.collectiveSecurity': { count: 1, last: addMonths('1935-05', -1) } },
      });
      const after = applyOrder(world, PRESS);
      const entry = after.log.at(-1)?.entries.at(-1);
      const yes = entry?.key === 'collectiveSecurity.answered';
      if (yes) answered += 1;
      else rebuffed += 1;
      const reasons = entry?.reasons ?? [];
      expect(reasons[0]?.explanation?.rule).toBe(answer.label);
      expect(reasons[0]?.explanation?.chance).toBe(chanceIn(world));
      expect(reasons.map((r) => r.key)).toEqual(
        yes ? [null, 'repeat.action', 'level.sovietDrift'] : [null, 'level.sovietDrift'],
      );
      expect(reasons.at(-1)?.params).toEqual({
        before: world.levels.sovietDrift,
        after: after.levels.sovietDrift,
      });
      if (yes) expect(reasons[1]?.params).toMatchObject({ nth: 2 });
    }
    expect(answered).toBeGreaterThan(0);
    expect(rebuffed).toBeGreaterThan(0);
    // A first proposal taken up is told without a word of repetition.
    const first = Array.from({ length: 60 }, (_, i) => applyOrder(start('ussr', `collective-security-${i}`), PRESS))
      .map((after) => after.log.at(-1)?.entries.at(-1))
      .find((entry) => entry?.key === 'collectiveSecurity.answered');
    expect(first?.reasons?.map((r) => r.key)).toEqual([null, 'level.sovietDrift']);
  });
});
