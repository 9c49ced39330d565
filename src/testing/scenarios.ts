/** Test helpers: the scenario files in `scenarios/`, read from disk and validated. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText, type Scenario } from '../engine';

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
