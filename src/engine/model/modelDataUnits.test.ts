/**
 * The checks across the model's files, one broken reference at a time: each
 * test breaks one field of the shipped data (inside the test) and asserts the
 * exact problem `npm run validate` tells the author, so a check that stops
 * looking (or names the wrong place) fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  decisionRule,
  ENDINGS,
  EVENTS,
  endingProblems,
  GOVERNMENTS,
  MODEL,
  MOVES,
  missingDecisions,
  modelProblemsWith,
  REQUIRED_DECISIONS,
  referenceProblems,
  SHIPPED_MODEL,
} from './modelData';
import type { Condition, EndingPredicate } from './modelSchemas';
import { makeEndingPredicateSchema } from './modelSchemas';

/** A government of `country` in the shipped data. */
function governmentOf(country: string): string {
  const id = Object.keys(GOVERNMENTS).find((g) => GOVERNMENTS[g]?.country === country);
  if (id === undefined) throw new Error(`no ${country} government`);
  return id;
}

/** The shipped events with the first one's `requires` replaced. */
function firstEventRequires(requires: Condition[]): typeof EVENTS {
  const [first, ...rest] = EVENTS;
  if (first === undefined) throw new Error('no events');
  return [{ ...first, requires }, ...rest];
}

/** Ids of three shipped events, the first one in the list. */
function threeEvents(): [string, string, string] {
  const [a, b, c] = EVENTS;
  if (a === undefined || b === undefined || c === undefined) throw new Error('too few events');
  return [a.id, b.id, c.id];
}

describe('referenceProblems: every kind of reference', () => {
  it('finds nothing wrong with the shipped data', () => {
    expect(referenceProblems(SHIPPED_MODEL)).toEqual([]);
  });

  it('names an unknown event in notEvent, and an unknown move in move and moveNot', () => {
    const events = firstEventRequires([
      { notEvent: 'no-such-event' },
      { move: 'no-such-move', status: 'done' },
      { moveNot: 'other-move', status: 'pending' },
    ]);
    expect(referenceProblems({ ...SHIPPED_MODEL, events })).toEqual([
      'events[0].requires: unknown event "no-such-event"',
      'events[0].requires: unknown German move "no-such-move"',
      'events[0].requires: unknown German move "other-move"',
    ]);
  });

  it('accepts known events and moves in every kind of condition', () => {
    const [a, b] = threeEvents();
    const move = MOVES[0]?.id ?? '';
    const [first, second, ...rest] = EVENTS;
    if (first === undefined || second === undefined) throw new Error('too few events');
    const events = [
      first,
      {
        ...second,
        requires: [{ notEvent: a }, { move, status: 'done' as const }, { moveNot: move, status: 'pending' as const }],
      },
      ...rest,
    ];
    expect(b).toBe(second.id);
    expect(referenceProblems({ ...SHIPPED_MODEL, events })).toEqual([]);
  });

  it('names an unknown government and one of the wrong country, given alone or in a list', () => {
    const french = governmentOf('france');
    const british = governmentOf('uk');
    const events = firstEventRequires([
      { government: { france: 'no-such-cabinet' } },
      { government: { france: [french, british] } },
      { government: { uk: british } },
    ]);
    expect(referenceProblems({ ...SHIPPED_MODEL, events })).toEqual([
      'events[0].requires: unknown government "no-such-cabinet"',
      `events[0].requires: "${british}" is a uk government`,
    ]);
  });

  it("checks an event's unless, and its effects on governments", () => {
    const [first, ...rest] = EVENTS;
    if (first === undefined) throw new Error('no events');
    const soviet = governmentOf('ussr');
    const events = [
      {
        ...first,
        unless: [{ event: 'never-happened' }],
        effects: { ...first.effects, government: { france: 'nobody', uk: soviet, ussr: soviet } },
      },
      ...rest,
    ];
    expect(referenceProblems({ ...SHIPPED_MODEL, events })).toEqual([
      'events[0].unless: unknown event "never-happened"',
      'events[0].effects.government.france: unknown government "nobody"',
      `events[0].effects.government.uk: "${soviet}" is a ussr government`,
    ]);
  });

  it("checks a German move's requirements", () => {
    const [first, ...rest] = MOVES;
    if (first === undefined) throw new Error('no moves');
    const moves = [{ ...first, requires: [{ event: 'no-such-event' }] }, ...rest];
    expect(referenceProblems({ ...SHIPPED_MODEL, moves })).toEqual([
      'moves[0].requires: unknown event "no-such-event"',
    ]);
  });

  it('names a cycle between German moves, and between an event and a move', () => {
    const [m0, m1, ...rest] = MOVES;
    if (m0 === undefined || m1 === undefined) throw new Error('too few moves');
    const moves = [
      { ...m0, requires: [{ move: m1.id, status: 'done' as const }] },
      { ...m1, requires: [{ move: m0.id, status: 'done' as const }] },
      ...rest,
    ];
    expect(referenceProblems({ ...SHIPPED_MODEL, moves })).toEqual([
      `events: cyclic dependency move:${m0.id} → move:${m1.id} → move:${m0.id}`,
    ]);

    const [e0] = threeEvents();
    const events = firstEventRequires([{ move: m0.id, status: 'done' }]);
    const back = [{ ...m0, requires: [{ event: e0 }] }, ...MOVES.slice(1)];
    expect(referenceProblems({ ...SHIPPED_MODEL, events, moves: back })).toEqual([
      `events: cyclic dependency ${e0} → move:${m0.id} → ${e0}`,
    ]);
  });

  it('names only the events in the cycle, not the path that led to it', () => {
    const [a, b, c] = threeEvents();
    const [ea, eb, ec, ...rest] = EVENTS;
    if (ea === undefined || eb === undefined || ec === undefined) throw new Error('too few events');
    const events = [
      { ...ea, requires: [{ event: b }] },
      { ...eb, requires: [{ event: c }] },
      { ...ec, requires: [{ event: b }] },
      ...rest,
    ];
    expect(referenceProblems({ ...SHIPPED_MODEL, events })).toEqual([`events: cyclic dependency ${b} → ${c} → ${b}`]);
    expect(a).toBe(ea.id);
  });
});

