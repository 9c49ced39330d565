/**
 * The edges of a game file: where its checkpoints fall, the log a replay gives
 * back, who gave each order when a file of several delegations does not say,
 * a branch's turn checked against the file's turns (at its last turn, past it,
 * off by a turn or a month), the rule variants of a game rebuilt from its
 * orders, and the refusal of a file with no format. Each file is made inside
 * its test, so that each test runs the code it checks.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import type { Problem } from '../validation';
import {
  CHECKPOINT_EVERY,
  type GameFile,
  gameFileFromOrders,
  parseGameFile,
  recordGame,
  replayGame,
  rolesOf,
} from './gameFile';

const scenario = loadScenario('pact-1935');
const quiet = (turns: number) => Array.from({ length: turns }, () => []);

function problemsOf(parsed: { ok: true } | { ok: false; problems: readonly Problem[] }): readonly Problem[] {
  return parsed.ok ? [] : parsed.problems;
}

function fileOf(parsed: ReturnType<typeof gameFileFromOrders>): GameFile {
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return parsed.value;
}

describe('a recorded game', () => {
  const played = simulate(scenario, { seed: 'edges', policy: 'historical' });

  it(`has a checkpoint after every ${CHECKPOINT_EVERY}th turn and a final one after the last, and no other`, () => {
    const file = recordGame(scenario, 'edges', 'france', played.turns);
    const last = played.turns.length - 1;
    const every = Array.from({ length: Math.floor(played.turns.length / CHECKPOINT_EVERY) }, (_, i) => {
      return (i + 1) * CHECKPOINT_EVERY - 1;
    }).filter((index) => index !== last);
    expect(file.checkpoints.map((c) => c.index)).toEqual([...every, last]);
    expect(file.checkpoints.filter((c) => c.final === true).map((c) => c.index)).toEqual([last]);
  });

  it('replays to the world the game ended with, its log included', () => {
    const file = recordGame(scenario, 'edges', 'france', played.turns);
    const replayed = replayGame(file, scenario);
    expect(replayed.ok).toBe(true);
    expect(replayed.world.log.length).toBeGreaterThan(0);
    expect(replayed.world.log).toEqual(played.world.log);
  });
});

describe('the roles of a file', () => {
  it('are its one role when it names no delegations', () => {
    const file = recordGame(
      scenario,
      'edges',
      'ussr',
      simulate(scenario, { seed: 'edges', policy: 'historical', role: 'ussr' }).turns.slice(0, 2),
    );
    expect(file.roles).toBeUndefined();
    expect(rolesOf(file)).toEqual(['ussr']);
  });
});

describe('who gave each order, when the turns do not say', () => {
  it('is the file’s own role in a game of several delegations', () => {
    const turns = simulate(scenario, { seed: 'edges', policy: 'historical' }).turns.slice(0, 8);
    expect(turns.some((t) => t.actions.length > 0)).toBe(true);
    const file = recordGame(scenario, 'edges', 'france', turns, undefined, [], ['france', 'ussr']);
    expect(file.format).toBe(3);
    expect(file.turns.map((t) => t.by)).toEqual(turns.map((t) => t.actions.map(() => 'france')));
    expect(problemsOf(parseGameFile(file))).toEqual([]);
  });

  it('is the branch’s first delegation before a branch of a game of delegations, when the orders give no `by`', () => {
    const orders = [[{ type: 'pass' as const }], [{ type: 'pass' as const }], [], []];
    const file = fileOf(
      gameFileFromOrders(scenario, {
        seed: 'edges',
        role: 'ussr',
        orders,
        branch: { index: 2, role: 'france', roles: ['france', 'ussr'] },
      }),
    );
    expect(file.branchedFrom?.roles).toEqual(['france', 'ussr']);
    expect(file.turns.map((t) => t.by)).toEqual([['france'], ['france'], undefined, undefined]);
  });

  it('is judged by the file’s schema when the orders name a delegation the branch’s game did not have', () => {
    const parsed = gameFileFromOrders(scenario, {
      seed: 'edges',
      role: 'ussr',
      orders: [[{ type: 'pass' }], [], []],
      branch: { index: 2, role: 'france', roles: ['france', 'ussr'] },
      by: [['britain'], []],
    });
    expect(problemsOf(parsed)).toEqual([
      { path: 'turns[0].by[0]', message: "britain is not one of the game's roles (france, ussr)" },
      {
        path: 'turns[0].actions[0]',
        message: 'the britain delegation gives only britain.answer, britain.guarantee or britain.stand, not pass',
      },
    ]);
  });
});

describe('a branch’s turn against the file’s turns', () => {
  /** A branch taken at turn 3 of five quiet turns, parsed, edited by `edit`, and parsed again. */
  function branchProblems(edit: (branch: NonNullable<GameFile['branchedFrom']>) => void) {
    const file = structuredClone(
      fileOf(
        gameFileFromOrders(scenario, {
          seed: 'edges',
          role: 'ussr',
          orders: quiet(5),
          branch: { index: 3, role: 'france' },
        }),
      ),
    );
    if (file.branchedFrom === undefined) throw new Error('not a branch');
    expect(problemsOf(parseGameFile(file))).toEqual([]);
    edit(file.branchedFrom);
    return problemsOf(parseGameFile(file));
  }

  it('accepts a branch taken after the file’s last turn (no turn of its own yet)', () => {
    expect(branchProblems((b) => (b.index = 5))).toEqual([]);
  });

  it('refuses a branch past that, naming the turns the file has', () => {
    expect(branchProblems((b) => (b.index = 6))).toEqual([
      { path: 'branchedFrom.index', message: 'no turn 6 to branch at: the file has 5 turns' },
    ]);
  });

  it('refuses a branch whose turn, or whose month, is not that of the turn it names', () => {
    expect(branchProblems((b) => (b.turn += 1))).toEqual([
      { path: 'branchedFrom.turn', message: 'turns[3] is turn 3, 1935-08, not turn 4, 1935-08' },
    ]);
    expect(branchProblems((b) => (b.month = '1935-09'))).toEqual([
      { path: 'branchedFrom.turn', message: 'turns[3] is turn 3, 1935-08, not turn 3, 1935-09' },
    ]);
  });
});

