/**
 * `delegations.ts` one function at a time, on worlds reached with the real die
 * in each test (a few built from them where a scenario or a rule variant could
 * give them: a game over in July 1939, a German move come late, a scenario
 * ending early): who is asked at a crisis, what each delegation is refused and
 * why, whose turn and whose capital an order or an answer is, what the log
 * tells, and the world a crisis is resolved to. Every world is built inside its
 * test (the mutation run turns a mutant on only while tests run).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { hashWorld } from '../game';
import type { LogEntry } from '../log/types';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import type { RngState } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { type Delegation, type FurtherDelegation, type Role, type WorldState, withWorld } from '../world/worldState';
import { type CrisisChoice, costOf, type GameAction, legalActions } from './actions';
import {
  answerBy,
  askedAtCrisis,
  delegationRefusal,
  doneAtCrisis,
  endOrdersBy,
  furtherActionProblem,
  furtherAnswerBy,
  guaranteeAsked,
  legalActionsBy,
  OPEN_TABLE,
  orderBy,
  orderFromBy,
  rolesProblem,
  settled,
  stepBy,
  type Table,
  talksAhead,
  teschenAsked,
  transitAnswerBy,
} from './delegations';
import { GUARANTEE, TESCHEN } from './history';
import { step } from './step';

const BUDGET = MODEL.capitalPerMonth.value;
const respond = (choice: CrisisChoice): GameAction => ({ type: 'crisis.respond', choice });
const DEMARCHE_POLAND: GameAction = { type: 'diplomacy.demarche', to: 'poland' };
const READINESS: GameAction = { type: 'military.readiness' };

/** A scenario's first world, played by `role`. */
function start(scenario: string, role: Role = 'france', seed = 'delegation-units'): WorldState {
  return initialWorld(loadScenario(scenario), seed, role);
}

/** `world` played on (no orders; each crisis stood aside from) until `done` holds; throws if it never does. */
function playUntil(world: WorldState, done: (w: WorldState) => boolean): WorldState {
  let w = world;
  for (let i = 0; i < 60 && !done(w); i++) {
    if (w.phase === 'ended') break;
    w = step(w, w.phase === 'crisis' ? [respond('stand-aside')] : []);
  }
  if (!done(w)) throw new Error(`never reached: stopped at ${w.month} (${w.phase})`);
  return w;
}

/** The crisis of German move `move` in `scenario`, played by `role`. */
function crisisOf(scenario: string, move: string, role: Role = 'france'): WorldState {
  return playUntil(start(scenario, role), (w) => w.phase === 'crisis' && w.crisis?.move === move);
}

/** talks-1939 in July 1939, its orders: the 1939 talks open with the next month's dispatches. */
function july(seed = 'delegation-units'): WorldState {
  return playUntil(start('talks-1939', 'france', seed), (w) => w.month === '1939-07');
}

/** Every entry of a world's log, in order. */
const entries = (world: WorldState): LogEntry[] => world.log.flatMap((m) => m.entries);

/** The entries `after` has beyond `before`'s (the log only grows). */
const added = (before: WorldState, after: WorldState): LogEntry[] => entries(after).slice(entries(before).length);

describe('rolesProblem and furtherActionProblem', () => {
  it('says a game without roles has at least one', () => {
    expect(rolesProblem([])).toBe('a game has at least one role');
    expect(rolesProblem(['france'])).toBeNull();
  });

  it('finds no problem with a game file’s action whose type is missing (the file’s checks say so elsewhere)', () => {
    for (const role of ['poland', 'romania', 'czechoslovakia', 'britain', 'france'] as const)
      expect(furtherActionProblem(role, undefined)).toBeNull();
    expect(furtherActionProblem('poland', 'military.readiness')).toBe(
      'the poland delegation gives only transit.answer, demarche.answer or poland.teschen, not military.readiness',
    );
  });

  it('names the one answer of a delegation that has one, and tells a side each further delegation’s own answers', () => {
    // Czechoslovakia gives one kind of answer: named alone, with no list around it.
    expect(furtherActionProblem('czechoslovakia', 'transit.answer')).toBe(
      'the czechoslovakia delegation gives only czechoslovakia.answer, not transit.answer',
    );
    expect(furtherActionProblem('czechoslovakia', 'czechoslovakia.answer')).toBeNull();
    for (const side of ['france', 'ussr'] as const) {
      for (const type of ['britain.answer', 'britain.guarantee', 'britain.stand'])
        expect(furtherActionProblem(side, type), type).toBe(`only the British delegation gives ${type}, not ${side}`);
      expect(furtherActionProblem(side, 'poland.teschen')).toBe(
        `only the Polish delegation gives poland.teschen, not ${side}`,
      );
      // A side's own orders are no further delegation's.
      expect(furtherActionProblem(side, 'military.readiness')).toBeNull();
      expect(furtherActionProblem(side, '')).toBeNull();
    }
  });
});

