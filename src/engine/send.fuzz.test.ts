/**
 * Orders checked at the door: `send` reads every input with the action schema
 * before anything else, refuses what is not an action with a reason, never
 * throws, and never lets a refused input change the world.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld, replayTurns } from './game';
import { CONVENTION } from './model/modelData';
import { parseGameFile, parseGameFileText, recordGame } from './save/gameFile';
import { parseScenario } from './scenario/loadScenario';
import type { Scenario } from './scenario/schema';
import { CRISIS_CHOICES, type GameAction, MAX_ORDERS_PER_TURN, MONTHLY_ORDERS } from './turn/actions';
import { ACTOR_IDS, CLAUSE_IDS, LEVEL_IDS, type Role, type WorldState } from './world/worldState';

const pact = loadScenario('pact-1935');

/** pact-1935 with the talks already at the drafting table, where offers reach the convention. */
const drafting: Scenario = {
  ...pact,
  overrides: { ...pact.overrides, convention: { phase: 'drafting' }, note: 'Test: the talks start at drafting.' },
};

/** Every way the world can be malformed that a bad order once caused: the problems, or []. */
function worldProblems(world: WorldState): string[] {
  const problems: string[] = [];
  const level = (name: string, value: number, min = 0, max = 100) => {
    if (!Number.isInteger(value) || value < min || value > max) problems.push(`${name} = ${value}`);
  };
  for (const id of LEVEL_IDS) level(`levels.${id}`, world.levels[id]);
  for (const id of ACTOR_IDS) {
    level(`actors.${id}.stance`, world.actors[id].stance, -100, 100);
    level(`actors.${id}.trust`, world.actors[id].trust);
  }
  level('transit.poland', world.transit.poland);
  level('transit.romania', world.transit.romania);
  level('convention.credibility', world.convention.credibility);
  if (!Number.isInteger(world.capital)) problems.push(`capital = ${world.capital}`);
  for (const [clause, option] of Object.entries(world.convention.agreed)) {
    const known = CLAUSE_IDS.find((c) => c === clause);
    if (known === undefined) problems.push(`agreed.${clause}`);
    else level(`agreed.${clause}`, option ?? -1, 0, CONVENTION.clauses[known].options.length - 1);
  }
  const counter = world.convention.counter;
  if (counter !== null)
    level('counter.option', counter.option, 0, CONVENTION.clauses[counter.clause].options.length - 1);
  return problems;
}

/** Send `input` and check the door held: refused with a reason, nothing thrown, the world unchanged. */
function expectRefused(game: Game, input: unknown): string {
  const before = hashWorld(game.getSnapshot().world);
  const turns = game.getSnapshot().turns.length;
  let answer: { accepted: boolean; reason: string | null } = { accepted: true, reason: null };
  expect(() => {
    answer = game.send(input);
  }).not.toThrow();
  expect(answer.accepted).toBe(false);
  expect(answer.reason).toEqual(expect.stringMatching(/\S/));
  expect(hashWorld(game.getSnapshot().world)).toBe(before);
  expect(game.getSnapshot().turns).toHaveLength(turns);
  expect(game.getLog().at(-1)).toMatchObject({ accepted: false, reason: answer.reason });
  return answer.reason ?? '';
}

