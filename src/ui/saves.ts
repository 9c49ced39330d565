/**
 * The autosave: the game file (the format `npm run record` writes) kept in
 * localStorage after every month. Reading it says what is wrong with a bad save
 * (corrupt, foreign, newer, unknown scenario) instead of failing; writing
 * checks the new file first, so a bad save never replaces a good one; and a
 * browser that refuses storage (private browsing) still plays, without saves.
 *
 * A game of delegations on one screen (issue 14 §2) is saved the same way (a
 * format 3 game file, its recorded turns); beside it, under its own key, where
 * the month stands: whose turn it is, who has ended its orders, and the
 * orders given since the last recorded turn. That note counts only with the
 * save it was written for (the same final hash and number of turns).
 */
import { z } from 'zod';
import {
  type Delegation,
  ENGINE_VERSION,
  GAME_FORMATS,
  type GameFile,
  listWords,
  monthName,
  parseGameFileText,
  ROLES,
  replayGame,
  rolesOf,
  type Scenario,
} from '../engine';
import type { SeatState } from './delegations';
import { ROLE_NAMES } from './labels';

/** The newest game file format this version reads (a branch is format 2). */
const NEWEST_FORMAT = Math.max(...GAME_FORMATS);

export const AUTOSAVE_KEY = 'hollow-pact.autosave';
/** Where a game of delegations stands in its month, beside the autosave. */
export const SEATS_KEY = 'hollow-pact.autosave.seats';

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

/** What ties the seats' note to its save: the save's final hash and its number of turns. */
const saveMark = (file: GameFile) => `${file.checkpoints.at(-1)?.hash ?? ''}/${file.turns.length}`;

const seatsSchema = z.strictObject({
  save: z.string(),
  seated: z.enum(ROLES),
  done: z.array(z.enum(ROLES)).max(ROLES.length),
  pending: z.array(z.strictObject({ action: z.unknown(), by: z.enum(ROLES) })).max(100),
});

/** Keep where the month of a game of delegations stands, beside the save `file` (just written). */
export function writeSeats(store: SaveStore | null, file: GameFile, state: SeatState): void {
  if (store === null) return;
  try {
    store.setItem(SEATS_KEY, JSON.stringify({ save: saveMark(file), ...state }));
  } catch {
    // Without the note the game resumes at the start of its month, with its first delegation.
  }
}

/**
 * Where the month of the saved game of delegations `file` stood, or undefined
 * (none, damaged, or written for another save): the game then resumes at the
 * start of its month. The orders in it are checked again when they are given.
 */
export function readSeats(store: SaveStore | null, file: GameFile): SeatState | undefined {
  if (store === null || file.roles === undefined) return undefined;
  try {
    const parsed = seatsSchema.safeParse(JSON.parse(store.getItem(SEATS_KEY) ?? 'null'));
    if (!parsed.success || parsed.data.save !== saveMark(file)) return undefined;
    const roles = file.roles;
    const { seated, done, pending } = parsed.data;
    if (!roles.includes(seated) || pending.some((p) => !roles.includes(p.by))) return undefined;
    return { seated, done: done.filter((r) => roles.includes(r)), pending };
  } catch {
    return undefined;
  }
}

/** The roles of a game as a sentence: "France and the USSR". */
export function rolesText(roles: readonly Delegation[]): string {
  return listWords(roles.map((r) => ROLE_NAMES[r]));
}

/** The title screen's "Continue": the scenario, the side (or, in a game of delegations, which), and the month. */
export function continueText(file: GameFile, scenario: Scenario): string {
  const last = file.turns.at(-1);
  // The last month played, not the month it resumes at (after a month's orders, the next one).
  const month = last === undefined ? '' : `, played through ${monthName(last.month)}`;
  const who =
    file.roles === undefined
      ? `as ${ROLE_NAMES[file.role]}`
      : `delegations on one screen (${rolesText(rolesOf(file))})`;
  return `Continue: ${scenario.title}, ${who}${month}`;
}