describe('askedAtCrisis and guaranteeAsked', () => {
  it('ask no one while no crisis waits', () => {
    const world = start('pact-1935');
    for (const by of ['france', 'ussr', 'poland', 'romania', 'czechoslovakia', 'britain'] as const)
      expect(askedAtCrisis(world, by), by).toBe(false);
    expect(guaranteeAsked(world)).toBe(false);
  });

  it('ask Czechoslovakia only at a move against it, and Britain’s guarantee only at Prague', () => {
    const rhineland = crisisOf('rhineland-1936', 'rhineland');
    for (const by of ['france', 'ussr', 'poland', 'romania', 'britain'] as const)
      expect(askedAtCrisis(rhineland, by), by).toBe(true);
    expect(askedAtCrisis(rhineland, 'czechoslovakia')).toBe(false);
    expect(guaranteeAsked(rhineland)).toBe(false);
    expect(
      delegationRefusal(rhineland, OPEN_TABLE, { type: 'britain.guarantee', answer: 'guarantee' }, 'britain'),
    ).toMatch(/^no question of a guarantee to Poland waits for Britain/);
    const sudeten = crisisOf('munich-1938', 'sudetenland');
    expect(askedAtCrisis(sudeten, 'czechoslovakia')).toBe(true);
    expect(guaranteeAsked(sudeten)).toBe(false);
  });

  it('never ask a transit state to let the Red Army through to itself: Poland at the invasion of Poland', () => {
    const poland = crisisOf('talks-1939', 'poland');
    expect(askedAtCrisis(poland, 'poland')).toBe(false);
    for (const by of ['france', 'ussr', 'romania'] as const) expect(askedAtCrisis(poland, by), by).toBe(true);
    expect(askedAtCrisis(crisisOf('munich-1938', 'sudetenland'), 'poland')).toBe(true);
    // Nor does the engine take an answer it never asks: Poland's transit answer is refused there, Romania's is not.
    const grant: GameAction = { type: 'transit.answer', answer: 'grant' };
    expect(delegationRefusal(poland, OPEN_TABLE, grant, 'poland')).toBe(
      'no request for Soviet transit is before the Polish delegation: Poland is the victim of this German move',
    );
    expect(delegationRefusal(poland, OPEN_TABLE, grant, 'romania')).toBeNull();
  });

  it('ask Czechoslovakia at Prague in March 1939, its last month, and not at a move that came later', () => {
    const prague = crisisOf('munich-1938', 'prague');
    expect(prague.month).toBe('1939-03');
    expect(askedAtCrisis(prague, 'czechoslovakia')).toBe(true);
    const resist: GameAction = { type: 'czechoslovakia.answer', answer: 'resist' };
    expect(delegationRefusal(prague, OPEN_TABLE, resist, 'czechoslovakia')).toBeNull();
    // A Prague postponed into April (a move may be postponed): Czechoslovakia no longer decides.
    const april = withWorld(prague, { month: '1939-04' });
    expect(askedAtCrisis(april, 'czechoslovakia')).toBe(false);
    expect(delegationRefusal(april, OPEN_TABLE, resist, 'czechoslovakia')).toBe(
      'Czechoslovakia no longer decides: its decisions end with March 1939',
    );
  });

  it('ask Britain on its guarantee while the event can still come within its window and the game', () => {
    const prague = crisisOf('munich-1938', 'prague');
    expect(GUARANTEE.move).toBe('prague');
    expect(GUARANTEE.last).toBe('1939-05');
    expect(guaranteeAsked(prague)).toBe(true);
    expect(askedAtCrisis(prague, 'britain')).toBe(true);
    // The next month is the window's last: still asked; the month after it: not.
    expect(guaranteeAsked(withWorld(prague, { month: '1939-04' }))).toBe(true);
    expect(guaranteeAsked(withWorld(prague, { month: '1939-05' }))).toBe(false);
    // A scenario ending with the next month: asked; ending with this one: not.
    expect(guaranteeAsked(withWorld(prague, { endMonth: '1939-04' }))).toBe(true);
    expect(guaranteeAsked(withWorld(prague, { endMonth: '1939-03' }))).toBe(false);
    // The event already happened, or switched off by the scenario: not asked.
    expect(guaranteeAsked(withWorld(prague, { fired: [...prague.fired, GUARANTEE.event.id] }))).toBe(false);
    expect(guaranteeAsked(withWorld(prague, { disabled: [...prague.disabled, GUARANTEE.event.id] }))).toBe(false);
  });
});

