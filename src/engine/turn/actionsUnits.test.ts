/**
 * The orders at the door and the rules' refusals, function by function: the
 * exact one-line reason a player (or a game file's reader) is given for each
 * kind of bad input, each refusal's sentence, and the fast lists of legal
 * actions against the rules on worlds the games rarely reach (malformed
 * agreed clauses, a capital that is not a whole number, an index past the
 * end). Every world is built inside its test (the mutation run turns a mutant
 * on only while tests run).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { CONVENTION } from '../model/modelData';
import { addMonths } from '../months';
import { initialWorld } from '../scenario/initialWorld';
import { CLAUSE_IDS, type Clauses, type ConventionState, type WorldState, withWorld } from '../world/worldState';
import {
  type GameAction,
  legalActionAt,
  legalActionCount,
  legalActionDrawn,
  legalActions,
  MONTHLY_ORDERS,
  readAction,
  refusal,
  sentActionTypes,
} from './actions';

/** The reason `readAction` gives for `input` (fails the test if it reads an action). */
function reasonFor(input: unknown): string {
  const reading = readAction(input);
  if (reading.ok) throw new Error(`read as an action: ${JSON.stringify(reading.action)}`);
  return reading.reason;
}

const NOT_AN_ACTION = 'an action is an object with a type, got ';
const UNKNOWN_TYPE = (what: string) => `unknown action type ${what}; expected one of ${sentActionTypes().join(', ')}`;

describe('readAction names what it got instead of an action', () => {
  it('null, a list, a number, a boolean, a string (cut at 40 characters), a function, a symbol, a bigint, nothing', () => {
    expect(reasonFor(null)).toBe(`${NOT_AN_ACTION}null`);
    expect(reasonFor([{ type: 'pass' }])).toBe(`${NOT_AN_ACTION}a list`);
    expect(reasonFor(3)).toBe(`${NOT_AN_ACTION}3`);
    expect(reasonFor(Number.NaN)).toBe(`${NOT_AN_ACTION}NaN`);
    expect(reasonFor(true)).toBe(`${NOT_AN_ACTION}true`);
    expect(reasonFor(false)).toBe(`${NOT_AN_ACTION}false`);
    expect(reasonFor('pass')).toBe(`${NOT_AN_ACTION}"pass"`);
    const forty = 'a'.repeat(40);
    expect(reasonFor(forty)).toBe(`${NOT_AN_ACTION}"${forty}"`);
    expect(reasonFor(`${forty}bc`)).toBe(`${NOT_AN_ACTION}"${forty}…"`);
    expect(reasonFor(() => 1)).toBe(`${NOT_AN_ACTION}a function`);
    expect(reasonFor(Symbol('pass'))).toBe(`${NOT_AN_ACTION}a symbol`);
    expect(reasonFor(10n)).toBe(`${NOT_AN_ACTION}a bigint`);
    // undefined has no prototype to read: still refused as "not an action", never "could not be read".
    expect(reasonFor(undefined)).toBe(`${NOT_AN_ACTION}nothing`);
  });

  it('an object that is not plain data: a date, a class instance, a list or a function without a prototype', () => {
    expect(reasonFor(new Date(0))).toBe(`${NOT_AN_ACTION}an object that is not plain data`);
    expect(reasonFor(Object.create({ type: 'pass' }))).toBe(`${NOT_AN_ACTION}an object that is not plain data`);
    expect(reasonFor(new Map([['type', 'pass']]))).toBe(`${NOT_AN_ACTION}an object that is not plain data`);
    // A list stays a list even without Array.prototype; a function stays a function.
    expect(reasonFor(Object.setPrototypeOf([{ type: 'pass' }], null))).toBe(`${NOT_AN_ACTION}a list`);
    expect(reasonFor(Object.setPrototypeOf(() => 1, null))).toBe(`${NOT_AN_ACTION}a function`);
  });

  it('reads a plain object with no prototype at all, and returns a copy', () => {
    const input = Object.assign(Object.create(null), { type: 'diplomacy.demarche', to: 'poland' });
    const reading = readAction(input);
    expect(reading).toEqual({ ok: true, action: { type: 'diplomacy.demarche', to: 'poland' } });
    expect(reading.ok && reading.action).not.toBe(input);
  });

  it('refuses symbol keys and the keys that reach a prototype, naming the key', () => {
    expect(reasonFor({ type: 'pass', [Symbol('x')]: 1 })).toBe('an action has no symbol keys');
    expect(reasonFor(JSON.parse('{"type":"pass","__proto__":{"type":"pass"}}'))).toBe(
      '__proto__: not a field of any action',
    );
    expect(reasonFor({ type: 'pass', constructor: 1 })).toBe('constructor: not a field of any action');
    expect(reasonFor({ prototype: {}, type: 'pass' })).toBe('prototype: not a field of any action');
  });

  it('refuses an unknown type, or none, listing the types it knows', () => {
    expect(sentActionTypes().slice(0, 2)).toEqual(['pass', 'convention.open']);
    expect(sentActionTypes()).toContain('turn.end');
    expect(reasonFor({})).toBe(UNKNOWN_TYPE('(none given)'));
    expect(reasonFor({ type: 'foo' })).toBe(UNKNOWN_TYPE('"foo"'));
    expect(reasonFor({ type: 3 })).toBe(UNKNOWN_TYPE('3'));
    expect(reasonFor({ type: null })).toBe(UNKNOWN_TYPE('null'));
    expect(reasonFor({ type: ['pass'] })).toBe(UNKNOWN_TYPE('a list'));
    expect(reasonFor({ type: 'toString' })).toBe(UNKNOWN_TYPE('"toString"'));
  });

  it('says what is wrong with a known type, field by field', () => {
    expect(reasonFor({ type: 'pass', x: 1 })).toBe('not a valid pass action: x: unknown field');
    expect(reasonFor({ type: 'diplomacy.demarche', to: 'germany' })).toBe(
      'not a valid diplomacy.demarche action: to: expected one of poland, romania, got "germany"',
    );
    const last = CONVENTION.clauses.trigger.options.length - 1;
    expect(readAction({ type: 'convention.offer', clause: 'trigger', option: last }).ok).toBe(true);
    expect(reasonFor({ type: 'convention.offer', clause: 'trigger', option: last + 1 })).toBe(
      `not a valid convention.offer action: option: the trigger clause has options 0 to ${last}, got ${last + 1}`,
    );
  });

  it('lists every problem of a known type, one after another', () => {
    const last = CONVENTION.clauses.trigger.options.length - 1;
    const one = reasonFor({ type: 'convention.offer', clause: 'trigger', option: last + 1 });
    const two = reasonFor({ type: 'convention.offer', clause: 'trigger', option: last + 1, x: 1 });
    const prefix = 'not a valid convention.offer action: ';
    const problems = two.slice(prefix.length).split('; ');
    expect(two.startsWith(prefix)).toBe(true);
    expect(problems).toHaveLength(2);
    expect(problems).toContain(one.slice(prefix.length));
    expect(problems).toContain('x: unknown field');
  });

  it('refuses an object whose field throws when read', () => {
    const throwing = Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(reasonFor(throwing)).toBe('the action could not be read (a field threw when read)');
  });
});

