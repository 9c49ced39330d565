import { describe, expect, it } from 'vitest';
import { initialWorld, renderEntry, stanceChanges, step } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { stateTooltip } from './mapModel';

describe("a state's tooltip after its stance moved", () => {
  it('says what changed and its main reason, the entry that moved it most', () => {
    const scenario = loadScenario('as-it-happened');
    let before = initialWorld(scenario, 'tooltip', 'france');
    let found = false;
    for (let i = 0; i < 40 && !found && before.phase !== 'ended'; i++) {
      const after = step(before, []);
      for (const change of stanceChanges(before, after)) {
        const main = change.causes[0];
        if (main === undefined) continue;
        const lines = stateTooltip(after, { id: change.state, name: change.state }, [change]);
        expect(lines.some((l) => l.startsWith('Stance changed since last month:'))).toBe(true);
        expect(lines).toContain(`Why: ${renderEntry(main.entry).text} (${main.delta > 0 ? '+' : ''}${main.delta})`);
        found = true;
      }
      before = after;
    }
    expect(found).toBe(true);
  });

  it('says nothing of a change when the stance did not move', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'tooltip', 'france');
    expect(stateTooltip(world, { id: 'uk', name: 'United Kingdom' }).join(' ')).not.toContain('Stance changed');
  });
});
