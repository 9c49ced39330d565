/**
 * The `log` command: replay a game file and print what happened, month by
 * month, as a player reads it: each entry's sentence and, under it, every
 * decision with its bias, terms, total, chance and roll (and with `--sources`,
 * where each weight comes from). `--json` prints one entry a line: its data
 * and its rendered sentences.
 */

import {
  crisisJudgedNote,
  flatLog,
  formatMonth,
  parseGameFileText,
  renderEntry,
  replayTurns,
  worldsOf,
} from '../engine';
import { parseArgs } from './args';
import { readScenarioFile, readTextFile, reportProblems } from './files';
import { scenarioPath } from './paths';

const USAGE = `usage: npm run -s log -- FILE [--scenario FILE] [--sources] [--json]

Replays a game file against its scenario (found by id in scenarios/, or given
with --scenario) and prints its event log: each month's entries, and under
each the decisions behind it, adding up (starting lean, every term, total, chance and
roll). --sources adds where each weight comes from; --json prints one entry a
line, its data and its sentences. Exit code: 0, or 2 if a file is bad.`;

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const parsed = parseArgs(args, ['scenario'], ['json', 'sources', 'help']);
  if (parsed.flags.has('help')) {
    out(USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positional;
  if (parsed.problems.length > 0 || file === undefined || extra.length > 0) {
    const problems = [
      ...parsed.problems,
      ...(file === undefined ? ['no game file given'] : []),
      ...extra.map((e) => `unexpected argument ${e}`),
    ];
    err(`log: ${problems.join('; ')}`);
    err(USAGE);
    return 2;
  }
  const text = readTextFile(file);
  const game = text.ok ? parseGameFileText(text.value) : text;
  if (!game.ok) {
    reportProblems(file, game.problems, err);
    return 2;
  }
  const scenarioFile = scenarioPath(parsed.options.get('scenario') ?? game.value.scenario.id);
  const scenario = readScenarioFile(scenarioFile);
  if (!scenario.ok) {
    reportProblems(scenarioFile, scenario.problems, err);
    return 2;
  }
  if (scenario.value.id !== game.value.scenario.id) {
    err(`${file}: this game was played on "${game.value.scenario.id}", not "${scenario.value.id}"`);
    return 2;
  }
  const { seed, role } = game.value;
  // A branch is replayed as it was played: by the side it came from up to the branch, then by its own.
  const worlds = worldsOf(game.value, scenario.value);
  const world = worlds.at(-1) ?? replayTurns(scenario.value, seed, role, []);
  // A crisis is judged as on its day, and the month's dispatches dated after it are printed before it: said under the
  // move, as the game's crisis screen says it.
  const judgedBefore = new Map<string, string>();
  for (const at of worlds) {
    const note = at.crisis === null ? null : crisisJudgedNote(at);
    if (note !== null) judgedBefore.set(at.month, note);
  }
  let month = '';
  for (const entry of flatLog(world)) {
    const rendered = renderEntry(entry);
    if (parsed.flags.has('json')) {
      out(JSON.stringify({ ...entry, text: rendered.text, factors: rendered.factors, sources: rendered.sources }));
      continue;
    }
    if (entry.month !== month) {
      month = entry.month;
      out(formatMonth(entry.month));
    }
    out(`  ${rendered.text}`);
    const judged = entry.kind === 'move' ? judgedBefore.get(entry.month) : undefined;
    if (judged !== undefined) out(`      ${judged}`);
    for (const line of rendered.factors) out(`      ${line}`);
    if (parsed.flags.has('sources')) for (const line of rendered.sources) out(`        source: ${line}`);
  }
  return 0;
}
