/**
 * What a month's orders write in the log, and what `step`'s entry points
 * refuse to do: each test plays an order loudly and reads the entries it
 * wrote (kind, id, key, params, reasons), or calls an entry point in the wrong
 * phase and checks that the world comes back untouched. Every world is built
 * inside its test (the mutation run turns a mutant on only while tests run).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { renderEntry } from '../log/render';
import type { LogEntry } from '../log/types';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { type RngState, rollPercent } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { flatLog } from '../world/effects';
import { type WorldState, withMove, withWorld } from '../world/worldState';
import type { GameAction } from './actions';
import { GUARANTEE } from './history';
import { keptPercent, scaled } from './repeats';
import { answerCrisis, applyAnsweredDemarche, applyOrder, endOrders, step } from './step';

const { demarcheChance, demarcheGain, grantedAt, demarcheCeiling: limits } = MODEL.transit;

/** pact-1935's first month, played by `role`, with plenty of capital and the given changes. */
function worldWith(changes: Partial<WorldState> = {}, role: 'france' | 'ussr' = 'france'): WorldState {
  return withWorld(initialWorld(loadScenario('pact-1935'), 'step-log', role), { capital: 50, ...changes });
}

/** A die state whose next percentage roll meets `wanted`. */
function rngRolling(wanted: (roll: number) => boolean): RngState {
  for (let i = 1; i < 10_000; i++) {
    const rng: RngState = i * 7919;
    if (wanted(rollPercent(rng)[0])) return rng;
  }
  throw new Error('no such roll');
}

/** The entries `after` has beyond `before`'s log. */
function newEntries(before: WorldState, after: WorldState): LogEntry[] {
  return flatLog(after).slice(flatLog(before).length);
}

/** The one entry an order wrote. */
function onlyEntry(before: WorldState, after: WorldState): LogEntry {
  const entries = newEntries(before, after);
  expect(entries).toHaveLength(1);
  return entries[0] as LogEntry;
}

/** munich-1938 at its first crisis (the Sudetenland), reached with the real die. */
function firstCrisis(): WorldState {
  let world = initialWorld(loadScenario('munich-1938'), 'step-log', 'france');
  while (world.phase === 'orders') world = step(world, []);
  if (world.phase !== 'crisis') throw new Error('no crisis');
  return world;
}

const toPoland: GameAction = { type: 'diplomacy.demarche', to: 'poland' };

