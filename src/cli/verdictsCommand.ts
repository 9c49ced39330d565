/**
 * `sim --verdicts`: how often each verdict path a German move can raise (the
 * legal engine's outcome and reason for each treaty, `src/engine/verdictPaths.ts`)
 * is reached in play, by scenario and shipped policy, both roles together, as
 * one Markdown table. Deterministic, apart from the timing line.
 */
import { crisisPaths, POLICY_NAMES, possibleVerdictPaths, runBatch, sidesOf, type VerdictPath } from '../engine';
import type { ParsedArgs } from './args';
import { allScenarios } from './tableCommand';

/** The verdicts table's line in `sim`'s usage. */
export const VERDICTS_USAGE = '       npm run -s sim -- --verdicts [--runs N] [--seed S]';

/** Runs per scenario, policy and role unless `--runs` says otherwise. */
const DEFAULT_VERDICT_RUNS = 200;

/** Print the table; returns the exit code. */
export function verdictsMain(
  parsed: ParsedArgs,
  out: (line: string) => void,
  err: (line: string) => void,
  now: () => number,
): number {
  const problems = [...parsed.problems];
  for (const name of ['scenario', 'policy', 'role', 'strategy', 'games']) {
    if (parsed.options.has(name))
      problems.push(`--verdicts plays every scenario, policy and role: leave out --${name}`);
  }
  if (parsed.flags.has('json') || parsed.flags.has('table')) problems.push('--verdicts prints its own Markdown table');
  const runs = Number(parsed.options.get('runs') ?? DEFAULT_VERDICT_RUNS);
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
  const paths = possibleVerdictPaths();
  const total = new Map<VerdictPath, number>();
  const rows: string[] = [];
  let crises = 0;
  for (const scenario of scenarios) {
    for (const policy of POLICY_NAMES) {
      const counts = new Map<VerdictPath, number>();
      let n = 0;
      for (const role of sidesOf(scenario)) {
        runBatch(scenario, { runs, seed, policy, role }, undefined, (_seed, result) => {
          for (const record of result.world.crises) {
            n += 1;
            for (const path of crisisPaths(record)) counts.set(path, (counts.get(path) ?? 0) + 1);
          }
        });
      }
      crises += n;
      for (const [path, count] of counts) total.set(path, (total.get(path) ?? 0) + count);
      const cells = paths.map((path) => {
        const count = counts.get(path) ?? 0;
        return count === 0 ? '·' : String(count);
      });
      rows.push(`| ${scenario.id} | ${policy} | ${n} | ${cells.join(' | ')} |`);
    }
  }
  out(`| scenario | policy | crises | ${paths.join(' | ')} |`);
  out(`| --- | --- | ---: | ${paths.map(() => '---:').join(' | ')} |`);
  for (const row of rows) out(row);
  out(`| **all** | | ${crises} | ${paths.map((p) => String(total.get(p) ?? 0)).join(' | ')} |`);
  const outside = [...total.keys()].filter((p) => !paths.includes(p));
  const seconds = Math.max(now() - started, 1) / 1000;
  out('');
  out(
    `Crises answered in ${runs} games per scenario, policy and role from seed "${seed}", both roles together; a cell counts the crises whose verdict took that path (· never). ${outside.length === 0 ? '' : `Also reached, outside the paths the legal engine lists: ${outside.join(', ')}. `}${(seconds).toFixed(0)} s.`,
  );
  return 0;
}
