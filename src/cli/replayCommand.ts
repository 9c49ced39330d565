/**
 * The `replay` command: replay a game file and print its ending, final month
 * and final hash. Exit 3, naming the first diverging turn, when the recorded
 * hashes do not match; a scenario changed since the recording is said plainly.
 */

import { formatMonth } from '../engine/months';
import { parseGameFileText, replayGame, worldHash } from '../engine/save/gameFile';
import { endingText } from '../engine/turn/endings';
import { ENGINE_VERSION } from '../engine/version';
import { parseArgs } from './args';
import { readScenarioFile, readTextFile, reportProblems } from './files';
import { scenarioPath } from './paths';

const USAGE = `usage: npm run -s replay -- FILE [--scenario FILE] [--json]

Replays a game file against its scenario (found by id in scenarios/, or given
with --scenario) and prints the ending, the final month and the final hash.
Exit code: 0 if the replay matches every recorded hash, 3 if it diverges,
2 if a file is bad.`;

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const parsed = parseArgs(args, ['scenario'], ['json', 'help']);
  if (parsed.flags.has('help')) {
    out(USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positional;
  if (parsed.problems.length > 0 || file === undefined || extra.length > 0) {
    err(
      `replay: ${[...parsed.problems, ...(file === undefined ? ['no game file given'] : []), ...extra.map((e) => `unexpected argument ${e}`)].join('; ')}`,
    );
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
  const result = replayGame(game.value, scenario.value);
  if (result.scenarioChanged) {
    err(
      `${file}: the scenario "${scenario.value.id}" has changed since this game was recorded; the replay may not reproduce it.`,
    );
  }
  if (result.engineChanged) {
    err(`${file}: recorded with engine ${game.value.engine}; this is engine ${ENGINE_VERSION}.`);
  }
  const world = result.world;
  const summary = {
    file,
    scenario: scenario.value.id,
    ok: result.ok,
    scenarioChanged: result.scenarioChanged,
    ending: world.ending,
    month: world.month,
    hash: worldHash(world),
    ...(result.ok ? {} : { divergence: result.divergence }),
  };
  if (parsed.flags.has('json')) out(JSON.stringify(summary));
  if (!result.ok) {
    const d = result.divergence;
    err(
      `${file}: the replay diverges at turn ${d.index} (${formatMonth(d.month)}): recorded hash ${d.expected}, replayed ${d.actual}.`,
    );
    return 3;
  }
  if (!parsed.flags.has('json')) {
    const ending = world.ending === null ? 'not finished' : `${world.ending} — ${endingText(world.ending).title}`;
    out(`${scenario.value.title}: ${ending}`);
    out(`Final month: ${formatMonth(world.month)} · final hash ${summary.hash} · every recorded hash matched.`);
  }
  return 0;
}