describe('send refuses the bad inputs named in the issue', () => {
  it('refuses an unknown action type', () => {
    const game = createGame(pact, { seed: 'door' });
    expect(expectRefused(game, { type: 'foo' })).toMatch(/^unknown action type "foo"; expected one of pass, /);
  });

  it('refuses a démarche to Germany, and leaves transit levels whole numbers', () => {
    const game = createGame(pact, { seed: 'door' });
    expect(expectRefused(game, { type: 'diplomacy.demarche', to: 'germany' })).toMatch(
      /to: expected one of poland, romania, got "germany"/,
    );
    game.send({ type: 'turn.end' });
    expect(worldProblems(game.getSnapshot().world)).toEqual([]);
  });

  it('refuses an offer whose option is 2.5, NaN, "1", -1, 1e9, Infinity or past the clause’s last option, while drafting', () => {
    const game = createGame(drafting, { seed: 'door' });
    expect(game.getSnapshot().world.convention.phase).toBe('drafting');
    const last = CONVENTION.clauses.trigger.options.length - 1;
    for (const option of [2.5, Number.NaN, '1', -1, 1e9, Number.POSITIVE_INFINITY, last + 1, null]) {
      expect(expectRefused(game, { type: 'convention.offer', clause: 'trigger', option }), String(option)).toMatch(
        /^not a valid convention\.offer action: option: /,
      );
    }
    expect(expectRefused(game, { type: 'convention.offer', clause: 'trigger', option: last + 1 })).toContain(
      `the trigger clause has options 0 to ${last}, got ${last + 1}`,
    );
    expect(game.send({ type: 'convention.offer', clause: 'trigger', option: last }).accepted).toBe(true);
    expect(worldProblems(game.getSnapshot().world)).toEqual([]);
  });

  it('refuses an offer on clause __proto__ or constructor without throwing', () => {
    const game = createGame(drafting, { seed: 'door' });
    for (const clause of ['__proto__', 'constructor', 'toString']) {
      expect(expectRefused(game, { type: 'convention.offer', clause, option: 0 })).toMatch(/clause: expected one of/);
    }
  });

  it('refuses a crisis answer of "nuke", in a crisis too', () => {
    const game = createGame(pact, { seed: 'door' });
    expect(expectRefused(game, { type: 'crisis.respond', choice: 'nuke' })).toMatch(/choice: expected one of/);
    let guard = 0;
    while (game.getSnapshot().phase === 'orders' && guard++ < 60) game.send({ type: 'turn.end' });
    expect(game.getSnapshot().phase).toBe('crisis');
    expect(expectRefused(game, { type: 'crisis.respond', choice: 'nuke' })).toMatch(/choice: expected one of/);
    expect(game.send({ type: 'crisis.respond', choice: 'stand-aside' }).accepted).toBe(true);
  });

  it('refuses null, undefined, numbers, strings, lists, functions and symbols, never throwing', () => {
    const game = createGame(pact, { seed: 'door' });
    for (const input of [null, undefined, 0, Number.NaN, true, 'pass', [], [{ type: 'pass' }], () => 1, Symbol('x')]) {
      expect(expectRefused(game, input)).toMatch(/^an action is an object with a type, got /);
    }
  });

  it('refuses a huge string without echoing it', () => {
    const game = createGame(pact, { seed: 'door' });
    const huge = 'x'.repeat(20_000_000);
    expect(expectRefused(game, huge).length).toBeLessThan(200);
    expect(expectRefused(game, { type: huge }).length).toBeLessThan(600);
  });

  it('refuses an object whose field throws when read, and one that is not plain data', () => {
    const game = createGame(pact, { seed: 'door' });
    const throwing = Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(expectRefused(game, throwing)).toMatch(/could not be read/);
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    expect(expectRefused(game, hostile)).toMatch(/could not be read/);
    expect(expectRefused(game, new Date(0))).toMatch(/not plain data/);
    expect(expectRefused(game, Object.create({ type: 'pass' }))).toMatch(/not plain data/);
  });

  it('refuses prototype keys: __proto__ from JSON, constructor, prototype, and symbol keys', () => {
    const game = createGame(pact, { seed: 'door' });
    expect(expectRefused(game, JSON.parse('{"type":"pass","__proto__":{"polluted":1}}'))).toMatch(/^__proto__: /);
    expect(expectRefused(game, { type: 'pass', constructor: 1 })).toMatch(/^constructor: /);
    expect(expectRefused(game, { type: 'pass', prototype: {} })).toMatch(/^prototype: /);
    expect(expectRefused(game, { type: 'pass', [Symbol('s')]: 1 })).toMatch(/symbol/);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });

  it('refuses an unknown field on every kind of action, turn.end included', () => {
    const game = createGame(drafting, { seed: 'door' });
    const kinds: unknown[] = [
      { type: 'turn.end' },
      { type: 'crisis.respond', choice: 'mobilise' },
      { type: 'convention.offer', clause: 'trigger', option: 0 },
      { type: 'diplomacy.demarche', to: 'poland' },
      ...game.legalActions(),
    ];
    for (const kind of kinds) {
      expect(expectRefused(game, { ...(kind as object), extra: 1 })).toMatch(/extra: unknown field$/);
    }
    expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
  });

  it('refuses a source that is not player, replay or engine', () => {
    const game = createGame(pact, { seed: 'door' });
    const source = ['nobody'].find(() => true) ?? '';
    const answer = Reflect.apply(game.send, game, [{ type: 'pass' }, source]);
    expect(answer).toEqual({ accepted: false, reason: 'unknown source: expected player, replay or engine' });
  });

  it('keeps a copy of the action, not the object the caller may change later', () => {
    const game = createGame(drafting, { seed: 'door' });
    const offer = { type: 'convention.offer', clause: 'trigger', option: 0 };
    expect(game.send(offer).accepted).toBe(true);
    offer.option = 99;
    expect(game.getLog().at(-1)?.action).toEqual({ type: 'convention.offer', clause: 'trigger', option: 0 });
  });
});

