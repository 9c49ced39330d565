/**
 * The autosave: the game file (the format `npm run record` writes) kept in
 * localStorage after every month. Reading it says what is wrong with a bad save
 * (corrupt, foreign, newer, unknown scenario) instead of failing; writing
 * checks the new file first, so a bad save never replaces a good one; and a
 * browser that refuses storage (private browsing) still plays, without saves.
 */
import { ENGINE_VERSION, GAME_FORMATS, type GameFile, parseGameFileText, replayGame, type Scenario } from '../engine';

/** The newest game file format this version reads (a branch is format 2). */
const NEWEST_FORMAT = Math.max(...GAME_FORMATS);

export const AUTOSAVE_KEY = 'hollow-pact.autosave';

/** The part of the Web Storage API the autosave uses (a fake one in tests). */
export interface SaveStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type LoadedSave =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly file: GameFile; readonly scenario: Scenario }
  | { readonly kind: 'bad'; readonly problem: string };

/** The browser's localStorage, or null where it is refused (private browsing, blocked cookies). */
export function browserStore(): SaveStore | null {
  try {
    const store = window.localStorage;
    const probe = `${AUTOSAVE_KEY}.probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/** Is version `a` newer than `b` (dotted numbers)? */
export function isNewerVersion(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return false;
    if (x !== y) return x > y;
  }
  return false;
}

/** Read the autosave and say plainly what is wrong with it, if anything. */
export function readSave(store: SaveStore | null, scenarios: readonly Scenario[]): LoadedSave {
  if (store === null) return { kind: 'none' };
  let text: string | null;
  try {
    text = store.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'bad', problem: 'The saved game is corrupt (it is not readable JSON).' };
  }
  if (data === null || typeof data !== 'object' || Reflect.get(data, 'game') !== 'hollow-pact') {
    return { kind: 'bad', problem: 'The saved game is not a Hollow Pact game file (it belongs to something else).' };
  }
  const format = Reflect.get(data, 'format');
  if (typeof format === 'number' && format > NEWEST_FORMAT) {
    return {
      kind: 'bad',
      problem: `The saved game was written by a newer version of the game (file format ${format}); this version reads formats up to ${NEWEST_FORMAT}.`,
    };
  }
  const engine = Reflect.get(data, 'engine');
  if (typeof engine === 'string' && isNewerVersion(engine, ENGINE_VERSION)) {
    return {
      kind: 'bad',
      problem: `The saved game was written by a newer version of the game (engine ${engine}; this is ${ENGINE_VERSION}).`,
    };
  }
  const parsed = parseGameFileText(text);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const where = first === undefined ? '' : `${first.path === '' ? '' : `${first.path}: `}${first.message}`;
    return { kind: 'bad', problem: `The saved game is damaged (${where}).` };
  }
  const scenario = scenarios.find((s) => s.id === parsed.value.scenario.id);
  if (scenario === undefined) {
    return {
      kind: 'bad',
      problem: `The saved game is of a scenario this version does not have ("${parsed.value.scenario.id}").`,
    };
  }
  const replay = replayGame(parsed.value, scenario);
  if (!replay.ok) {
    return {
      kind: 'bad',
      problem: `The saved game does not replay with this version of the game (it goes another way in ${replay.divergence.month}).`,
    };
  }
  return { kind: 'ok', file: parsed.value, scenario };
}

/**
 * Save `file` unless it fails its own check; an earlier good save is then kept.
 * Returns what happened, for the status line.
 */
export function writeSave(store: SaveStore | null, file: GameFile): 'saved' | 'no-storage' | 'refused' {
  if (store === null) return 'no-storage';
  const text = JSON.stringify(file);
  if (!parseGameFileText(text).ok) return 'refused';
  try {
    store.setItem(AUTOSAVE_KEY, text);
    return 'saved';
  } catch {
    return 'no-storage';
  }
}
