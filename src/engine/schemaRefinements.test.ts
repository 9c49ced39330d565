/**
 * A negative test for every refinement of every schema in the engine: each
 * `.refine(...)` and each `ctx.addIssue(...)` of a `.superRefine(...)` (legal
 * cases, law data, scenarios, game files, seeds, orders, model data and the
 * shared validators) is given one input it must refuse, and the test checks
 * the refusal names the field and says why. A last test counts the checks in
 * the source files, so a new refinement without a negative test fails here.
 *
 * Plain and fast: no game is played (the mutation run depends on that).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MODEL_SCHEMAS } from './model/modelData';
import { termSchema } from './model/modelSchemas';
import { LAW_SCHEMAS } from './rules/lawData';
import { CASE_DATE_RANGE, parseLegalCase } from './rules/legalCase';
import { gameFileFromOrders, parseGameFile } from './save/gameFile';
import { MAX_SEED_LENGTH, seedProblem } from './save/seed';
import { parseScenario } from './scenario/loadScenario';
import { GAME_SPAN } from './scenario/schema';
import { parseStrategy } from './strategy';
import { gameActionSchema } from './turn/actions';
import {
  dayOrMonthString,
  isoDateString,
  type Parsed,
  type Problem,
  parseWith,
  recordOf,
  yearMonthString,
} from './validation';

const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** A fresh, deep copy of JSON data, as a plain record to edit. */
function copy(value: unknown): Record<string, unknown> {
  const data: unknown = JSON.parse(JSON.stringify(value));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('expected an object');
  return Object.fromEntries(Object.entries(data));
}

/** The problems of a parse that must fail. */
function problemsOf<T>(parsed: Parsed<T>): readonly Problem[] {
  return parsed.ok ? [] : parsed.problems;
}

// --- valid inputs, each of which passes before it is broken -----------------

const LEGAL_CASE = {
  id: 'negative',
  date: '1937-05-01',
  event: { kind: 'attack', aggressor: 'germany', victim: 'ussr', target: 'own-territory', unprovoked: true },
  council: { result: 'none' },
  guarantors: { uk: 'lawful', italy: 'lawful' },
  decisions: {
    franceCabinet: true,
    frenchParliament: true,
    sovietLeadership: true,
    czechoslovakGovernment: true,
    franceAssistsCzechoslovakia: false,
  },
  transit: { poland: false, romania: false },
  convention: 'none',
};
const SCENARIO = readJson('scenarios/pact-1935.json');
const GAME_FILE = readJson('src/engine/save/golden/pact-1935-random-ussr.json');
const CALENDAR = readJson('scenarios/law/calendar.json');
const FEASIBILITY = readJson('scenarios/law/feasibility.json');
const ACTORS = readJson('scenarios/model/actors.json');
const TERM = { factor: 'tension', weight: 10, label: 'tension in Europe', source: 'counterfactuals.md' };

function legalCase(edit: (c: Record<string, unknown>) => void) {
  const data = copy(LEGAL_CASE);
  edit(data);
  return problemsOf(parseLegalCase(data));
}

function legalEvent(event: Record<string, unknown>, council: Record<string, unknown> = { result: 'none' }) {
  return legalCase((c) => {
    c.event = { ...LEGAL_CASE.event, ...event };
    c.council = council;
  });
}

function scenario(edit: (s: Record<string, unknown>) => void) {
  const data = copy(SCENARIO);
  edit(data);
  return problemsOf(parseScenario(data));
}

/** The golden game file with its checkpoints replaced. */
function gameFile(checkpoints: readonly object[]) {
  const data = copy(GAME_FILE);
  data.checkpoints = checkpoints;
  return problemsOf(parseGameFile(data));
}

/** A French strategy with these fields changed, parsed. */
function strategy(edit: Record<string, unknown>) {
  return problemsOf(
    parseStrategy({
      format: 'hollow-pact-strategy',
      version: 1,
      name: 'negative',
      role: 'france',
      orders: [],
      ...edit,
    }),
  );
}

