/**
 * The `validate` command: check scenario, legal case, game and model data
 * files. Every problem is one line, `FILE: path.to.field: what is wrong`;
 * nothing is ever a stack trace. Exit 0 if every file is valid, 1 otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  LAW_SCHEMAS,
  LOG_TEXT,
  logTextSchema,
  looksLikeStrategy,
  MODEL_SCHEMAS,
  modelProblemsWith,
  type Parsed,
  type Problem,
  parseGameFile,
  parseJsonText,
  parseLegalCase,
  parseScenario,
  parseStrategy,
  problemsFromZod,
  turnsOutsideScenario,
  variantFileProblems,
} from '../engine';
import { parseGlossary } from '../glossary/glossary';
import { parseSourceCriticism } from '../teaching/sourceCriticism';
import { parseArgs } from './args';
import { readTextFile, reportProblems } from './files';
import { SCENARIOS_DIR } from './paths';

const USAGE = `usage: npm run -s validate -- FILE...

Checks scenario files (scenarios/*.json), legal cases (scenarios/cases/),
strategies (scenarios/strategies/), game files, the model and law data (scenarios/model/,
scenarios/law/), the log's wording (scenarios/text/log.LANG.json), the glossary
(scenarios/text/glossary.LANG.json) and the source-criticism exercise
(scenarios/teaching/source-criticism.LANG.json) and the rule variants (scenarios/variants/).
Prints one line per problem: FILE: path.to.field: what is wrong.
Exit code: 0 if every file is valid, 1 if any is not.`;

type Kind = 'scenario' | 'case' | 'game' | 'model' | 'law' | 'text' | 'strategy' | 'glossary' | 'teaching' | 'variant';

function kindOf(file: string, data: unknown): Kind | null {
  const name = basename(file);
  const folder = basename(dirname(file));
  if (folder === 'model' && name in MODEL_SCHEMAS) return 'model';
  if (folder === 'law' && name in LAW_SCHEMAS) return 'law';
  if (folder === 'text' && /^log\.[a-z]{2}\.json$/.test(name)) return 'text';
  if (folder === 'text' && /^glossary\.[a-z]{2}\.json$/.test(name)) return 'glossary';
  if (folder === 'teaching' && /^source-criticism\.[a-z]{2}\.json$/.test(name)) return 'teaching';
  if (folder === 'variants') return 'variant';
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  if (Reflect.get(data, 'game') === 'hollow-pact') return 'game';
  if (looksLikeStrategy(data)) return 'strategy';
  if ('historicalChoices' in data || ('format' in data && 'start' in data)) return 'scenario';
  if ('event' in data && 'council' in data) return 'case';
  return null;
}

function validateModel(file: string, data: unknown): Problem[] {
  const name = basename(file) as keyof typeof MODEL_SCHEMAS;
  const result = MODEL_SCHEMAS[name].safeParse(data, { reportInput: true });
  if (!result.success) return problemsFromZod(result.error);
  // The checks across the model's files, with this file in place of the shipped one.
  return modelProblemsWith(name, result.data).map((line) => {
    const [path, ...rest] = line.split(': ');
    return { path: path ?? '', message: rest.join(': ') };
  });
}

function validateLaw(file: string, data: unknown): Problem[] {
  const schema = LAW_SCHEMAS[basename(file) as keyof typeof LAW_SCHEMAS];
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : problemsFromZod(result.error);
}

/** A log text (scenarios/text/log.LANG.json): its schema, and a sentence for every key the English one has. */
function validateText(data: unknown): Problem[] {
  const result = logTextSchema.safeParse(data, { reportInput: true });
  if (!result.success) return problemsFromZod(result.error);
  return Object.keys(LOG_TEXT.sentences)
    .filter((key) => result.data.sentences[key] === undefined)
    .map((key) => ({ path: `sentences.${key}`, message: 'missing: the engine logs this sentence' }));
}

function validateGame(data: unknown): Problem[] {
  const parsed = parseGameFile(data);
  if (!parsed.ok) return [...parsed.problems];
  const scenarioFile = join(SCENARIOS_DIR, `${parsed.value.scenario.id}.json`);
  if (!existsSync(scenarioFile)) {
    return [{ path: 'scenario.id', message: `no scenario "${parsed.value.scenario.id}" in scenarios/` }];
  }
  const json = parseJsonText(readFileSync(scenarioFile, 'utf8'));
  const scenario = json.ok ? parseScenario(json.value) : json;
  if (!scenario.ok) return [{ path: 'scenario.id', message: `its scenario file ${scenarioFile} is itself invalid` }];
  const { start, end } = scenario.value;
  return turnsOutsideScenario(parsed.value, scenario.value).map(({ index, month }) => ({
    path: `turns[${index}].month`,
    message: `${month} is outside the scenario (${start} to ${end})`,
  }));
}

function problemsOf(file: string, data: unknown): Problem[] {
  const kind = kindOf(file, data);
  switch (kind) {
    case 'scenario': {
      const parsed: Parsed<unknown> = parseScenario(data);
      return parsed.ok ? [] : [...parsed.problems];
    }
    case 'case': {
      const parsed = parseLegalCase(data);
      return parsed.ok ? [] : [...parsed.problems];
    }
    case 'game':
      return validateGame(data);
    case 'strategy': {
      const parsed = parseStrategy(data);
      return parsed.ok ? [] : [...parsed.problems];
    }
    case 'model':
      return validateModel(file, data);
    case 'law':
      return validateLaw(file, data);
    case 'text':
      return validateText(data);
    case 'glossary': {
      const parsed = parseGlossary(data);
      return parsed.ok ? [] : [...parsed.problems];
    }
    case 'teaching': {
      const parsed = parseSourceCriticism(data);
      return parsed.ok ? [] : [...parsed.problems];
    }
    case 'variant':
      return variantFileProblems(basename(file), data);
    case null:
      return [
        {
          path: '',
          message:
            'not a file the game knows: expected a scenario, a legal case, a strategy, a game file, or model or law data',
        },
      ];
  }
}

/** Run the command; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const parsed = parseArgs(args, [], ['help']);
  if (parsed.flags.has('help')) {
    out(USAGE);
    return 0;
  }
  if (parsed.problems.length > 0 || parsed.positional.length === 0) {
    err(parsed.problems.length > 0 ? `validate: ${parsed.problems.join('; ')}` : 'validate: no file given');
    err(USAGE);
    return 1;
  }
  let invalid = 0;
  for (const file of parsed.positional) {
    const text = readTextFile(file);
    const json = text.ok ? parseJsonText(text.value) : text;
    const problems = json.ok ? problemsOf(file, json.value) : [...json.problems];
    if (problems.length > 0) {
      invalid += 1;
      reportProblems(file, problems, err);
    }
  }
  const files = parsed.positional.length;
  out(invalid === 0 ? `${files} file${files === 1 ? '' : 's'} valid.` : `${invalid} of ${files} files invalid.`);
  return invalid === 0 ? 0 : 1;
}