describe('a démarche in the log', () => {
  it('logs a démarche that moves nobody: its id, its state, and the die that decided, with the model’s source', () => {
    const before = worldWith({ rng: rngRolling((r) => r >= demarcheChance) });
    const after = applyOrder(before, toPoland);
    expect(after.transit.poland).toBe(before.transit.poland);
    const entry = onlyEntry(before, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland', key: 'demarche.unmoved' });
    expect(entry.params).toEqual({ to: 'poland' });
    // A first démarche: no repetition to explain, only the roll.
    expect(entry.reasons).toHaveLength(1);
    const roll = entry.reasons?.[0];
    expect(roll?.key).toBeNull();
    expect(roll?.explanation?.rule).toBe('roll.demarche');
    expect(roll?.explanation?.bias.source).toBe(MODEL.transit.source);
    expect(roll?.explanation?.chance).toBe(demarcheChance);
    expect(roll?.explanation?.yes).toBe(false);
  });

  it('fails on a roll equal to the chance (a roll under the chance succeeds)', () => {
    const at = worldWith({ rng: rngRolling((r) => r === demarcheChance) });
    expect(applyOrder(at, toPoland, true).transit.poland).toBe(at.transit.poland);
    const under = worldWith({ rng: rngRolling((r) => r === demarcheChance - 1) });
    expect(applyOrder(under, toPoland, true).transit.poland).toBe(under.transit.poland + demarcheGain);
  });

  it('logs a démarche that softens the state, with only its roll as the reason when nothing holds it back', () => {
    const before = worldWith({ rng: rngRolling((r) => r < demarcheChance) });
    const after = applyOrder(before, toPoland);
    expect(after.transit.poland).toBe(before.transit.poland + demarcheGain);
    const entry = onlyEntry(before, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland', key: 'demarche.softens' });
    expect(entry.params).toEqual({ to: 'poland' });
    expect(entry.reasons).toHaveLength(1);
    expect(entry.reasons?.[0]?.explanation?.yes).toBe(true);
  });

  it('names the repetition, with its rank, share and gain, from the second démarche in a row', () => {
    const month = worldWith().month;
    const before = worldWith({
      rng: rngRolling((r) => r < demarcheChance),
      repeats: { 'demarche-romania': { count: 1, last: month } },
    });
    const after = applyOrder(before, { type: 'diplomacy.demarche', to: 'romania' });
    const percent = keptPercent(1, MODEL.diminishing.keepPercent['diplomacy.demarche']);
    const gain = scaled(demarcheGain, percent);
    expect(after.transit.romania).toBe(before.transit.romania + gain);
    const entry = onlyEntry(before, after);
    expect(entry).toMatchObject({ id: 'demarche-romania', key: 'demarche.softens', params: { to: 'romania' } });
    expect(entry.reasons?.[1]).toEqual({
      key: 'repeat.demarche',
      params: { to: 'romania', nth: 2, percent, gain, months: MODEL.diminishing.forgetAfterMonths },
    });
    expect(after.repeats['demarche-romania']).toEqual({ count: 2, last: month });
  });

  it('says a state is deaf when repetition has worn the gain down to nothing', () => {
    const month = worldWith().month;
    const before = worldWith({
      rng: rngRolling((r) => r < demarcheChance),
      repeats: { 'demarche-poland': { count: 20, last: month } },
    });
    expect(scaled(demarcheGain, keptPercent(20, MODEL.diminishing.keepPercent['diplomacy.demarche']))).toBe(0);
    const after = applyOrder(before, toPoland);
    expect(after.transit).toEqual(before.transit);
    const entry = onlyEntry(before, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland', key: 'demarche.deaf' });
    // Its die said the démarche moved the government: the sentence says the repetition left it no weight, not that
    // the government stopped listening.
    expect(renderEntry(entry).text).toBe(
      `Poland hears the same démarche again: repeated so often, it carries no weight left, and nothing moves; it weighs again after more than ${MODEL.diminishing.forgetAfterMonths} months without one.`,
    );
    // Its reasons are the repetition alone: no roll is told as one that moved the government.
    expect(entry.reasons?.map((r) => r.key)).toEqual(['repeat.demarche']);
    expect(entry.reasons?.some((r) => r.explanation !== undefined)).toBe(false);
    // The same whatever the die: a roll that would have said no tells the same deaf démarche, the same world.
    const no = worldWith({ ...before, rng: rngRolling((r) => r >= demarcheChance) });
    const unheard = applyOrder(no, toPoland);
    expect(unheard.transit).toEqual(before.transit);
    expect(onlyEntry(no, unheard)).toMatchObject({ key: 'demarche.deaf' });
    expect(onlyEntry(no, unheard).reasons?.map((r) => r.key)).toEqual(['repeat.demarche']);
  });

  it('names the ceiling of démarches alone, with its level and passage, when the state will go no further', () => {
    const before = worldWith({
      rng: rngRolling((r) => r < demarcheChance),
      transit: { poland: limits.alone.poland, romania: 20 },
    });
    const after = applyOrder(before, toPoland);
    expect(after.transit.poland).toBe(limits.alone.poland);
    const entry = onlyEntry(before, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland', key: 'demarche.noFurther' });
    expect(entry.reasons?.[1]).toEqual({
      key: 'ceiling.alone',
      params: { to: 'poland', ceiling: limits.alone.poland, grantedAt },
    });
  });

  it('names British support as the ceiling when London stands firm, and stops there', () => {
    const plain = worldWith();
    const before = worldWith({
      rng: rngRolling((r) => r < demarcheChance),
      transit: { poland: limits.withBritain.poland - 1, romania: 20 },
      levels: { ...plain.levels, britishCommitment: limits.britishCommitmentAt },
    });
    const after = applyOrder(before, toPoland);
    expect(after.transit.poland).toBe(limits.withBritain.poland);
    const entry = onlyEntry(before, after);
    expect(entry.key).toBe('demarche.softens');
    expect(entry.reasons?.[1]).toEqual({
      key: 'ceiling.british',
      params: { to: 'poland', ceiling: limits.withBritain.poland, grantedAt },
    });
  });

  it('logs a démarche its state’s delegation answered, loudly by default, with the delegation as the reason', () => {
    const before = worldWith();
    const after = applyAnsweredDemarche(before, 'poland', true);
    expect(after.transit.poland).toBe(before.transit.poland + demarcheGain);
    const entry = onlyEntry(before, after);
    expect(entry).toMatchObject({ kind: 'action', id: 'demarche-poland', key: 'demarche.softens' });
    expect(entry.reasons).toEqual([{ key: 'demarche.delegation', params: { to: 'poland', moved: true } }]);
    const refused = applyAnsweredDemarche(before, 'poland', false);
    expect(refused.transit).toEqual(before.transit);
    expect(onlyEntry(before, refused).reasons).toEqual([
      { key: 'demarche.delegation', params: { to: 'poland', moved: false } },
    ]);
  });

  it('keeps no log for a quiet answered démarche', () => {
    const before = worldWith();
    const after = applyAnsweredDemarche(before, 'poland', true, true);
    expect(after.transit.poland).toBe(before.transit.poland + demarcheGain);
    expect(after.log).toEqual(before.log);
  });

  it('refuses an answered démarche the rules refuse: no capital spent, no state moved, the refusal logged', () => {
    const before = worldWith({ capital: 0 });
    const after = applyAnsweredDemarche(before, 'poland', true);
    expect(after.capital).toBe(0);
    expect(after.transit).toEqual(before.transit);
    expect(after.repeats).toEqual(before.repeats);
    expect(onlyEntry(before, after)).toMatchObject({ kind: 'refused', id: 'diplomacy.demarche' });
  });
});

describe('other orders in the log', () => {
  it('logs a refused order with its action and the reason the rules give', () => {
    const before = worldWith({ capital: 0 });
    const after = applyOrder(before, toPoland);
    expect(after.capital).toBe(0);
    const entry = onlyEntry(before, after);
    expect(entry.kind).toBe('refused');
    expect(entry.id).toBe('diplomacy.demarche');
    expect(entry.params?.action).toBe('diplomacy.demarche');
    expect(entry.params?.reason).toMatch(/^not enough political capital/);
  });

  it('logs an order without repetition under its own key', () => {
    const before = worldWith({}, 'ussr');
    const after = applyOrder(before, { type: 'military.readiness' });
    const entry = onlyEntry(before, after);
    expect(entry).toEqual({
      month: before.month,
      kind: 'action',
      id: 'military.readiness',
      key: 'action.military.readiness',
    });
  });

  it('diminishes a rally repeated in a row, and says so from the second time only', () => {
    const first = worldWith();
    const once = applyOrder(first, { type: 'domestic.rally' });
    expect(onlyEntry(first, once)).toEqual({
      month: first.month,
      kind: 'action',
      id: 'domestic.rally',
      key: 'action.domestic.rally',
    });
    expect(once.repeats['domestic.rally']).toEqual({ count: 1, last: first.month });
    const gain = MODEL.actions['domestic.rally']?.effects?.levels?.frenchWill ?? 0;
    expect(gain).toBeGreaterThan(0);
    // The second rally, a month later, with the will low enough that no clamp hides the effect.
    const second = withWorld(once, {
      month: addMonths(once.month, 1),
      capital: 50,
      levels: { ...once.levels, frenchWill: 10 },
    });
    const twice = applyOrder(second, { type: 'domestic.rally' });
    const percent = keptPercent(1, MODEL.diminishing.keepPercent['domestic.rally']);
    expect(percent).toBeLessThan(100);
    expect(twice.levels.frenchWill).toBe(10 + scaled(gain, percent));
    expect(onlyEntry(second, twice).reasons).toEqual([
      { key: 'repeat.action', params: { nth: 2, percent, months: MODEL.diminishing.forgetAfterMonths } },
    ]);
  });

  it('lets a pass do nothing, not even be refused, in a crisis or after the end', () => {
    const crisis = firstCrisis();
    expect(applyOrder(crisis, { type: 'pass' })).toBe(crisis);
    const ended = withWorld(worldWith(), { phase: 'ended' });
    expect(applyOrder(ended, { type: 'pass' })).toBe(ended);
  });
});

describe('the month’s entry points, in the wrong phase', () => {
  it('answers no crisis when none waits, and ends no orders while a crisis waits', () => {
    const orders = worldWith();
    expect(answerCrisis(orders, 'stand-aside', undefined)).toBe(orders);
    const crisis = firstCrisis();
    expect(endOrders(crisis)).toBe(crisis);
  });

  it('logs a crisis answer by default and keeps none when quiet', () => {
    const crisis = firstCrisis();
    const loud = answerCrisis(crisis, 'stand-aside', undefined);
    expect(newEntries(crisis, loud).length).toBeGreaterThan(0);
    const quiet = answerCrisis(crisis, 'stand-aside', undefined, true);
    expect(quiet.log).toEqual(crisis.log);
    expect(quiet.month).toBe(loud.month);
  });

  it('moves on to the next month’s orders after a crisis answer, and resolves no further month', () => {
    const crisis = firstCrisis();
    const after = step(crisis, [{ type: 'crisis.respond', choice: 'stand-aside' }]);
    expect(after.phase).toBe('orders');
    expect(after.month).toBe(addMonths(crisis.month, 1));
    expect(after.turn).toBe(crisis.turn + 1);
  });
});

describe('the British delegation’s guarantee, across the month’s end', () => {
  it('keeps the answer while the guarantee waits for its window, and logs the decision', () => {
    const crisis = firstCrisis();
    const premises = withWorld(crisis, {
      moves: withMove(crisis.moves, GUARANTEE.move, { status: 'done', month: crisis.month, postponed: 0 }),
    });
    const after = answerCrisis(premises, 'stand-aside', undefined, false, undefined, { britainGuarantee: 'guarantee' });
    expect(after.phase).toBe('orders');
    expect(after.month < GUARANTEE.last).toBe(true);
    expect(after.britainGuarantee).toBe('guarantee');
    expect(newEntries(premises, after)).toContainEqual({
      month: crisis.month,
      kind: 'decision',
      id: 'british-guarantee',
      key: 'decision.britain.guarantee',
    });
  });

  it('spends the answer when the game ends with the month', () => {
    const crisis = firstCrisis();
    const last = withWorld(crisis, {
      endMonth: crisis.month,
      moves: withMove(crisis.moves, GUARANTEE.move, { status: 'done', month: crisis.month, postponed: 0 }),
    });
    const after = answerCrisis(last, 'stand-aside', undefined, false, undefined, { britainGuarantee: 'decline' });
    expect(after.phase).toBe('ended');
    expect(after.britainGuarantee).toBeUndefined();
    expect(newEntries(last, after).map((e) => e.key)).toContain('decision.britain.decline');
  });
});
