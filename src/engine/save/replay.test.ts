/**
 * Replays that prove what they claim: a game file carries at least the final
 * hash, a replay checks every turn's game turn and month, and every recorded
 * hash — the first checkpoint and the final one included.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { hashWorld, simulate } from '../game';
import { formatMonth } from '../months';
import { ENGINE_VERSION } from '../version';
import {
  CHECKPOINT_EVERY,
  describeDivergence,
  type GameFile,
  parseGameFile,
  recordGame,
  replayGame,
  worldsOf,
} from './gameFile';

const scenario = loadScenario('pact-1935');
const played = simulate(scenario, { seed: 'proof', policy: 'alliance-first' });
const recorded = recordGame(scenario, 'proof', 'france', played.turns);
const last = recorded.turns.length - 1;

/** A deep copy of the recorded file, changed by `change`. */
function tampered(change: (file: GameFile) => void): GameFile {
  const copy = structuredClone(recorded);
  change(copy);
  return copy;
}

function problemsOf(data: unknown): string[] {
  const parsed = parseGameFile(data);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('a game file carries at least the final hash', () => {
  it('is recorded with a final checkpoint for its last turn', () => {
    expect(recorded.turns.length).toBeGreaterThan(2 * CHECKPOINT_EVERY);
    expect(recorded.checkpoints.at(-1)).toEqual({ index: last, hash: hashWorld(played.world), final: true });
    expect(problemsOf(recorded)).toEqual([]);
  });

  it('is refused with no checkpoints, even though no recorded hash could then fail', () => {
    const noProof = tampered((file) => {
      file.checkpoints = [];
      const first = file.turns[0];
      if (first !== undefined) first.actions = [{ type: 'diplomacy.demarche', to: 'romania' }];
    });
    expect(problemsOf(noProof)).toEqual([
      `checkpoints: a game file must end with the final hash: a last checkpoint { "index": ${last}, "hash": …, "final": true }`,
    ]);
  });

  it('is refused when its last checkpoint is not final, or not for the last turn', () => {
    const notFinal = tampered((file) => {
      const final = file.checkpoints.at(-1);
      if (final !== undefined) delete final.final;
    });
    expect(problemsOf(notFinal)[0]).toMatch(/^checkpoints: a game file must end with the final hash/);
    const early = tampered((file) => {
      file.turns.push(structuredClone(file.turns[last] ?? { turn: 0, month: '1935-05', actions: [] }));
    });
    expect(problemsOf(early)[0]).toMatch(/^checkpoints: a game file must end with the final hash/);
  });

  it('is refused with a checkpoint past its turns, out of order, or final before the end', () => {
    const past = tampered((file) => {
      file.checkpoints.splice(0, 0, { index: last + 3, hash: '0000000000000000' });
    });
    expect(problemsOf(past)).toContain(`checkpoints[0].index: no turn ${last + 3}: the file has turns 0 to ${last}`);
    const disordered = tampered((file) => {
      file.checkpoints.reverse();
      file.checkpoints.push(...file.checkpoints.splice(0, 1));
    });
    expect(problemsOf(disordered)).toContain(
      'checkpoints[1].index: checkpoints must come in the order of their turns, one per turn',
    );
    const twoFinals = tampered((file) => {
      const first = file.checkpoints[0];
      if (first !== undefined) first.final = true;
    });
    expect(problemsOf(twoFinals)).toEqual(['checkpoints[0].final: only the last checkpoint is final']);
  });

  it('is refused with no turns at all', () => {
    const empty = tampered((file) => {
      file.turns = [];
      file.checkpoints = [];
    });
    expect(problemsOf(empty)).toContain('turns: a game file holds at least one turn');
  });

  it('is refused with more orders in a turn than a month takes', () => {
    const stuffed = tampered((file) => {
      const first = file.turns[0];
      if (first !== undefined) first.actions = Array.from({ length: 51 }, () => ({ type: 'pass' as const }));
    });
    expect(problemsOf(stuffed)[0]).toMatch(/^turns\[0\]\.actions: /);
  });
});

describe('replay checks every turn and every recorded hash', () => {
  it('reproduces the recorded game', () => {
    const result = replayGame(recorded, scenario);
    expect(result).toMatchObject({ ok: true, scenarioChanged: false, engineChanged: false });
    expect(hashWorld(result.world)).toBe(hashWorld(played.world));
  });

  it('catches a changed order at the first checkpoint', () => {
    const first = recorded.checkpoints[0];
    expect(first?.index).toBe(CHECKPOINT_EVERY - 1);
    const file = tampered((f) => {
      const turn = f.turns[0];
      if (turn !== undefined) turn.actions = [{ type: 'diplomacy.demarche', to: 'romania' }];
    });
    const result = replayGame(file, scenario);
    expect(result.ok ? null : result.divergence).toEqual({
      index: CHECKPOINT_EVERY - 1,
      turn: recorded.turns[CHECKPOINT_EVERY - 1]?.turn,
      month: recorded.turns[CHECKPOINT_EVERY - 1]?.month,
      kind: 'hash',
      expected: first?.hash,
      actual: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('catches a wrong first checkpoint hash', () => {
    const file = tampered((f) => {
      const first = f.checkpoints[0];
      if (first !== undefined) first.hash = 'ffffffffffffffff';
    });
    const result = replayGame(file, scenario);
    expect(result.ok ? null : result.divergence).toMatchObject({ index: CHECKPOINT_EVERY - 1, kind: 'hash' });
  });

  it('catches, by the final hash, a changed order after the last regular checkpoint', () => {
    const regular = recorded.checkpoints.at(-2)?.index ?? 0;
    expect(regular).toBeLessThan(last);
    const file = tampered((f) => {
      const turn = f.turns[last];
      if (turn === undefined) return;
      const respond = turn.actions.find((a) => a.type === 'crisis.respond');
      turn.actions =
        respond === undefined
          ? [{ type: 'diplomacy.demarche', to: 'romania' }]
          : [{ type: 'crisis.respond', choice: respond.choice === 'stand-aside' ? 'mobilise' : 'stand-aside' }];
    });
    const result = replayGame(file, scenario);
    expect(result.ok ? null : result.divergence).toMatchObject({ index: last, kind: 'hash' });
    const wrongFinal = tampered((f) => {
      const final = f.checkpoints.at(-1);
      if (final !== undefined) final.hash = '0123456789abcdef';
    });
    const again = replayGame(wrongFinal, scenario);
    expect(again.ok ? null : again.divergence).toMatchObject({
      index: last,
      kind: 'hash',
      expected: '0123456789abcdef',
    });
  });

  it('catches a turn recorded under the wrong month, by game turn and month', () => {
    const index = 3;
    const file = tampered((f) => {
      const turn = f.turns[index];
      if (turn !== undefined) turn.month = '1939-01';
    });
    const result = replayGame(file, scenario);
    const original = recorded.turns[index];
    expect(result.ok ? null : result.divergence).toEqual({
      index,
      turn: original?.turn,
      month: '1939-01',
      kind: 'calendar',
      expected: `turn ${original?.turn}, 1939-01`,
      actual: `turn ${original?.turn}, ${original?.month}`,
    });
    if (!result.ok) {
      expect(describeDivergence(result.divergence, formatMonth)).toBe(
        `the replay diverges at game turn ${original?.turn}, ${formatMonth('1939-01')} (turns[${index}] in the file): the file is at turn ${original?.turn}, 1939-01, the replayed world at turn ${original?.turn}, ${original?.month}`,
      );
    }
  });

  it('catches a turn recorded under the wrong turn number', () => {
    const file = tampered((f) => {
      const turn = f.turns[2];
      if (turn !== undefined) turn.turn += 7;
    });
    const result = replayGame(file, scenario);
    expect(result.ok ? null : result.divergence).toMatchObject({ index: 2, kind: 'calendar' });
  });

  it('catches turns recorded after the game was over', () => {
    expect(played.world.phase).toBe('ended');
    const file = tampered((f) => {
      f.turns.push({ turn: (f.turns[last]?.turn ?? 0) + 1, month: '1939-10', actions: [] });
      const final = f.checkpoints.at(-1);
      if (final !== undefined) final.index = last + 1;
    });
    expect(problemsOf(file)).toEqual([]);
    const result = replayGame(file, scenario);
    const turn = (recorded.turns[last]?.turn ?? 0) + 1;
    expect(result.ok ? null : result.divergence).toEqual({
      index: last + 1,
      turn,
      month: '1939-10',
      kind: 'over',
      expected: `turn ${turn}, 1939-10`,
      actual: 'the game is over',
    });
    // The worlds of its timeline stop where the game ended: none for the turn written after it.
    const worlds = worldsOf(file, scenario);
    expect(worlds).toHaveLength(last + 1);
    expect(worlds.at(-1)?.phase).toBe('ended');
  });

  it('flags a file recorded with another engine version, and only then', () => {
    expect(replayGame(recorded, scenario).engineChanged).toBe(false);
    const older = tampered((f) => {
      f.engine = '0.0.1';
    });
    const result = replayGame(older, scenario);
    expect(result.engineChanged).toBe(true);
    expect(result.ok).toBe(true);
    expect(recorded.engine).toBe(ENGINE_VERSION);
  });

  it('flags a scenario changed since the recording', () => {
    // History's choices for France changed: the recorded orders replay the same, but the scenario plays otherwise.
    const changed = {
      ...scenario,
      historicalChoices: { ...scenario.historicalChoices, france: scenario.historicalChoices.france.slice(1) },
    };
    expect(replayGame(recorded, changed).scenarioChanged).toBe(true);
    expect(replayGame(recorded, scenario).scenarioChanged).toBe(false);
  });
});
