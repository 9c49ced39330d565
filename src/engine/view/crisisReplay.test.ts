import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { createGame } from '../game';
import { CRISIS_CHOICES, type CrisisChoice } from '../turn/actions';
import type { WorldState } from '../world/worldState';
import { answeredCrisisCase } from './crisisReplay';

const AS_IT_HAPPENED = loadScenario('as-it-happened');

/** Play history's orders, answering every crisis with `answer`; each crisis's world before and after. */
function crises(seed: string, role: 'france' | 'ussr', answer: CrisisChoice) {
  const game = createGame(AS_IT_HAPPENED, { seed, role });
  const seen: { before: WorldState; after: WorldState }[] = [];
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      game.send({ type: 'crisis.respond', choice: answer });
      seen.push({ before: world, after: game.getSnapshot().world });
      continue;
    }
    for (const c of AS_IT_HAPPENED.historicalChoices[role].filter((c) => c.month === world.month))
      for (const action of c.actions) game.send(action);
    game.send({ type: 'turn.end' });
  }
  return seen;
}

describe('the legal case of an answered crisis, rebuilt', () => {
  it('gives, for every crisis of as-it-happened and every answer, the verdicts the engine recorded, with paths', () => {
    let checked = 0;
    for (const answer of CRISIS_CHOICES) {
      for (const role of ['france', 'ussr'] as const) {
        for (const { before, after } of crises(`replay-${answer}`, role, answer)) {
          const record = after.crises.at(-1);
          expect(record?.move).toBe(before.crisis?.move);
          if (record === undefined) continue;
          const rebuilt = answeredCrisisCase(before, record);
          expect(rebuilt?.exact).toBe(true);
          for (const id of ['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const) {
            expect(rebuilt?.result.verdicts[id].outcome).toBe(record.verdicts[id].outcome);
            expect(rebuilt?.result.verdicts[id].reason).toBe(record.verdicts[id].reason);
            expect(rebuilt?.result.verdicts[id].path.length).toBeGreaterThan(0);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
