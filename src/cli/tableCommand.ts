/**
 * `sim --table`: the share of each ending for every scenario × policy × role,
 * as one Markdown table (for the README and the balance work). Deterministic:
 * the same arguments print the same table, apart from the timing line.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENDING_IDS, POLICY_NAMES, runBatch, type Scenario, sidesOf, wilson95 } from '../engine';
import type { ParsedArgs } from './args';
import { readScenarioFile, reportProblems } from './files';
import { SCENARIOS_DIR } from './paths';

/** The table's line in `sim`'s usage. */
export const TABLE_USAGE = '       npm run -s sim -- --table [--runs N] [--seed S]';

/** Runs per cell unless `--runs` says otherwise. */
const DEFAULT_TABLE_RUNS = 500;

/** Every scenario in `scenarios/`, in the order of their start month (then id). */
export function allScenarios(err: (line: string) => void): Scenario[] | null {
  const scenarios: Scenario[] = [];
  let ok = true;
  for (const name of readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.json'))) {
    const file = join(SCENARIOS_DIR, name);
    const parsed = readScenarioFile(file);
    if (parsed.ok) scenarios.push(parsed.value);
    else {
      reportProblems(file, parsed.problems, err);
      ok = false;
    }
  }
  if (!ok) return null;
  return scenarios.sort((a, b) => (a.start === b.start ? a.id.localeCompare(b.id) : a.start.localeCompare(b.start)));
}

const percent = (count: number, runs: number) => `${((count * 100) / runs).toFixed(1)}%`;

/** Print the table; returns the exit code. */
export function tableMain(
  parsed: ParsedArgs,
  out: (line: string) => void,
  err: (line: string) => void,
  now: () => number,
): number {
  const problems = [...parsed.problems];
  for (const name of ['scenario', 'policy', 'role', 'strategy']) {
    if (parsed.options.has(name)) problems.push(`--table plays every scenario, policy and role: leave out --${name}`);
  }
  if (parsed.flags.has('json')) problems.push('--table prints Markdown: leave out --json');
  const runs = Number(parsed.options.get('runs') ?? DEFAULT_TABLE_RUNS);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) problems.push('--runs must be a whole number from 1');
  if (parsed.positional.length > 0) problems.push(`unexpected argument ${parsed.positional[0]}`);
  if (problems.length > 0) {
    err(`sim: ${problems.join('; ')}`);
    return 2;
  }
  const scenarios = allScenarios(err);
  if (scenarios === null) return 2;
  const seed = parsed.options.get('seed') ?? 'hollow-pact';
  const started = now();
  let games = 0;
  out(`| scenario | policy | role | ${ENDING_IDS.join(' | ')} |`);
  out(`| --- | --- | --- | ${ENDING_IDS.map(() => '---:').join(' | ')} |`);
  for (const scenario of scenarios) {
    for (const policy of POLICY_NAMES) {
      for (const role of sidesOf(scenario)) {
        const result = runBatch(scenario, { runs, seed, policy, role });
        games += runs;
        const cells = ENDING_IDS.map((id) => (result.counts[id] === 0 ? '·' : percent(result.counts[id], runs)));
        out(`| ${scenario.id} | ${policy} | ${role} | ${cells.join(' | ')} |`);
      }
    }
  }
  const [low, high] = wilson95(runs / 2, runs);
  const seconds = Math.max(now() - started, 1) / 1000;
  out('');
  out(
    `${runs} games per row from seed "${seed}" (· never reached); a share's 95% interval is at most ±${(((high - low) * 100) / 2).toFixed(1)} points. ${games} games in ${seconds.toFixed(0)} s.`,
  );
  return 0;
}
