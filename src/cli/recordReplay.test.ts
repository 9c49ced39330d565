/**
 * `record` and `replay` as a teacher runs them: files that prove what they
 * claim, clear exit codes, and one line (never a stack trace) for a bad path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, formatMonth } from '../engine';
import { runCommand } from '../testing/cli';
import { main as record } from './recordCommand';
import { REPLAY_EXIT, main as replay } from './replayCommand';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-record-'));

const run = runCommand;

const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const game = join(dir, 'game.json');
const recorded = run(record, ['--scenario', 'pact-1935', '--seed', 'proof', '--policy', 'random', '--out', game]);
const file = JSON.parse(readFileSync(game, 'utf8'));

describe('replay', () => {
  it('matches a freshly recorded game, exit 0', () => {
    expect(recorded.code).toBe(0);
    const { code, out, err } = run(replay, [game]);
    expect(err).toEqual([]);
    expect(out.at(-1)).toMatch(/every recorded hash matched\.$/);
    expect(code).toBe(REPLAY_EXIT.matched);
  });

  it('refuses a file without its final hash, exit 2, though its orders were changed', () => {
    const changed = structuredClone(file);
    changed.checkpoints = [];
    changed.turns[0].actions = [{ type: 'diplomacy.demarche', to: 'romania' }];
    const path = write('no-proof.json', changed);
    const { code, out, err } = run(replay, [path]);
    expect(code).toBe(REPLAY_EXIT.badInput);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `${path}: checkpoints: a game file must end with the final hash: a last checkpoint { "index": ${file.turns.length - 1}, "hash": …, "final": true }`,
    ]);
  });

  it('exits 3 naming the game turn and month of a turn recorded under the wrong month', () => {
    const changed = structuredClone(file);
    const turn = changed.turns[4];
    const actualMonth = turn.month;
    turn.month = '1938-02';
    const path = write('wrong-month.json', changed);
    const { code, err } = run(replay, [path]);
    expect(code).toBe(REPLAY_EXIT.diverged);
    expect(err).toEqual([
      `${path}: the replay diverges at game turn ${turn.turn}, ${formatMonth('1938-02')} (turns[4] in the file): the file is at turn ${turn.turn}, 1938-02, the replayed world at turn ${turn.turn}, ${actualMonth}.`,
    ]);
  });

  it('says when the file was recorded with another engine', () => {
    const older = write('older.json', { ...file, engine: '0.0.1' });
    const { code, err } = run(replay, [older, '--json']);
    expect(err).toEqual([`${older}: recorded with engine 0.0.1; this is engine ${ENGINE_VERSION}.`]);
    expect(code).toBe(REPLAY_EXIT.matched);
  });

  it('refuses a file whose role the scenario does not offer, exit 2', () => {
    const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios/pact-1935.json'), 'utf8'));
    const frenchOnly = write('french-only.json', { ...scenario, roles: ['france'] });
    const ussr = write('ussr.json', { ...file, role: 'ussr' });
    const { code, err } = run(replay, [ussr, '--scenario', frenchOnly]);
    expect(code).toBe(REPLAY_EXIT.badInput);
    expect(err.at(-1)).toBe(`${ussr}: role: the scenario "pact-1935" offers the role france, not "ussr"`);
  });

  it('documents its exit codes in its usage', () => {
    const { out } = run(replay, ['--help']);
    expect(out[0]).toMatch(/0 if the replay matches, 3 if it diverges.*4 if the scenario has changed/s);
    expect(out[0]).toContain('--proceed-on-changed-scenario');
  });
});

describe('record', () => {
  it('refuses to write into a folder: one line, exit 2', () => {
    const { code, out, err } = run(record, ['--scenario', 'pact-1935', '--out', dir]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([`record: --out ${dir}: is a folder or not a regular file; give a file name`]);
  });

  it('refuses to write into a folder that does not exist, and prints no stack trace even through npm', () => {
    const target = join(dir, 'missing', 'game.json');
    const direct = run(record, ['--scenario', 'pact-1935', '--out', target]);
    expect(direct.code).toBe(2);
    expect(direct.err).toEqual([`record: --out ${target}: the folder ${join(dir, 'missing')} does not exist`]);
    const result = spawnSync('npm', ['run', '-s', 'record', '--', '--scenario', 'pact-1935', '--out', target], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([direct.err[0]]);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses the seeds replay would refuse, and records one it accepts', () => {
    for (const seed of ['', 'x'.repeat(201)]) {
      const target = join(dir, 'seed.json');
      const { code, err } = run(record, ['--scenario', 'pact-1935', `--seed=${seed}`, '--out', target]);
      expect(code, seed).toBe(2);
      expect(err[0]).toMatch(/^record: --seed: a seed (must not be empty|is at most 200 characters)$/);
      expect(existsSync(target)).toBe(false);
    }
    const longest = join(dir, 'longest-seed.json');
    expect(run(record, ['--scenario', 'munich-1938', `--seed=${'y'.repeat(200)}`, '--out', longest]).code).toBe(0);
    expect(run(replay, [longest]).code).toBe(REPLAY_EXIT.matched);
  });

  it('refuses a role the scenario does not offer', () => {
    const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios/munich-1938.json'), 'utf8'));
    const frenchOnly = write('munich-french-only.json', { ...scenario, roles: ['france'] });
    const { code, err } = run(record, ['--scenario', frenchOnly, '--role', 'ussr', '--out', join(dir, 'r.json')]);
    expect(code).toBe(2);
    expect(err).toEqual(['record: --role: the scenario "munich-1938" offers the role france, not "ussr"']);
  });
});
