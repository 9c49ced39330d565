/**
 * Scenario format migrations: an older file is brought up to the current
 * format before it is validated, rather than rejected.
 */
import type { Parsed } from '../validation';
import { SCENARIO_FORMAT } from './schema';

/** Bring `data` up to the current scenario format, or say why it cannot be. */
export function migrateScenario(data: unknown): Parsed<unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ path: '', message: 'expected a scenario object' }] };
  }
  const format: unknown = Reflect.get(data, 'format');
  if (format === SCENARIO_FORMAT) return { ok: true, value: data };
  if (typeof format !== 'number') {
    return {
      ok: false,
      problems: [{ path: 'format', message: `expected a format number (current: ${SCENARIO_FORMAT})` }],
    };
  }
  return {
    ok: false,
    problems: [
      { path: 'format', message: `unknown format ${format}: this version of the game reads format ${SCENARIO_FORMAT}` },
    ],
  };
}