/** The golden game file as a game of two delegations (format 3), edited, parsed. */
function delegationsFile(edit: (file: Record<string, unknown>, turns: Record<string, unknown>[]) => void) {
  const data = copy(GAME_FILE);
  const turns = (Array.isArray(data.turns) ? data.turns : []).map((t: unknown) => copy(t));
  for (const turn of turns) turn.by = (Array.isArray(turn.actions) ? turn.actions : []).map(() => data.role);
  data.format = 3;
  data.roles = [data.role, data.role === 'france' ? 'ussr' : 'france'];
  data.turns = turns;
  edit(data, turns);
  return problemsOf(parseGameFile(data));
}

const LAST_TURN = (() => {
  const turns = copy(GAME_FILE).turns;
  return Array.isArray(turns) ? turns.length - 1 : -1;
})();

// --- the refusals --------------------------------------------------------------

interface Refusal {
  /** The source file whose refinement this refuses. */
  readonly file: string;
  readonly name: string;
  readonly problems: () => readonly Problem[];
  readonly path: string | RegExp;
  readonly message: string | RegExp;
}

const matches = (pattern: string | RegExp, text: string) =>
  typeof pattern === 'string' ? text === pattern : pattern.test(text);

const REFUSALS: readonly Refusal[] = [
  // validation.ts: the shared validators
  {
    file: 'validation.ts',
    name: 'a day that does not exist',
    problems: () => problemsOf(parseWith(isoDateString(), '1937-02-30')),
    path: '',
    message: 'expected a date YYYY-MM-DD, got "1937-02-30"',
  },
  {
    file: 'validation.ts',
    name: 'a month 13',
    problems: () => problemsOf(parseWith(yearMonthString(), '1937-13')),
    path: '',
    message: 'expected a month YYYY-MM, got "1937-13"',
  },
  {
    file: 'validation.ts',
    name: 'neither a day nor a month',
    problems: () => problemsOf(parseWith(dayOrMonthString(), '1937')),
    path: '',
    message: 'expected a date YYYY-MM-DD or a month YYYY-MM, got "1937"',
  },
  {
    file: 'validation.ts',
    name: 'a record key outside its ids',
    problems: () => problemsOf(parseWith(recordOf(['poland', 'romania'], 'state', z.number()), { prussia: 1 })),
    path: 'prussia',
    message: 'unknown state "prussia"; expected one of poland, romania',
  },

  // rules/legalCase.ts: a legal case
  {
    file: 'rules/legalCase.ts',
    name: 'a case set before the legal data begins',
    problems: () => legalCase((c) => (c.date = '1933-12-31')),
    path: 'date',
    message: `"1933-12-31" is outside the period the legal data covers (${CASE_DATE_RANGE.first} to ${CASE_DATE_RANGE.last})`,
  },
  {
    file: 'rules/legalCase.ts',
    name: 'a case set after the legal data ends',
    problems: () => legalCase((c) => (c.date = '1940-01-01')),
    path: 'date',
    message: /"1940-01-01" is outside the period the legal data covers/,
  },
  {
    file: 'rules/legalCase.ts',
    name: 'a state attacking itself',
    problems: () => legalEvent({ victim: 'germany' }),
    path: 'event.victim',
    message: 'the victim must differ from the aggressor',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'a zone breach by a state other than Germany',
    problems: () => legalEvent({ kind: 'zone-violation', aggressor: 'italy', victim: 'france', target: 'other' }),
    path: 'event.aggressor',
    message: 'only Germany can breach the demilitarised Rhineland (Versailles Arts. 42-43), got "italy"',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'a zone breach against a state that is not France or Belgium',
    problems: () => legalEvent({ kind: 'zone-violation', victim: 'ussr', target: 'other' }),
    path: 'event.victim',
    message: 'a zone violation is directed against France or Belgium (Locarno Art. 4), got "ussr"',
  },
  {
    file: 'rules/legalCase.ts',
    name: "a zone breach on the victim's own territory",
    problems: () => legalEvent({ kind: 'zone-violation', victim: 'france', target: 'own-territory' }),
    path: 'event.target',
    message: 'the zone is German territory, not the victim\'s: expected "other", got "own-territory"',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'a referral to the Assembly outside Art. 15',
    problems: () => legalEvent({}, { article: 16, result: 'none', assembly: 'adopted' }),
    path: 'council.assembly',
    message: 'only a dispute under Art. 15 can be referred to the Assembly (Art. 15 §10): set council.article to 15',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'a threat under Art. 15',
    problems: () => legalEvent({ kind: 'threat' }, { article: 15, result: 'none' }),
    path: 'council.article',
    message: 'a threat goes to the Council under Art. 10 or 11, got 15',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'an attack under Art. 11',
    problems: () => legalEvent({}, { article: 11, result: 'none' }),
    path: 'council.article',
    message: 'an attack is dealt with under Art. 15 or 16 (Art. 17 for a non-Member), got 11',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'an expected path step without its machine',
    problems: () => legalCase((c) => (c.expected = { locarno: { outcome: 'lawful', path: ['zoneDefence'] } })),
    path: 'expected.locarno.path[0]',
    message: 'expected machineId.state',
  },
  {
    file: 'rules/legalCase.ts',
    name: 'an id with capitals',
    problems: () => legalCase((c) => (c.id = 'Rhineland')),
    path: 'id',
    message: 'expected lower-case letters, digits and hyphens',
  },

  // rules/lawData.ts: the law files
  {
    file: 'rules/lawData.ts',
    name: 'a treaty date that is not a day',
    problems: () => {
      const calendar = copy(CALENDAR);
      const treaties = copy(calendar.treaties);
      treaties.locarno = { ...copy(treaties.locarno), signed: '1925-12' };
      calendar.treaties = treaties;
      return problemsOf(parseWith(LAW_SCHEMAS['calendar.json'], calendar));
    },
    path: 'treaties.locarno.signed',
    message: 'expected a date YYYY-MM-DD',
  },
  {
    file: 'rules/lawData.ts',
    name: 'a legal fact with neither a source nor an assumption',
    problems: () => {
      const feasibility = copy(FEASIBILITY);
      feasibility.steps = { ...copy(feasibility.steps), transitPoland: { text: 'Poland refused.' } };
      return problemsOf(parseWith(LAW_SCHEMAS['feasibility.json'], feasibility));
    },
    path: 'steps.transitPoland',
    message: 'needs a source or an assumption',
  },

  // model/modelSchemas.ts: the world model's data
  {
    file: 'model/modelSchemas.ts',
    name: 'a weight with neither a source nor an assumption',
    problems: () => problemsOf(parseWith(termSchema, { factor: TERM.factor, weight: TERM.weight, label: TERM.label })),
    path: '',
    message: 'needs a source or an assumption',
  },
  {
    file: 'model/modelSchemas.ts',
    name: "an actor's starting stance without its source",
    problems: () => {
      const actors = copy(ACTORS);
      const all = copy(actors.actors);
      const [first] = Object.keys(all);
      if (first === undefined) throw new Error('no actor');
      const actor = copy(all[first]);
      const start = copy(actor.start);
      delete start.source;
      delete start.assumption;
      all[first] = { ...actor, start };
      actors.actors = all;
      return problemsOf(parseWith(MODEL_SCHEMAS['actors.json'], actors));
    },
    path: /^actors\.[a-z]+\.start$/,
    message: 'needs a source or an assumption',
  },

  // scenario/schema.ts: a scenario
  {
    file: 'scenario/schema.ts',
    name: "a start before the game's span",
    problems: () => scenario((s) => (s.start = '1935-04')),
    path: 'start',
    message: `"1935-04" is outside the game's span (${GAME_SPAN.first} to ${GAME_SPAN.last})`,
  },
  {
    file: 'scenario/schema.ts',
    name: "an end one month past the span's upper bound",
    problems: () => scenario((s) => (s.end = '1939-10')),
    path: 'end',
    message: `"1939-10" is outside the game's span (${GAME_SPAN.first} to ${GAME_SPAN.last})`,
  },
  {
    file: 'scenario/schema.ts',
    name: 'a scenario ending where it starts',
    problems: () => scenario((s) => (s.end = s.start)),
    path: 'end',
    message: /^must come after the start \(\d{4}-\d{2}\)$/,
  },
  {
    file: 'scenario/schema.ts',
    name: 'a historical choice after the scenario ends',
    problems: () =>
      scenario((s) => {
        s.start = '1935-05';
        s.end = '1936-05';
        const choices = copy(s.historicalChoices);
        choices.france = [{ month: '1937-01', actions: [{ type: 'pass' }], said: 'Nothing.', source: 'timeline.md' }];
        s.historicalChoices = choices;
      }),
    path: 'historicalChoices.france[0].month',
    message: '1937-01 is outside the scenario (1935-05 to 1936-05)',
  },
  {
    file: 'scenario/schema.ts',
    name: 'a scenario offering Poland without the USSR',
    problems: () => scenario((s) => (s.roles = ['france', 'poland'])),
    path: 'roles',
    message: 'a scenario offering poland offers France and the USSR too',
  },
  {
    file: 'scenario/schema.ts',
    name: 'a scenario starting after March 1939 offering Czechoslovakia',
    problems: () =>
      scenario((s) => {
        s.start = '1939-04';
        s.roles = ['france', 'ussr', 'czechoslovakia'];
      }),
    path: 'roles',
    message: 'a scenario starting after 1939-03 cannot offer czechoslovakia: its decisions end with 1939-03',
  },
  {
    file: 'scenario/schema.ts',
    name: 'talks stalled before the start without the phase they resume in',
    problems: () => scenario((s) => (s.overrides = { note: 'Stalled.', convention: { phase: 'stalled' } })),
    path: 'overrides.convention.resumePhase',
    message: 'talks stalled before the start need the phase they resume in, and only they take one',
  },
  {
    file: 'scenario/schema.ts',
    name: 'a scenario offering a role twice',
    problems: () => scenario((s) => (s.roles = ['france', 'ussr', 'ussr'])),
    path: 'roles',
    message: 'the role ussr is offered twice',
  },

  // save/gameFile.ts and save/seed.ts: a game file
  {
    file: 'save/gameFile.ts',
    name: 'a file without its final hash',
    problems: () => gameFile([{ index: 0, hash: '0123456789abcdef' }]),
    path: 'checkpoints',
    message: `a game file must end with the final hash: a last checkpoint { "index": ${LAST_TURN}, "hash": …, "final": true }`,
  },
  {
    file: 'save/gameFile.ts',
    name: 'a checkpoint past the last turn',
    problems: () =>
      gameFile([
        { index: LAST_TURN + 1, hash: '0123456789abcdef' },
        { index: LAST_TURN, hash: '0123456789abcdef', final: true },
      ]),
    path: 'checkpoints[0].index',
    message: `no turn ${LAST_TURN + 1}: the file has turns 0 to ${LAST_TURN}`,
  },
  {
    file: 'save/gameFile.ts',
    name: 'checkpoints out of order',
    problems: () =>
      gameFile([
        { index: 6, hash: '0123456789abcdef' },
        { index: 6, hash: '0123456789abcdef' },
        { index: LAST_TURN, hash: '0123456789abcdef', final: true },
      ]),
    path: 'checkpoints[1].index',
    message: 'checkpoints must come in the order of their turns, one per turn',
  },
  {
    file: 'save/gameFile.ts',
    name: 'a final checkpoint that is not the last',
    problems: () =>
      gameFile([
        { index: 0, hash: '0123456789abcdef', final: true },
        { index: LAST_TURN, hash: '0123456789abcdef', final: true },
      ]),
    path: 'checkpoints[0].final',
    message: 'only the last checkpoint is final',
  },
  {
    file: 'save/gameFile.ts',
    name: 'a branch format without the game it branched from',
    problems: () => {
      const data = copy(GAME_FILE);
      data.format = 2;
      return problemsOf(parseGameFile(data));
    },
    path: 'branchedFrom',
    message: 'required: a format 2 file is a branch',
  },
  {
    file: 'save/gameFile.ts',
    name: 'a branch that changes the seed of the game it came from',
    problems: () => {
      const data = copy(GAME_FILE);
      data.format = 2;
      const first = Array.isArray(data.turns) ? copy(data.turns[0]) : {};
      data.branchedFrom = {
        scenarioHash: copy(data.scenario).hash,
        seed: 'another seed',
        index: 0,
        turn: first.turn,
        month: first.month,
        role: data.role === 'france' ? 'ussr' : 'france',
      };
      return problemsOf(parseGameFile(data));
    },
    path: 'branchedFrom.seed',
    message: 'a branch keeps the seed of the game it came from',
  },

  {
    file: 'save/gameFile.ts',
    name: 'a delegations format without its roles',
    problems: () =>
      delegationsFile((file) => {
        delete file.roles;
        for (const turn of Array.isArray(file.turns) ? file.turns : []) Reflect.deleteProperty(turn, 'by');
      }),
    path: 'roles',
    message: 'required: a format 3 file is a game of several delegations',
  },
  {
    file: 'save/gameFile.ts',
    name: 'more delegations than a game seats',
    problems: () =>
      delegationsFile((file) => {
        file.roles = [
          file.role,
          ...['france', 'ussr', 'poland', 'romania', 'czechoslovakia', 'britain'].filter((r) => r !== file.role),
        ];
      }),
    path: 'roles',
    message: 'a game seats at most 5 delegations',
  },
  {
    file: 'save/gameFile.ts',
    name: 'roles in a file of another format',
    problems: () =>
      delegationsFile((file) => {
        file.format = 1;
      }),
    path: 'roles',
    message: 'a game of several delegations is written as format 3, not 1',
  },
  {
    file: 'save/gameFile.ts',
    name: "roles that do not start with the file's role",
    problems: () =>
      delegationsFile((file) => {
        file.roles = ['france', 'ussr'];
        file.role = 'ussr';
      }),
    path: 'roles[0]',
    message: "the first role is the file's role, ussr, not france",
  },
  {
    file: 'save/gameFile.ts',
    name: 'a role given twice',
    problems: () =>
      delegationsFile((file) => {
        file.roles = [file.role, file.role];
      }),
    path: 'roles',
    message: /^the role (france|ussr) is given twice$/,
  },
  {
    file: 'save/gameFile.ts',
    name: 'who gave each action, in a game of one role',
    problems: () =>
      delegationsFile((file) => {
        file.format = 1;
        delete file.roles;
      }),
    path: 'turns[0].by',
    message: 'only a game of several delegations says who gave each action',
  },
  {
    file: 'save/gameFile.ts',
    name: 'a turn of a delegations game without who gave its actions',
    problems: () =>
      delegationsFile((_, turns) => {
        if (turns[0] !== undefined) delete turns[0].by;
      }),
    path: 'turns[0].by',
    message: 'required in a game of several delegations: who gave each action',
  },
  {
    file: 'save/gameFile.ts',
    name: 'fewer roles than actions in a turn',
    problems: () =>
      delegationsFile((_, turns) => {
        if (turns[0] !== undefined) turns[0].by = [...(Array.isArray(turns[0].by) ? turns[0].by : []), 'ussr'];
      }),
    path: 'turns[0].by',
    message: /^one role for each action: \d+ actions, \d+ roles$/,
  },
  {
    file: 'save/gameFile.ts',
    name: "an action given by a role that is not the game's",
    problems: () =>
      delegationsFile((file, turns) => {
        file.role = 'ussr';
        file.roles = ['ussr', 'ussr'];
        if (turns[0] !== undefined) turns[0].by = ['france'];
      }),
    path: 'turns[0].by[0]',
    message: "france is not one of the game's roles (ussr, ussr)",
  },
  {
    file: 'save/gameFile.ts',
    name: 'an order of the Polish delegation that is not a transit answer',
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'poland'];
        if (turns[0] !== undefined) turns[0].by = ['poland'];
      }),
    path: 'turns[0].actions[0]',
    message: /^the poland delegation gives only transit\.answer, demarche\.answer or poland\.teschen, not [a-zA-Z.]+$/,
  },
  {
    file: 'save/gameFile.ts',
    name: 'a transit answer given by a side, not by Poland',
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'poland'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'transit.answer', answer: 'grant' }];
          turns[0].by = [file.role];
        }
      }),
    path: 'turns[0].by[0]',
    message: /^only the Polish or Romanian delegation gives transit\.answer, not (france|ussr)$/,
  },
  {
    file: 'save/gameFile.ts',
    name: 'an order of the Romanian delegation that is not a transit answer',
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'romania'];
        if (turns[0] !== undefined) turns[0].by = ['romania'];
      }),
    path: 'turns[0].actions[0]',
    message: /^the romania delegation gives only transit\.answer or demarche\.answer, not [a-zA-Z.]+$/,
  },
  {
    file: 'save/gameFile.ts',
    name: 'a transit answer given by the Czechoslovak delegation',
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'czechoslovakia'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'transit.answer', answer: 'grant' }];
          turns[0].by = ['czechoslovakia'];
        }
      }),
    path: 'turns[0].actions[0]',
    message: 'the czechoslovakia delegation gives only czechoslovakia.answer, not transit.answer',
  },
  {
    file: 'save/gameFile.ts',
    name: 'a Czechoslovak answer given by a side',
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'czechoslovakia'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'czechoslovakia.answer', answer: 'accept' }];
          turns[0].by = [file.role];
        }
      }),
    path: 'turns[0].by[0]',
    message: /^only the Czechoslovak delegation gives czechoslovakia\.answer, not (france|ussr)$/,
  },
  {
    file: 'save/gameFile.ts',
    name: 'a transit answer given by the British delegation',
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'britain'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'transit.answer', answer: 'grant' }];
          turns[0].by = ['britain'];
        }
      }),
    path: 'turns[0].actions[0]',
    message: 'the britain delegation gives only britain.answer, britain.guarantee or britain.stand, not transit.answer',
  },
  {
    file: 'save/gameFile.ts',
    name: "Britain's verdict given by a side",
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'britain'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'britain.answer', answer: 'lawful' }];
          turns[0].by = [file.role];
        }
      }),
    path: 'turns[0].by[0]',
    message: /^only the British delegation gives britain\.answer, not (france|ussr)$/,
  },
  {
    file: 'save/gameFile.ts',
    name: "Britain's guarantee to Poland given by a side",
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'britain'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'britain.guarantee', answer: 'guarantee' }];
          turns[0].by = [file.role];
        }
      }),
    path: 'turns[0].by[0]',
    message: /^only the British delegation gives britain\.guarantee, not (france|ussr)$/,
  },
  {
    file: 'save/gameFile.ts',
    name: "Britain's guarantee to Poland given by the Polish delegation",
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'poland'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'britain.guarantee', answer: 'decline' }];
          turns[0].by = ['poland'];
        }
      }),
    path: 'turns[0].actions[0]',
    message:
      'the poland delegation gives only transit.answer, demarche.answer or poland.teschen, not britain.guarantee',
  },
  {
    file: 'save/gameFile.ts',
    name: "a démarche's answer given by a side",
    problems: () =>
      delegationsFile((file, turns) => {
        file.roles = [file.role, 'poland'];
        if (turns[0] !== undefined) {
          turns[0].actions = [{ type: 'demarche.answer', answer: 'moved' }];
          turns[0].by = [file.role];
        }
      }),
    path: 'turns[0].by[0]',
    message: /^only the Polish or Romanian delegation gives demarche\.answer, not (france|ussr)$/,
  },

  // strategy.ts: a strategy written as data
  {
    file: 'strategy.ts',
    name: 'a crisis answer among the orders',
    problems: () => strategy({ orders: [{ action: { type: 'crisis.respond', choice: 'mobilise' } }] }),
    path: 'orders[0].action',
    message: 'a crisis is answered in "crises", not in "orders"',
  },
  {
    file: 'strategy.ts',
    name: 'an order whose last month comes before its first',
    problems: () => strategy({ orders: [{ action: { type: 'convention.open' }, from: '1937-01', until: '1936-12' }] }),
    path: 'orders[0].until',
    message: 'expected a month from 1937-01 on, got "1936-12"',
  },
  {
    file: 'strategy.ts',
    name: 'an order only the other side can give',
    problems: () => strategy({ orders: [{ action: { type: 'military.readiness' } }] }),
    path: 'orders[0].action.type',
    message: 'only the Soviet side can do that, and this strategy plays france',
  },
  {
    file: 'save/seed.ts',
    name: 'an empty seed',
    problems: () => [{ path: '', message: seedProblem('') ?? 'accepted' }],
    path: '',
    message: 'a seed must not be empty',
  },
  {
    file: 'save/seed.ts',
    name: 'a seed that is not text',
    problems: () => [{ path: '', message: seedProblem(42) ?? 'accepted' }],
    path: '',
    message: 'a seed is text, got number',
  },
  {
    file: 'save/seed.ts',
    name: 'a seed one character too long',
    problems: () => [{ path: '', message: seedProblem('x'.repeat(MAX_SEED_LENGTH + 1)) ?? 'accepted' }],
    path: '',
    message: `a seed is at most ${MAX_SEED_LENGTH} characters`,
  },
  {
    file: 'save/gameFile.ts',
    name: 'a game file played with a rule variant this version does not know',
    problems: () => {
      const data = copy(GAME_FILE);
      data.variants = ['no-purge', 'kaiser-wins'];
      return problemsOf(parseGameFile(data));
    },
    path: 'variants',
    message: /^unknown rule variant "kaiser-wins"; the variants are no-protocol-override, /,
  },
  {
    file: 'save/gameFile.ts',
    name: 'a share link whose orders name an unknown rule variant',
    problems: () => {
      const scenario = parseScenario(SCENARIO);
      if (!scenario.ok) throw new Error('the scenario is valid');
      return problemsOf(
        gameFileFromOrders(scenario.value, { seed: 'x', role: 'france', orders: [[]], variants: ['kaiser-wins'] }),
      );
    },
    path: 'variants',
    message: /^unknown rule variant "kaiser-wins"/,
  },
  {
    file: 'save/gameFile.ts',
    name: 'an empty seed in a game file',
    problems: () => {
      const data = copy(GAME_FILE);
      data.seed = '';
      return problemsOf(parseGameFile(data));
    },
    path: 'seed',
    message: 'a seed must not be empty',
  },

  // turn/actions.ts: an order
  {
    file: 'turn/actions.ts',
    name: 'an offer past the last option of its clause',
    problems: () =>
      problemsOf(parseWith(gameActionSchema, { type: 'convention.offer', clause: 'trigger', option: 99 })),
    path: 'option',
    message: /^the trigger clause has options 0 to \d+, got 99$/,
  },
  {
    file: 'turn/actions.ts',
    name: "an answer on Britain's guarantee to Poland that is neither to guarantee nor to decline",
    problems: () => problemsOf(parseWith(gameActionSchema, { type: 'britain.guarantee', answer: 'later' })),
    path: 'answer',
    message: 'expected one of guarantee, decline, got "later"',
  },
];

