/** The autosave: every kind of bad save is named; a save that fails its own check never replaces a good one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, parseScenario, recordGame, type Scenario } from '../engine';
import { AUTOSAVE_KEY, isNewerVersion, readSave, type SaveStore, writeSave } from './saves';

function scenario(id: string): Scenario {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(import.meta.dirname, `../../scenarios/${id}.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${id} does not load`);
  return parsed.value;
}

function memoryStore(initial?: string): SaveStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(AUTOSAVE_KEY, initial);
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const munich = scenario('munich-1938');

function playedFile() {
  const game = createGame(munich, { seed: 'save', role: 'ussr' });
  game.send({ type: 'turn.end' });
  return recordGame(munich, 'save', 'ussr', game.getSnapshot().turns);
}

describe('reading the autosave', () => {
  it('reads a good save back, to replay', () => {
    const store = memoryStore(JSON.stringify(playedFile()));
    const save = readSave(store, [munich]);
    expect(save.kind).toBe('ok');
    if (save.kind === 'ok') expect(save.file.turns.length).toBe(1);
  });

  it('names a corrupt, a foreign, a newer and an unknown-scenario save', () => {
    const problem = (text: string) => {
      const save = readSave(memoryStore(text), [munich]);
      return save.kind === 'bad' ? save.problem : save.kind;
    };
    expect(problem('{"game":')).toMatch(/corrupt/);
    expect(problem('{"game":"chess"}')).toMatch(/not a Hollow Pact game file/);
    expect(problem('{"game":"hollow-pact","format":4}')).toMatch(/newer version .*file format 4/);
    expect(problem(JSON.stringify({ ...playedFile(), engine: '99.0.0' }))).toMatch(/newer version .*engine 99\.0\.0/);
    expect(
      problem(JSON.stringify({ ...playedFile(), scenario: { id: 'atlantis', hash: '0123456789abcdef' } })),
    ).toMatch(/scenario this version does not have \("atlantis"\)/);
    expect(problem(JSON.stringify({ ...playedFile(), seed: '' }))).toMatch(/damaged \(seed/);
    expect(readSave(memoryStore(), [munich]).kind).toBe('none');
    expect(readSave(null, [munich]).kind).toBe('none');
  });

  it('compares versions number by number', () => {
    expect(isNewerVersion('0.10.0', '0.9.9')).toBe(true);
    expect(isNewerVersion('0.1.0', '0.1.0')).toBe(false);
    expect(isNewerVersion('0.1', '0.1.1')).toBe(false);
  });
});

describe('writing the autosave', () => {
  it('keeps the good save when the new one fails its check, and says why nothing was saved', () => {
    const good = JSON.stringify(playedFile());
    const store = memoryStore(good);
    expect(writeSave(store, { ...playedFile(), seed: '' })).toBe('refused');
    expect(store.data.get(AUTOSAVE_KEY)).toBe(good);
    expect(writeSave(store, playedFile())).toBe('saved');
    expect(writeSave(null, playedFile())).toBe('no-storage');
    const full: SaveStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeSave(full, playedFile())).toBe('no-storage');
  });
});
