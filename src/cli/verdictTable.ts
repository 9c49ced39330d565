/**
 * The verdict table shipped with the engine (`src/engine/world/legalCasesTable.ts`):
 * the legal verdicts the futures from each scenario's start reach, found by the
 * rule machines themselves. A fresh futures worker starts its verdict memo from
 * it, so the machines do not run again for the cases every future meets (issue
 * 14 §3, the cold start). `scripts/verdict-table.ts` writes it; a unit test
 * checks that the committed table is what this makes now, and that every path
 * in it is what the machines answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  completeVerdictTable,
  createGame,
  legalEvaluations,
  POLICY_NAMES,
  parseScenarioText,
  resetVerdictMemo,
  type Scenario,
  startFutures,
  VARIANT_IDS,
  type VerdictTable,
  verdictMemoTable,
} from '../engine';
import { SCENARIOS_DIR } from './paths';

/** The scenarios whose futures the table covers: every one a class can start from. */
export const TABLE_SCENARIOS = [
  'pact-1935',
  'as-it-happened',
  'rhineland-1936',
  'blum-staff-talks-1936',
  'last-chance-1937',
  'what-if-convention-1937',
  'munich-1938',
  'talks-1939',
] as const;

/** The scenario whose futures are also played under each rule variant (the futures panel's "variant against history"). */
export const TABLE_VARIANT_SCENARIO = 'pact-1935';

/** Futures per scenario (or variant) and policy: enough to reach the incidents and days the futures meet. */
export const TABLE_RUNS = 50;

/**
 * The trees the table completes (`completeVerdictTable`): those the futures reached by this many paths or more.
 * Measured: with the futures' paths alone, 7 of 12 batches of 1,000 random futures from pact-1935's start met a
 * path the table lacked, on the days of the later crises, where the model's answers vary (a fresh worker then runs
 * the rule machines through XState: about 10 ms of its CPU and 20 ms of the browser's, in Chromium on 2 cores);
 * with those trees completed (136 paths become 363), none of 13 did.
 */
export const COMPLETE_FROM_PATHS = 2;

/** The seed of the table's futures (run `i` is seeded `runSeed(TABLE_SEED, i)`, as any batch). */
export const TABLE_SEED = 'verdict-table';

function readScenario(id: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(SCENARIOS_DIR, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`scenario ${id}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}

/** `runs` futures from the start of `scenario` (under `variants`) with each built-in policy. */
function playFutures(scenario: Scenario, runs: number, variants: readonly string[]): void {
  const world = createGame(scenario, { seed: TABLE_SEED, variants }).getSnapshot().world;
  for (const policy of POLICY_NAMES) {
    const run = startFutures(scenario, world, { runs, seed: TABLE_SEED, policy });
    while (run.next());
  }
}

/**
 * Play `runs` futures from each scenario's start with each built-in policy (and
 * from `TABLE_VARIANT_SCENARIO`'s under each rule variant alone), the
 * memo starting empty, and give back the memo's trees, those the futures reached
 * by several paths completed (`COMPLETE_FROM_PATHS`). Must run before any
 * other game in the process: the model keeps its own memo of what it asked the
 * rules (`model/derived.ts`), and a question it does not ask again would be
 * missing from the table (so it throws if the machines have run already).
 */
export function makeVerdictTable(runs = TABLE_RUNS): VerdictTable {
  if (legalEvaluations() > 0) throw new Error('make the verdict table in a fresh process: verdicts were already found');
  resetVerdictMemo(false);
  try {
    for (const id of TABLE_SCENARIOS) playFutures(readScenario(id), runs, []);
    const withVariants = readScenario(TABLE_VARIANT_SCENARIO);
    for (const variant of VARIANT_IDS) playFutures(withVariants, runs, [variant]);
    return completeVerdictTable(verdictMemoTable(), COMPLETE_FROM_PATHS);
  } finally {
    resetVerdictMemo(true);
  }
}
