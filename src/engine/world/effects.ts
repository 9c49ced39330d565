/**
 * Applying an event's (or a move's) effects to the world, and testing its
 * conditions. Pure functions over plain data; levels are clamped to 0-100.
 */
import type { Condition, Effects } from '../model/modelSchemas';
import { type ActorId, type ActorState, LEVEL_IDS, type LevelId, type LogEntry, type WorldState } from './worldState';

/** Keep a level within 0-100. */
export function clampLevel(value: number): number {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

function clampStance(value: number): number {
  return value < -100 ? -100 : value > 100 ? 100 : value;
}

/** The world with `delta` added to each named level. */
export function addLevels(world: WorldState, delta: Readonly<Partial<Record<LevelId, number>>>): WorldState {
  const levels = { ...world.levels };
  for (const id of LEVEL_IDS) {
    const d = delta[id];
    if (d !== undefined) levels[id] = clampLevel(levels[id] + d);
  }
  return { ...world, levels };
}

function addActors(
  world: WorldState,
  delta: Readonly<Partial<Record<ActorId, number>>>,
  field: keyof ActorState,
): WorldState {
  const actors = { ...world.actors };
  for (const [id, d] of Object.entries(delta) as [ActorId, number][]) {
    const actor = actors[id];
    actors[id] =
      field === 'stance'
        ? { ...actor, stance: clampStance(actor.stance + d) }
        : { ...actor, trust: clampLevel(actor.trust + d) };
  }
  return { ...world, actors };
}

/** Apply `effects`. The convention's phase effects go through its machine instead: see `turn/negotiation.ts`. */
export function applyEffects(world: WorldState, effects: Effects): WorldState {
  let next = world;
  if (effects.levels) next = addLevels(next, effects.levels);
  if (effects.stance) next = addActors(next, effects.stance, 'stance');
  if (effects.trust) next = addActors(next, effects.trust, 'trust');
  if (effects.transit) {
    const transit = { ...next.transit };
    for (const [state, d] of Object.entries(effects.transit) as ['poland' | 'romania', number][]) {
      transit[state] = clampLevel(transit[state] + d);
    }
    next = { ...next, transit };
  }
  if (effects.government) next = { ...next, governments: { ...next.governments, ...effects.government } };
  if (effects.locarno) next = { ...next, locarno: effects.locarno };
  if (effects.leaveLeague) {
    const leaving = effects.leaveLeague;
    next = { ...next, leagueMembers: next.leagueMembers.filter((m) => !leaving.includes(m)) };
  }
  if (effects.francoSovietInForce !== undefined) next = { ...next, francoSovietInForce: effects.francoSovietInForce };
  if (effects.conventionCredibility !== undefined) {
    const credibility = clampLevel(next.convention.credibility + effects.conventionCredibility);
    next = { ...next, convention: { ...next.convention, credibility } };
  }
  if (effects.sovietGermanDeal && next.sovietGermanDeal === null) next = { ...next, sovietGermanDeal: next.month };
  return next;
}

/** Does `condition` hold in `world`? */
export function holds(world: WorldState, condition: Condition): boolean {
  if ('event' in condition) return world.fired.includes(condition.event);
  if ('notEvent' in condition) return !world.fired.includes(condition.notEvent);
  if ('moveNot' in condition) return world.moves[condition.moveNot]?.status !== condition.status;
  if ('move' in condition) return world.moves[condition.move]?.status === condition.status;
  if ('level' in condition) {
    const value = world.levels[condition.level];
    return (
      (condition.atLeast === undefined || value >= condition.atLeast) &&
      (condition.atMost === undefined || value <= condition.atMost)
    );
  }
  if ('convention' in condition) return condition.convention.includes(world.convention.phase);
  if ('government' in condition) {
    return Object.entries(condition.government).every(
      ([country, id]) => world.governments[country as keyof WorldState['governments']] === id,
    );
  }
  if ('noDeal' in condition) return world.sovietGermanDeal === null;
  if ('clause' in condition) return (world.convention.agreed[condition.clause] ?? -1) >= condition.atLeast;
  return world.tripleAlliance === null;
}

/** Do all `conditions` hold? (None: yes.) */
export function allHold(world: WorldState, conditions: readonly Condition[] | undefined): boolean {
  return (conditions ?? []).every((c) => holds(world, c));
}

/** Does any of `conditions` hold? (None: no.) */
export function anyHolds(world: WorldState, conditions: readonly Condition[] | undefined): boolean {
  return (conditions ?? []).some((c) => holds(world, c));
}

/**
 * The log entries a step writes, collected and appended to the world's log once
 * at the end of the step; null in quiet runs (batch simulations), which keep no log.
 */
export type Journal = LogEntry[] | null;

/** A log entry to write; its factors may be given as a function, called only if the entry is kept. */
export interface Note {
  readonly kind: string;
  readonly id: string;
  readonly text: string;
  readonly factors?: readonly string[] | (() => readonly string[]);
}

/** Write a log entry for the world's current month (nothing in a quiet run). */
export function note(journal: Journal, world: WorldState, entry: Note): void {
  if (journal === null) return;
  const { factors, ...rest } = entry;
  const resolved = typeof factors === 'function' ? factors() : factors;
  journal.push(
    resolved === undefined ? { month: world.month, ...rest } : { month: world.month, ...rest, factors: resolved },
  );
}

/** The world with `journal` appended to its log, in the chunk of the entries' month. */
export function withJournal(world: WorldState, journal: Journal): WorldState {
  if (journal === null || journal.length === 0) return world;
  const log = [...world.log];
  for (const entry of journal) {
    const last = log[log.length - 1];
    if (last !== undefined && last.month === entry.month)
      log[log.length - 1] = { month: last.month, entries: [...last.entries, entry] };
    else log.push({ month: entry.month, entries: [entry] });
  }
  return { ...world, log };
}

/** The whole log as one list, oldest first. */
export function flatLog(world: WorldState): LogEntry[] {
  return world.log.flatMap((chunk) => chunk.entries);
}
