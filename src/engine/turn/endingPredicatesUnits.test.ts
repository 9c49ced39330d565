/**
 * The endings' predicates (`holds`) one field at a time, and the endings'
 * helpers (`isOver`, `endingFacts`, `classifyEnding`, `endingText`). Every
 * predicate is a new object made inside its test, so it is compiled inside
 * the test (compiled predicates are kept per object), and every world is built
 * inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { MODEL } from '../model/modelData';
import type { CrisisTest, EndingPredicate, MonthTest } from '../model/modelSchemas';
import { initialWorld } from '../scenario/initialWorld';
import type { CrisisRecord, WorldState } from '../world/worldState';
import { holds, monthPasses } from './endingPredicates';
import { classifyEnding, endingFacts, endingsMet, endingText, isOver } from './endings';

/** pact-1935's first world, quiet, with `changes`. */
function worldWith(changes: Partial<WorldState> = {}): WorldState {
  return { ...initialWorld(loadScenario('pact-1935'), 'predicates', 'france', true), ...changes };
}

/** A crisis record: the Sudetenland in September 1938, unopposed, with `changes`. */
function crisis(changes: Partial<CrisisRecord> = {}): CrisisRecord {
  return {
    move: 'sudetenland',
    month: '1938-09',
    answer: 'stand-aside',
    answers: { france: 'stand-aside', ussr: 'stand-aside' },
    uk: 'no-view',
    transit: { poland: false, romania: false },
    convention: 'noContacts',
    result: 'unopposed',
    metBy: [],
    verdicts: {
      'franco-soviet': { outcome: 'not-applicable', reason: null, obstacles: [] },
      'czechoslovak-soviet': { outcome: 'not-applicable', reason: null, obstacles: [] },
      locarno: { outcome: 'not-engaged', reason: null },
    },
    hollow: [],
    ...changes,
  };
}

/** Does a new predicate `{ crisis: test }` hold of a world whose one crisis is `record`? */
const crisisHolds = (test: CrisisTest, record: CrisisRecord, changes: Partial<WorldState> = {}) =>
  holds(worldWith({ crisis: null, crises: [record], ...changes }), { crisis: { ...test } });

describe('a month test', () => {
  it('by monthPasses: no month passes only null; a range has an inclusive start and an exclusive end', () => {
    expect(monthPasses(null, { from: '1936-01' })).toBe(false);
    expect(monthPasses('1936-01', true)).toBe(true);
    expect(monthPasses('1936-01', {})).toBe(true);
    expect(monthPasses('1936-01', { before: '1936-01' })).toBe(false);
    expect(monthPasses('1935-12', { before: '1936-01' })).toBe(true);
    expect(monthPasses('1936-01', { from: '1936-01' })).toBe(true);
    expect(monthPasses('1936-02', { from: '1936-01', before: '1936-03' })).toBe(true);
  });

  it('compiled in a predicate: null, any month, an empty range, a start, an end, both', () => {
    const months = [null, '1938-07', '1938-08', '1938-09', '1938-10'];
    const cases: [MonthTest, boolean[]][] = [
      [null, [true, false, false, false, false]],
      [true, [false, true, true, true, true]],
      [{}, [false, true, true, true, true]],
      [{ from: '1938-09' }, [false, false, false, true, true]],
      [{ before: '1938-09' }, [false, true, true, false, false]],
      [{ from: '1938-08', before: '1938-10' }, [false, false, true, true, false]],
    ];
    const base = worldWith();
    for (const [test, expected] of cases) {
      const passes = months.map((month) => holds({ ...base, conventionSigned: month }, { conventionSigned: test }));
      expect(passes).toEqual(expected);
      expect(months.map((month) => monthPasses(month, test))).toEqual(expected);
    }
  });
});

