/**
 * Taking over a recorded game, function by function (issue 9): each point
 * outside the game and its one-line refusal. Every game file is made inside
 * its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { branchAt, saveBranch } from './branch';
import { createGame, hashWorld, simulate } from './game';
import { recordGame, worldsOf } from './save/gameFile';
import type { Delegation } from './world/worldState';

function recorded(seed: string) {
  const scenario = loadScenario('as-it-happened');
  const played = simulate(scenario, { seed, policy: 'historical' });
  return { scenario, file: recordGame(scenario, seed, 'france', played.turns) };
}

function problem(result: ReturnType<typeof branchAt>): string {
  return result.ok ? 'taken over' : result.problems.map((p) => p.message).join('; ');
}

describe('branchAt', () => {
  it('refuses a turn the game does not have, naming the turns it has', () => {
    const { scenario, file } = recorded('branch-units');
    const first = file.turns[0]?.turn;
    const last = file.turns.at(-1)?.turn;
    expect(problem(branchAt(file, scenario, { turn: 999, role: 'france' }))).toBe(
      `no turn 999 in this game: it has turns ${first} to ${last}`,
    );
    expect(problem(branchAt({ ...file, turns: [] }, scenario, { turn: 1, role: 'france' }))).toBe(
      'no turn 1 in this game: it has turns 0 to 0',
    );
  });

  it('refuses a crisis in a month that had none, naming the month, and a role the scenario lacks', () => {
    const { scenario, file } = recorded('branch-units');
    const quiet = file.turns.find((t) => file.turns.filter((u) => u.turn === t.turn).length === 1 && t.turn > 0);
    if (quiet === undefined) throw new Error('no month without a crisis');
    expect(problem(branchAt(file, scenario, { turn: quiet.turn, role: 'france', at: 'crisis' }))).toBe(
      `no crisis in turn ${quiet.turn} (${quiet.month}) to take over at`,
    );
    expect(problem(branchAt(file, scenario, { turn: quiet.turn, role: 'france' }))).toBe('taken over');
    expect(problem(branchAt(file, { ...scenario, roles: ['france'] }, { turn: quiet.turn, role: 'ussr' }))).toBe(
      'the scenario "as-it-happened" offers the role france, not "ussr"',
    );
  });

  it('takes over at a month’s crisis, after its orders, and refuses to save a branch with no month played', () => {
    const { scenario, file } = recorded('branch-units');
    const crisisTurn = file.turns.find((t) => file.turns.filter((u) => u.turn === t.turn).length === 2);
    if (crisisTurn === undefined) throw new Error('no month with a crisis');
    const taken = branchAt(file, scenario, { turn: crisisTurn.turn, role: 'ussr', at: 'crisis' });
    if (!taken.ok) throw new Error(problem(taken));
    expect(taken.value.branchedFrom.index).toBe(file.turns.indexOf(crisisTurn) + 1);
    expect(taken.value.game.getSnapshot().phase).toBe('crisis');
    expect(taken.value.role).toBe('ussr');
    const fresh = branchAt(file, scenario, { turn: crisisTurn.turn, role: 'france' });
    if (!fresh.ok) throw new Error(problem(fresh));
    expect(fresh.value.branchedFrom.index).toBe(file.turns.indexOf(crisisTurn));
    const save = saveBranch(
      {
        ...fresh.value,
        game: { ...fresh.value.game, getSnapshot: () => ({ ...fresh.value.game.getSnapshot(), turns: [] }) },
      },
      scenario,
    );
    expect(save.ok ? 'saved' : save.problems[0]?.message).toBe('nothing to save yet: play a month first');
  });

  it('refuses to take over a branch after the turn it branched at, when it was played as another side', () => {
    const { scenario, file } = recorded('branch-units');
    const early = file.turns[3];
    if (early === undefined) throw new Error('too short');
    const first = branchAt(file, scenario, { turn: early.turn, role: 'ussr' });
    if (!first.ok) throw new Error(problem(first));
    const game = first.value.game;
    for (let i = 0; i < 3; i++) game.send({ type: 'turn.end' });
    const saved = saveBranch(first.value, scenario);
    if (!saved.ok) throw new Error('not saved');
    const later = saved.value.turns.at(-1);
    if (later === undefined) throw new Error('no turn');
    expect(problem(branchAt(saved.value, scenario, { turn: later.turn, role: 'ussr' }))).toBe(
      `this game is already a branch from turn ${early.turn} (${early.month}); take over before that month, or from the game it came from`,
    );
    // At the turn it branched from, or before, it may.
    expect(problem(branchAt(saved.value, scenario, { turn: early.turn, role: 'ussr' }))).toBe('taken over');
  });
});

describe('branchAt of a branch', () => {
  it('takes over a branch played as the same side after its branch point: its history has one player', () => {
    const { scenario, file } = recorded('branch-units');
    const early = file.turns[3];
    if (early === undefined) throw new Error('too short');
    const first = branchAt(file, scenario, { turn: early.turn, role: 'france' });
    if (!first.ok) throw new Error(problem(first));
    for (let i = 0; i < 3; i++) first.value.game.send({ type: 'turn.end' });
    const saved = saveBranch(first.value, scenario);
    if (!saved.ok) throw new Error('not saved');
    const later = saved.value.turns.at(-1);
    if (later === undefined) throw new Error('no turn');
    expect(later.turn).toBeGreaterThan(early.turn);
    expect(problem(branchAt(saved.value, scenario, { turn: later.turn, role: 'ussr' }))).toBe('taken over');
  });

  it('refuses a branch of a game of delegations after its branch point, even taken over as the same side', () => {
    const scenario = loadScenario('pact-1935');
    const roles: Delegation[] = ['france', 'ussr'];
    const game = createGame(scenario, { seed: 'branch-units', roles });
    for (let i = 0; i < 5; i++) {
      game.send({ type: 'military.readiness' }, { by: 'ussr' });
      game.send({ type: 'turn.end' });
    }
    const file = recordGame(scenario, 'branch-units', 'france', game.getSnapshot().turns, undefined, [], roles);
    const at = file.turns[2];
    if (at === undefined) throw new Error('too short');
    const branch = branchAt(file, scenario, { turn: at.turn, role: 'france' });
    if (!branch.ok) throw new Error(problem(branch));
    expect(branch.value.branchedFrom.roles).toEqual(roles);
    // The months before the branch are played as the delegations played them (the world after turn index 1).
    const before = worldsOf(file, scenario)[1];
    if (before === undefined) throw new Error('no world');
    // ...but for both sides no longer seated: taken over as one role, the other side is the computer's.
    expect(hashWorld({ ...branch.value.game.getSnapshot().world, sides: before.sides })).toBe(hashWorld(before));
    for (let i = 0; i < 2; i++) branch.value.game.send({ type: 'turn.end' });
    const saved = saveBranch(branch.value, scenario);
    if (!saved.ok) throw new Error('not saved');
    expect(saved.value.role).toBe(saved.value.branchedFrom?.role);
    const later = saved.value.turns.at(-1);
    if (later === undefined) throw new Error('no turn');
    expect(problem(branchAt(saved.value, scenario, { turn: later.turn, role: 'france' }))).toBe(
      `this game is already a branch from turn ${at.turn} (${at.month}); take over before that month, or from the game it came from`,
    );
    expect(problem(branchAt(saved.value, scenario, { turn: at.turn, role: 'france' }))).toBe('taken over');
  });
});
