/**
 * Moscow's proposals for collective security (`diplomacy.collectiveSecurity`) with a stubbed die: London and Paris
 * take the proposal up or let it drop by the die (`model.json` `collectiveSecurity`), and Moscow's course follows:
 * taken up, by less each month in a row; let drop, as much each time. Who may give the order, and its odds:
 * `collectiveSecurity.test.ts`.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { die } from '../../testing/stubbedDie';
import { renderEntry } from '../log/render';
import { chanceOf, ruleScore } from '../model/decide';
import { contextFor } from '../model/derived';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { initialWorld } from '../scenario/initialWorld';
import { type WorldState, withWorld } from '../world/worldState';
import type { GameAction } from './actions';
import { applyOrder } from './step';

vi.mock('../random', async (importOriginal) =>
  (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()),
);

const PRESS: GameAction = { type: 'diplomacy.collectiveSecurity' };
const { answer, answered, rebuffed } = MODEL.collectiveSecurity;

/** pact-1935's first month, played as `role`, with capital to spare. */
function start(role: 'france' | 'ussr'): WorldState {
  return withWorld(initialWorld(loadScenario('pact-1935'), 'collective-security', role, true), { capital: 4 });
}

const chanceIn = (world: WorldState) => chanceOf(answer, ruleScore(answer, contextFor(world)));

describe("Moscow's proposals for collective security", () => {
  it('taken up (the die under the odds): Moscow’s drift towards Berlin falls and its will rises, as model.json says', () => {
    const ussr = start('ussr');
    expect(chanceIn(ussr)).toBeGreaterThan(0);
    die.value = 0;
    const after = applyOrder(ussr, PRESS);
    die.value = null;
    expect(after.capital).toBe(ussr.capital - (MODEL.actions[PRESS.type]?.cost ?? 0));
    expect(after.levels.sovietDrift).toBe(ussr.levels.sovietDrift + (answered.levels?.sovietDrift ?? 0));
    expect(after.levels.sovietWill).toBe(ussr.levels.sovietWill + (answered.levels?.sovietWill ?? 0));
    const entry = after.log.at(-1)?.entries.at(-1);
    expect(entry?.key).toBe('collectiveSecurity.answered');
    if (entry === undefined) throw new Error('no log entry');
    const told = renderEntry(entry);
    expect(told.text).toContain('take the proposal up');
    expect(told.factors.join(' ')).toContain(answer.label);
    // The level it moved, which the screen shows nowhere else, before and after.
    expect(told.factors).toContain(
      `Moscow's drift towards a deal with Germany, on the model's scale of 0 to 100: ${ussr.levels.sovietDrift} before, ${after.levels.sovietDrift} now`,
    );
  });

  it('let drop (the die over the odds): the drift rises a little, and nothing else moves', () => {
    const ussr = start('ussr');
    die.value = 99;
    const after = applyOrder(ussr, PRESS);
    die.value = null;
    expect(after.levels.sovietDrift).toBe(ussr.levels.sovietDrift + (rebuffed.levels?.sovietDrift ?? 0));
    expect(after.levels.sovietWill).toBe(ussr.levels.sovietWill);
    expect(after.log.at(-1)?.entries.at(-1)?.key).toBe('collectiveSecurity.rebuffed');
  });

  it('taken up, count for less each month in a row, and the log says so; let drop, teach Moscow as much each time', () => {
    /** `n` proposals in `n` months in a row, every answer the die's `value`: the drift's change each month. */
    const changes = (value: number, n: number) => {
      let world = start('ussr');
      const moved: number[] = [];
      die.value = value;
      for (let i = 0; i < n; i++) {
        const after = applyOrder(world, PRESS);
        moved.push(after.levels.sovietDrift - world.levels.sovietDrift);
        world = withWorld(after, { month: addMonths(after.month, 1), capital: 4 });
      }
      die.value = null;
      return { moved, world };
    };
    const taken = changes(0, 5);
    expect(taken.moved[0]).toBe(answered.levels?.sovietDrift);
    for (let i = 1; i < taken.moved.length; i++)
      expect(Math.abs(taken.moved[i] ?? 0)).toBeLessThanOrEqual(Math.abs(taken.moved[i - 1] ?? 0));
    expect(Math.abs(taken.moved.at(-1) ?? 0)).toBeLessThan(Math.abs(taken.moved[0] ?? 0));
    const reasons = taken.world.log.flatMap((m) => m.entries).at(-1)?.reasons ?? [];
    expect(reasons.map((r) => r.key)).toContain('repeat.action');
    const dropped = changes(99, 8);
    expect(dropped.moved).toEqual(dropped.moved.map(() => rebuffed.levels?.sovietDrift));
  });
});
