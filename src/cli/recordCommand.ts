/**
 * The `record` command: play one game with a policy and write its game file,
 * ready for `replay` (or for a class to load in the browser).
 */
import { statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { POLICY_NAMES, recordGame, roleProblem, seedProblem, simulate } from '../engine';
import { parseArgs, policyOption, roleOption, variantsOption } from './args';
import { readScenarioFile, reportProblems } from './files';
import { scenarioPath } from './paths';

const USAGE = `usage: npm run -s record -- --scenario FILE --out FILE [--seed S] [--policy NAME] [--role france|ussr] [--variant ID]...

Plays one game with a policy (${POLICY_NAMES.join(', ')}; default historical) and writes its game file.
The seed follows the game file's rule (1 to 200 characters). Exit code: 0 if
the file is written, 2 if an argument or a file is bad or the file cannot be written.`;

/** The error code of a failed file operation (`ENOENT`, `EACCES`…), or ''. */
function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** Why a game file cannot be written at `target`, or null if it looks writable. */
function outProblem(target: string): string | null {
  try {
    return statSync(target).isFile() ? null : 'is a folder or not a regular file; give a file name';
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return 'cannot be written';
  }
  const folder = dirname(target);
  try {
    return statSync(folder).isDirectory() ? null : `${folder} is not a folder`;
  } catch {
    return `the folder ${folder} does not exist`;
  }
}

/** Write `text` to `target`, or say in a few words why not. */
function writeText(target: string, text: string): string | null {
  try {
    writeFileSync(target, text);
    return null;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder; give a file name';
    if (code === 'ENOENT' || code === 'ENOTDIR') return `the folder ${dirname(target)} does not exist`;
    return 'cannot be written';
  }
}

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const parsed = parseArgs(args, ['scenario', 'out', 'seed', 'policy', 'role', 'variant'], ['help']);
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
  const variants = variantsOption(parsed, problems);
  if (problems.length > 0 || scenarioArg === undefined || target === undefined) {
    err(`record: ${problems.join('; ')}`);
    err(USAGE);
    return 2;
  }
  const seed = parsed.options.get('seed') ?? 'hollow-pact';
  const badSeed = seedProblem(seed);
  if (badSeed !== null) {
    err(`record: --seed: ${badSeed}`);
    return 2;
  }
  const badOut = outProblem(target);
  if (badOut !== null) {
    err(`record: --out ${target}: ${badOut}`);
    return 2;
  }
  const file = scenarioPath(scenarioArg);
  const scenario = readScenarioFile(file);
  if (!scenario.ok) {
    reportProblems(file, scenario.problems, err);
    return 2;
  }
  const badRole = roleProblem(scenario.value, role);
  if (badRole !== null) {
    err(`record: --role: ${badRole}`);
    return 2;
  }
  const result = simulate(scenario.value, { seed, policy, role, withLog: false, variants });
  const game = recordGame(scenario.value, seed, role, result.turns, undefined, variants);
  const unwritten = writeText(target, `${JSON.stringify(game, null, 2)}\n`);
  if (unwritten !== null) {
    err(`record: --out ${target}: ${unwritten}`);
    return 2;
  }
  out(`${target}: ${scenario.value.id}, seed "${seed}", ${result.turns.length} turns, ending ${result.ending}.`);
  return 0;
}
