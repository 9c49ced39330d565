/**
 * A game of several delegations taken over as one role from any month (issue
 * 14 §2): the months before are replayed exactly as the delegations played
 * them, and from the branch on one role plays and the computer answers for the
 * others. Its file is a branch (format 2) whose `branchedFrom.roles` names the
 * delegations and whose turns before the branch say who gave each order; it
 * replays exactly, rebuilds from its orders (a share link), and its schema
 * refuses each inconsistency.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { branchAt, saveBranch } from './branch';
import { createGame, hashWorld } from './game';
import { type GameFile, gameFileFromOrders, parseGameFile, recordGame, replayGame, worldsOf } from './save/gameFile';

const scenario = loadScenario('pact-1935');
const SEED = 'branch-delegations';

/** A game of France, the USSR and Poland: each side gives an order each month, through the first crisis (March 1936) and two months on. */
function delegationsFile(): GameFile {
  const game = createGame(scenario, { seed: SEED, roles: ['france', 'ussr', 'poland'] });
  let crises = 0;
  for (let i = 0; i < 40 && crises < 1; i++) {
    if (game.getSnapshot().phase === 'crisis') {
      expect(game.send({ type: 'transit.answer', answer: 'grant' }, { by: 'poland' }).accepted).toBe(true);
      game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' });
      game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'ussr' });
      crises += 1;
    } else {
      game.send({ type: 'domestic.rally' }, { by: 'france' });
      game.send({ type: 'military.readiness' }, { by: 'ussr' });
      game.send({ type: 'turn.end' });
    }
  }
  for (let i = 0; i < 2; i++) game.send({ type: 'turn.end' });
  const { turns } = game.getSnapshot();
  return recordGame(scenario, SEED, 'france', turns, undefined, [], ['france', 'ussr', 'poland']);
}