describe('doneAtCrisis', () => {
  it('holds Britain done only once it has given its verdict, and at Prague its guarantee too', () => {
    const rhineland = crisisOf('rhineland-1936', 'rhineland');
    expect(doneAtCrisis(rhineland, OPEN_TABLE, 'britain')).toBe(false);
    expect(doneAtCrisis(rhineland, { ...OPEN_TABLE, britain: 'lawful' }, 'britain')).toBe(true);
    const prague = crisisOf('munich-1938', 'prague');
    expect(doneAtCrisis(prague, { ...OPEN_TABLE, britain: 'lawful' }, 'britain')).toBe(false);
    expect(doneAtCrisis(prague, { ...OPEN_TABLE, britainGuarantee: 'decline' }, 'britain')).toBe(false);
    expect(doneAtCrisis(prague, { ...OPEN_TABLE, britain: 'no-view', britainGuarantee: 'decline' }, 'britain')).toBe(
      true,
    );
    // Not asked counts as done: Czechoslovakia at the Rhineland.
    expect(doneAtCrisis(rhineland, OPEN_TABLE, 'czechoslovakia')).toBe(true);
  });
});

describe('talksAhead', () => {
  it('holds in July 1939, and not once the game is over, the alliance made or a deal struck', () => {
    const world = july();
    expect(talksAhead(world)).toBe(true);
    // A game over in July 1939 (a war, an early deal) has no talks ahead; nor has a world with the alliance or a
    // Soviet-German deal made already (the talks' event requires that none was).
    expect(talksAhead(withWorld(world, { phase: 'ended' }))).toBe(false);
    expect(talksAhead(withWorld(world, { tripleAlliance: '1939-07' }))).toBe(false);
    expect(talksAhead(withWorld(world, { sovietGermanDeal: '1939-07' }))).toBe(false);
    expect(talksAhead(withWorld(world, { disabled: [...world.disabled, 'military-missions'] }))).toBe(false);
  });

  it('holds only if the talks’ month is within the game', () => {
    const world = july();
    expect(talksAhead(withWorld(world, { endMonth: '1939-08' }))).toBe(true);
    expect(talksAhead(withWorld(world, { endMonth: '1939-07' }))).toBe(false);
    expect(talksAhead(withWorld(world, { month: '1939-06' }))).toBe(false);
  });
});

