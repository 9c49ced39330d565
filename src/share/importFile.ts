/**
 * Reading a game file safely (issue 13 §2), from a file picker, a drop on the
 * page, or text: the size is checked before anything is read, then the JSON,
 * the game file's schema, the scenario, and a replay against the file's own
 * hashes. Each failure is one clear sentence; nothing is opened unless all
 * pass, so whatever the page already holds is kept. Strings from the file
 * reach messages as text, shortened: a caller sets them with `textContent`.
 * Pure apart from reading a Blob: runs in Node and in the browser.
 */
import {
  describeDivergence,
  ENGINE_VERSION,
  formatMonth,
  type GameFile,
  hashWorld,
  parseGameFile,
  replayGame,
  type Scenario,
} from '../engine';
import type { ScenarioLookup } from './link';

/** The largest file read (bytes): a whole game is about 10 KB. */
export const MAX_FILE_BYTES = 512 * 1024;

export type ImportProblemKind =
  | 'too-big'
  | 'unreadable'
  | 'empty'
  | 'not-json'
  | 'not-a-game'
  | 'invalid'
  | 'scenario'
  | 'replay';

export type ImportResult =
  | {
      readonly ok: true;
      readonly file: GameFile;
      readonly scenario: Scenario;
      /** The replayed world's hash: the file's final checkpoint. */
      readonly finalHash: string;
      /** Said when the file opened all the same: another engine version or scenario data that replays alike. */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly kind: ImportProblemKind; readonly message: string };

const refuse = (kind: ImportProblemKind, message: string): ImportResult => ({ ok: false, kind, message });
/** Text from a file, shortened, for a message. */
const short = (text: string, most = 60) => (text.length > most ? `${text.slice(0, most)}…` : text);
const sizeText = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
/** A month `YYYY-MM` as a reader says it. */
const monthName = formatMonth;

/** Read and check a game file's text. Never throws. */
export function readGameText(text: string, scenarios: ScenarioLookup): ImportResult {
  if (text.length > MAX_FILE_BYTES) {
    return refuse('too-big', `This file is too large to be a game file: over ${sizeText(MAX_FILE_BYTES)}.`);
  }
  if (text.trim() === '') return refuse('empty', 'This file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse('not-json', `This file is not JSON, so not a game file: ${short(detail)}.`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || Reflect.get(data, 'game') !== 'hollow-pact') {
    return refuse('not-a-game', 'This file is JSON but not a Hollow Pact game file (it has no "game": "hollow-pact").');
  }
  const parsed = parseGameFile(data);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.problems;
    const where = first === undefined ? '' : `${first.path === '' ? '' : `${first.path}: `}${first.message}`;
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
    return refuse('invalid', `This game file cannot be opened: ${short(where, 240)}${more}.`);
  }
  const file = parsed.value;
  const scenario = scenarios(file.scenario.id);
  if (scenario === undefined) {
    return refuse(
      'scenario',
      `This game file is for a scenario this game does not have: "${short(file.scenario.id)}".`,
    );
  }
  const replay = replayGame(file, scenario);
  const made =
    file.engine === ENGINE_VERSION
      ? ''
      : ` It was made with Hollow Pact ${short(file.engine)}; this is ${ENGINE_VERSION}.`;
  if (!replay.ok) {
    const changed = replay.scenarioChanged ? ' The scenario’s data have changed since it was recorded.' : '';
    return refuse(
      'replay',
      `This game file does not replay: ${describeDivergence(replay.divergence, monthName)}.${made}${changed}`,
    );
  }
  const note =
    made === '' && !replay.scenarioChanged
      ? null
      : `It replays to the same hashes.${made}${replay.scenarioChanged ? ' The scenario’s data have changed since, without changing this game.' : ''}`.trim();
  return { ok: true, file, scenario, finalHash: hashWorld(replay.world), note };
}

/** Read and check a game file from a file picker or a drop: the size first, before reading it. Never throws. */
export async function readGameFile(source: Blob, scenarios: ScenarioLookup): Promise<ImportResult> {
  if (source.size > MAX_FILE_BYTES) {
    return refuse(
      'too-big',
      `This file is too large to be a game file: ${sizeText(source.size)}, at most ${sizeText(MAX_FILE_BYTES)}.`,
    );
  }
  let text: string;
  try {
    text = await source.text();
  } catch {
    return refuse('unreadable', 'This file could not be read.');
  }
  return readGameText(text, scenarios);
}

/** A game file as text to save (a download, or `replay` on the command line): the same JSON `record` writes. */
export function gameFileText(file: GameFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