describe('createGame', () => {
  it('throws a clear Error for a role the scenario does not offer', () => {
    const frenchOnly: Scenario = { ...pact, roles: ['france'] };
    expect(() => createGame(frenchOnly, { seed: 'role', role: 'ussr' })).toThrow(
      new Error('createGame: the scenario "pact-1935" offers the role france, not "ussr"'),
    );
    expect(createGame(frenchOnly, { seed: 'role', role: 'france' }).getSnapshot().world.role).toBe('france');
  });

  it('throws for a seed a game file could not hold', () => {
    expect(() => createGame(pact, { seed: '' })).toThrow(/createGame: a seed must not be empty/);
    expect(() => createGame(pact, { seed: 's'.repeat(201) })).toThrow(/at most 200 characters/);
  });
});

describe('the month’s cap on orders', () => {
  it(`takes ${MAX_ORDERS_PER_TURN} orders a month and refuses 100,000 more quickly; the turn still saves`, () => {
    const game = createGame(pact, { seed: 'cap' });
    const start = performance.now();
    let accepted = 0;
    let lastReason: string | null = null;
    for (let i = 0; i < 100_000; i++) {
      const answer = game.send({ type: 'pass' });
      if (answer.accepted) accepted += 1;
      else lastReason = answer.reason;
    }
    const seconds = (performance.now() - start) / 1000;
    expect(accepted).toBe(MAX_ORDERS_PER_TURN);
    expect(lastReason).toBe(`a month takes at most ${MAX_ORDERS_PER_TURN} orders; end the month (turn.end)`);
    expect(seconds).toBeLessThan(5);
    expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
    const { turns } = game.getSnapshot();
    expect(turns[0]?.actions).toHaveLength(MAX_ORDERS_PER_TURN);
    expect(parseGameFile(recordGame(pact, 'cap', 'france', turns)).ok).toBe(true);
    expect(game.send({ type: 'pass' }).accepted).toBe(true);
  });
});

describe('files are read with the same action schema', () => {
  const BAD_ACTIONS = [
    '{"type":"foo"}',
    '{"type":"diplomacy.demarche","to":"germany"}',
    '{"type":"convention.offer","clause":"trigger","option":2.5}',
    '{"type":"convention.offer","clause":"trigger","option":"1"}',
    `{"type":"convention.offer","clause":"trigger","option":${CONVENTION.clauses.trigger.options.length}}`,
    '{"type":"convention.offer","clause":"__proto__","option":1}',
    '{"type":"crisis.respond","choice":"nuke"}',
    '{"type":"pass","__proto__":{"polluted":1}}',
    '{"type":"pass","extra":1}',
    'null',
  ];
  /** `turn.end` is sent to a game, never recorded as an order in a file. */
  const NOT_IN_FILES = [...BAD_ACTIONS, '{"type":"turn.end"}'];
  const game = recordGame(pact, 'files', 'france', [{ turn: 0, month: pact.start, actions: [] }]);

  it('refuses in a game file every action send refuses', () => {
    expect(parseGameFileText(JSON.stringify(game)).ok).toBe(true);
    for (const bad of NOT_IN_FILES) {
      const text = JSON.stringify(game).replace('"actions":[]', `"actions":[${bad}]`);
      expect(text, bad).toContain(bad);
      expect(parseGameFileText(text).ok, bad).toBe(false);
    }
    for (const bad of BAD_ACTIONS) {
      expect(createGame(drafting, { seed: 'files' }).send(JSON.parse(bad)).accepted, bad).toBe(false);
    }
  });

  it('refuses in a scenario’s historical choices every action send refuses', () => {
    const text = JSON.stringify(pact);
    expect(parseScenario(JSON.parse(text)).ok).toBe(true);
    for (const bad of NOT_IN_FILES) {
      const data = JSON.parse(text);
      data.historicalChoices.france.push({ month: pact.start, actions: [JSON.parse(bad)], source: 'test' });
      expect(parseScenario(data).ok, bad).toBe(false);
    }
  });
});

