/**
 * Diminishing returns where history had them, and what a démarche alone
 * cannot buy. A démarche to the same state, a reassurance to London or a rally
 * at home repeated in a row keeps only a share of the previous one's effect
 * (`scenarios/model/model.json`, `diminishing`); and Poland and Romania refused
 * transit for reasons a démarche did not move (actors.md): démarches alone
 * soften them only up to a ceiling below `grantedAt`, which firmer British
 * support raises and a signed convention with a transit clause lifts
 * (`transit.demarcheCeiling`). Integer arithmetic only.
 */

import { MODEL } from '../model/modelData';
import type { Effects } from '../model/modelSchemas';
import { monthsBetween } from '../months';
import type { Repeat, RepeatKey, TransitState, WorldState } from '../world/worldState';

/** How many times the order under `key` was given in a row before now (0 if never, or long enough ago to be forgotten). */
export function timesInARow(world: WorldState, key: RepeatKey): number {
  const repeat = world.repeats[key];
  if (repeat === undefined) return 0;
  return monthsBetween(repeat.last, world.month) > MODEL.diminishing.forgetAfterMonths ? 0 : repeat.count;
}

/**
 * The repeat counters after the order under `key` is given now: every key of `REPEAT_KEYS`, in that order, those
 * never given `undefined` (which the world's hash and its files leave out, as they leave out a missing key). Every
 * record then has one shape, whatever orders came in whatever order: records of a dozen shapes, copied by spreads
 * or built key by key, were among the month's slowest steps.
 */
export function repeatsAfter(world: WorldState, key: RepeatKey): WorldState['repeats'] {
  const before = world.repeats;
  const repeat: Repeat = { count: timesInARow(world, key) + 1, last: world.month };
  // Typed with every key required: a key added to REPEAT_KEYS and not here does not compile.
  const next: Record<RepeatKey, Repeat | undefined> = {
    'demarche-poland': key === 'demarche-poland' ? repeat : before['demarche-poland'],
    'demarche-romania': key === 'demarche-romania' ? repeat : before['demarche-romania'],
    'diplomacy.reassureBritain': key === 'diplomacy.reassureBritain' ? repeat : before['diplomacy.reassureBritain'],
    'diplomacy.collectiveSecurity':
      key === 'diplomacy.collectiveSecurity' ? repeat : before['diplomacy.collectiveSecurity'],
    'domestic.rally': key === 'domestic.rally' ? repeat : before['domestic.rally'],
  };
  return next;
}

/** The percentage of its full effect an order keeps after `times` in a row, each keeping `keep`% of the one before. */
export function keptPercent(times: number, keep: number): number {
  let percent = 100;
  for (let i = 0; i < times; i++) percent = Math.floor((percent * keep) / 100);
  return percent;
}

/** `value` scaled to `percent`%, rounded half away from zero to a whole point. */
export function scaled(value: number, percent: number): number {
  const hundredths = Math.abs(value) * percent;
  const whole = Math.floor((hundredths + 50) / 100);
  return value < 0 ? -whole : whole;
}

function scaledRecord<K extends string>(
  record: Readonly<Partial<Record<K, number>>> | undefined,
  percent: number,
): Partial<Record<K, number>> | undefined {
  if (record === undefined) return undefined;
  const out: Partial<Record<K, number>> = {};
  for (const key of Object.keys(record) as K[]) {
    const value = record[key];
    if (value !== undefined) out[key] = scaled(value, percent);
  }
  return out;
}

/** An action's effects on levels, dispositions and transit, scaled to `percent`% (the rest unchanged). */
export function scaledEffects(effects: Effects, percent: number): Effects {
  if (percent === 100) return effects;
  const out: Effects = { ...effects };
  const levels = scaledRecord(effects.levels, percent);
  const stance = scaledRecord(effects.stance, percent);
  const trust = scaledRecord(effects.trust, percent);
  const transit = scaledRecord(effects.transit, percent);
  if (levels !== undefined) out.levels = levels;
  if (stance !== undefined) out.stance = stance;
  if (trust !== undefined) out.trust = trust;
  if (transit !== undefined) out.transit = transit;
  return out;
}

/** Why the ceiling on a démarche's gains stands where it does. */
export type CeilingReason = 'alone' | 'british-support' | 'convention';

/**
 * How far démarches can bring a transit state's readiness now: the highest
 * ceiling a lever opens — a signed convention whose transit clause covers the
 * state (no ceiling), firmer British support, or démarches alone.
 */
export function demarcheCeiling(world: WorldState, state: TransitState): { ceiling: number; reason: CeilingReason } {
  const limits = MODEL.transit.demarcheCeiling;
  const { convention } = world;
  const signed = convention.phase === 'signed' || convention.phase === 'inForce';
  const clause = convention.agreed.transit;
  if (signed && clause !== undefined && clause >= limits.conventionTransitOption[state]) {
    return { ceiling: 100, reason: 'convention' };
  }
  if (world.levels.britishCommitment >= limits.britishCommitmentAt) {
    return { ceiling: Math.max(limits.alone[state], limits.withBritain[state]), reason: 'british-support' };
  }
  return { ceiling: limits.alone[state], reason: 'alone' };
}

/**
 * What a démarche to `state` weighs now, as the order weighs it (step.ts) and its button tells it
 * (view/orderOdds.ts): the times it was given in a row before, the share of its gain that repetition leaves,
 * the gain, and the readiness it would bring the state to if it moved the government, held by its ceiling.
 */
export function demarcheWeight(
  world: WorldState,
  state: TransitState,
): {
  readonly times: number;
  readonly percent: number;
  readonly gain: number;
  readonly current: number;
  readonly ceiling: number;
  readonly reason: CeilingReason;
  readonly reached: number;
} {
  const times = timesInARow(world, state === 'poland' ? 'demarche-poland' : 'demarche-romania');
  const percent = keptPercent(times, MODEL.diminishing.keepPercent['diplomacy.demarche']);
  const gain = scaled(MODEL.transit.demarcheGain, percent);
  const current = world.transit[state];
  const { ceiling, reason } = demarcheCeiling(world, state);
  return {
    times,
    percent,
    gain,
    current,
    ceiling,
    reason,
    reached: Math.max(current, Math.min(ceiling, current + gain)),
  };
}
