/**
 * The `record` command: play one game with a policy and write its game file,
 * ready for `replay` (or for a class to load in the browser).
 */
import { writeFileSync } from 'node:fs';
import { POLICY_NAMES, simulate } from '../engine';
import { recordGame } from '../engine/save/gameFile';
import { parseArgs, policyOption, roleOption } from './args';
import { readScenarioFile, reportProblems } from './files';
import { scenarioPath } from './paths';

const USAGE = `usage: npm run -s record -- --scenario FILE --out FILE [--seed S] [--policy NAME] [--role france|ussr]

Plays one game with a policy (${POLICY_NAMES.join(', ')}; default historical) and writes its game file.`;

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const parsed = parseArgs(args, ['scenario', 'out', 'seed', 'policy', 'role'], ['help']);
  if (parsed.flags.has('help')) {
    out(USAGE);
    return 0;
  }
  const problems = [...parsed.problems];
  const scenarioArg = parsed.options.get('scenario');
  const target = parsed.options.get('out');
  if (scenarioArg === undefined) problems.push('--scenario is required');
  if (target === undefined) problems.push('--out is required');
  const policy = policyOption(parsed, problems);
  const role = roleOption(parsed, problems);
  if (problems.length > 0 || scenarioArg === undefined || target === undefined) {
    err(`record: ${problems.join('; ')}`);
    err(USAGE);
    return 2;
  }
  const file = scenarioPath(scenarioArg);
  const scenario = readScenarioFile(file);
  if (!scenario.ok) {
    reportProblems(file, scenario.problems, err);
    return 2;
  }
  const seed = parsed.options.get('seed') ?? 'hollow-pact';
  const result = simulate(scenario.value, { seed, policy, role, withLog: false });
  const game = recordGame(scenario.value, seed, role, result.turns);
  writeFileSync(target, `${JSON.stringify(game, null, 2)}\n`);
  out(`${target}: ${scenario.value.id}, seed "${seed}", ${result.turns.length} turns, ending ${result.ending}.`);
  return 0;
}
