/**
 * `npm run mutate [part ...]`: StrykerJS over the engine, one part at a time.
 *
 * A whole run takes hours on two cores, and Stryker writes its reports only at
 * the end of a run; so the engine is mutated in parts, each with its own
 * incremental file and JSON report (in the git-ignored reports/), and a part
 * that finished is kept when a later one is stopped. At the end it writes
 * reports/mutation-summary.md and the README's score from every part's report
 * (`npm run mutate:summary`, which can also be run alone after a stopped run).
 * With no part named (`npm run mutate -- turn rules` names two), every part
 * runs, in the order below.
 *
 * `--retest-timeouts` first takes the timed-out mutants out of each named
 * part's incremental file, so that they are tested again: a mutant that timed
 * out on a loaded machine counts as killed, and may only have been slow.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(import.meta.dirname, '..');

/** The parts, by the engine's layers (bottom up), each a list of Stryker `mutate` globs. */
export const PARTS: Readonly<Record<string, readonly string[]>> = {
  base: [
    'src/engine/*.ts',
    '!src/engine/{batch,branch,debrief,futures,game,gameRecord,policies,strategy,verdictPaths}.ts',
  ],
  rules: ['src/engine/rules/**/*.ts'],
  world: ['src/engine/world/**/*.ts'],
  model: ['src/engine/model/**/*.ts', 'src/engine/variants/**/*.ts', 'src/engine/negotiation/**/*.ts'],
  // The month's turn, in four parts of 500 to 1,100 mutants: from 20 minutes to an hour apiece on two cores.
  turn: ['src/engine/turn/{step,turnMachine,history,repeats}.ts'],
  'turn-crisis': ['src/engine/turn/{crisis,resolve,endings,endingPredicates,triple}.ts'],
  'turn-orders': ['src/engine/turn/{actions,negotiation}.ts'],
  delegations: ['src/engine/turn/delegations.ts'],
  // The log's sentences and the browser's read-only views: their own part, so a rerun after their tests is short.
  view: ['src/engine/log/**/*.ts', 'src/engine/view/**/*.ts'],
  files: ['src/engine/scenario/**/*.ts', 'src/engine/save/**/*.ts'],
  surface: ['src/engine/{batch,branch,debrief,futures,game,gameRecord,policies,strategy,verdictPaths}.ts'],
};

/**
 * Settings a part needs beyond stryker.config.json. The orders' part has
 * mutants that make a game loop; each waits out the timeout and a restart of
 * the test runner, so that part waits 3 s past its tests' own time (1.5 times
 * what they took unmutated), not 10 s. A mutant that slow has changed the
 * game's pace by a factor a player would see: a timeout counts it as found.
 */
export const PART_SETTINGS: Readonly<Record<string, { readonly timeoutMS?: number }>> = {
  'turn-orders': { timeoutMS: 3000 },
};

/** The Stryker configuration of one part: the shared one, with the part's files, its own incremental file and reports. */
export function partConfig(part: string, base: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    ...base,
    ...PART_SETTINGS[part],
    mutate: [...(PARTS[part] ?? []), '!src/engine/**/*.test.ts'],
    incrementalFile: `reports/stryker-incremental-${part}.json`,
    jsonReporter: { fileName: `reports/mutation/${part}.json` },
    htmlReporter: { fileName: `reports/mutation/${part}.html` },
  };
}

// A `mutate` glob as a regular expression over a path from the project root: `*`, `**` then a slash, and `{a,b}`.
function globPattern(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?';
      i += 2;
    } else if (c === '*') pattern += '[^/]*';
    else if (c === '{') pattern += '(?:';
    else if (c === '}') pattern += ')';
    else if (c === ',') pattern += '|';
    else pattern += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * Whether `file` (a path from the project root) is one of `part`'s: matched by
 * one of its globs and by none of its `!` globs. A part's report also lists the
 * files of other parts that its incremental file carried over, with results
 * that may be stale; the summary keeps each file from its own part's report.
 */
export function isPartFile(part: string, file: string): boolean {
  const globs = PARTS[part] ?? [];
  const matches = (glob: string) => globPattern(glob).test(file);
  return (
    globs.some((glob) => !glob.startsWith('!') && matches(glob)) &&
    !globs.some((glob) => glob.startsWith('!') && matches(glob.slice(1)))
  );
}

/**
 * The engine files a summary cannot vouch for: those of a part with no report
 * yet. Stryker's report leaves out a file with nothing to mutate (types and
 * re-exports only), so a file missing from its own part's report is not one
 * of them: it is listed apart, as having nothing to mutate
 * (types, re-exports, lists made `as const`).
 */
export function unmeasured(
  engineFiles: readonly string[],
  reported: ReadonlySet<string>,
  partsRun: ReadonlySet<string>,
): { readonly notRun: readonly string[]; readonly nothingToMutate: readonly string[] } {
  const missing = engineFiles.filter((file) => !reported.has(file));
  const ran = (file: string) => [...partsRun].some((part) => isPartFile(part, file));
  return { notRun: missing.filter((file) => !ran(file)), nothingToMutate: missing.filter(ran) };
}

/** Take the timed-out mutants out of an incremental file (Stryker tests again what it does not find there); how many. */
export function forgetTimeouts(file: string): number {
  if (!existsSync(file)) return 0;
  const report: { files: Record<string, { mutants: { status: string }[] }> } = JSON.parse(readFileSync(file, 'utf8'));
  let forgotten = 0;
  for (const entry of Object.values(report.files)) {
    const kept = entry.mutants.filter((mutant) => mutant.status !== 'Timeout');
    forgotten += entry.mutants.length - kept.length;
    entry.mutants = kept;
  }
  writeFileSync(file, JSON.stringify(report));
  return forgotten;
}

function main(): void {
  const args = process.argv.slice(2);
  const retest = args.includes('--retest-timeouts');
  const asked = args.filter((arg) => arg !== '--retest-timeouts');
  const unknown = asked.filter((part) => !(part in PARTS));
  if (unknown.length > 0) {
    console.error(`npm run mutate: no part named ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})`);
    process.exit(2);
  }
  const base = JSON.parse(readFileSync(join(ROOT, 'stryker.config.json'), 'utf8'));
  delete base.$comment;
  delete base.$schema;
  mkdirSync(join(ROOT, 'reports/mutation'), { recursive: true });
  for (const [part, globs] of Object.entries(PARTS).filter(([part]) => asked.length === 0 || asked.includes(part))) {
    const config = partConfig(part, base);
    if (retest) {
      const forgotten = forgetTimeouts(join(ROOT, `reports/stryker-incremental-${part}.json`));
      console.log(`npm run mutate: ${forgotten} timed-out mutants of part ${part} to test again`);
    }
    const file = join(ROOT, `reports/stryker-${part}.config.json`);
    writeFileSync(file, JSON.stringify(config, null, 2));
    console.log(`\nnpm run mutate: part ${part} (${globs.join(' ')})`);
    const run = spawnSync('npx', ['stryker', 'run', file], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  const summary = spawnSync('npx', ['tsx', join(ROOT, 'scripts/mutation-summary.ts')], { cwd: ROOT, stdio: 'inherit' });
  process.exit(summary.status ?? 1);
}

// Run as a command (`npm run mutate`), not when a test imports `forgetTimeouts`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
