/** Test helpers: the scenario files in `scenarios/`, read from disk and validated. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type CrisisChoice, createGame, parseScenarioText, type Scenario, type WorldState } from '../engine';

export const SCENARIOS_DIR = join(import.meta.dirname, '../../scenarios');

/** The scenario in `scenarios/<id>.json`; throws with every problem if the file is invalid. */
export function loadScenario(id: string): Scenario {
  const parsed = parseScenarioText(readFileSync(join(SCENARIOS_DIR, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}.json: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.value;
}

/** The ids of every scenario file. */
export function scenarioIds(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/**
 * Play `as-it-happened` with history's orders as `role`, answering each crisis
 * with `answer`: every crisis's world before and after its answer.
 */
export function historyCrises(seed: string, role: 'france' | 'ussr', answer: CrisisChoice) {
  const scenario = loadScenario('as-it-happened');
  const game = createGame(scenario, { seed, role });
  const seen: { before: WorldState; after: WorldState }[] = [];
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      game.send({ type: 'crisis.respond', choice: answer });
      seen.push({ before: world, after: game.getSnapshot().world });
      continue;
    }
    for (const c of scenario.historicalChoices[role].filter((c) => c.month === world.month))
      for (const action of c.actions) game.send(action);
    game.send({ type: 'turn.end' });
  }
  return seen;
}

/**
 * Every text in the data files under `scenarios/` (for the tests that read every citation), the file named
 * `except` left out: a shipped file of research notes, whose own words are no citations.
 */
export function dataTexts(except: string): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return path.endsWith('.json') && !path.endsWith(except) ? [path] : [];
    });
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of files(SCENARIOS_DIR)) walk(JSON.parse(readFileSync(file, 'utf8')));
  return texts;
}
