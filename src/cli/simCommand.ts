/**
 * The `sim` command: play N games of a scenario with a policy, from seeds
 * derived from one seed, and print each ending's count, share and 95% interval,
 * the year war breaks out, and runs per second. The same arguments print the
 * same result, apart from the timing.
 */

import { closeSync, openSync, writeSync } from 'node:fs';
import {
  endingText,
  formatMonth,
  GAME_RECORD_COLUMNS,
  gameRecord,
  gameRecordCsvRow,
  outcomeTable,
  POLICY_NAMES,
  policyLabel,
  round,
  runBatch,
  VARIANT_IDS,
} from '../engine';
import { parseArgs, policyOption, roleOption, variantsOption } from './args';
import { readScenarioFile, reportProblems } from './files';
import { scenarioPath } from './paths';
import { progressBar } from './progress';
import { strategyOption } from './strategyOption';
import { TABLE_USAGE, tableMain } from './tableCommand';
import { VERDICTS_USAGE, verdictsMain } from './verdictsCommand';

const USAGE = `usage: npm run -s sim -- --scenario FILE [--runs N] [--seed S] [--policy NAME] [--role france|ussr] [--variant ID]... [--json] [--games OUT.jsonl|OUT.csv]
       npm run -s sim -- --scenario FILE --strategy STRATEGY.json [--runs N] [--seed S] [--json] [--games OUT.jsonl|OUT.csv]
${TABLE_USAGE}
${VERDICTS_USAGE}

Plays N games (default 1000) of a scenario from seeds derived from S
(default "hollow-pact"), with a policy: ${POLICY_NAMES.join(', ')} (default historical).
FILE may be a path or a scenario id (e.g. pact-1935). A strategy file
(scenarios/strategies/) is played instead of a policy, as its own role.
--variant ID plays under a rule variant of scenarios/variants/ (repeatable:
${VARIANT_IDS.join(', ')}); without it, history's rules.
--games writes one record per game (JSON Lines or CSV, by the file's
extension), replacing OUT.`;

