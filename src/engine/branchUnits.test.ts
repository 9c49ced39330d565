/**
 * Taking over a recorded game, function by function (issue 9): each point
 * outside the game and its one-line refusal. Every game file is made inside
 * its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { branchAt, saveBranch } from './branch';
import { simulate } from './game';
import { recordGame } from './save/gameFile';

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