/** A world of pact-1935 as `role`, its convention changed by `convention`. */
function world(role: 'france' | 'ussr' = 'france', convention: Partial<ConventionState> = {}): WorldState {
  const start = initialWorld(loadScenario('pact-1935'), 'units', role, true);
  return withWorld(start, { convention: { ...start.convention, ...convention } });
}

describe('refusal gives each reason as the player reads it', () => {
  it('over, in a crisis, without a crisis, and an order of the other side', () => {
    const france = world('france');
    expect(refusal(withWorld(france, { phase: 'ended' }), { type: 'pass' })).toBe('the game is over');
    const crisis = withWorld(france, { phase: 'crisis' });
    expect(refusal(crisis, { type: 'pass' })).toBe('a crisis is waiting for your answer');
    expect(refusal(crisis, { type: 'crisis.respond', choice: 'mobilise' })).toBeNull();
    expect(refusal(france, { type: 'crisis.respond', choice: 'mobilise' })).toBe('there is no crisis to respond to');
    expect(refusal(france, { type: 'diplomacy.germanFeeler' })).toBe('only the Soviet side can do that');
    expect(refusal(world('ussr'), { type: 'domestic.rally' })).toBe('only the French side can do that');
    expect(refusal(france, { type: 'domestic.rally' })).toBeNull();
  });

  it('on the convention, phase by phase', () => {
    const contacts = world('france', { phase: 'attacheContacts' });
    expect(refusal(contacts, { type: 'convention.open' })).toBe('contacts are already open');
    expect(refusal(contacts, { type: 'convention.offer', clause: 'trigger', option: 0 })).toBe(
      'offers are made while drafting',
    );
    expect(refusal(contacts, { type: 'convention.submit' })).toBe('only a draft can be submitted');
    expect(refusal(contacts, { type: 'convention.resume' })).toBe('the talks are not stalled');
    expect(refusal(world('france', { phase: 'stalled' }), { type: 'convention.resume' })).toBeNull();
    expect(refusal(contacts, { type: 'diplomacy.demarche', to: 'romania' })).toBeNull();
  });

  it('on the staffs’ talks: after attaché contacts only, and drafting after the staffs’ months of talks', () => {
    const staffTalks: GameAction = { type: 'convention.staffTalks' };
    const draft: GameAction = { type: 'convention.draft' };
    expect(refusal(world('france', { phase: 'attacheContacts' }), staffTalks)).toBeNull();
    expect(refusal(world('france', { phase: 'noContacts' }), staffTalks)).toBe(
      'staff talks need attaché contacts first',
    );
    for (const phase of ['staffTalks', 'drafting'] as const)
      expect(refusal(world('france', { phase }), staffTalks), phase).toBe('the staffs are already talking');
    for (const phase of ['noContacts', 'attacheContacts'] as const)
      expect(refusal(world('france', { phase }), draft), phase).toBe('drafting follows general-staff talks');
    expect(refusal(world('france', { phase: 'drafting' }), draft)).toBe('drafting has begun');
    // The staffs talk `minStaffTalkMonths` months (convention.json) before drafting: a month short is refused.
    const months = CONVENTION.rules.minStaffTalkMonths.value;
    const talks = world('france', { phase: 'staffTalks' });
    const since = (n: number) => withWorld(talks, { month: addMonths(talks.convention.phaseSince, n) });
    expect(refusal(since(months - 1), draft)).toBe(`the staffs need ${months} months of talks before drafting`);
    expect(refusal(since(months), draft)).toBeNull();
  });

  it('says where the talks stand when that is why a step waits: stalled, broken off, with the governments, signed', () => {
    const steps: GameAction[] = [
      { type: 'convention.staffTalks' },
      { type: 'convention.draft' },
      { type: 'convention.offer', clause: 'trigger', option: 0 },
      { type: 'convention.submit' },
    ];
    const stand = {
      stalled: 'the talks are stalled: resume them first',
      brokenOff: 'the talks have been broken off',
      approvals: 'the draft is with the governments for approval',
      signed: 'the convention is signed',
      inForce: 'the convention is signed',
    } as const;
    for (const [phase, words] of Object.entries(stand) as [keyof typeof stand, string][])
      for (const step of steps) expect(refusal(world('france', { phase }), step), `${phase} ${step.type}`).toBe(words);
  });

  it('while drafting: an option the clause lacks, one already agreed, no counter-offer, clauses missing', () => {
    const drafting = world('france', { phase: 'drafting', agreed: { trigger: 1 }, counter: null });
    expect(refusal(drafting, { type: 'convention.offer', clause: 'trigger', option: 9 })).toBe(
      'no such option for that clause',
    );
    // The first option past the clause's last: refused too.
    const past = CONVENTION.clauses.trigger.options.length;
    expect(refusal(drafting, { type: 'convention.offer', clause: 'trigger', option: past })).toBe(
      'no such option for that clause',
    );
    expect(refusal(drafting, { type: 'convention.offer', clause: 'trigger', option: past - 1 })).toBeNull();
    expect(refusal(drafting, { type: 'convention.offer', clause: 'trigger', option: 1 })).toBe(
      'that option is already agreed',
    );
    expect(refusal(drafting, { type: 'convention.offer', clause: 'trigger', option: 2 })).toBeNull();
    expect(refusal(drafting, { type: 'convention.acceptCounter' })).toBe('there is no counter-offer on the table');
    const countered = world('france', { phase: 'drafting', counter: { clause: 'supply', option: 1 } });
    expect(refusal(countered, { type: 'convention.acceptCounter' })).toBeNull();
    // A counter-offer left from drafting does not survive a stall (`sendTo` clears it): none to accept there.
    const stalled = world('france', { phase: 'stalled', counter: { clause: 'supply', option: 1 } });
    expect(refusal(stalled, { type: 'convention.acceptCounter' })).toBe('there is no counter-offer on the table');
    expect(refusal(drafting, { type: 'convention.submit' })).toBe(
      'clauses not yet agreed: staff coordination, Soviet contribution, French contribution, transit, supply and industry, publicity',
    );
    const whole = Object.fromEntries(CLAUSE_IDS.map((c) => [c, 0]));
    expect(refusal(world('france', { phase: 'drafting', agreed: whole }), { type: 'convention.submit' })).toBeNull();
  });
});

