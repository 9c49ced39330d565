/**
 * The autosave of a game of delegations on one screen (issue 14 §2): saved as
 * a format 3 game file, it reads back and opens as a live game with the same
 * delegations and world; the note of where the month stands counts only with
 * the save it was written for; the title's "Continue" says which delegations.
 */
import { describe, expect, it } from 'vitest';
import { hashWorld } from '../engine';
import { playDelegations } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { gameOfFile } from './openGame';
import { AUTOSAVE_KEY, continueText, readSave, readSeats, type SaveStore, writeSave, writeSeats } from './saves';

const scenario = loadScenario('pact-1935');
const file = playDelegations(scenario, 'save-delegations', ['france', 'ussr'], 3);
const later = playDelegations(scenario, 'save-delegations', ['france', 'ussr'], 4);
const state = {
  seated: 'ussr' as const,
  done: ['france' as const],
  pending: [{ action: { type: 'domestic.rally' }, by: 'france' as const }],
};

function memoryStore(): SaveStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('the autosave of a game of delegations', () => {
  it('reads back as the same delegations, and opens at the same world', () => {
    const store = memoryStore();
    expect(writeSave(store, file)).toBe('saved');
    const save = readSave(store, [scenario]);
    expect(save.kind).toBe('ok');
    if (save.kind !== 'ok') return;
    expect(save.file.roles).toEqual(['france', 'ussr']);
    expect(save.file.turns.map((t) => t.by)).toEqual(file.turns.map((t) => t.by));
    const game = gameOfFile(save.file, scenario);
    expect(game.getSnapshot().delegations.roles).toEqual(['france', 'ussr']);
    expect(game.getSnapshot().turns).toHaveLength(file.turns.length);
    expect(hashWorld(game.getSnapshot().world)).toBe(file.checkpoints.at(-1)?.hash);
  });

  it('keeps where the month stands beside the save it was written for, and only for it', () => {
    const store = memoryStore();
    writeSave(store, file);
    writeSeats(store, file, state);
    expect(readSeats(store, file)).toEqual(state);
    // Another save (a month later), a game of one role, a damaged note, an unknown delegation: none.
    expect(readSeats(store, later)).toBeUndefined();
    expect(readSeats(store, { ...file, roles: undefined })).toBeUndefined();
    store.data.set('hollow-pact.autosave.seats', '{"save":');
    expect(readSeats(store, file)).toBeUndefined();
    writeSeats(store, file, state);
    const note = JSON.parse(store.data.get('hollow-pact.autosave.seats') ?? '{}');
    store.data.set('hollow-pact.autosave.seats', JSON.stringify({ ...note, seated: 'britain' }));
    expect(readSeats(store, file)).toBeUndefined();
    expect(readSeats(null, file)).toBeUndefined();
    expect(store.data.has(AUTOSAVE_KEY)).toBe(true);
  });

  it('"Continue" says it is a game of delegations, and which', () => {
    expect(continueText(file, scenario)).toBe(
      `Continue: ${scenario.title}, delegations on one screen (France and the USSR), played through July 1935`,
    );
    const one = { ...file, roles: undefined, format: 1 as const, role: 'ussr' as const };
    expect(continueText(one, scenario)).toBe(`Continue: ${scenario.title}, as the USSR, played through July 1935`);
  });
});
