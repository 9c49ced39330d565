/** Where the project's data lives, for the command-line tools. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The project's `scenarios/` folder. */
export const SCENARIOS_DIR = join(import.meta.dirname, '../../scenarios');

/** A scenario given as a path, or as an id in `scenarios/`. */
export function scenarioPath(given: string): string {
  if (existsSync(given)) return given;
  const byId = join(SCENARIOS_DIR, `${given}.json`);
  return existsSync(byId) ? byId : given;
}