/** Every shape of action, valid: the templates the near-valid inputs are mutated from. */
/** Every kind of order: the month's order templates, offers on each clause, and each crisis answer. */
const TEMPLATES: readonly GameAction[] = [
  { type: 'pass' },
  ...MONTHLY_ORDERS,
  ...CLAUSE_IDS.map((clause): GameAction => ({ type: 'convention.offer', clause, option: 1 })),
  ...CRISIS_CHOICES.map((choice): GameAction => ({ type: 'crisis.respond', choice })),
];

const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    2.5,
    '1',
    -1,
    1e9,
    Number.POSITIVE_INFINITY,
    -0,
    null,
    undefined,
    '',
    'germany',
    '__proto__',
    'constructor',
    'turn.end',
    true,
    [],
    {},
  ),
  fc.jsonValue(),
);

/** A valid action with one thing wrong (or, now and then, nothing): a field's value, a missing field, an extra key. */
const nearValid = fc
  .tuple(
    fc.constantFrom(...TEMPLATES, { type: 'turn.end' }),
    fc.constantFrom('set', 'delete', 'add', 'defineOwn', 'none'),
    fc.constantFrom('type', 'clause', 'option', 'to', 'choice', 'extra', '__proto__', 'constructor', 'prototype'),
    oddValue,
  )
  .map(([template, how, key, value]) => {
    const copy: Record<string, unknown> = { ...template };
    if (how === 'set' || how === 'add') copy[key] = value;
    else if (how === 'delete') delete copy[key];
    else if (how === 'defineOwn') Object.defineProperty(copy, key, { value, enumerable: true });
    return copy;
  });

type Command = { kind: 'input'; input: unknown } | { kind: 'legal'; pick: number } | { kind: 'end' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: nearValid.map((input): Command => ({ kind: 'input', input })) },
  { weight: 1, arbitrary: fc.jsonValue().map((input): Command => ({ kind: 'input', input })) },
  {
    weight: 1,
    arbitrary: fc
      .anything({ withObjectString: true, withNullPrototype: true })
      .map((input): Command => ({ kind: 'input', input })),
  },
  { weight: 2, arbitrary: fc.nat().map((pick): Command => ({ kind: 'legal', pick })) },
  { weight: 2, arbitrary: fc.constant<Command>({ kind: 'end' }) },
);

describe('send under fuzzing', () => {
  it('never throws; a refused input leaves the world unchanged; accepted ones keep it valid and replay to the same hash', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(pact, drafting, loadScenario('munich-1938')),
        fc.constantFrom<Role>('france', 'ussr'),
        fc.array(command, { minLength: 1, maxLength: 100 }),
        (scenario, role, commands) => {
          const game = createGame(scenario, { seed: 'fuzz', role });
          for (const c of commands) {
            const world = game.getSnapshot().world;
            const before = hashWorld(world);
            const legal = game.legalActions();
            const input =
              c.kind === 'end'
                ? { type: 'turn.end' }
                : c.kind === 'legal'
                  ? legal[c.pick % Math.max(1, legal.length)]
                  : c.input;
            const answer = game.send(input);
            const after = game.getSnapshot().world;
            if (answer.accepted) {
              expect(answer.reason).toBeNull();
              expect(worldProblems(after)).toEqual([]);
            } else {
              expect(typeof answer.reason).toBe('string');
              expect(hashWorld(after)).toBe(before);
            }
          }
          // Close the month, so that every accepted order is in a recorded turn.
          if (game.getSnapshot().phase === 'orders') expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
          const { world, turns } = game.getSnapshot();
          // The turns the game recorded replay to the same world …
          expect(hashWorld(replayTurns(scenario, 'fuzz', role, turns))).toBe(hashWorld(world));
          // … and so do the accepted actions of its log, sent again to a new game.
          const again = createGame(scenario, { seed: 'fuzz', role });
          for (const record of game.getLog()) {
            if (record.accepted) expect(again.send(record.action, 'replay').accepted).toBe(true);
          }
          expect(hashWorld(again.getSnapshot().world)).toBe(hashWorld(world));
        },
      ),
      { numRuns: 300 },
    );
  });
});