describe('the further delegations’ refusals', () => {
  it('refuse every answer once the game is over', () => {
    const over = playUntil(july(), (w) => w.phase === 'ended');
    const answer: GameAction = { type: 'transit.answer', answer: 'grant' };
    for (const by of ['poland', 'romania'] as const) {
      expect(delegationRefusal(over, OPEN_TABLE, answer, by)).toBe('the game is over');
      expect(legalActionsBy(over, OPEN_TABLE, by)).toEqual([]);
    }
  });

  it('tell Czechoslovakia it answers German moves only, and not before one comes', () => {
    const sudeten = crisisOf('munich-1938', 'sudetenland');
    expect(delegationRefusal(sudeten, OPEN_TABLE, { type: 'demarche.answer', answer: 'moved' }, 'czechoslovakia')).toBe(
      'the Czechoslovak delegation answers German moves against Czechoslovakia; it gives no other orders',
    );
    // March 1939, its orders: Czechoslovakia still decides, but no move against it waits yet.
    const march = playUntil(start('munich-1938'), (w) => w.month === '1939-03' && w.phase === 'orders');
    expect(
      delegationRefusal(march, OPEN_TABLE, { type: 'czechoslovakia.answer', answer: 'resist' }, 'czechoslovakia'),
    ).toBe('no German move against Czechoslovakia waits for its answer');
  });

  it('tell Czechoslovakia it has answered the crisis already', () => {
    const sudeten = crisisOf('munich-1938', 'sudetenland');
    const roles: Delegation[] = ['france', 'ussr', 'czechoslovakia'];
    const resist: GameAction = { type: 'czechoslovakia.answer', answer: 'resist' };
    const [world, table] = furtherAnswerBy(sudeten, roles, OPEN_TABLE, resist, 'czechoslovakia');
    expect(world).toBe(sudeten);
    expect(table.czechoslovakia).toBe('resist');
    expect(delegationRefusal(world, table, { ...resist, answer: 'accept' }, 'czechoslovakia')).toBe(
      'the Czechoslovak delegation has already answered this crisis',
    );
    expect(legalActionsBy(world, table, 'czechoslovakia')).toEqual([]);
  });

  it('tell Poland and Romania they have answered for the talks already this month', () => {
    const world = july();
    const roles: Delegation[] = ['france', 'ussr', 'poland', 'romania'];
    const grant: GameAction = { type: 'transit.answer', answer: 'grant' };
    expect(legalActionsBy(world, OPEN_TABLE, 'poland')).toEqual([
      { type: 'transit.answer', answer: 'refuse' },
      { type: 'transit.answer', answer: 'grant' },
    ]);
    const [afterPoland, polish] = furtherAnswerBy(world, roles, OPEN_TABLE, grant, 'poland');
    expect(afterPoland).toBe(world);
    expect(polish.polandTalks).toBe(true);
    expect(delegationRefusal(world, polish, grant, 'poland')).toBe(
      'the Polish delegation has already answered for the talks',
    );
    expect(legalActionsBy(world, polish, 'poland')).toEqual([]);
    const [, romanian] = furtherAnswerBy(world, roles, OPEN_TABLE, { ...grant, answer: 'refuse' }, 'romania');
    expect(romanian.romaniaTalks).toBe(false);
    expect(delegationRefusal(world, romanian, grant, 'romania')).toBe(
      'the Romanian delegation has already answered for the talks',
    );
  });

  it('list Poland’s answers for the talks beside the crisis’s at a crisis of the month before them', () => {
    const world = july('july-crisis');
    // The Prague move reopened so that it comes now, as in a game where it was held back.
    const reopened = withWorld(world, {
      moves: { ...world.moves, prague: { status: 'pending', month: null, postponed: 0 } },
    });
    const crisis = stepBy(reopened, ['france', 'ussr', 'poland'], [], []);
    expect(crisis.phase).toBe('crisis');
    expect(talksAhead(crisis)).toBe(true);
    expect(legalActionsBy(crisis, OPEN_TABLE, 'poland')).toEqual([
      { type: 'transit.answer', answer: 'refuse' },
      { type: 'transit.answer', answer: 'grant' },
      { type: 'transit.answer', answer: 'refuse', for: 'talks' },
      { type: 'transit.answer', answer: 'grant', for: 'talks' },
    ]);
  });
});

describe('a side’s legal actions', () => {
  it('are its one-role actions in the orders, and none once it has answered the crisis', () => {
    const world = start('pact-1935');
    const french = legalActionsBy(world, OPEN_TABLE, 'france');
    expect(french.length).toBeGreaterThan(1);
    expect(french).toEqual(legalActions(world));
    expect(legalActionsBy(world, OPEN_TABLE, 'ussr')).toContainEqual(READINESS);
    const rhineland = crisisOf('rhineland-1936', 'rhineland');
    const roles: Delegation[] = ['france', 'ussr'];
    const [w, t] = answerBy(rhineland, roles, OPEN_TABLE, 'mobilise', 'ussr');
    expect(legalActionsBy(w, t, 'ussr')).toEqual([]);
    expect(delegationRefusal(w, t, respond('stand-aside'), 'ussr')).toBe(
      'the Soviet delegation has already answered this crisis',
    );
    expect(legalActionsBy(w, t, 'france')).toContainEqual(respond('stand-aside'));
  });
});

