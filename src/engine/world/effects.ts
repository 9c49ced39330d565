/**
 * Applying an event's (or a move's) effects to the world, and testing its
 * conditions. Pure functions over plain data; levels are clamped to 0-100.
 */
import type { Explanation, LogEntry, LogParams, LogReason } from '../log/types';
import { monthsBetween } from '../months';
import type { Condition, Effects } from './changes';
import {
  type ActorId,
  type ActorState,
  conventionState,
  draftOf,
  type LevelId,
  type Levels,
  transitState,
  type WorldDraft,
  type WorldState,
  withWorld,
} from './worldState';

/** Whole months the convention's talks have spent in their current phase. */
export function monthsInPhase(world: WorldState): number {
  return monthsBetween(world.convention.phaseSince, world.month);
}

/** Keep a level within 0-100. */
export function clampLevel(value: number): number {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

function clampStance(value: number): number {
  return value < -100 ? -100 : value > 100 ? 100 : value;
}

/** `value + delta`, clamped; `value` when there is no delta. */
function plus(value: number, delta: number | undefined): number {
  return delta === undefined ? value : clampLevel(value + delta);
}

/** `levels` with `delta` added to each named level (written out: the compiler checks every level is here). */
export function addedLevels(levels: Levels, delta: Readonly<Partial<Record<LevelId, number>>>): Levels {
  return {
    frenchWill: plus(levels.frenchWill, delta.frenchWill),
    sovietWill: plus(levels.sovietWill, delta.sovietWill),
    sovietDrift: plus(levels.sovietDrift, delta.sovietDrift),
    redArmyReadiness: plus(levels.redArmyReadiness, delta.redArmyReadiness),
    germanReadiness: plus(levels.germanReadiness, delta.germanReadiness),
    britishCommitment: plus(levels.britishCommitment, delta.britishCommitment),
    italianAlignment: plus(levels.italianAlignment, delta.italianAlignment),
    tension: plus(levels.tension, delta.tension),
  };
}

type ActorDeltas = Readonly<Partial<Record<ActorId, number>>> | undefined;

/** One actor's disposition moved by its deltas, if it has any. */
function adjusted(actor: ActorState, stance: number | undefined, trust: number | undefined): ActorState {
  if (stance === undefined && trust === undefined) return actor;
  return {
    stance: stance === undefined ? actor.stance : clampStance(actor.stance + stance),
    trust: trust === undefined ? actor.trust : clampLevel(actor.trust + trust),
  };
}

/** The actors with their stance and trust moved (written out, like `addedLevels`). */
function adjustedActors(actors: WorldState['actors'], stance: ActorDeltas, trust: ActorDeltas): WorldState['actors'] {
  return {
    france: adjusted(actors.france, stance?.france, trust?.france),
    ussr: adjusted(actors.ussr, stance?.ussr, trust?.ussr),
    germany: adjusted(actors.germany, stance?.germany, trust?.germany),
    uk: adjusted(actors.uk, stance?.uk, trust?.uk),
    italy: adjusted(actors.italy, stance?.italy, trust?.italy),
    poland: adjusted(actors.poland, stance?.poland, trust?.poland),
    romania: adjusted(actors.romania, stance?.romania, trust?.romania),
    czechoslovakia: adjusted(actors.czechoslovakia, stance?.czechoslovakia, trust?.czechoslovakia),
    belgium: adjusted(actors.belgium, stance?.belgium, trust?.belgium),
  };
}

/** A delta for every actor, undefined where there is none: one shape for every effect. */
type ActorDelta = Readonly<Record<ActorId, number | undefined>>;

/**
 * Effects as `applyEffects` reads them: every field present, and the records
 * of deltas written out with every key, so that the reads below meet one
 * shape rather than as many as the data has (`applyEffects` runs several
 * times a month). Made once per effects object.
 */
interface Plan {
  readonly levels: Readonly<Record<LevelId, number | undefined>> | undefined;
  readonly stance: ActorDelta | undefined;
  readonly trust: ActorDelta | undefined;
  readonly actors: boolean;
  readonly transit: { readonly poland: number | undefined; readonly romania: number | undefined } | undefined;
  readonly government: Effects['government'];
  readonly locarno: Effects['locarno'];
  readonly leaveLeague: Effects['leaveLeague'];
  readonly francoSovietInForce: boolean | undefined;
  readonly conventionCredibility: number | undefined;
  readonly sovietGermanDeal: boolean | undefined;
}

function actorDelta(d: Effects['stance']): ActorDelta | undefined {
  if (d === undefined) return undefined;
  return {
    france: d.france,
    ussr: d.ussr,
    germany: d.germany,
    uk: d.uk,
    italy: d.italy,
    poland: d.poland,
    romania: d.romania,
    czechoslovakia: d.czechoslovakia,
    belgium: d.belgium,
  };
}

const plans = new WeakMap<Effects, Plan>();

function planOf(effects: Effects): Plan {
  let plan = plans.get(effects);
  if (plan !== undefined) return plan;
  const { levels, transit } = effects;
  plan = {
    levels: levels
      ? {
          frenchWill: levels.frenchWill,
          sovietWill: levels.sovietWill,
          sovietDrift: levels.sovietDrift,
          redArmyReadiness: levels.redArmyReadiness,
          germanReadiness: levels.germanReadiness,
          britishCommitment: levels.britishCommitment,
          italianAlignment: levels.italianAlignment,
          tension: levels.tension,
        }
      : undefined,
    stance: actorDelta(effects.stance),
    trust: actorDelta(effects.trust),
    actors: Boolean(effects.stance || effects.trust),
    transit: transit ? { poland: transit.poland, romania: transit.romania } : undefined,
    government: effects.government,
    locarno: effects.locarno,
    leaveLeague: effects.leaveLeague,
    francoSovietInForce: effects.francoSovietInForce,
    conventionCredibility: effects.conventionCredibility,
    sovietGermanDeal: effects.sovietGermanDeal,
  };
  plans.set(effects, plan);
  return plan;
}

/**
 * Apply `effects`, copying the world once. The convention's phase effects go
 * through its machine instead: see `turn/negotiation.ts`.
 */
export function applyEffects(world: WorldState, effects: Effects): WorldState {
  return applyEffectsTo(draftOf(world), effects);
}

/**
 * Apply `effects` to a draft in place (a world copied for the change and held
 * by no one else: `draftOf`), and hand it back; its parts are replaced, never changed.
 */
export function applyEffectsTo(next: WorldDraft, effects: Effects): WorldDraft {
  const plan = planOf(effects);
  if (plan.levels) next.levels = addedLevels(next.levels, plan.levels);
  if (plan.actors) next.actors = adjustedActors(next.actors, plan.stance, plan.trust);
  if (plan.transit) {
    const { poland, romania } = plan.transit;
    next.transit = transitState(
      poland === undefined ? next.transit.poland : clampLevel(next.transit.poland + poland),
      romania === undefined ? next.transit.romania : clampLevel(next.transit.romania + romania),
    );
  }
  if (plan.government) next.governments = { ...next.governments, ...plan.government };
  if (plan.locarno) next.locarno = plan.locarno;
  if (plan.leaveLeague) next.leagueMembers = membersAfter(next.leagueMembers, plan.leaveLeague);
  if (plan.francoSovietInForce !== undefined) next.francoSovietInForce = plan.francoSovietInForce;
  if (plan.conventionCredibility !== undefined) {
    const credibility = clampLevel(next.convention.credibility + plan.conventionCredibility);
    next.convention = conventionState(next.convention, { credibility });
  }
  if (plan.sovietGermanDeal && next.sovietGermanDeal === null) next.sovietGermanDeal = next.month;
  return next;
}

type Members = WorldState['leagueMembers'];

/** `membersAfter`'s lists, by the members before and the list of those leaving (a data file's own array). */
const leftLists = new WeakMap<Members, WeakMap<Members, Members>>();

/**
 * The League's members once `leaving` have left: one shared list for the same members and departures,
 * so that every future that sees Germany leave holds the same list, and what is memoised by the list
 * (the legal view's key, `derived.ts`) is found again rather than worked out afresh in each game.
 */
function membersAfter(members: Members, leaving: Members): Members {
  let byLeaving = leftLists.get(members);
  if (byLeaving === undefined) {
    byLeaving = new WeakMap();
    leftLists.set(members, byLeaving);
  }
  let after = byLeaving.get(leaving);
  if (after === undefined) {
    after = members.filter((m) => !leaving.includes(m));
    byLeaving.set(leaving, after);
  }
  return after;
}

/** Does `condition` hold in `world`? Each condition is compiled once (`testOf`). */
export function holds(world: WorldState, condition: Condition): boolean {
  let test = conditionTests.get(condition);
  if (test === undefined) {
    test = testOf(condition);
    conditionTests.set(condition, test);
  }
  return test(world);
}

/** A condition, or a list of them, compiled to a test of the world. */
type Test = (world: WorldState) => boolean;

/**
 * One condition as a test of the world, its kind decided once rather than on
 * every call (conditions are data objects of many shapes): the one place that
 * reads each kind of condition.
 */
function testOf(condition: Condition): Test {
  if ('event' in condition) {
    const id = condition.event;
    return (world) => world.fired.includes(id);
  }
  if ('notEvent' in condition) {
    const id = condition.notEvent;
    return (world) => !world.fired.includes(id);
  }
  if ('moveNot' in condition) {
    const { moveNot, status } = condition;
    return (world) => world.moves[moveNot]?.status !== status;
  }
  if ('move' in condition) {
    const { move, status } = condition;
    return (world) => world.moves[move]?.status === status;
  }
  if ('level' in condition) {
    const { level, atLeast, atMost } = condition;
    return (world) => {
      const value = world.levels[level];
      return (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);
    };
  }
  if ('convention' in condition) {
    const phases: readonly string[] = condition.convention;
    return (world) => phases.includes(world.convention.phase);
  }
  if ('government' in condition) {
    const offices = Object.entries(condition.government).map(
      ([country, ids]) => [country as keyof WorldState['governments'], ids] as const,
    );
    return (world) =>
      offices.every(([country, ids]) => {
        const inOffice = world.governments[country];
        return typeof ids === 'string' ? inOffice === ids : ids.includes(inOffice);
      });
  }
  if ('noDeal' in condition) return (world) => world.sovietGermanDeal === null;
  if ('clause' in condition) {
    const { clause, atLeast } = condition;
    return (world) => (world.convention.agreed[clause] ?? -1) >= atLeast;
  }
  return (world) => world.tripleAlliance === null;
}

const conditionTests = new WeakMap<Condition, Test>();
const allTests = new WeakMap<readonly Condition[], Test>();
const anyTests = new WeakMap<readonly Condition[], Test>();
const always: Test = () => true;
const never: Test = () => false;

/** The test that all `conditions` hold (none: yes), compiled once per list: for a caller that keeps it (`allHold` looks it up). */
export function allTest(conditions: readonly Condition[] | undefined): Test {
  if (conditions === undefined) return always;
  let test = allTests.get(conditions);
  if (test === undefined) {
    const tests = conditions.map(testOf);
    // Indexed, as the rules' scores are (`decide.ts`): no iterator per test in unoptimised code.
    test = (w) => {
      for (let i = 0; i < tests.length; i++) if (!(tests[i] as Test)(w)) return false;
      return true;
    };
    allTests.set(conditions, test);
  }
  return test;
}

/** The test that any of `conditions` holds (none: no), compiled once per list. */
export function anyTest(conditions: readonly Condition[] | undefined): Test {
  if (conditions === undefined) return never;
  let test = anyTests.get(conditions);
  if (test === undefined) {
    const tests = conditions.map(testOf);
    test = (w) => {
      for (let i = 0; i < tests.length; i++) if ((tests[i] as Test)(w)) return true;
      return false;
    };
    anyTests.set(conditions, test);
  }
  return test;
}

/** Do all `conditions` hold? (None: yes.) Each list is compiled once. */
export function allHold(world: WorldState, conditions: readonly Condition[] | undefined): boolean {
  return allTest(conditions)(world);
}

/** Does any of `conditions` hold? (None: no.) Each list is compiled once. */
export function anyHolds(world: WorldState, conditions: readonly Condition[] | undefined): boolean {
  return anyTest(conditions)(world);
}

/**
 * The log entries a step writes, collected and appended to the world's log once
 * at the end of the step; null in quiet runs (batch simulations), which keep no log.
 */
export type Journal = LogEntry[] | null;

/**
 * A log entry to write: what happened, as a sentence's key and parameters, and
 * why. Its reasons may be given as a function, called only if the entry is kept.
 */
export interface Note {
  readonly kind: string;
  readonly id: string;
  /** The sentence's key in `scenarios/text/log.en.json` (default: `kind`). */
  readonly key?: string;
  readonly params?: LogParams;
  readonly reasons?: readonly LogReason[] | (() => readonly LogReason[]) | undefined;
}

/** Write a log entry for the world's current month (nothing in a quiet run). */
export function note(journal: Journal, world: WorldState, entry: Note): void {
  if (journal === null) return;
  const reasons = typeof entry.reasons === 'function' ? entry.reasons() : entry.reasons;
  const logged: { -readonly [K in keyof LogEntry]: LogEntry[K] } = {
    month: world.month,
    kind: entry.kind,
    id: entry.id,
    key: entry.key ?? entry.kind,
  };
  if (entry.params !== undefined) logged.params = entry.params;
  if (reasons !== undefined && reasons.length > 0) logged.reasons = reasons;
  journal.push(logged);
}

/** A decision as the reason of an entry, alone or after a sentence. */
export function because(explanation: Explanation, key: string | null = null, params?: LogParams): LogReason {
  return params === undefined ? { key, explanation } : { key, params, explanation };
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
  return withWorld(world, { log });
}

/** The whole log as one list, oldest first. */
export function flatLog(world: WorldState): LogEntry[] {
  return world.log.flatMap((chunk) => chunk.entries);
}
