/**
 * Many games at once: the same scenario and policy from seeds derived from one
 * seed, counted by ending and by the year war broke out. Deterministic: the
 * same arguments give the same counts (timings are the caller's business).
 */
import { type SimulationResult, simulate } from './game';
import type { PolicyChoice } from './policies';
import type { Scenario } from './scenario/schema';
import { wilson95 } from './stats';
import { ENDING_IDS, type EndingId } from './turn/endings';
import type { Role } from './world/worldState';

export interface BatchOptions {
  readonly runs: number;
  readonly seed: string;
  readonly policy: PolicyChoice;
  readonly role?: Role;
  /** Rule variants for every game (none: history's rules). */
  readonly variants?: readonly string[];
}

export interface BatchResult {
  readonly runs: number;
  readonly counts: Readonly<Record<EndingId, number>>;
  /** The year war broke out, or "none". */
  readonly warYear: Readonly<Record<string, number>>;
}

/** The seed of run `index` in a batch seeded with `seed`. */
export function runSeed(seed: string, index: number): string {
  return `${seed}#${index}`;
}

/** Play `runs` games; `onProgress` is told after each, and `onGame` is given each game with its seed. */
export function runBatch(
  scenario: Scenario,
  options: BatchOptions,
  onProgress?: (done: number) => void,
  onGame?: (seed: string, result: SimulationResult) => void,
): BatchResult {
  const counts = Object.fromEntries(ENDING_IDS.map((id) => [id, 0])) as Record<EndingId, number>;
  const warYear: Record<string, number> = {};
  for (let i = 0; i < options.runs; i++) {
    const seed = runSeed(options.seed, i);
    const result = simulate(scenario, {
      seed,
      policy: options.policy,
      // Absent, `simulate` plays a strategy as its own side and a built-in policy as France, under history's rules.
      role: options.role,
      withLog: false,
      variants: options.variants,
    });
    counts[result.ending] += 1;
    onGame?.(seed, result);
    const year = result.world.war === null ? 'none' : result.world.war.month.slice(0, 4);
    warYear[year] = (warYear[year] ?? 0) + 1;
    onProgress?.(i + 1);
  }
  return { runs: options.runs, counts, warYear };
}

/** Each ending's count, share and 95% interval. */
export function outcomeTable(
  result: BatchResult,
): Record<EndingId, { count: number; share: number; ci95: [number, number] }> {
  const table = {} as Record<EndingId, { count: number; share: number; ci95: [number, number] }>;
  for (const id of ENDING_IDS) {
    const count = result.counts[id];
    table[id] = { count, share: result.runs === 0 ? 0 : count / result.runs, ci95: wilson95(count, result.runs) };
  }
  return table;
}
