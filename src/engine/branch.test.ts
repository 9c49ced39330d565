import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { type Branch, branchAt, saveBranch } from './branch';
import { type Game, hashWorld, replayTurns, simulate } from './game';
import { compareGames } from './save/compare';
import { type GameFile, parseGameFile, parseGameFileText, recordGame, replayGame, worldsOf } from './save/gameFile';

const scenario = loadScenario('as-it-happened');
const played = simulate(scenario, { seed: 'branch', policy: 'historical' });
const original = recordGame(scenario, 'branch', 'france', played.turns);
/** The Rhineland: the month Germany remilitarised it, where a class takes over. */
const rhineland = original.turns.find((t) => t.month === '1936-03');
if (rhineland === undefined) throw new Error('as-it-happened has no March 1936');

/** Play on to the end: end each month with no order, answer each crisis by mobilising. */
function playOut(game: Game, months = 1000): void {
  for (let i = 0; i < months && game.getSnapshot().phase !== 'ended'; i++) {
    const sent =
      game.getSnapshot().phase === 'crisis'
        ? game.send({ type: 'crisis.respond', choice: 'mobilise' })
        : game.send({ type: 'turn.end' });
    expect(sent.accepted).toBe(true);
  }
}

function branch(file: GameFile, point: Parameters<typeof branchAt>[2]): Branch {
  const result = branchAt(file, scenario, point);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

function saved(b: Branch): GameFile {
  const result = saveBranch(b, scenario);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

describe('taking over a recorded game', () => {
  it('starts the branch from the world the original reached before that month, with its turns so far', () => {
    const b = branch(original, { turn: rhineland.turn, role: 'france' });
    const index = original.turns.indexOf(rhineland);
    const before = replayTurns(scenario, 'branch', 'france', original.turns.slice(0, index));
    const snapshot = b.game.getSnapshot();
    expect(hashWorld(snapshot.world)).toBe(hashWorld(before));
    expect(snapshot.world.month).toBe('1936-03');
    expect(snapshot.turns).toEqual(original.turns.slice(0, index));
    expect(b.branchedFrom).toMatchObject({ index, turn: rhineland.turn, month: '1936-03', role: 'france' });
  });

  it('reaches the original final hash when the same orders are given again after the branch', () => {
    const b = branch(original, { turn: rhineland.turn, role: 'france' });
    const index = b.branchedFrom.index;
    for (const turn of original.turns.slice(index)) {
      if (b.game.getSnapshot().phase === 'crisis') {
        for (const action of turn.actions) b.game.send(action);
      } else {
        for (const action of turn.actions) expect(b.game.send(action).accepted).toBe(true);
        b.game.send({ type: 'turn.end' });
      }
    }
    expect(hashWorld(b.game.getSnapshot().world)).toBe(original.checkpoints.at(-1)?.hash);
    const file = saved(b);
    expect(compareGames(original, file, scenario).divergence).toBeNull();
  });

  it('saves a branch that records its role and where it branched, and replays to the same hashes as the original up to the branch', () => {
    const b = branch(original, { turn: rhineland.turn, role: 'france' });
    playOut(b.game);
    const file = saved(b);
    expect(file).toMatchObject({ format: 2, role: 'france', seed: 'branch' });
    expect(file.branchedFrom).toEqual({
      scenarioHash: original.scenario.hash,
      seed: 'branch',
      index: b.branchedFrom.index,
      turn: rhineland.turn,
      month: '1936-03',
      role: 'france',
    });
    const reread = parseGameFileText(JSON.stringify(file));
    expect(reread.ok).toBe(true);
    if (!reread.ok) return;
    const replay = replayGame(reread.value, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(b.game.getSnapshot().world));
    const comparison = compareGames(original, file, scenario);
    const first = comparison.divergence;
    expect(first).not.toBeNull();
    expect(first?.index).toBeGreaterThanOrEqual(b.branchedFrom.index);
    expect(comparison.rows.slice(0, b.branchedFrom.index).every((row) => row.same)).toBe(true);
  });

  it('hands the game to the other side at the branch: the turns before stay France’s, the rest are the USSR’s', () => {
    const b = branch(original, { turn: rhineland.turn, role: 'ussr' });
    expect(b.game.getSnapshot().world.role).toBe('ussr');
    expect(b.game.send({ type: 'military.readiness' }).accepted).toBe(true);
    expect(b.game.send({ type: 'domestic.pressStaff' })).toMatchObject({ accepted: false });
    playOut(b.game);
    const file = saved(b);
    expect(file.role).toBe('ussr');
    expect(file.branchedFrom?.role).toBe('france');
    const replay = replayGame(file, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(b.game.getSnapshot().world));
    const comparison = compareGames(original, file, scenario);
    expect(comparison.divergence).toMatchObject({ index: b.branchedFrom.index, month: '1936-03', kind: 'world' });
    expect(worldsOf(file, scenario)[b.branchedFrom.index - 1]?.role).toBe('france');
  });

  it('takes over at a crisis: the month’s orders are kept and the answer is the new player’s', () => {
    const b = branch(original, { turn: rhineland.turn, role: 'france', at: 'crisis' });
    expect(b.game.getSnapshot().phase).toBe('crisis');
    expect(b.branchedFrom.index).toBe(original.turns.indexOf(rhineland) + 1);
    expect(b.game.send({ type: 'crisis.respond', choice: 'mobilise' }).accepted).toBe(true);
    playOut(b.game);
    expect(replayGame(saved(b), scenario).ok).toBe(true);
  });

  it('refuses a point outside the game, a role the scenario lacks, and a file that does not replay', () => {
    const outside = branchAt(original, scenario, { turn: 999, role: 'france' });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.problems[0]?.message).toMatch(/no turn 999/);
    expect(branchAt(original, scenario, { turn: 0, role: 'france', at: 'crisis' }).ok).toBe(false);
    const broken = structuredClone(original);
    const last = broken.checkpoints.at(-1);
    if (last !== undefined) last.hash = '0123456789abcdef';
    const refused = branchAt(broken, scenario, { turn: 3, role: 'france' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.message).toMatch(/does not replay/);
  });

  it('refuses to save a branch before any month is played', () => {
    const b = branch(original, { turn: 0, role: 'ussr' });
    expect(saveBranch(b, scenario)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'nothing to save yet: play a month first' }],
    });
  });
});