describe('every schema refinement refuses what it is there to refuse', () => {
  for (const refusal of REFUSALS) {
    it(`${refusal.file}: refuses ${refusal.name}, naming the field and why`, () => {
      const problems = refusal.problems();
      expect(problems.length, 'refused').toBeGreaterThan(0);
      const matching = problems.filter((p) => matches(refusal.path, p.path) && matches(refusal.message, p.message));
      expect(matching, JSON.stringify(problems)).not.toEqual([]);
    });
  }

  it('starts from inputs the schemas accept', () => {
    expect(parseLegalCase(LEGAL_CASE).ok).toBe(true);
    expect(parseScenario(SCENARIO).ok).toBe(true);
    expect(parseGameFile(GAME_FILE).ok).toBe(true);
    expect(delegationsFile(() => {})).toEqual([]);
    expect(parseWith(LAW_SCHEMAS['calendar.json'], CALENDAR).ok).toBe(true);
    expect(parseWith(LAW_SCHEMAS['feasibility.json'], FEASIBILITY).ok).toBe(true);
    expect(parseWith(MODEL_SCHEMAS['actors.json'], ACTORS).ok).toBe(true);
    expect(parseWith(termSchema, TERM).ok).toBe(true);
    expect(seedProblem('golden-2')).toBeNull();
    expect(parseWith(gameActionSchema, { type: 'convention.offer', clause: 'trigger', option: 0 }).ok).toBe(true);
    expect(parseWith(isoDateString(), '1936-02-29').ok).toBe(true);
    expect(parseWith(yearMonthString(), '1939-09').ok).toBe(true);
    expect(parseWith(dayOrMonthString(), '1939-09').ok).toBe(true);
    expect(parseWith(recordOf(['poland'], 'state', z.number()), { poland: 1 }).ok).toBe(true);
  });

  it('has a refusal for every refinement in the source', () => {
    for (const file of new Set(REFUSALS.map((r) => r.file))) {
      const source = readFileSync(join(import.meta.dirname, file), 'utf8');
      const checks = (source.match(/\.refine\(|\.addIssue\(/g) ?? []).length;
      const tested = REFUSALS.filter((r) => r.file === file).length;
      expect(tested, `${file} has ${checks} refinements`).toBeGreaterThanOrEqual(checks);
    }
  });

  it('covers every source file of the engine that refines a schema', () => {
    const refining = readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => /\.refine\(|\.addIssue\(/.test(readFileSync(join(import.meta.dirname, file), 'utf8')))
      .map((file) => file.split(sep).join('/'));
    expect(refining.length).toBeGreaterThan(5);
    const covered = new Set(REFUSALS.map((r) => r.file));
    for (const file of refining) expect(covered, file).toContain(file);
  });
});
