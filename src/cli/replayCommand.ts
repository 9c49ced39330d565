/**
 * The `replay` command: replay a game file and print its ending, final month
 * and final hash. Exit 3, naming the first diverging game turn and month, when
 * the replay goes another way than the file; exit 4 when the scenario has
 * changed since the recording, unless told to proceed.
 */

import {
  describeDivergence,
  ENGINE_VERSION,
  endingText,
  formatMonth,
  hashWorld,
  parseGameFileText,
  replayGame,
  roleProblem,
  scenarioHash,
} from '../engine';
import { parseArgs } from './args';
import { readScenarioFile, readTextFile, reportProblems } from './files';
import { scenarioPath } from './paths';

/** The exit codes, as the README documents them. */
export const REPLAY_EXIT = { matched: 0, badInput: 2, diverged: 3, scenarioChanged: 4 } as const;

const USAGE = `usage: npm run -s replay -- FILE [--scenario FILE] [--json] [--proceed-on-changed-scenario]

Replays a game file against its scenario (found by id in scenarios/, or given
with --scenario) and prints the ending, the final month and the final hash.
Every turn's game turn and month, and every recorded hash (the final one
always), must match.
Exit code: 0 if the replay matches, 3 if it diverges (the first diverging game
turn and month are named), 4 if the scenario has changed since the game was
recorded (--proceed-on-changed-scenario replays it anyway), 2 if a file or an
argument is bad.`;

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const parsed = parseArgs(args, ['scenario'], ['json', 'help', 'proceed-on-changed-scenario']);
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
    return REPLAY_EXIT.badInput;
  }
  const text = readTextFile(file);
  const game = text.ok ? parseGameFileText(text.value) : text;
  if (!game.ok) {
    reportProblems(file, game.problems, err);
    return REPLAY_EXIT.badInput;
  }
  const scenarioFile = scenarioPath(parsed.options.get('scenario') ?? game.value.scenario.id);
  const scenario = readScenarioFile(scenarioFile);
  if (!scenario.ok) {
    reportProblems(scenarioFile, scenario.problems, err);
    return REPLAY_EXIT.badInput;
  }
  if (scenario.value.id !== game.value.scenario.id) {
    err(`${file}: this game was played on "${game.value.scenario.id}", not "${scenario.value.id}"`);
    return REPLAY_EXIT.badInput;
  }
  const badRole = roleProblem(scenario.value, game.value.role);
  if (badRole !== null) {
    err(`${file}: role: ${badRole}`);
    return REPLAY_EXIT.badInput;
  }
  const engineChanged = game.value.engine !== ENGINE_VERSION;
  if (engineChanged) {
    err(`${file}: recorded with engine ${game.value.engine}; this is engine ${ENGINE_VERSION}.`);
  }
  if (scenarioHash(scenario.value) !== game.value.scenario.hash) {
    if (!parsed.flags.has('proceed-on-changed-scenario')) {
      err(
        `${file}: the scenario "${scenario.value.id}" has changed since this game was recorded (hash ${game.value.scenario.hash}, now ${scenarioHash(scenario.value)}); not replayed (exit 4). Give --proceed-on-changed-scenario to replay it anyway.`,
      );
      if (parsed.flags.has('json')) {
        out(JSON.stringify({ file, scenario: scenario.value.id, ok: false, scenarioChanged: true, engineChanged }));
      }
      return REPLAY_EXIT.scenarioChanged;
    }
    err(
      `${file}: the scenario "${scenario.value.id}" has changed since this game was recorded; replaying anyway, it may not reproduce the game.`,
    );
  }
  const result = replayGame(game.value, scenario.value);
  const world = result.world;
  const summary = {
    file,
    scenario: scenario.value.id,
    ok: result.ok,
    scenarioChanged: result.scenarioChanged,
    engineChanged: result.engineChanged,
    ending: world.ending,
    month: world.month,
    hash: hashWorld(world),
    ...(game.value.variants === undefined ? {} : { variants: game.value.variants }),
    ...(result.ok ? {} : { divergence: result.divergence }),
  };
  if (parsed.flags.has('json')) out(JSON.stringify(summary));
  if (!result.ok) {
    err(`${file}: ${describeDivergence(result.divergence, formatMonth)}.`);
    return REPLAY_EXIT.diverged;
  }
  if (!parsed.flags.has('json')) {
    const ending = world.ending === null ? 'not finished' : `${world.ending} — ${endingText(world.ending).title}`;
    out(`${scenario.value.title}: ${ending}`);
    if (game.value.variants !== undefined) out(`Rule variants: ${game.value.variants.join(', ')}`);
    out(`Final month: ${formatMonth(world.month)} · final hash ${summary.hash} · every recorded hash matched.`);
  }
  return REPLAY_EXIT.matched;
}
