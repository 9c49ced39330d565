import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { branchAt, saveBranch } from '../branch';
import { simulate } from '../game';
import { compareGames } from './compare';
import { type GameFile, recordGame, worldsOf } from './gameFile';

const scenario = loadScenario('as-it-happened');
const history = recordGame(
  scenario,
  'compare',
  'france',
  simulate(scenario, { seed: 'compare', policy: 'historical' }).turns,
);

/** History's game taken over by the USSR at `month`, played on for a year with Red Army readiness each month. */
function takenOver(month: string) {
  const at = history.turns.find((t) => t.month === month);
  if (at === undefined) throw new Error(`no ${month}`);
  const branch = branchAt(history, scenario, { turn: at.turn, role: 'ussr' });
  if (!branch.ok) throw new Error('no branch');
  const { game } = branch.value;
  for (let i = 0; i < 12 && game.getSnapshot().phase !== 'ended'; i++) {
    if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'mobilise' });
    else {
      game.send({ type: 'military.readiness' });
      game.send({ type: 'turn.end' });
    }
  }
  const file = saveBranch(branch.value, scenario);
  if (!file.ok) throw new Error('not saved');
  return { file: file.value, index: branch.value.branchedFrom.index };
}

describe('comparing two games', () => {
  it('finds no divergence between a game and itself, and gives its levels on both sides', () => {
    const comparison = compareGames(history, history, scenario);
    expect(comparison.divergence).toBeNull();
    expect(comparison.rows).toHaveLength(history.turns.length);
    for (const row of comparison.rows) {
      expect(row.same).toBe(true);
      expect(row.a?.levels).toEqual(row.b?.levels);
    }
  });

  it('finds the month a branch left history, and the levels on both sides month by month', () => {
    const { file, index } = takenOver('1936-06');
    const comparison = compareGames(history, file, scenario);
    expect(comparison.divergence).toEqual({ index, turn: history.turns[index]?.turn, month: '1936-06', kind: 'world' });
    expect(comparison.rows.slice(0, index).every((r) => r.same)).toBe(true);
    // The branch raised the Red Army's readiness every month: after a year the two worlds' levels differ.
    const later = comparison.rows[index + 10];
    expect(later?.a?.month).toBe(later?.b?.month);
    expect(later?.b?.levels.redArmyReadiness).toBeGreaterThan(later?.a?.levels.redArmyReadiness ?? 100);
    // The branch stopped after a year; history goes on: rows hold only history's world.
    const tail = comparison.rows.at(-1);
    expect(tail?.a).not.toBeNull();
    expect(tail?.b).toBeNull();
    expect(comparison.rows).toHaveLength(history.turns.length);
  });

  it('says "length" when one game is the start of the other', () => {
    const short = { ...history, turns: history.turns.slice(0, 5) };
    const comparison = compareGames(short, history, scenario);
    expect(comparison.divergence).toMatchObject({ index: 5, kind: 'length', month: history.turns[5]?.month });
  });

  it('says "length" when the first game goes on after the second stops, and keeps the first game\'s rows', () => {
    const short = { ...history, turns: history.turns.slice(0, 5) };
    const comparison = compareGames(history, short, scenario);
    expect(comparison.divergence).toEqual({
      index: 5,
      turn: history.turns[5]?.turn,
      month: history.turns[5]?.month,
      kind: 'length',
    });
    expect(comparison.rows[5]?.a?.month).toBe(history.turns[5]?.month);
    expect(comparison.rows[5]?.b).toBeNull();
  });

  it('compares a file holding turns after its game ended (a replay refuses it) as a game that stopped there', () => {
    // A scenario starting in 1936, played through, with one more turn written after its end by hand.
    const later = loadScenario('rhineland-1936');
    const played = recordGame(
      later,
      'compare',
      'france',
      simulate(later, { seed: 'compare', policy: 'historical' }).turns,
    );
    const lastTurn = played.turns.at(-1);
    if (lastTurn === undefined) throw new Error('no turns');
    const extra = { turn: lastTurn.turn + 1, month: lastTurn.month, actions: [] };
    const overlong: GameFile = { ...played, turns: [...played.turns, extra] };
    const ended = worldsOf(overlong, later).length;
    expect(ended).toBe(played.turns.length);
    expect(ended).toBeLessThan(history.turns.length);
    const comparison = compareGames(overlong, history, later, scenario);
    expect(comparison.rows).toHaveLength(history.turns.length);
    // The written turn after the end has no world: the row holds only the other game's.
    expect(comparison.rows[ended]?.a).toBeNull();
    expect(comparison.rows[ended]?.b?.month).toBe(history.turns[ended]?.month);
  });
});