describe('the predicates on the world’s fields', () => {
  it('reads each month field of its own', () => {
    const world = worldWith({
      month: '1939-09',
      conventionSigned: '1936-05',
      conventionInForce: '1936-08',
      sovietGermanDeal: '1939-08',
      tripleAlliance: null,
      war: { month: '1939-09', move: 'poland', allies: ['france', 'uk', 'poland'] },
    });
    expect(holds(world, { lastMonth: { from: '1939-09' } })).toBe(true);
    expect(holds(world, { lastMonth: { before: '1939-09' } })).toBe(false);
    expect(holds(world, { conventionSigned: { before: '1936-06' } })).toBe(true);
    expect(holds(world, { conventionSigned: { from: '1936-06' } })).toBe(false);
    expect(holds(world, { conventionInForce: { from: '1936-08' } })).toBe(true);
    expect(holds(world, { conventionInForce: { before: '1936-08' } })).toBe(false);
    expect(holds(world, { sovietGermanDeal: { from: '1939-08' } })).toBe(true);
    expect(holds(world, { sovietGermanDeal: null })).toBe(false);
    expect(holds(world, { tripleAlliance: null })).toBe(true);
    expect(holds(world, { tripleAlliance: true })).toBe(false);
    expect(holds(world, { war: { from: '1939-09' } })).toBe(true);
    expect(holds(world, { war: null })).toBe(false);
    expect(holds(worldWith({ war: null }), { war: null })).toBe(true);
    expect(holds(worldWith({ war: null }), { war: true })).toBe(false);
  });

  it('reads the war’s allies (all of them, or any) and the move it was fought over', () => {
    const world = worldWith({ war: { month: '1938-09', move: 'sudetenland', allies: ['france', 'czechoslovakia'] } });
    const peace = worldWith({ war: null });
    expect(holds(world, { alliesInclude: ['france', 'czechoslovakia'] })).toBe(true);
    expect(holds(world, { alliesInclude: ['france', 'ussr'] })).toBe(false);
    expect(holds(peace, { alliesInclude: [] })).toBe(false);
    expect(holds(world, { alliesIncludeAny: ['ussr', 'czechoslovakia'] })).toBe(true);
    expect(holds(world, { alliesIncludeAny: ['ussr', 'uk'] })).toBe(false);
    expect(holds(peace, { alliesIncludeAny: ['france'] })).toBe(false);
    expect(holds(world, { warOver: ['poland', 'sudetenland'] })).toBe(true);
    expect(holds(world, { warOver: ['poland'] })).toBe(false);
    expect(holds(peace, { warOver: ['sudetenland'] })).toBe(false);
  });

  it('reads a move’s status, and its month when asked', () => {
    const base = worldWith();
    const world = worldWith({
      moves: { ...base.moves, anschluss: { status: 'done', month: '1938-03', postponed: 0 } },
    });
    expect(holds(world, { move: 'anschluss', status: ['done'] })).toBe(true);
    expect(holds(world, { move: 'anschluss', status: ['deterred', 'met'] })).toBe(false);
    expect(holds(world, { move: 'anschluss', status: ['done'], month: { before: '1938-03' } })).toBe(false);
    expect(holds(world, { move: 'anschluss', status: ['done'], month: { from: '1938-03' } })).toBe(true);
    expect(holds(world, { move: 'no-such-move', status: ['pending', 'done'] })).toBe(false);
  });

  it('combines predicates: all, any, not', () => {
    const world = worldWith({ war: null, tripleAlliance: '1939-08' });
    const yes: EndingPredicate = { war: null };
    const no: EndingPredicate = { tripleAlliance: null };
    expect(holds(world, { all: [{ ...yes }, { tripleAlliance: true }] })).toBe(true);
    expect(holds(world, { all: [{ ...yes }, { ...no }] })).toBe(false);
    expect(holds(world, { any: [{ ...no }, { ...yes }] })).toBe(true);
    expect(holds(world, { any: [{ ...no }, { war: true }] })).toBe(false);
    expect(holds(world, { not: { ...no } })).toBe(true);
    expect(holds(world, { not: { ...yes } })).toBe(false);
  });
});

