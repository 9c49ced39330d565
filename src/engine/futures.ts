/**
 * The futures: from a game in progress (any month, a crisis included), play
 * many continuations, each with its own dice, and count where they end. The
 * player's side is played by a policy. `compareFutures` does the same after
 * each of two candidate choices for this month (an offer, a démarche, a crisis
 * answer), with the same dice for both (common random numbers), and says per
 * ending whether the difference is larger than chance.
 *
 * Run `index` of a batch seeded with `seed` takes the seed `runSeed(seed,
 * index)`, as `runBatch` does: the world's die is replaced by one seeded from
 * it (so the futures differ), and the policy's own die is seeded from it too.
 * What the world already holds stays: this month's dispatches, read by the
 * player, are not rolled again.
 */
import { type BatchResult, runSeed } from './batch';
import { playOut } from './game';
import { createPolicy, type PolicyChoice } from './policies';
import { seedFromString } from './random';
import type { Scenario } from './scenario/schema';
import { wilson95 } from './stats';
import { type GameAction, readAction, refusal } from './turn/actions';
import { classifyEnding, ENDING_IDS, type EndingId } from './turn/endings';
import { applyOrder } from './turn/step';
import { type WorldState, withWorld } from './world/worldState';

export interface FuturesOptions {
  /** How many futures. */
  readonly runs: number;
  /** The batch's seed: run `i` is seeded from `runSeed(seed, i)`. */
  readonly seed: string;
  /** What plays the player's side: a built-in policy or a strategy. */
  readonly policy: PolicyChoice;
  /** Actions taken first in every future, after its die is seeded: a candidate choice for this month. */
  readonly firstActions?: readonly GameAction[];
  /**
   * The index of the first future (default 0): the futures are runs `from` to
   * `from + runs - 1` of the batch seeded `seed`, so a pool of workers can
   * split one batch into ranges whose counts add up to the whole batch's.
   */
  readonly from?: number;
}

/** Where the futures started, and how they ended: `runBatch`'s counts, and the month they started from. */
export interface FuturesResult extends BatchResult {
  readonly month: string;
  readonly turn: number;
}

/** An ending's count and share among the futures, with its 95% interval (Wilson). */
export interface EndingShare {
  readonly id: EndingId;
  readonly count: number;
  readonly share: number;
  readonly ci95: readonly [number, number];
}

/** A batch of futures being played, one game at a time (so a worker can stop between two). */
export interface FuturesRun {
  readonly runs: number;
  /** How many futures have been played. */
  done(): number;
  /** Play the next future; false once all have been played. */
  next(): boolean;
  /** The counts so far (over `done()` futures). */
  result(): FuturesResult;
}

/** Why the futures cannot start from `world`, or null. */
function futuresProblem(scenario: Scenario, world: WorldState, options: FuturesOptions): string | null {
  if (world.scenario !== scenario.id) return `the world is from "${world.scenario}", not "${scenario.id}"`;
  if (!Number.isInteger(options.runs) || options.runs < 0) return `runs must be a whole number, not ${options.runs}`;
  const from = options.from ?? 0;
  if (!Number.isInteger(from) || from < 0) return `from must be a whole number, not ${from}`;
  return null;
}

/** The world of one future: its die seeded from `seed`, no log kept, then the first actions (each must be allowed). */
function futureStart(world: WorldState, seed: string, firstActions: readonly GameAction[]): WorldState {
  // Every side but the policy's is the model's in a future, even in a game of delegations (`sides`).
  let next = withWorld(world, { rng: seedFromString(seed), log: [], sides: undefined });
  for (const action of firstActions) {
    const reason = refusal(next, action);
    if (reason !== null) throw new Error(`futures: "${action.type}" is refused: ${reason}`);
    next = applyOrder(next, action, true);
  }
  return next;
}

/** Start a batch of futures from `world`, a state of a game of `scenario`. Throws if it cannot start. */
export function startFutures(scenario: Scenario, world: WorldState, options: FuturesOptions): FuturesRun {
  const problem = futuresProblem(scenario, world, options);
  if (problem !== null) throw new Error(`futures: ${problem}`);
  const first = options.firstActions ?? [];
  // Check the first actions once, before any future is played.
  futureStart(world, runSeed(options.seed, 0), first);
  const counts = Object.fromEntries(ENDING_IDS.map((id) => [id, 0])) as Record<EndingId, number>;
  const warYear: Record<string, number> = {};
  const from = options.from ?? 0;
  let done = 0;
  return {
    runs: options.runs,
    done: () => done,
    next() {
      if (done >= options.runs) return false;
      const seed = runSeed(options.seed, from + done);
      const policy = createPolicy(options.policy, scenario, seed);
      const { world: end } = playOut(futureStart(world, seed, first), policy, true, false);
      // The last month classified the ending already (`finishMonth`), as `simulate` reads it: not judged twice.
      counts[ENDING_IDS.find((id) => id === end.ending) ?? classifyEnding(end)] += 1;
      const year = end.war === null ? 'none' : end.war.month.slice(0, 4);
      warYear[year] = (warYear[year] ?? 0) + 1;
      done += 1;
      return true;
    },
    result: () => ({
      runs: done,
      counts: { ...counts },
      warYear: { ...warYear },
      month: world.month,
      turn: world.turn,
    }),
  };
}