describe('branch files', () => {
  const b = branch(original, { turn: rhineland.turn, role: 'ussr' });
  // An order only the USSR can give, in the branch's first month: moving the branch later would give it to France.
  b.game.send({ type: 'military.readiness' });
  playOut(b.game, 12);
  const file = saved(b);

  it('refuse a tampered branch: another role before the branch, another branch turn, another seed', () => {
    const otherRole = structuredClone(file);
    if (otherRole.branchedFrom !== undefined) otherRole.branchedFrom.role = 'ussr';
    expect(replayGame(otherRole, scenario).ok).toBe(false);

    const otherIndex = structuredClone(file);
    if (otherIndex.branchedFrom !== undefined) otherIndex.branchedFrom.index -= 1;
    const parsed = parseGameFile(otherIndex);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('branchedFrom.turn');

    const moved = structuredClone(file);
    if (moved.branchedFrom !== undefined) {
      const next = moved.turns[moved.branchedFrom.index + 1];
      if (next === undefined) throw new Error('too short a branch');
      Object.assign(moved.branchedFrom, { index: moved.branchedFrom.index + 1, turn: next.turn, month: next.month });
    }
    expect(parseGameFile(moved).ok).toBe(true);
    expect(replayGame(moved, scenario).ok).toBe(false);

    const otherSeed = structuredClone(file);
    if (otherSeed.branchedFrom !== undefined) otherSeed.branchedFrom.seed = 'another';
    expect(parseGameFile(otherSeed)).toMatchObject({
      ok: false,
      problems: [{ path: 'branchedFrom.seed', message: 'a branch keeps the seed of the game it came from' }],
    });
  });

  it('follow the version rule: a game is format 1 without the field, a branch format 2 with it', () => {
    expect(original.format).toBe(1);
    expect('branchedFrom' in original).toBe(false);
    expect(parseGameFile(original).ok).toBe(true);
    expect(parseGameFile({ ...file, format: 1 })).toMatchObject({
      ok: false,
      problems: [{ path: 'branchedFrom', message: 'a branch is written as format 2, not 1' }],
    });
    expect(parseGameFile({ ...original, format: 2 })).toMatchObject({
      ok: false,
      problems: [{ path: 'branchedFrom', message: 'required: a format 2 file is a branch' }],
    });
    expect(parseGameFile({ ...file, branchedFrom: { ...file.branchedFrom, extra: 1 } })).toMatchObject({
      ok: false,
      problems: [{ path: 'branchedFrom.extra', message: 'unknown field' }],
    });
  });

  it('branch again before the first branch, but not after it when the sides differ', () => {
    const early = branchAt(file, scenario, { turn: 2, role: 'france' });
    expect(early.ok).toBe(true);
    const late = branchAt(file, scenario, { turn: rhineland.turn + 3, role: 'france' });
    expect(late.ok).toBe(false);
  });
});