/** Every order a month could allow, in the legal list's order: pass, the monthly orders, then every offer. */
function everyOrder(): GameAction[] {
  return [
    { type: 'pass' },
    ...MONTHLY_ORDERS,
    ...CLAUSE_IDS.flatMap((clause) =>
      CONVENTION.clauses[clause].options.map((_, option): GameAction => ({ type: 'convention.offer', clause, option })),
    ),
  ];
}

/** What the rules allow in the orders phase, order by order (the slow way the fast lists must match). */
function allowed(w: WorldState): GameAction[] {
  return everyOrder().filter((action) => refusal(w, action) === null);
}

/** The fast lists agree with the rules on `w`: the list, the count, each index, a draw. */
function expectAgreesWithRules(w: WorldState, where: string): GameAction[] {
  const expected = allowed(w);
  expect(legalActions(w), where).toEqual(expected);
  expect(legalActionCount(w), where).toBe(expected.length);
  for (const [i, action] of expected.entries()) expect(legalActionAt(w, i), `${where} #${i}`).toEqual(action);
  if (expected.length > 0)
    expect(legalActionDrawn(w, expected.length + 1), where).toEqual(expected[1 % expected.length]);
  else expect(() => legalActionDrawn(w, 0), where).toThrow(new RangeError('no legal action to draw'));
  return expected;
}