describe('a game of delegations taken over as one role', () => {
  const file = delegationsFile();
  const worlds = worldsOf(file, scenario);
  const crisisIndex = file.turns.findIndex((t, i) => i > 0 && file.turns[i - 1]?.turn === t.turn);

  it('starts from the world the delegations had reached, at any month and at the crisis, as either side', () => {
    expect(crisisIndex).toBeGreaterThan(1);
    for (const role of ['france', 'ussr'] as const) {
      for (const index of [1, 2, crisisIndex - 1, file.turns.length - 1]) {
        const turn = file.turns[index];
        if (turn === undefined) throw new Error('no turn');
        const branch = branchAt(file, scenario, { turn: turn.turn, role });
        if (!branch.ok) throw new Error(JSON.stringify(branch.problems));
        const { world, delegations } = branch.value.game.getSnapshot();
        // The months before: exactly the delegations' (the world's hash but for whose it is now, and for both
        // sides no longer seated: from here the other side is the computer's, its initiatives too).
        const before = worlds[index - 1];
        if (before === undefined) throw new Error('no world');
        expect(world.sides).toBeUndefined();
        expect(hashWorld({ ...world, role: before.role, sides: before.sides })).toBe(hashWorld(before));
        expect(world.role).toBe(role);
        // From here one role: the others are the computer's.
        expect(delegations.roles).toEqual([role]);
        expect(
          branch.value.game.send({ type: 'turn.end' }, { by: role === 'france' ? 'ussr' : 'france' }).accepted,
        ).toBe(false);
        expect(branch.value.branchedFrom).toMatchObject({ index, role: 'france', roles: ['france', 'ussr', 'poland'] });
      }
    }
    // At the crisis itself: the delegations' answers are not given; the one role answers, the computer the others.
    const crisis = file.turns[crisisIndex];
    if (crisis === undefined) throw new Error('no crisis');
    const atCrisis = branchAt(file, scenario, { turn: crisis.turn, role: 'ussr', at: 'crisis' });
    if (!atCrisis.ok) throw new Error(JSON.stringify(atCrisis.problems));
    expect(atCrisis.value.game.getSnapshot().phase).toBe('crisis');
    expect(atCrisis.value.game.send({ type: 'crisis.respond', choice: 'stand-aside' }).accepted).toBe(true);
    expect(atCrisis.value.game.getSnapshot().phase).not.toBe('crisis');
  });

  it('saves as a branch that says who gave each order before it, replays exactly, and rebuilds from its orders', () => {
    const turn = file.turns[3];
    if (turn === undefined) throw new Error('no turn');
    const branch = branchAt(file, scenario, { turn: turn.turn, role: 'ussr' });
    if (!branch.ok) throw new Error(JSON.stringify(branch.problems));
    const game = branch.value.game;
    game.send({ type: 'military.readiness' });
    game.send({ type: 'turn.end' });
    game.send({ type: 'turn.end' });
    const saved = saveBranch(branch.value, scenario);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    const branchFile = saved.value;
    expect(branchFile.format).toBe(2);
    expect(branchFile.roles).toBeUndefined();
    expect(branchFile.branchedFrom).toMatchObject({ index: 3, role: 'france', roles: ['france', 'ussr', 'poland'] });
    expect(branchFile.turns.slice(0, 3).map((t) => t.by)).toEqual(file.turns.slice(0, 3).map((t) => t.by));
    expect(branchFile.turns.slice(3).every((t) => t.by === undefined)).toBe(true);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(branchFile)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(game.getSnapshot().world));
    // Played by one side before the branch, the same orders are another game: the replay says so.
    const { roles: _dropped, ...oneSide } = parsed.value.branchedFrom ?? { roles: undefined };
    const withoutDelegations = {
      ...parsed.value,
      branchedFrom: oneSide,
      turns: parsed.value.turns.map(({ by: _by, ...t }) => t),
    };
    const reparsed = parseGameFile(withoutDelegations);
    if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.problems));
    expect(replayGame(reparsed.value, scenario).ok).toBe(false);
    // A share link carries the orders, who gave them before the branch, and the branch: the same file.
    const rebuilt = gameFileFromOrders(scenario, {
      seed: SEED,
      role: 'ussr',
      orders: branchFile.turns.map((t) => t.actions),
      branch: { index: 3, role: 'france', roles: ['france', 'ussr', 'poland'] },
      by: branchFile.turns.map((t) => t.by ?? []),
    });
    if (!rebuilt.ok) throw new Error(JSON.stringify(rebuilt.problems));
    expect(rebuilt.value).toEqual(branchFile);
    // A branch of it after its own branch point is refused (its history would mix players); before it, allowed.
    expect(branchAt(branchFile, scenario, { turn: branchFile.turns[4]?.turn ?? 0, role: 'france' }).ok).toBe(false);
    expect(branchAt(branchFile, scenario, { turn: branchFile.turns[2]?.turn ?? 0, role: 'france' }).ok).toBe(true);
  });

  it("refuses, in the file's schema, each way the delegations before a branch can be wrong", () => {
    const branch = branchAt(file, scenario, { turn: file.turns[3]?.turn ?? 0, role: 'ussr' });
    if (!branch.ok) throw new Error(JSON.stringify(branch.problems));
    branch.value.game.send({ type: 'turn.end' });
    const saved = saveBranch(branch.value, scenario);
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    const good = JSON.parse(JSON.stringify(saved.value));
    expect(parseGameFile(good).ok).toBe(true);
    const problems = (change: (f: Record<string, unknown> & typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      const parsed = parseGameFile(copy);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(problems((f) => f.branchedFrom.roles.reverse())).toContain(
      'branchedFrom.roles[0]: the first delegation is the one that played before the branch, france, not poland',
    );
    expect(problems((f) => f.branchedFrom.roles.push('ussr'))).toContain(
      'branchedFrom.roles: the role ussr is given twice',
    );
    expect(problems((f) => f.branchedFrom.roles.splice(1))).toContain(
      'branchedFrom.roles: a game of several delegations has at least two roles',
    );
    expect(problems((f) => delete f.turns[1].by)).toContain(
      'turns[1].by: required in a game of several delegations: who gave each action',
    );
    expect(problems((f) => (f.turns[3].by = f.turns[3].actions.map(() => 'ussr')))).toContain(
      'turns[3].by: only a game of several delegations says who gave each action',
    );
    expect(problems((f) => (f.turns[0].by[0] = 'romania'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^turns\[0\]\.by\[0\]: /)]),
    );
    // A branch's delegations only in a branch, and not beside a game of delegations' own roles.
    expect(problems((f) => (f.roles = ['ussr', 'france']))).toContain(
      'roles: a game of several delegations is written as format 3, not 2',
    );
  });
});
