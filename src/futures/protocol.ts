/**
 * The messages between the page and the futures worker. The page asks for a
 * batch of futures (`run`) or an A/B comparison (`compare`) and may `cancel`
 * it; the worker answers with `progress` about every 50 games, then `result`,
 * `comparison`, `cancelled` or `error`. Every job carries the id the page gave
 * it. What arrives is checked here before the engine sees it.
 */
import {
  type Comparison,
  type FuturesResult,
  type GameAction,
  POLICY_NAMES,
  type PolicyChoice,
  parseScenario,
  parseStrategy,
  readChoice,
  type Scenario,
  type WorldState,
} from '../engine';

/** Progress is posted after this many games (and after the last). */
export const PROGRESS_EVERY = 50;

/** What a batch of futures needs: the scenario's data, the world to start from, how many, the seed, the player's side. */
export interface FuturesJob {
  /** The scenario as data (checked again in the worker, but for a shipped one sent as it is: `READ_AS_SHIPPED`). */
  readonly scenario: unknown;
  readonly world: WorldState;
  readonly runs: number;
  readonly seed: string;
  /** A built-in policy's name, or a strategy as data. */
  readonly policy: PolicyChoice;
  /** The index of the first future (default 0): a pool's worker plays runs `from` to `from + runs - 1` of the batch. */
  readonly from?: number;
}

export type FuturesRequest =
  | ({ readonly type: 'run'; readonly id: number } & FuturesJob)
  | ({
      readonly type: 'compare';
      readonly id: number;
      readonly choiceA: GameAction;
      readonly choiceB: GameAction;
    } & FuturesJob)
  | { readonly type: 'cancel'; readonly id: number };

export type FuturesResponse =
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly runs: number }
  | { readonly type: 'result'; readonly id: number; readonly result: FuturesResult }
  | { readonly type: 'comparison'; readonly id: number; readonly comparison: Comparison }
  | { readonly type: 'cancelled'; readonly id: number; readonly done: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** A job as the worker runs it: every part read and checked. */
export interface CheckedJob {
  readonly id: number;
  readonly scenario: Scenario;
  readonly world: WorldState;
  readonly runs: number;
  readonly seed: string;
  readonly policy: PolicyChoice;
  /** The index of the first future. */
  readonly from: number;
  /** Two candidate choices for an A/B comparison, or none for a plain batch. */
  readonly choices: readonly [GameAction, GameAction] | null;
}

/** The most futures one job may ask for: enough for a class, not enough to hang a tab for minutes. */
export const MAX_RUNS = 100_000;

const PHASES: readonly unknown[] = ['orders', 'crisis', 'ended'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a message holds a world state. The world comes from the page's own
 * game (`getSnapshot().world`), so its outline is checked here, and the engine
 * checks that it belongs to the scenario.
 */
function isWorld(value: unknown): value is WorldState {
  return (
    isRecord(value) &&
    value.schema === 1 &&
    typeof value.scenario === 'string' &&
    typeof value.month === 'string' &&
    typeof value.rng === 'number' &&
    PHASES.includes(value.phase) &&
    isRecord(value.levels) &&
    isRecord(value.convention)
  );
}

function readPolicy(value: unknown): { ok: true; policy: PolicyChoice } | { ok: false; reason: string } {
  const name = POLICY_NAMES.find((n) => n === value);
  if (name !== undefined) return { ok: true, policy: name };
  if (typeof value === 'string') {
    return { ok: false, reason: `unknown policy "${value.slice(0, 40)}"; expected ${POLICY_NAMES.join(', ')}` };
  }
  const strategy = parseStrategy(value);
  if (strategy.ok) return { ok: true, policy: strategy.value };
  return { ok: false, reason: `not a strategy: ${strategy.problems.map((p) => `${p.path} ${p.message}`).join('; ')}` };
}

/** The scenarios already read, by their text: a page sends the same scenario with every job. */
const scenarios = new Map<string, Scenario>();

/**
 * The shipped scenarios (`scenarios/*.json`) that `parseScenario` gives back exactly as they are (no
 * default filled in, no key moved): a job whose scenario is one of them, to the letter, as the futures
 * page and the game send it, is read without zod. A unit test (protocol.test.ts) reads every shipped
 * scenario with `parseScenario` and checks that this list holds exactly those it gives back unchanged.
 * Measured in Chromium: checking pact-1935 with zod was about 6 ms of a fresh worker's first job.
 */
export const READ_AS_SHIPPED: readonly string[] = [
  'blum-staff-talks-1936',
  'last-chance-1937',
  'munich-1938',
  'pact-1935',
  'rhineland-1936',
  'talks-1939',
];

/** The shipped scenarios as they are bundled, by file. */
const SHIPPED_SCENARIOS: Readonly<Record<string, unknown>> = import.meta.glob('../../scenarios/*.json', {
  eager: true,
  import: 'default',
});

/** The texts (as `JSON.stringify` writes them) of the scenarios in `READ_AS_SHIPPED`, worked out at the first job. */
let shippedTexts: ReadonlySet<string> | null = null;

/** Whether `text` is that of a scenario in `READ_AS_SHIPPED`, to the letter. */
function isReadAsShipped(text: string): boolean {
  shippedTexts ??= new Set(
    Object.entries(SHIPPED_SCENARIOS)
      .filter(([file]) => READ_AS_SHIPPED.some((id) => file.endsWith(`/${id}.json`)))
      .map(([, data]) => JSON.stringify(data)),
  );
  return shippedTexts.has(text);
}

function readScenario(value: unknown): Scenario | string {
  const key = JSON.stringify(value);
  const known = scenarios.get(key);
  if (known !== undefined) return known;
  if (isReadAsShipped(key)) {
    // What `parseScenario` would give: the same data (`READ_AS_SHIPPED`).
    const shipped = value as Scenario;
    scenarios.set(key, shipped);
    return shipped;
  }
  const parsed = parseScenario(value);
  if (!parsed.ok) return `not a scenario: ${parsed.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`;
  scenarios.set(key, parsed.value);
  return parsed.value;
}

/** Read a `run` or `compare` request; a string says what is wrong with it. */
export function readJob(message: Record<string, unknown>, id: number): CheckedJob | string {
  const { runs, seed } = message;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    return `runs must be a whole number from 1 to ${MAX_RUNS}`;
  }
  if (typeof seed !== 'string' || seed.length === 0) return 'seed must be a non-empty text';
  const from = message.from ?? 0;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) return 'from must be a whole number from 0';
  if (!isWorld(message.world)) return 'world is not a game state';
  const policy = readPolicy(message.policy);
  if (!policy.ok) return policy.reason;
  const scenario = readScenario(message.scenario);
  if (typeof scenario === 'string') return scenario;
  let choices: CheckedJob['choices'] = null;
  if (message.type === 'compare') {
    const a = readChoice(message.choiceA);
    if (!a.ok) return `choice A: ${a.reason}`;
    const b = readChoice(message.choiceB);
    if (!b.ok) return `choice B: ${b.reason}`;
    choices = [a.action, b.action];
  }
  return { id, scenario, world: message.world, runs, seed, policy: policy.policy, from, choices };
}

/** The id of a request, or null if the message is not one. */
export function requestId(message: unknown): number | null {
  if (!isRecord(message)) return null;
  return typeof message.id === 'number' && Number.isInteger(message.id) ? message.id : null;
}
