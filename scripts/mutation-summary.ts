/**
 * Writes the committed summary of a mutation run (`npm run mutate`) from
 * StrykerJS's JSON report: the score, killed / survived / no-coverage per
 * file, and the surviving mutants grouped by file and mutator. It also sets
 * the README's "Mutation score: NN%" line from that summary.
 *
 *   npm run mutate:summary        (after `npm run mutate [part ...]`)
 *
 * reports/ is git-ignored except reports/mutation-summary.md.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isPartFile, PARTS, unmeasured } from './mutate';

const ROOT = join(import.meta.dirname, '..');
/** Every part's JSON report (`npm run mutate`, scripts/mutate.ts), and a whole run's. */
const REPORTS = join(ROOT, 'reports/mutation');
const SUMMARY = join(ROOT, 'reports/mutation-summary.md');
const README = join(ROOT, 'README.md');
const ENGINE = join(ROOT, 'src/engine');

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly static?: boolean;
  readonly location: { readonly start: { readonly line: number } };
}

interface Report {
  readonly files: Readonly<Record<string, { readonly mutants: readonly Mutant[] }>>;
}

interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}

const empty = (): Counts => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 });

function count(counts: Counts, status: string): void {
  if (status === 'Killed') counts.killed++;
  else if (status === 'Timeout') counts.timeout++;
  else if (status === 'Survived') counts.survived++;
  else if (status === 'NoCoverage') counts.noCoverage++;
  else if (status === 'CompileError' || status === 'RuntimeError') counts.errors++;
  else counts.ignored++;
}

/** Stryker's mutation score: detected over valid mutants (errors and ignored ones left out). */
function score(c: Counts): number {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 100 : (100 * (c.killed + c.timeout)) / valid;
}

/** The score over covered mutants only (no-coverage left out). */
function coveredScore(c: Counts): number {
  const covered = c.killed + c.timeout + c.survived;
  return covered === 0 ? 100 : (100 * (c.killed + c.timeout)) / covered;
}

/** The engine's source files a full run would mutate (the `mutate` globs of stryker.config.json). */
function engineSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return engineSources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
  });
}

const pct = (n: number) => `${n.toFixed(1)}%`;

function main(): void {
  const names = existsSync(REPORTS)
    ? readdirSync(REPORTS)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  if (names.length === 0) throw new Error(`no report in ${relative(ROOT, REPORTS)}: run \`npm run mutate\` first`);
  const merged: Record<string, { readonly mutants: readonly Mutant[] }> = {};
  for (const name of names) {
    const report: Report = JSON.parse(readFileSync(join(REPORTS, name), 'utf8'));
    const part = name.replace(/\.json$/, '');
    // A part's report keeps only its own files (others come from its incremental file, perhaps stale).
    for (const [file, entry] of Object.entries(report.files))
      if (!(part in PARTS) || isPartFile(part, relative(ROOT, join(ROOT, file)))) merged[file] = entry;
  }
  const files = Object.entries(merged)
    .map(([file, { mutants }]) => [relative(ROOT, join(ROOT, file)), mutants] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const total = empty();
  const rows: string[] = [];
  const survivors: string[] = [];
  for (const [file, mutants] of files) {
    const c = empty();
    for (const m of mutants) {
      count(c, m.status);
      count(total, m.status);
    }
    rows.push(
      `| ${file} | ${pct(score(c))} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.errors} | ${c.ignored} |`,
    );
    const groups = new Map<string, number[]>();
    for (const m of mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
      const key = `${m.mutatorName} (${m.status === 'Survived' ? 'survived' : 'no coverage'})`;
      groups.set(key, [...(groups.get(key) ?? []), m.location.start.line]);
    }
    for (const [key, lines] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      survivors.push(`| ${file} | ${key} | ${lines.length} | ${lines.sort((a, b) => a - b).join(', ')} |`);
    }
  }
  const mutated = new Set(files.map(([file]) => file));
  const all = engineSources(ENGINE);
  const partsRun = new Set(names.map((name) => name.replace(/\.json$/, '')).filter((part) => part in PARTS));
  const { notRun, nothingToMutate } = unmeasured(all, mutated, partsRun);
  const measured = all.length - notRun.length;
  const headline = `Mutation score: ${pct(score(total))}${notRun.length > 0 ? ` (partial run: ${measured} of ${all.length} engine files)` : ''}`;
  const lines = [
    '# Mutation testing summary',
    '',
    "Written by `npm run mutate:summary` from StrykerJS's JSON reports (`reports/mutation/*.json`, one per part, not committed).",
    '',
    `${headline}; ${pct(coveredScore(total))} of covered mutants.`,
    '',
    `Mutants: ${total.killed} killed, ${total.timeout} timed out, ${total.survived} survived, ${total.noCoverage} without a covering test, ${total.errors} errors, ${total.ignored} ignored (static or excluded).`,
    '',
    ...(nothingToMutate.length === 0
      ? []
      : [`Nothing for Stryker to mutate (types, re-exports, constant lists): ${nothingToMutate.join(', ')}.`, '']),
    ...(notRun.length === 0 ? [] : [`Not measured (their part has no report): ${notRun.join(', ')}.`, '']),
    '| file | score | killed | timeout | survived | no coverage | errors | ignored |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Mutants left alive, by file and mutator',
    '',
    survivors.length === 0 ? 'None.' : '| file | mutator | count | lines |',
    ...(survivors.length === 0 ? [] : ['| --- | --- | --- | --- |', ...survivors]),
    '',
  ];
  writeFileSync(SUMMARY, lines.join('\n'));
  const readme = readFileSync(README, 'utf8');
  if (/^Mutation score: .*$/m.test(readme)) {
    writeFileSync(README, readme.replace(/^Mutation score: .*$/m, `${headline}.`));
  }
  console.log(`${relative(ROOT, SUMMARY)}: ${headline}`);
}

main();