describe('orders of several delegations', () => {
  it('log a second delegation’s order (orderBy, orderFromBy) unless asked to be quiet, on that delegation’s capital', () => {
    const world = start('pact-1935');
    const cost = costOf(READINESS);
    expect(cost).toBeGreaterThan(0);
    for (const [w, t] of [
      orderBy(world, OPEN_TABLE, READINESS, 'ussr'),
      orderFromBy(world, ['france', 'ussr'], OPEN_TABLE, READINESS, 'ussr'),
    ]) {
      expect(w.role).toBe('france');
      expect(w.capital).toBe(BUDGET);
      expect(t.capital).toEqual({ ussr: BUDGET - cost });
      expect(added(world, w)).toMatchObject([{ kind: 'action', id: 'military.readiness' }]);
    }
    const [quiet] = orderFromBy(world, ['france', 'ussr'], OPEN_TABLE, READINESS, 'ussr', true);
    expect(added(world, quiet)).toEqual([]);
    const [quietBy] = orderBy(world, OPEN_TABLE, READINESS, 'ussr', true);
    expect(added(world, quietBy)).toEqual([]);
  });

  it('make a démarche to a state whose delegation does not play a die’s order at once', () => {
    const world = start('pact-1935');
    const toRomania: GameAction = { type: 'diplomacy.demarche', to: 'romania' };
    const [w, t] = orderFromBy(world, ['france', 'ussr', 'poland'], OPEN_TABLE, toRomania, 'france');
    expect(t.demarche).toBeUndefined();
    expect(w.capital).toBe(BUDGET - costOf(toRomania));
    expect(added(world, w)).toMatchObject([{ kind: 'action', id: 'demarche-romania' }]);
  });

  it('keep a démarche the rules refuse from waiting for the state’s answer: refused and logged', () => {
    const broke = withWorld(start('pact-1935'), { capital: 0 });
    const [w, t] = orderFromBy(broke, ['france', 'ussr', 'poland'], OPEN_TABLE, DEMARCHE_POLAND, 'france');
    expect(t.demarche).toBeUndefined();
    expect(w.capital).toBe(0);
    expect(added(broke, w)).toMatchObject([
      { kind: 'refused', id: 'diplomacy.demarche', params: { reason: expect.stringMatching(/^not enough political/) } },
    ]);
  });

  it('settle a démarche left waiting by the die, logged unless quiet, the same world either way', () => {
    const world = start('pact-1935');
    const roles: Delegation[] = ['france', 'ussr', 'poland'];
    const [w, t] = orderFromBy(world, roles, OPEN_TABLE, DEMARCHE_POLAND, 'ussr');
    expect(t.demarche).toEqual({ by: 'ussr', to: 'poland' });
    expect(w).toBe(world);
    const [loud, loudTable] = settled(w, t);
    const [quiet, quietTable] = settled(w, t, true);
    expect(loudTable).toEqual({ capital: { ussr: BUDGET - costOf(DEMARCHE_POLAND) }, answers: {} });
    expect(quietTable).toEqual(loudTable);
    expect(hashWorld(quiet)).toBe(hashWorld(loud));
    expect(added(w, quiet)).toEqual([]);
    const [entry] = added(w, loud);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland' });
    expect(entry?.reasons?.[0]?.key).not.toBe('demarche.delegation');
  });

  it('carry out the second delegation’s démarche when the state answers it, on that delegation’s capital', () => {
    const world = start('pact-1935');
    const roles: Delegation[] = ['france', 'ussr', 'poland'];
    const [w, t] = orderFromBy(world, roles, OPEN_TABLE, DEMARCHE_POLAND, 'ussr');
    const [after, table] = furtherAnswerBy(w, roles, t, { type: 'demarche.answer', answer: 'moved' }, 'poland');
    expect(after.role).toBe('france');
    expect(after.capital).toBe(BUDGET);
    expect(table).toEqual({ capital: { ussr: BUDGET - costOf(DEMARCHE_POLAND) }, answers: {} });
    const [entry] = added(world, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland' });
    expect(entry?.reasons?.[0]).toEqual({ key: 'demarche.delegation', params: { to: 'poland', moved: true } });
  });

  it('take Poland’s answer for the talks as its answer, the démarche waiting for it settled by the die first', () => {
    const world = july();
    const roles: Delegation[] = ['france', 'ussr', 'poland'];
    const [w, t] = orderFromBy(world, roles, OPEN_TABLE, DEMARCHE_POLAND, 'france');
    expect(t.demarche).toEqual({ by: 'france', to: 'poland' });
    const [after, table] = furtherAnswerBy(w, roles, t, { type: 'transit.answer', answer: 'grant' }, 'poland');
    expect(table.polandTalks).toBe(true);
    expect(table.demarche).toBeUndefined();
    expect(after.capital).toBe(BUDGET - costOf(DEMARCHE_POLAND));
    const [entry] = added(world, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland' });
    expect(entry?.reasons?.[0]?.key).not.toBe('demarche.delegation');
  });
});

describe('crisis answers of several delegations', () => {
  it('refuse a crisis answer in the orders as the one-role engine does, the table kept', () => {
    const world = start('pact-1935');
    const table: Table = { capital: { ussr: 3 }, answers: {} };
    const [w, t] = answerBy(world, ['france', 'ussr'], table, 'mobilise', 'ussr');
    expect(t).toEqual(table);
    expect(w.phase).toBe('orders');
    expect(added(world, w)).toMatchObject([
      { kind: 'refused', id: 'crisis.respond', params: { reason: 'there is no crisis to respond to' } },
    ]);
  });

  it('keep a side’s first answer: a second one from it changes nothing', () => {
    const crisis = crisisOf('rhineland-1936', 'rhineland');
    const roles: Delegation[] = ['france', 'ussr'];
    const [w1, t1] = answerBy(crisis, roles, OPEN_TABLE, 'refer-council', 'france');
    expect(w1).toBe(crisis);
    const [w2, t2] = answerBy(w1, roles, t1, 'stand-aside', 'france');
    expect(w2).toBe(w1);
    expect(t2).toBe(t1);
    const [w3, t3] = answerBy(w2, roles, t2, 'mobilise', 'ussr');
    expect(t3).toBe(OPEN_TABLE);
    expect(w3.crises.at(-1)?.answers).toEqual({ france: 'refer-council', ussr: 'mobilise' });
  });

  it('resolve the crisis with each side’s own answer, whichever side holds the world', () => {
    for (const first of ['france', 'ussr'] as const) {
      const crisis = crisisOf('rhineland-1936', 'rhineland', first);
      const roles: Delegation[] = first === 'france' ? ['france', 'ussr'] : ['ussr', 'france'];
      const [w1, t1] = answerBy(crisis, roles, OPEN_TABLE, 'refer-council', 'france');
      const [w2] = answerBy(w1, roles, t1, 'mobilise', 'ussr');
      expect(w2.phase, first).toBe('orders');
      expect(w2.role).toBe(first);
      expect(w2.crises.at(-1)?.answers, first).toEqual({ france: 'refer-council', ussr: 'mobilise' });
    }
  });

  it('resolve it with the further delegations’ answers, each told in the log (Poland’s by transitAnswerBy)', () => {
    const sudeten = crisisOf('munich-1938', 'sudetenland');
    // Five delegations, the most a game seats: the computer answers for the USSR.
    const roles: Delegation[] = ['france', 'poland', 'romania', 'czechoslovakia', 'britain'];
    let [w, t] = answerBy(sudeten, roles, OPEN_TABLE, 'mobilise', 'france');
    const further: [GameAction, FurtherDelegation][] = [
      [{ type: 'transit.answer', answer: 'grant' }, 'romania'],
      [{ type: 'czechoslovakia.answer', answer: 'resist' }, 'czechoslovakia'],
      [{ type: 'britain.answer', answer: 'no-view' }, 'britain'],
      [{ type: 'britain.stand', answer: 'aside' }, 'britain'],
    ];
    for (const [action, by] of further) [w, t] = furtherAnswerBy(w, roles, t, action, by);
    expect(w).toBe(sudeten);
    [w, t] = transitAnswerBy(w, roles, t, false);
    expect(t).toBe(OPEN_TABLE);
    const record = w.crises.at(-1);
    expect(record?.transit).toEqual({ poland: false, romania: true });
    expect(record?.uk).toBe('no-view');
    const reasons = added(sudeten, w).flatMap((e) => e.reasons ?? []);
    expect(reasons).toContainEqual({ key: 'crisis.transit.delegation', params: { to: 'poland', grant: false } });
    expect(reasons).toContainEqual({ key: 'crisis.transit.delegation', params: { to: 'romania', grant: true } });
    expect(reasons).toContainEqual({ key: 'crisis.ukVerdict.delegation', params: { ukVerdict: 'no-view' } });
    expect(reasons).toContainEqual({ key: 'crisis.ukStand.delegation', params: { stand: false } });
    expect(reasons).toContainEqual({ key: 'crisis.czechoslovakia.resist', params: {} });
  });
});

describe('stepBy', () => {
  it('resolves a crisis turn as its answers do, and does not end the next month’s orders', () => {
    const crisis = crisisOf('rhineland-1936', 'rhineland');
    const roles: Delegation[] = ['france', 'ussr'];
    const [w1, t1] = answerBy(crisis, roles, OPEN_TABLE, 'invoke-protocol', 'ussr');
    const [answered] = answerBy(w1, roles, t1, 'refer-council', 'france');
    const stepped = stepBy(crisis, roles, [respond('invoke-protocol'), respond('refer-council')], ['ussr', 'france']);
    expect(stepped.month).toBe(addMonths(crisis.month, 1));
    expect(stepped.phase).toBe('orders');
    expect(hashWorld(stepped)).toBe(hashWorld(answered));
  });

  it('refuses and logs a side’s order given at a crisis, which still waits for that side’s answer', () => {
    const crisis = crisisOf('rhineland-1936', 'rhineland');
    const stepped = stepBy(
      crisis,
      ['france', 'ussr'],
      [{ type: 'domestic.rally' }, respond('mobilise'), respond('mobilise')],
      ['france', 'france', 'ussr'],
    );
    expect(stepped.crises.at(-1)?.answers).toEqual({ france: 'mobilise', ussr: 'mobilise' });
    expect(added(crisis, stepped)[0]).toMatchObject({
      kind: 'refused',
      id: 'domestic.rally',
      params: { reason: 'a crisis is waiting for your answer' },
    });
  });

  it('settles a démarche waiting before a later action of the turn is carried out or refused', () => {
    const world = start('pact-1935');
    const stepped = stepBy(
      world,
      ['france', 'ussr', 'poland'],
      [DEMARCHE_POLAND, respond('mobilise')],
      ['france', 'ussr'],
    );
    expect(stepped.month).toBe(addMonths(world.month, 1));
    const log = added(world, stepped);
    const demarche = log.findIndex((e) => e.id === 'demarche-poland');
    const refused = log.findIndex((e) => e.kind === 'refused' && e.id === 'crisis.respond');
    expect(demarche).toBeGreaterThanOrEqual(0);
    expect(refused).toBe(demarche + 1);
  });
});

describe('endOrdersBy', () => {
  it('spends Romania’s answer for the talks with the month when the talks never open (an early deal)', () => {
    const world = july();
    const roles: Delegation[] = ['france', 'ussr', 'romania'];
    const [, table] = furtherAnswerBy(world, roles, OPEN_TABLE, { type: 'transit.answer', answer: 'grant' }, 'romania');
    expect(table.romaniaTalks).toBe(true);
    // Moscow has drifted all the way to Berlin (the level's top) and comes to terms this month: the die's state
    // that makes it do so (the early deal ends the game: model.json endings.historicalDeal).
    const drifted = withWorld(world, { levels: { ...world.levels, sovietDrift: 100 } });
    let ended: WorldState | null = null;
    for (let i = 1; i < 100 && ended === null; i++) {
      const after = endOrdersBy({ ...drifted, rng: (i * 7919) as RngState }, table);
      if (after.sovietGermanDeal === world.month) ended = after;
    }
    expect(ended?.phase).toBe('ended');
    expect(ended?.sovietGermanDeal).toBe('1939-07');
    expect(ended?.romaniaTalks).toBeUndefined();
    // The talks open with the next month: they read Romania's answer (`triple.ts`), which spends it.
    const talked = endOrdersBy(world, table);
    expect(talked.month).toBe('1939-08');
    expect(talked.romaniaTalks).toBeUndefined();
    const outcomes = [
      'poland-refuses-transit',
      'romania-refuses-transit',
      'moscow-declines-alliance',
      'triple-alliance',
    ];
    const talks = added(world, talked).find((e) => outcomes.includes(e.id));
    expect(talks?.reasons).toContainEqual({
      key: 'crisis.transit.delegation',
      params: { to: 'romania', grant: true },
    });
  });
});

/** munich-1938 played (each crisis stood aside from) into October 1938's orders: the Sudetenland taken, Teschen come. */
function october(): WorldState {
  const world = playUntil(start('munich-1938', 'france', 'teschen-0'), (w) => w.month === '1938-10');
  expect(world.phase).toBe('orders');
  expect(world.moves[TESCHEN.move]).toMatchObject({ status: 'done', month: '1938-09' });
  expect(world.fired).toContain(TESCHEN.event.id);
  return world;
}

describe('Poland’s answer on Teschen (teschenAsked and its refusals)', () => {
  const TAKE: GameAction = { type: 'poland.teschen', answer: 'take' };
  const ROLES: Delegation[] = ['france', 'ussr', 'poland', 'romania', 'czechoslovakia'];

  it('is asked in the orders of the month after the Sudetenland is taken, and not at a crisis or once the game is over', () => {
    const world = october();
    expect(teschenAsked(world)).toBe(true);
    expect(delegationRefusal(world, OPEN_TABLE, TAKE, 'poland')).toBeNull();
    // A German move due that month would open a crisis (its answers come first), and a game ending with the month has
    // no orders left: neither asks, though the month and the event are the same.
    expect(teschenAsked(withWorld(world, { phase: 'crisis' }))).toBe(false);
    expect(teschenAsked(withWorld(world, { phase: 'ended' }))).toBe(false);
    // The month before, or after: not asked.
    expect(teschenAsked(withWorld(world, { month: '1938-11' }))).toBe(false);
  });

  it('is asked once: after Poland takes Teschen the question is closed and a second answer refused', () => {
    const world = october();
    const [taken, table] = furtherAnswerBy(world, ROLES, OPEN_TABLE, TAKE, 'poland');
    expect(table.teschen).toBe('take');
    // Taking it leaves the event standing: only the table says Poland has answered.
    expect(taken.fired).toContain(TESCHEN.event.id);
    expect(taken.teschenDeclined).toBeUndefined();
    expect(teschenAsked(taken, table)).toBe(false);
    expect(teschenAsked(taken)).toBe(true);
    expect(delegationRefusal(taken, table, TAKE, 'poland')).toBe(
      'the Polish delegation has already answered on Teschen: it is asked once',
    );
    expect(legalActionsBy(taken, table, 'poland').filter((a) => a.type === 'poland.teschen')).toEqual([]);
    // A second answer changes nothing.
    expect(furtherAnswerBy(taken, ROLES, table, { type: 'poland.teschen', answer: 'decline' }, 'poland')).toEqual([
      taken,
      table,
    ]);
  });

  it('is Poland’s alone: Romania and Czechoslovakia are refused it with their own reasons, even while Poland is asked', () => {
    const world = october();
    expect(delegationRefusal(world, OPEN_TABLE, TAKE, 'romania')).toBe(
      'the Romanian delegation answers requests for Soviet transit; it gives no other orders',
    );
    expect(delegationRefusal(world, OPEN_TABLE, TAKE, 'czechoslovakia')).toBe(
      'the Czechoslovak delegation answers German moves against Czechoslovakia; it gives no other orders',
    );
    expect(furtherAnswerBy(world, ROLES, OPEN_TABLE, TAKE, 'romania')).toEqual([world, OPEN_TABLE]);
  });
});