describe('a game rebuilt from its orders under rule variants', () => {
  it('is recorded with its variants, and replays under them', () => {
    const file = fileOf(
      gameFileFromOrders(scenario, { seed: 'edges', role: 'france', orders: quiet(3), variants: ['no-purge'] }),
    );
    expect(file.variants).toEqual(['no-purge']);
    expect(replayGame(file, scenario).ok).toBe(true);
  });

  it('is history’s rules when its variants are left undefined, as when they are left out', () => {
    const file = fileOf(
      gameFileFromOrders(scenario, { seed: 'edges', role: 'france', orders: quiet(3), variants: undefined }),
    );
    expect(file.variants).toBeUndefined();
    expect(file).toEqual(fileOf(gameFileFromOrders(scenario, { seed: 'edges', role: 'france', orders: quiet(3) })));
  });
});

describe('a file with no format', () => {
  it('is refused with one problem that names the formats this version reads', () => {
    const { format: _format, ...rest } = recordGame(
      scenario,
      'edges',
      'france',
      simulate(scenario, { seed: 'edges', policy: 'historical' }).turns.slice(0, 1),
    );
    expect(parseGameFile(rest)).toEqual({
      ok: false,
      problems: [{ path: 'format', message: 'expected a format number (current: 1, 2 and 3)' }],
    });
    expect(problemsOf(parseGameFile({ ...rest, format: '1' }))).toEqual([
      { path: 'format', message: 'expected a format number (current: 1, 2 and 3)' },
    ]);
  });
});