describe('the predicate on a resolved crisis', () => {
  it('holds if one crisis passes every field given, and not with no crisis', () => {
    expect(crisisHolds({}, crisis())).toBe(true);
    expect(holds(worldWith({ crises: [] }), { crisis: {} })).toBe(false);
    expect(crisisHolds({ move: 'sudetenland' }, crisis())).toBe(true);
    expect(crisisHolds({ move: 'rhineland' }, crisis())).toBe(false);
    expect(crisisHolds({ month: { from: '1938-09' } }, crisis())).toBe(true);
    expect(crisisHolds({ month: { before: '1938-09' } }, crisis())).toBe(false);
    expect(crisisHolds({ result: ['deterred', 'war'] }, crisis())).toBe(false);
    expect(crisisHolds({ result: ['unopposed'] }, crisis())).toBe(true);
    expect(crisisHolds({ convention: ['signed'] }, crisis())).toBe(false);
    expect(crisisHolds({ convention: ['signed', 'noContacts'] }, crisis())).toBe(true);
    expect(crisisHolds({ uk: ['lawful'] }, crisis())).toBe(false);
    expect(crisisHolds({ uk: ['lawful', 'no-view'] }, crisis())).toBe(true);
    // Every field must hold: one failing is enough.
    expect(crisisHolds({ move: 'sudetenland', result: ['war'] }, crisis())).toBe(false);
    expect(crisisHolds({ move: 'rhineland', result: ['unopposed'] }, crisis())).toBe(false);
    // One of several crises passing is enough.
    const world = worldWith({ crises: [crisis({ move: 'rhineland' }), crisis()] });
    expect(holds(world, { crisis: { move: 'sudetenland' } })).toBe(true);
  });

  it('met by every state named; not met by at least one of them', () => {
    const met = crisis({ result: 'war', metBy: ['france', 'czechoslovakia'] });
    expect(crisisHolds({ metBy: ['france', 'czechoslovakia'] }, met)).toBe(true);
    expect(crisisHolds({ metBy: ['france', 'ussr'] }, met)).toBe(false);
    expect(crisisHolds({ notMetByAll: ['france', 'ussr'] }, met)).toBe(true);
    expect(crisisHolds({ notMetByAll: ['france', 'czechoslovakia'] }, met)).toBe(false);
  });

  it('transit granted by Poland or Romania', () => {
    expect(crisisHolds({ transitGranted: true }, crisis())).toBe(false);
    expect(crisisHolds({ transitGranted: true }, crisis({ transit: { poland: true, romania: false } }))).toBe(true);
    expect(crisisHolds({ transitGranted: true }, crisis({ transit: { poland: false, romania: true } }))).toBe(true);
  });

  it('since the convention was signed: in or after its month, never if it was not signed', () => {
    const test: CrisisTest = { sinceConventionSigned: true };
    expect(crisisHolds(test, crisis(), { conventionSigned: null })).toBe(false);
    expect(crisisHolds(test, crisis(), { conventionSigned: '1938-09' })).toBe(true);
    expect(crisisHolds(test, crisis(), { conventionSigned: '1938-10' })).toBe(false);
    expect(crisisHolds(test, crisis(), { conventionSigned: '1937-01' })).toBe(true);
  });
});

describe('the game’s end', () => {
  it('is over at war, after a deal made before history’s, or at the last month', () => {
    const world = worldWith({ war: null, sovietGermanDeal: null });
    expect(isOver(world)).toBe(false);
    expect(isOver({ ...world, war: { month: world.month, move: 'rhineland', allies: ['france'] } })).toBe(true);
    expect(isOver({ ...world, sovietGermanDeal: world.month })).toBe(true);
    expect(isOver({ ...world, sovietGermanDeal: MODEL.endings.historicalDeal })).toBe(false);
    expect(isOver({ ...world, month: world.endMonth })).toBe(true);
    expect(world.month < world.endMonth).toBe(true);
  });

  it('names the world’s facts in one line', () => {
    const base = worldWith();
    const world: WorldState = {
      ...base,
      month: '1938-09',
      conventionSigned: '1936-05',
      conventionInForce: null,
      sovietGermanDeal: null,
      tripleAlliance: '1939-08',
      war: { month: '1938-09', move: 'sudetenland', allies: ['france', 'czechoslovakia'] },
      moves: {
        rhineland: { status: 'done', month: '1936-03', postponed: 1 },
        prague: { status: 'pending', month: null, postponed: 0 },
      },
    };
    expect(endingFacts(world)).toBe(
      'last month 1938-09; convention signed 1936-05, in force never; deal none; triple alliance 1939-08; ' +
        'war 1938-09 over sudetenland (france, czechoslovakia); moves: rhineland done 1936-03, prague pending',
    );
    expect(endingFacts({ ...world, war: null, conventionSigned: null, sovietGermanDeal: '1939-08' })).toContain(
      'convention signed never, in force never; deal 1939-08; triple alliance 1939-08; war none;',
    );
  });

  it('classifies a finished world by its one ending, and refuses an ending it does not know', () => {
    const world = worldWith();
    // A world at its last month with no war, deal or convention: one ending only.
    const end = worldWith({ month: world.endMonth, war: null, conventionSigned: null, sovietGermanDeal: null });
    expect(endingsMet(end)).toHaveLength(1);
    expect(endingsMet(end)).toEqual([classifyEnding(end)]);
    expect(endingText('dead-letter').id).toBe('dead-letter');
    expect(() => endingText('no-such-ending')).toThrow('scenarios/model/endings.json has no ending "no-such-ending"');
  });
});
