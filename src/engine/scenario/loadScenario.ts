/**
 * Reading a scenario: JSON, then the schema, then references to the model
 * (events, German moves). Never throws: a bad file gives problems, one per field.
 */
import { EVENTS, MOVES } from '../model/modelData';
import { type Parsed, type Problem, parseJsonText, parseWith } from '../validation';
import { migrateScenario } from './migrations';
import { type Scenario, scenarioSchema } from './schema';

/** Problems with what a valid-looking scenario refers to. */
function referenceProblems(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const events = new Set(EVENTS.map((e) => e.id));
  const moves = new Set(MOVES.map((m) => m.id));
  (scenario.disabledEvents ?? []).forEach((id, i) => {
    if (!events.has(id)) problems.push({ path: `disabledEvents[${i}]`, message: `unknown event "${id}"` });
  });
  scenario.script?.events.forEach((id, i) => {
    if (!events.has(id)) problems.push({ path: `script.events[${i}]`, message: `unknown event "${id}"` });
  });
  (scenario.script?.moves ?? []).forEach((id, i) => {
    if (!moves.has(id)) problems.push({ path: `script.moves[${i}]`, message: `unknown German move "${id}"` });
  });
  for (const role of ['france', 'ussr'] as const) {
    for (const move of Object.keys(scenario.historicalChoices.crises[role])) {
      if (!moves.has(move)) {
        problems.push({ path: `historicalChoices.crises.${role}.${move}`, message: `unknown German move "${move}"` });
      }
    }
  }
  return problems;
}

/** Validate an already-parsed value as a scenario (migrating older formats first). */
export function parseScenario(data: unknown): Parsed<Scenario> {
  const migrated = migrateScenario(data);
  if (!migrated.ok) return migrated;
  const parsed = parseWith(scenarioSchema, migrated.value);
  if (!parsed.ok) return parsed;
  const problems = referenceProblems(parsed.value);
  return problems.length === 0 ? parsed : { ok: false, problems };
}

/** Validate the text of a scenario file. */
export function parseScenarioText(text: string): Parsed<Scenario> {
  const json = parseJsonText(text);
  return json.ok ? parseScenario(json.value) : json;
}