describe('endingProblems', () => {
  /** The shipped endings with the first one's condition replaced. */
  function endingsWhen(when: EndingPredicate): typeof ENDINGS {
    const [first, ...rest] = ENDINGS;
    if (first === undefined) throw new Error('no endings');
    return [{ ...first, when }, ...rest];
  }

  it('finds nothing wrong with the shipped endings', () => {
    expect(endingProblems(ENDINGS, MOVES, MODEL)).toEqual([]);
  });

  it('names an unknown German move wherever a predicate names one', () => {
    const when: EndingPredicate = {
      all: [
        { move: 'm-all', status: ['done'] },
        { any: [{ not: { move: 'm-not', status: ['met'] } }, { warOver: ['m-war'] }] },
        { crisis: { move: 'm-crisis' } },
        { crisis: { result: ['war'] } },
        { lastMonth: true },
      ],
    };
    expect(endingProblems(endingsWhen(when), MOVES, MODEL)).toEqual([
      'endings[0].when: unknown German move "m-all"',
      'endings[0].when: unknown German move "m-not"',
      'endings[0].when: unknown German move "m-war"',
      'endings[0].when: unknown German move "m-crisis"',
    ]);
    const known = MOVES[0]?.id ?? '';
    const fine: EndingPredicate = {
      any: [{ warOver: [known] }, { move: known, status: ['done'] }, { crisis: { move: known } }],
    };
    expect(endingProblems(endingsWhen(fine), MOVES, MODEL)).toEqual([]);
  });

  it('refuses a wavering threshold above the granting one, and allows them equal', () => {
    const granted = MODEL.transit.grantedAt;
    const equal = { ...MODEL, transit: { ...MODEL.transit, waveringAt: granted } };
    expect(endingProblems(ENDINGS, MOVES, equal)).toEqual([]);
    const above = { ...MODEL, transit: { ...MODEL.transit, waveringAt: granted + 1 } };
    expect(endingProblems(ENDINGS, MOVES, above)).toEqual([
      `model.json: transit.waveringAt: must be at most grantedAt (${granted})`,
    ]);
  });
});