/**
 * Play `options.runs` futures from `world` (a game of `scenario` in progress,
 * e.g. `createGame(...).getSnapshot().world`) and count their endings;
 * `onProgress` is told after each. From a scenario's start with the same seed
 * and policy, the counts are `runBatch`'s.
 */
export function runFutures(
  scenario: Scenario,
  world: WorldState,
  options: FuturesOptions,
  onProgress?: (done: number) => void,
): FuturesResult {
  const run = startFutures(scenario, world, options);
  while (run.next()) onProgress?.(run.done());
  return run.result();
}

/** One ending's count, share and 95% interval among the futures. */
function endingShare(result: BatchResult, id: EndingId): EndingShare {
  const count = result.counts[id];
  return { id, count, share: result.runs === 0 ? 0 : count / result.runs, ci95: wilson95(count, result.runs) };
}

/** Every ending's count, share and 95% interval among the futures, in the endings' order. */
export function endingShares(result: BatchResult): EndingShare[] {
  return ENDING_IDS.map((id) => endingShare(result, id));
}

/** The normal quantile for 95%, two-sided (the same as `stats.ts`). */
const Z95 = 1.959963984540054;

/**
 * A two-proportion z-test (pooled): `z` for the difference between
 * `countB / nB` and `countA / nA`, and whether |z| > 1.96 (larger than chance
 * at 95%). With no variance (both shares 0 or both 1) z is 0. The arms of
 * `compareFutures` share their dice, which makes their outcomes positively
 * correlated: this test, made for independent samples, then overstates the
 * noise, so what it calls larger than chance is so all the more.
 */
export function twoProportionTest(
  countA: number,
  nA: number,
  countB: number,
  nB: number,
): { z: number; significant: boolean } {
  if (nA === 0 || nB === 0) return { z: 0, significant: false };
  const pooled = (countA + countB) / (nA + nB);
  const variance = pooled * (1 - pooled) * (1 / nA + 1 / nB);
  if (variance <= 0) return { z: 0, significant: false };
  const z = (countB / nB - countA / nA) / Math.sqrt(variance);
  return { z, significant: z > Z95 || z < -Z95 };
}

/** One ending in an A/B comparison: the two arms, B's share minus A's, and the test. */
export interface EndingComparison {
  readonly id: EndingId;
  readonly a: EndingShare;
  readonly b: EndingShare;
  /** B's share minus A's. */
  readonly difference: number;
  readonly z: number;
  /** |z| > 1.96: a two-proportion z-test at 95%. */
  readonly largerThanChance: boolean;
}

export interface Comparison {
  readonly a: FuturesResult;
  readonly b: FuturesResult;
  readonly endings: readonly EndingComparison[];
}

/** Compare two batches of futures ending by ending. */
export function compareResults(a: FuturesResult, b: FuturesResult): Comparison {
  const endings = ENDING_IDS.map((id): EndingComparison => {
    const inA = endingShare(a, id);
    const inB = endingShare(b, id);
    const { z, significant } = twoProportionTest(inA.count, a.runs, inB.count, b.runs);
    return { id, a: inA, b: inB, difference: inB.share - inA.share, z, largerThanChance: significant };
  });
  return { a, b, endings };
}

/** The two arms of an A/B comparison, played one game of each in turn (a worker can stop between two). */
export interface ComparisonRun {
  readonly runs: number;
  /** How many futures of each arm have been played. */
  done(): number;
  next(): boolean;
  result(): Comparison;
}

/** Start an A/B comparison: `choiceA`, then the futures, against `choiceB`, then the same futures' dice. */
export function startComparison(
  scenario: Scenario,
  world: WorldState,
  choiceA: GameAction,
  choiceB: GameAction,
  options: Omit<FuturesOptions, 'firstActions'>,
): ComparisonRun {
  const a = startFutures(scenario, world, { ...options, firstActions: [choiceA] });
  const b = startFutures(scenario, world, { ...options, firstActions: [choiceB] });
  return {
    runs: options.runs,
    done: () => b.done(),
    next: () => a.next() && b.next(),
    result: () => compareResults(a.result(), b.result()),
  };
}

/**
 * A/B: the futures after `choiceA` and after `choiceB` (any action allowed
 * now: an order, or a crisis answer while a crisis waits), with the same
 * seeds for both, compared ending by ending. Throws if either is refused.
 */
export function compareFutures(
  scenario: Scenario,
  world: WorldState,
  choiceA: GameAction,
  choiceB: GameAction,
  options: Omit<FuturesOptions, 'firstActions'>,
  onProgress?: (done: number) => void,
): Comparison {
  const run = startComparison(scenario, world, choiceA, choiceB, options);
  while (run.next()) onProgress?.(run.done());
  return run.result();
}

/**
 * Read a candidate choice sent from elsewhere (a worker's message): an order
 * or a crisis answer, checked against the action schema, never `turn.end`.
 */
export function readChoice(
  input: unknown,
): { readonly ok: true; readonly action: GameAction } | { readonly ok: false; readonly reason: string } {
  const reading = readAction(input);
  if (!reading.ok) return reading;
  const action = reading.action;
  if (action.type === 'turn.end') return { ok: false, reason: 'ending the month is not a choice to compare' };
  return { ok: true, action };
}
