import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchAt, flatLog, recordGame, saveBranch, simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { main as log } from './logCommand';
import { main as replay } from './replayCommand';

describe('the command line reads a branch file', () => {
  it('replays it and prints its log as it was played: the USSR before the branch, France after', () => {
    const scenario = loadScenario('as-it-happened');
    const history = recordGame(
      scenario,
      'cli-branch',
      'ussr',
      simulate(scenario, { seed: 'cli-branch', policy: 'historical', role: 'ussr' }).turns,
    );
    // After the USSR's own order (Red Army readiness) and its answer to the Sudeten crisis, September 1938.
    const at = history.turns.find((t) => t.month === '1938-10');
    const branch = branchAt(history, scenario, { turn: at?.turn ?? 0, role: 'france' });
    if (!branch.ok) throw new Error(branch.problems[0]?.message);
    const { game } = branch.value;
    expect(game.send({ type: 'domestic.pressStaff' }).accepted).toBe(true);
    for (let i = 0; i < 6; i++) {
      if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'stand-aside' });
      else game.send({ type: 'turn.end' });
    }
    const file = saveBranch(branch.value, scenario);
    if (!file.ok) throw new Error('not saved');
    const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-cli-branch-'));
    try {
      const path = join(dir, 'branch.json');
      writeFileSync(path, JSON.stringify(file.value));
      const errors: string[] = [];
      expect(
        replay(
          [path],
          () => {},
          (line) => errors.push(line),
        ),
      ).toBe(0);
      expect(errors).toEqual([]);
      const lines: string[] = [];
      expect(
        log(
          [path, '--json'],
          (line) => lines.push(line),
          (line) => errors.push(line),
        ),
      ).toBe(0);
      const printed = lines.map((line) => {
        const { text: _text, factors: _factors, sources: _sources, ...entry } = JSON.parse(line);
        return entry;
      });
      expect(printed).toEqual(JSON.parse(JSON.stringify(flatLog(game.getSnapshot().world))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