describe('the decisions the engine calls', () => {
  it('are all in the shipped actors', () => {
    expect(missingDecisions(ACTORS)).toEqual([]);
    for (const [actor, id] of REQUIRED_DECISIONS) expect(decisionRule(actor, id)).toBe(ACTORS[actor].decisions[id]);
  });

  it('are named when an actor lacks them', () => {
    const poland = ACTORS.poland;
    if (poland === undefined) throw new Error('no Poland');
    const withoutDecision = { ...ACTORS, poland: { ...poland, decisions: {} } };
    const polishNeeds = REQUIRED_DECISIONS.filter(([actor]) => actor === 'poland').map(
      ([, id]) => `actors.poland.decisions: the engine needs a decision "${id}"`,
    );
    expect(polishNeeds.length).toBeGreaterThan(0);
    expect(missingDecisions(withoutDecision)).toEqual(polishNeeds);
  });

  it('throws, naming the file and the decision, when a rule is asked for that does not exist', () => {
    expect(() => decisionRule('france', 'surrender')).toThrow(
      new Error('scenarios/model/actors.json: france has no decision "surrender"'),
    );
  });
});

describe('modelProblemsWith: one file replaced, the others shipped', () => {
  it('checks model.json in place of the shipped one', () => {
    const granted = MODEL.transit.grantedAt;
    const model = { ...MODEL, transit: { ...MODEL.transit, waveringAt: granted + 5 } };
    expect(modelProblemsWith('model.json', model)).toEqual([
      `model.json: transit.waveringAt: must be at most grantedAt (${granted})`,
    ]);
    expect(modelProblemsWith('model.json', MODEL)).toEqual([]);
  });

  it('checks actors.json in place of the shipped one', () => {
    const belgium = ACTORS.belgium;
    if (belgium === undefined) throw new Error('no Belgium');
    const actors = { ...ACTORS, belgium: { ...belgium, decisions: {} } };
    expect(modelProblemsWith('actors.json', { actors })).toEqual([
      'actors.belgium.decisions: the engine needs a decision "standWithFrance"',
    ]);
  });

  it('checks events.json in place of the shipped one', () => {
    expect(modelProblemsWith('events.json', { events: firstEventRequires([{ event: 'nope' }]) })).toEqual([
      'events[0].requires: unknown event "nope"',
    ]);
  });

  it('checks moves.json in place of the shipped one', () => {
    const [first, ...rest] = MOVES;
    if (first === undefined) throw new Error('no moves');
    const moves = [{ ...first, requires: [{ event: 'nope' }] }, ...rest];
    expect(modelProblemsWith('moves.json', { moves })).toEqual(['moves[0].requires: unknown event "nope"']);
  });

  it('checks governments.json in place of the shipped one', () => {
    const french = governmentOf('france');
    const governments = Object.fromEntries(Object.entries(GOVERNMENTS).filter(([id]) => id !== french));
    const problems = modelProblemsWith('governments.json', { governments });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.endsWith(`unknown government "${french}"`))).toBe(true);
  });

  it('checks endings.json in place of the shipped one', () => {
    const [first, ...rest] = ENDINGS;
    if (first === undefined) throw new Error('no endings');
    const endings = [{ ...first, when: { move: 'nope', status: ['done' as const] } }, ...rest];
    expect(modelProblemsWith('endings.json', { endings })).toEqual(['endings[0].when: unknown German move "nope"']);
  });

  it('has no cross-file checks for the convention and the delegations', () => {
    expect(modelProblemsWith('convention.json', {})).toEqual([]);
    expect(modelProblemsWith('delegations.json', {})).toEqual([]);
  });
});

describe("an ending's predicate schema", () => {
  it('accepts every kind of predicate, lists of more than one included', () => {
    const month = { from: '1936-01', before: '1937-01' };
    const kinds: unknown[] = [
      { all: [{ lastMonth: true }, { war: null }] },
      { any: [{ conventionSigned: month }, { conventionInForce: true }] },
      { not: { sovietGermanDeal: true } },
      { lastMonth: month },
      { conventionSigned: null },
      { conventionInForce: month },
      { sovietGermanDeal: null },
      { tripleAlliance: true },
      { war: month },
      { alliesInclude: ['france', 'ussr'] },
      { alliesIncludeAny: ['uk', 'poland'] },
      { warOver: ['prague', 'poland'] },
      { move: 'prague', status: ['done', 'met'], month },
      { crisis: { move: 'prague', result: ['war'] } },
    ];
    const schema = makeEndingPredicateSchema();
    for (const kind of kinds) expect(schema.safeParse(kind).success, JSON.stringify(kind)).toBe(true);
  });

  it('refuses empty lists, and an unknown kind', () => {
    const schema = makeEndingPredicateSchema();
    for (const bad of [
      { all: [] },
      { any: [] },
      { alliesInclude: [] },
      { alliesIncludeAny: [] },
      { warOver: [] },
      { move: 'prague', status: [] },
      { peace: true },
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