/** Open the records file for writing, or say in one line why it cannot be. */
function openGamesFile(path: string): { fd: number } | { problem: string } {
  try {
    return { fd: openSync(path, 'w') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'EISDIR') return { problem: `${path} is a directory` };
    if (code === 'ENOENT') return { problem: `${path}: no such folder` };
    if (code === 'EACCES' || code === 'EPERM') return { problem: `${path}: permission denied` };
    return { problem: `${path} cannot be written` };
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Run the command; returns the exit code. `now` gives milliseconds, for the timing only. */
export function main(
  args: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
  now: () => number = () => performance.now(),
): number {
  const parsed = parseArgs(
    args,
    ['scenario', 'runs', 'seed', 'policy', 'role', 'strategy', 'games', 'variant'],
    ['json', 'help', 'table', 'verdicts'],
  );
  if (parsed.flags.has('help')) {
    out(USAGE);
    return 0;
  }
  if (parsed.flags.has('table')) return tableMain(parsed, out, err, now);
  if (parsed.flags.has('verdicts')) return verdictsMain(parsed, out, err, now);
  const problems = [...parsed.problems];
  const scenarioArg = parsed.options.get('scenario');
  if (scenarioArg === undefined) problems.push('--scenario is required');
  const runs = Number(parsed.options.get('runs') ?? 1000);
  if (!Number.isInteger(runs) || runs < 1 || runs > 10_000_000) problems.push('--runs must be a whole number from 1');
  const strategy = strategyOption(parsed, problems, err);
  if (strategy.kind === 'invalid' && problems.length === 0) return 2;
  const policy = strategy.kind === 'strategy' ? strategy.policy : policyOption(parsed, problems);
  const role = strategy.kind === 'strategy' ? strategy.role : roleOption(parsed, problems);
  const variants = variantsOption(parsed, problems);
  if (parsed.positional.length > 0) problems.push(`unexpected argument ${parsed.positional[0]}`);
  const gamesPath = parsed.options.get('games');
  const format = gamesPath === undefined ? null : gamesPath.endsWith('.csv') ? 'csv' : 'jsonl';
  if (gamesPath !== undefined && !gamesPath.endsWith('.csv') && !gamesPath.endsWith('.jsonl'))
    problems.push('--games must name a .jsonl or .csv file');
  if (problems.length > 0 || scenarioArg === undefined) {
    err(`sim: ${problems.join('; ')}`);
    err(USAGE);
    return 2;
  }
  const file = scenarioPath(scenarioArg);
  const scenario = readScenarioFile(file);
  if (!scenario.ok) {
    reportProblems(file, scenario.problems, err);
    return 2;
  }
  if (!scenario.value.roles.includes(role)) {
    err(`sim: ${scenario.value.id} cannot be played as ${role}`);
    return 2;
  }
  const seed = parsed.options.get('seed') ?? 'hollow-pact';
  let games: number | null = null;
  if (gamesPath !== undefined) {
    const opened = openGamesFile(gamesPath);
    if ('problem' in opened) {
      err(`sim: --games: ${opened.problem}`);
      return 2;
    }
    games = opened.fd;
    if (format === 'csv') writeSync(games, `${GAME_RECORD_COLUMNS.join(',')}\n`);
  }
  const bar = progressBar(runs);
  const started = now();
  const result = runBatch(
    scenario.value,
    { runs, seed, policy, role, ...(variants.length === 0 ? {} : { variants }) },
    (done) => bar.update(done),
    games === null
      ? undefined
      : (gameSeed, game) => {
          const record = gameRecord(gameSeed, game.world);
          writeSync(games, `${format === 'csv' ? gameRecordCsvRow(record) : JSON.stringify(record)}\n`);
        },
  );
  const elapsed = Math.max(now() - started, 1e-6);
  bar.finish();
  if (games !== null) closeSync(games);
  const runsPerSecond = Math.round((runs * 1000) / elapsed);
  const table = outcomeTable(result);

  if (parsed.flags.has('json')) {
    const outcomes = Object.fromEntries(
      Object.entries(table).map(([id, o]) => [
        id,
        { count: o.count, share: round(o.share), ci95: [round(o.ci95[0]), round(o.ci95[1])] },
      ]),
    );
    out(
      JSON.stringify({
        scenario: scenario.value.id,
        policy: policyLabel(policy),
        ...(strategy.kind === 'strategy' ? { strategy: strategy.file } : {}),
        role,
        ...(variants.length === 0 ? {} : { variants }),
        seed,
        runs,
        outcomes,
        warYear: result.warYear,
        runsPerSecond,
      }),
    );
    return 0;
  }
  const s = scenario.value;
  out(`${s.title} (${s.id}): ${formatMonth(s.start)} to ${formatMonth(s.end)}`);
  const played =
    strategy.kind === 'strategy' ? `Strategy "${policyLabel(policy)}" (${strategy.file})` : `Policy ${policy}`;
  out(`${played}, playing ${role === 'france' ? 'France' : 'the USSR'}: ${runs} runs from seed "${seed}"`);
  if (variants.length > 0) out(`Rule variants: ${variants.join(', ')}`);
  out('');
  out(`${'ending'.padEnd(28)}${'count'.padStart(8)}${'share'.padStart(9)}   95% interval`);
  const rows = Object.entries(table).sort((a, b) => b[1].count - a[1].count);
  for (const [id, o] of rows) {
    const interval = `[${percent(o.ci95[0])}, ${percent(o.ci95[1])}]`;
    out(
      `${id.padEnd(28)}${String(o.count).padStart(8)}${percent(o.share).padStart(9)}   ${interval}   ${endingText(id).title}`,
    );
  }
  out('');
  const years = Object.entries(result.warYear).sort(([a], [b]) =>
    a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b),
  );
  out(
    `War breaks out: ${years.map(([year, n]) => `${year === 'none' ? 'no war' : year} ${n} (${percent(n / runs)})`).join(', ')}`,
  );
  out(`Runs per second: ${runsPerSecond}`);
  return 0;
}
