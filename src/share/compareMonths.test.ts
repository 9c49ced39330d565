import { describe, expect, it } from 'vitest';
import { branchAt, compareGames, recordGame, saveBranch, simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { compareByMonth } from './compareMonths';

const history = loadScenario('as-it-happened');
const rhineland = loadScenario('rhineland-1936');
const played = (scenario: typeof history, seed: string) =>
  recordGame(scenario, seed, 'france', simulate(scenario, { seed, policy: 'historical' }).turns);
const historyGame = played(history, 'as-it-happened');

/** History's game taken over by the USSR at March 1936, a crisis answered by mobilising, played to its end. */
function branchAtRhineland() {
  const at = historyGame.turns.find((t) => t.month === '1936-03');
  if (at === undefined) throw new Error('no March 1936');
  const branch = branchAt(historyGame, history, { turn: at.turn, role: 'ussr' });
  if (!branch.ok) throw new Error('no branch');
  const { game } = branch.value;
  while (game.getSnapshot().phase !== 'ended') {
    if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'mobilise' });
    else {
      game.send({ type: 'military.readiness' });
      game.send({ type: 'turn.end' });
    }
  }
  const file = saveBranch(branch.value, history);
  if (!file.ok) throw new Error('not saved');
  return file.value;
}

const months = (scenarioGame: typeof historyGame) => [...new Set(scenarioGame.turns.map((t) => t.month))];

describe('two games side by side, month by month', () => {
  it('a game beside itself: never diverges, one row per month however many crises', () => {
    const comparison = compareByMonth(historyGame, historyGame, history);
    expect(comparison.divergence).toBeNull();
    // The historical game has crises: more turn records than months.
    expect(historyGame.turns.length).toBeGreaterThan(months(historyGame).length);
    expect(comparison.rows.map((r) => r.a?.month)).toEqual(months(historyGame));
    expect(comparison.rows.every((r) => r.same && r.a?.hash === r.b?.hash)).toBe(true);
  });

  it('history beside a branch taken over at the Rhineland: the same before March 1936, apart from it on', () => {
    const branch = branchAtRhineland();
    const comparison = compareByMonth(historyGame, branch, history);
    expect(comparison.divergence).toMatchObject({ month: '1936-03', kind: 'world' });
    for (const row of comparison.rows) {
      const month = (row.a ?? row.b)?.month ?? '';
      if (row.a !== null && row.b !== null) expect(row.a.month).toBe(row.b.month);
      expect(row.same).toBe(month < '1936-03');
    }
    // The levels on both sides are the worlds' own.
    const may = comparison.rows[0];
    expect(may?.a?.levels).toEqual(may?.b?.levels);
  });

  it('two scenarios that begin in different months line up by month, where turn by turn they would not', () => {
    const other = played(rhineland, 'rhineland-side');
    const byTurn = compareGames(historyGame, other, history, rhineland);
    // Turn by turn, May 1935 stands beside March 1936.
    expect(byTurn.rows[0]?.a?.month).toBe('1935-05');
    expect(byTurn.rows[0]?.b?.month).toBe('1936-03');
    const comparison = compareByMonth(historyGame, other, history, rhineland);
    expect(comparison.divergence).toMatchObject({ index: 0, month: '1935-05', kind: 'length' });
    const march = comparison.rows.find((r) => r.b !== null);
    expect(march?.a?.month).toBe('1936-03');
    expect(march?.b?.month).toBe('1936-03');
    const all = comparison.rows.map((r) => (r.a ?? r.b)?.month ?? '');
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
  });
});
