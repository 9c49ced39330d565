/**
 * Rebuilding a game file from its orders (`gameFileFromOrders`, what a share
 * link and `npm run record` do): what it refuses, each with its path and one
 * line; the months a file holds outside its scenario; and the lines that say
 * where a replay diverged.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { formatMonth } from '../months';
import { describeDivergence, type GameFile, gameFileFromOrders, turnsOutsideScenario } from './gameFile';

const scenario = loadScenario('pact-1935');
const quiet = (turns: number) => Array.from({ length: turns }, () => []);

function problemsOf(parsed: ReturnType<typeof gameFileFromOrders>) {
  return parsed.ok ? [] : parsed.problems;
}

function fileOf(parsed: ReturnType<typeof gameFileFromOrders>): GameFile {
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return parsed.value;
}

describe('a game file rebuilt from its orders', () => {
  it("refuses a role the scenario does not offer, for the game's role and for a branch's", () => {
    const franceOnly = { ...scenario, roles: ['france' as const] };
    expect(problemsOf(gameFileFromOrders(franceOnly, { seed: 's', role: 'ussr', orders: quiet(2) }))).toEqual([
      { path: 'role', message: `the scenario "${scenario.id}" has no role ussr` },
    ]);
    expect(
      problemsOf(
        gameFileFromOrders(franceOnly, {
          seed: 's',
          role: 'france',
          orders: quiet(2),
          branch: { index: 1, role: 'ussr' },
        }),
      ),
    ).toEqual([{ path: 'branch.role', message: `the scenario "${scenario.id}" has no role ussr` }]);
  });

  it('refuses a branch after its last turn, and takes one at its last turn', () => {
    const orders = quiet(2);
    expect(
      problemsOf(
        gameFileFromOrders(scenario, { seed: 's', role: 'france', orders, branch: { index: 3, role: 'ussr' } }),
      ),
    ).toEqual([{ path: 'branch.index', message: 'no turn 3 to branch at: the game has 2 turns' }]);
    const atEnd = fileOf(
      gameFileFromOrders(scenario, { seed: 's', role: 'france', orders, branch: { index: 2, role: 'ussr' } }),
    );
    expect(atEnd.branchedFrom).toMatchObject({ index: 2, role: 'ussr', month: '1935-07' });
    expect(atEnd.role).toBe('france');
  });

  it('marks where a branch was taken with the turn and month of that order', () => {
    const file = fileOf(
      gameFileFromOrders(scenario, { seed: 's', role: 'france', orders: quiet(4), branch: { index: 1, role: 'ussr' } }),
    );
    expect(file.branchedFrom).toMatchObject({ index: 1, turn: file.turns[1]?.turn, month: file.turns[1]?.month });
    expect(file.turns.map((t) => t.month)).toEqual(['1935-05', '1935-06', '1935-07', '1935-08']);
  });

  it('refuses orders for turns after the game is over, naming the first', () => {
    const played = simulate(scenario, { seed: 'over', policy: 'historical' });
    const orders = played.turns.map((t) => [...t.actions]);
    const last = orders.length;
    expect(problemsOf(gameFileFromOrders(scenario, { seed: 'over', role: 'france', orders: [...orders, []] }))).toEqual(
      [{ path: `orders[${last}]`, message: `the game was over before turn ${last}` }],
    );
    // Without the extra turn it is the whole game, as played.
    const whole = fileOf(gameFileFromOrders(scenario, { seed: 'over', role: 'france', orders }));
    expect(whole.turns.map((t) => t.month)).toEqual(played.turns.map((t) => t.month));
  });
});

describe("a game file's months against its scenario", () => {
  const file = fileOf(gameFileFromOrders(scenario, { seed: 's', role: 'france', orders: quiet(3) }));

  it('finds none in the scenario it was played in', () => {
    expect(turnsOutsideScenario(file, scenario)).toEqual([]);
  });

  it('finds the turns before a later start and after an earlier end, by index and month', () => {
    expect(turnsOutsideScenario(file, { ...scenario, start: '1935-06' })).toEqual([{ index: 0, month: '1935-05' }]);
    expect(turnsOutsideScenario(file, { ...scenario, end: '1935-06' })).toEqual([{ index: 2, month: '1935-07' }]);
    expect(turnsOutsideScenario(file, { ...scenario, start: '1935-07', end: '1935-07' })).toEqual([
      { index: 0, month: '1935-05' },
      { index: 1, month: '1935-06' },
    ]);
  });
});

describe('the line that says where a replay diverged', () => {
  const where = { index: 4, turn: 5, month: '1935-09' };
  const at = `game turn 5, ${formatMonth('1935-09')} (turns[4] in the file)`;

  it('names both hashes when the worlds differ', () => {
    expect(describeDivergence({ ...where, kind: 'hash', expected: 'aaaa', actual: 'bbbb' }, formatMonth)).toBe(
      `the replay diverges at ${at}: recorded hash aaaa, replayed bbbb`,
    );
  });

  it('says the game was already over when it ended before the record', () => {
    expect(
      describeDivergence(
        { ...where, kind: 'over', expected: 'turn 5, 1935-09', actual: 'the game is over' },
        formatMonth,
      ),
    ).toBe(`the replay diverges at ${at}: the replayed game was already over`);
  });
});