describe('the legal actions follow the rules', () => {
  it('while drafting, whatever clauses objects come one after another', () => {
    const whole: Clauses = Object.fromEntries(CLAUSE_IDS.map((c) => [c, 1]));
    // Fresh objects with different agreements, in an order where each differs from the one or two before.
    const agreements: Clauses[] = [{}, { trigger: 1 }, whole, { transit: 0, supply: 2 }];
    let offers = 0;
    for (const i of [0, 1, 2, 0, 3, 1, 3, 2, 2, 0]) {
      const agreed = { ...agreements[i] };
      const w = world('france', { phase: 'drafting', agreed });
      const list = expectAgreesWithRules(w, `agreed ${JSON.stringify(agreed)}`);
      offers += list.filter((a) => a.type === 'convention.offer').length;
      // The same object again, as a world keeps it month after month.
      expect(legalActions(withWorld(w, { capital: w.capital + 1 }))).toEqual(
        allowed(withWorld(w, { capital: w.capital + 1 })),
      );
    }
    expect(offers).toBeGreaterThan(100);
  });

  it('on agreed clauses out of range (negative, fractional, not a number, past the last option): every option open', () => {
    const count = CONVENTION.clauses.trigger.options.length;
    for (const option of [-1, 1.5, Number.NaN, count, count + 4]) {
      const w = world('france', { phase: 'drafting', agreed: { trigger: option } });
      const list = expectAgreesWithRules(w, `trigger ${option}`);
      expect(list.filter((a) => a.type === 'convention.offer' && a.clause === 'trigger')).toHaveLength(count);
    }
  });

  it('with a capital the fast key does not pack (not a whole number, negative), drafting or not', () => {
    for (const capital of [2.5, 0.5, -1])
      for (const phase of ['drafting', 'noContacts', 'stalled'] as const) {
        const w = withWorld(world('ussr', { phase, agreed: { supply: 0 } }), { capital });
        const list = expectAgreesWithRules(w, `${phase} capital ${capital}`);
        if (phase === 'drafting' && capital > 1) expect(list.some((a) => a.type === 'convention.offer')).toBe(true);
      }
  });

  it('refuse an index past the end, while drafting and in a crisis over a draft, and a draw from nothing', () => {
    const drafting = world('france', { phase: 'drafting', agreed: { trigger: 0 } });
    const count = legalActionCount(drafting);
    expect(count).toBeGreaterThan(MONTHLY_ORDERS.length);
    expect(() => legalActionAt(drafting, count)).toThrow(new RangeError(`no legal action ${count}`));
    const crisis = withWorld(drafting, { phase: 'crisis' });
    expect(legalActionCount(crisis)).toBe(5);
    expect(legalActionAt(crisis, 4)).toEqual({ type: 'crisis.respond', choice: 'stand-aside' });
    expect(() => legalActionAt(crisis, 5)).toThrow(new RangeError('no legal action 5'));
    const ended = withWorld(drafting, { phase: 'ended' });
    expect(legalActions(ended)).toEqual([]);
    expect(legalActionCount(ended)).toBe(0);
    expect(() => legalActionDrawn(ended, 3)).toThrow(new RangeError('no legal action to draw'));
  });
});
