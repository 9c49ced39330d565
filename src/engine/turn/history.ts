/**
 * The month's dispatches: the historical events due this month. A fixed event
 * happens on its date unless the scenario switched it off or the world has
 * diverged (its `unless`); a contingent one may happen while its window is
 * open, when its conditions hold and the seeded die agrees.
 */
import type { LogReason } from '../log/types';
import { decide, explain } from '../model/decide';
import { DELEGATION_DATA, type TeschenAnswer } from '../model/delegationData';
import { contextFor } from '../model/derived';
import type { FactorContext } from '../model/factors';
import { EVENTS } from '../model/modelData';
import type { HistoricalEvent, Rule } from '../model/modelSchemas';
import { addMonths, monthOf, type YearMonth } from '../months';
import { rulesOf } from '../variants/variants';
import {
  allHold,
  allTest,
  anyTest,
  applyEffectsTo,
  because,
  type Journal,
  type Note,
  note,
  withJournal,
} from '../world/effects';
import { draftOf, humanSide, type WorldDraft, type WorldState, withWorld } from '../world/worldState';
import { applyConventionEffectTo } from './negotiation';
import { resolveTripleAlliance } from './triple';

/**
 * The event the British delegation decides (issue 14 §2: `delegations.json`, britain.guaranteeToPoland: the
 * guarantee to Poland, practice, a political commitment), the German move it follows (the move its `requires`
 * has done) and the last month of its window, found once.
 */
export const GUARANTEE: { readonly event: HistoricalEvent; readonly move: string; readonly last: YearMonth } = (() => {
  const id = DELEGATION_DATA.britain.decisions.guaranteeToPoland.event;
  const event = EVENTS.find((e) => e.id === id);
  if (event === undefined) throw new Error(`scenarios/model/delegations.json names an unknown event "${id}"`);
  const after = event.requires?.find((c): c is { move: string; status: 'done' } => 'move' in c && c.status === 'done');
  if (after === undefined) throw new Error(`the event "${id}" Britain decides follows no German move done`);
  // The last month its window is open (a contingent event's `until`; otherwise its own month).
  const first = monthOf(event.date);
  return { event, move: after.move, last: event.kind === 'contingent' ? (event.until ?? first) : first };
})();

/**
 * Does the British delegation's answer on its guarantee still wait for a dispatch of the event, once `world`'s
 * month has been dispatched? Only while the event has neither happened nor been taken out, its premises hold
 * and its window stays open after this month: otherwise the answer is spent (`step.ts`).
 */
export function guaranteeWaits(world: WorldState): boolean {
  return (
    world.phase !== 'ended' &&
    world.month < GUARANTEE.last &&
    guaranteeOpen(world) &&
    premisesHold(world, GUARANTEE.event)
  );
}

/** Can the guarantee's event still happen: neither happened, nor switched off by the scenario, nor taken out by a rule variant? */
export function guaranteeOpen(world: WorldState): boolean {
  const { id } = GUARANTEE.event;
  return !world.fired.includes(id) && !world.disabled.includes(id) && !rulesOf(world).removedEvents.has(id);
}

/**
 * The event the Polish delegation decides (issue 14 §2: `delegations.json`, poland.teschen: Poland takes Teschen,
 * practice, a decision of its government) and the German move it follows, found as the guarantee's is.
 */
export const TESCHEN: { readonly event: HistoricalEvent; readonly move: string; readonly last: YearMonth } = (() => {
  const id = DELEGATION_DATA.poland.decisions.teschen.event;
  const event = EVENTS.find((e) => e.id === id);
  if (event === undefined) throw new Error(`scenarios/model/delegations.json names an unknown event "${id}"`);
  const after = event.requires?.find((c): c is { move: string; status: 'done' } => 'move' in c && c.status === 'done');
  if (after === undefined) throw new Error(`the event "${id}" Poland decides follows no German move done`);
  // Declining undoes the dispatch: only an event with no effect can be undone so (events.json: a dispatch only).
  if (Object.keys(event.effects).length > 0) throw new Error(`the event "${id}" Poland decides must have no effects`);
  const first = monthOf(event.date);
  return { event, move: after.move, last: event.kind === 'contingent' ? (event.until ?? first) : first };
})();

/**
 * Does the Polish delegation's refusal of Teschen still hold its event back once `world`'s month has been dispatched?
 * Only while its window stays open after this month: then the refusal is spent (`step.ts`).
 */
export function teschenHeld(world: WorldState): boolean {
  return world.phase !== 'ended' && world.month < TESCHEN.last;
}

/** Was Teschen's event dispatched in `world`'s month, and is it logged there? */
function teschenEntry(world: WorldState): boolean {
  const chunk = world.log[world.log.length - 1];
  return chunk?.month === world.month && chunk.entries.some((e) => e.kind === 'event' && e.id === TESCHEN.event.id);
}

/**
 * Teschen's dispatch kept out of the log of the month it came in, while the Polish delegation has yet to answer
 * (`delegations.ts`): the world keeps it as the game without Poland has it (the same hash), and only the log waits.
 */
export function teschenUnlogged(world: WorldState): WorldState {
  if (!teschenEntry(world)) return world;
  const log = world.log.map((chunk, i) =>
    i === world.log.length - 1
      ? { month: chunk.month, entries: chunk.entries.filter((e) => e.kind !== 'event' || e.id !== TESCHEN.event.id) }
      : chunk,
  );
  return withWorld(world, { log });
}

/** The reason the log gives for Teschen taken as the Polish delegation decided. */
const POLISH_TESCHEN: readonly LogReason[] = [{ key: 'teschen.delegation' }];

/**
 * The Polish delegation's answer on Teschen (delegations.json poland.teschen, practice), in the orders of the month
 * its event came in. Take: the world is as the event left it (as in the game without Poland), and the log gives the
 * dispatch, as its delegation decided. Decline: the event is undone (it has no effect to undo: the TESCHEN check),
 * and held back until its window closes (`teschenDeclined`). Logged either way. `delegated` false: no answer came
 * before the month ended, and the dispatch is logged as the game without Poland logs it.
 */
export function teschenAnswered(world: WorldState, answer: TeschenAnswer, quiet = false, delegated = true): WorldState {
  const journal: Journal = quiet ? null : [];
  const { id } = TESCHEN.event;
  if (delegated) note(journal, world, { kind: 'decision', id, key: `decision.poland.teschen.${answer}` });
  if (answer === 'take') {
    if (!teschenEntry(world)) {
      note(journal, world, {
        kind: 'event',
        id,
        params: { event: id },
        reasons: delegated ? POLISH_TESCHEN : undefined,
      });
    }
    return withJournal(world, journal);
  }
  const next = draftOf(world);
  next.fired = world.fired.filter((e) => e !== id);
  next.teschenDeclined = true;
  return withJournal(next, journal);
}

/** The reason a dispatch gives for an event the British delegation decided. */
const BRITISH_GUARANTEE: readonly LogReason[] = [{ key: 'guarantee.delegation', params: { guarantee: true } }];

/** The events in date order. */
const SORTED = [...EVENTS].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The events that may happen in each month, in date order (built once): all but those of a crisis (`DURING`). */
const BY_MONTH: ReadonlyMap<YearMonth, readonly HistoricalEvent[]> = (() => {
  const map = new Map<YearMonth, HistoricalEvent[]>();
  for (const event of SORTED) {
    if (event.during !== undefined) continue;
    const first = monthOf(event.date);
    const last = event.kind === 'contingent' ? (event.until ?? first) : first;
    for (let month = first; month <= last; month = addMonths(month, 1)) {
      const list = map.get(month) ?? [];
      list.push(event);
      map.set(month, list);
    }
  }
  return map;
})();

/**
 * An event due in a month, with the fields `dispatches` reads every month in
 * one shape (the events themselves come in as many shapes as their optional fields).
 */
interface Due {
  readonly event: HistoricalEvent;
  readonly id: string;
  readonly fixed: boolean;
  /** Its premises (`premisesHold`) and, for a fixed event, what makes the world diverge from it: compiled once. */
  readonly requires: (world: WorldState) => boolean;
  readonly unless: (world: WorldState) => boolean;
  readonly chance: Rule | null;
  /** The last month it may come in (its `until`, else its date's). */
  readonly lastMonth: YearMonth;
  /** The German moves it rests on (a `requires` of their status): it may come as the month of one closes (`afterMoves`). */
  readonly restsOn: readonly string[];
  /** True when a later event due the same month has a chance rule: its roll is judged by the world as the dispatches found it. */
  readonly rollFollows: boolean;
}

/** The German moves an event rests on: those whose status its `requires` names (the Council's finding, the Rhineland). */
function movesRestedOn(event: HistoricalEvent): readonly string[] {
  return (event.requires ?? []).flatMap((condition) => ('move' in condition ? [condition.move] : []));
}

const DUE_BY_MONTH: ReadonlyMap<YearMonth, readonly Due[]> = new Map(
  [...BY_MONTH].map(([month, events]) => [
    month,
    events.map((event, i) => ({
      event,
      id: event.id,
      fixed: event.kind === 'fixed',
      requires: allTest(event.requires),
      unless: anyTest(event.unless),
      chance: event.chance ?? null,
      lastMonth: event.kind === 'contingent' ? (event.until ?? monthOf(event.date)) : monthOf(event.date),
      restsOn: movesRestedOn(event),
      rollFollows: events.slice(i + 1).some((later) => later.chance !== undefined),
    })),
  ]),
);

/**
 * Is `event` a side's own initiative (`decidedBy`) that a human plays that side for, and that the scenario does
 * not script as history's? Then the player's orders decide it: it is not rolled and does not happen.
 */
function leftToPlayer(world: WorldState, event: HistoricalEvent): boolean {
  return (
    event.decidedBy !== undefined &&
    humanSide(world, event.decidedBy) &&
    world.script?.events.includes(event.id) !== true
  );
}

/** The log's note of an event that did not happen as in history: a side's own initiative (`own`), or a divergence. */
function divergedNote(event: HistoricalEvent, own: boolean, role: WorldState['role']): Note {
  const { id } = event;
  return own
    ? { kind: 'diverged', id, key: 'diverged.ownDecision', params: { event: id, side: event.decidedBy ?? role } }
    : { kind: 'diverged', id, params: { event: id } };
}

/**
 * An event the scenario scripts as history's (`script.events`: as-it-happened promises each government's
 * initiatives as they came) that cannot come, because what it rests on (`requires`: a step of the talks, a
 * government, an earlier event) is not so in this game, as when the side played did not open the talks: the log
 * says so, once, where the event would have been its last chance, instead of passing it over in silence.
 */
function scriptedWithoutPremises(world: WorldState, event: HistoricalEvent, journal: Journal): void {
  if (journal === null || world.script?.events.includes(event.id) !== true) return;
  // Which of its premises the game lacks, the first that fails, in words of its kind.
  const missing = (event.requires ?? []).find((condition) => !allHold(world, [condition]));
  const kind = missing === undefined ? 'other' : (PREMISE_KINDS.find((k) => k in missing) ?? 'other');
  const own = event.decidedBy !== undefined && humanSide(world, event.decidedBy);
  note(journal, world, {
    kind: 'diverged',
    id: event.id,
    key: own ? 'diverged.premises.own' : 'diverged.premises',
    params: {
      event: event.id,
      missing: `premise.${kind}`,
      phase: world.convention.phase,
      ...(own && event.decidedBy !== undefined ? { side: event.decidedBy } : {}),
    },
  });
}

/** The kinds of premise the log names when a scripted event lacks one (`log.en.json`, `premise.*`). */
const PREMISE_KINDS = ['convention', 'government', 'event', 'notEvent', 'move', 'moveNot', 'level'] as const;

/** The events of each German move's crisis (`during`), in date order (built once). */
const DURING: ReadonlyMap<string, readonly HistoricalEvent[]> = (() => {
  const map = new Map<string, HistoricalEvent[]>();
  for (const event of SORTED) {
    if (event.during === undefined) continue;
    map.set(event.during, [...(map.get(event.during) ?? []), event]);
  }
  return map;
})();

/** The events of `move`'s crisis (`during` in events.json): dispatched as it opens. */
export function eventsDuring(move: string): readonly HistoricalEvent[] {
  return DURING.get(move) ?? [];
}

/**
 * Dispatch the events of a German move's crisis as it opens (`during`), in the month it opens, whatever that is:
 * "Moscow answers Beneš" comes with the Sudeten crisis, not in a September the crisis waited past, nor after
 * the Anschluss was turned back. Each is dispatched as a month's event is (`dispatchOn`): its premises, a side's
 * own initiative left to the player (unless the scenario scripts it), a fixed event's divergence, a contingent
 * one's roll (unless scripted), judged by the month's opening perceptions (`context`). Changed in place.
 */
export function crisisDispatches(next: WorldDraft, move: string, context: FactorContext, journal: Journal): WorldDraft {
  const { removedEvents } = rulesOf(next);
  let draft = next;
  for (const event of eventsDuring(move)) {
    const { id } = event;
    if (draft.fired.includes(id) || draft.disabled.includes(id) || removedEvents.has(id)) continue;
    if (!premisesHold(draft, event)) {
      scriptedWithoutPremises(draft, event, journal);
      continue;
    }
    const scripted = draft.script?.events.includes(id) === true;
    const own = leftToPlayer(draft, event);
    const diverged = own || (event.kind === 'fixed' && anyTest(event.unless)(draft));
    let reasons: Note['reasons'];
    if (!diverged && event.chance !== undefined && !scripted) {
      const [decision, rng] = decide(event.chance, context, draft.rng);
      draft.rng = rng;
      if (!decision.yes) continue;
      reasons = () => [because(explain(decision))];
    }
    draft.fired = [...draft.fired, id];
    if (diverged) {
      note(journal, draft, divergedNote(event, own, draft.role));
      continue;
    }
    draft = fire(draft, event, journal, reasons);
  }
  return draft;
}

/** The events that may happen in `month`. */
export function eventsOf(month: YearMonth): readonly HistoricalEvent[] {
  return BY_MONTH.get(month) ?? [];
}

/** Apply one event that happens: its effects, the convention's, the 1939 talks; log it. */
export function applyEvent(
  world: WorldState,
  event: HistoricalEvent,
  journal: Journal,
  reasons?: () => readonly LogReason[],
  polandGrants?: boolean,
): WorldState {
  const fired = draftOf(world);
  fired.fired = [...fired.fired, event.id];
  return applyEventTo(fired, event, journal, reasons, polandGrants);
}

/**
 * `applyEvent` on a draft no one else holds, changed in place (the 1939 talks' steps may copy it), the event
 * already added to its `fired`.
 */
function applyEventTo(
  fired: WorldDraft,
  event: HistoricalEvent,
  journal: Journal,
  reasons?: Note['reasons'],
  polandGrants?: boolean,
): WorldState {
  applyEffectsTo(fired, event.effects);
  // The dispatch is logged before what follows from it: the talks stall after the arrest, not before.
  if (journal !== null) {
    // A decision of the player's own government that the model takes (`modelDecides`), or that the scenario
    // replays as history's (an initiative `decidedBy` that side comes in a game played as that side only where the
    // scenario scripts it: `leftToPlayer`): said first, before its roll.
    const side = event.modelDecides ?? event.decidedBy;
    const key = event.modelDecides !== undefined ? 'event.modelDecides' : 'event.scriptedOwn';
    const told =
      side !== undefined && humanSide(fired, side)
        ? () => [{ key, params: { side } }, ...(typeof reasons === 'function' ? reasons() : (reasons ?? []))]
        : reasons;
    note(journal, fired, { kind: 'event', id: event.id, params: { event: event.id }, reasons: told });
  }
  if (event.effects.convention !== undefined) applyConventionEffectTo(fired, event.effects.convention, journal);
  return event.effects.tripleAllianceTalks ? resolveTripleAlliance(fired, journal, polandGrants) : fired;
}

/**
 * True when the world holds every premise of `event` (its `requires`): the
 * government its text names is in office, the events and German moves it
 * follows have happened. Judged on the world as it stands when the event would
 * fire, after the month's earlier dispatches.
 */
export function premisesHold(world: WorldState, event: HistoricalEvent): boolean {
  return allHold(world, event.requires);
}

/**
 * Fire the events due in the world's month; an event whose premise the world no longer holds does not fire.
 * `polandGrants`: the Polish delegation's answer for the 1939 talks, if one plays Poland (`triple.ts`).
 */
export function dispatches(world: WorldState, journal: Journal, polandGrants?: boolean): WorldState {
  return dispatchDraft(world, journal, polandGrants) ?? world;
}

/**
 * `dispatches`, handing back null if nothing changed, or else a draft no one
 * else holds. `world` itself is never changed (the month's rolls are judged by
 * it): the first change copies it, and later ones change that copy in place.
 */
export function dispatchDraft(world: WorldState, journal: Journal, polandGrants?: boolean): WorldDraft | null {
  return dispatchOn(world, null, journal, polandGrants);
}

/**
 * `dispatches` on a draft no one else holds, changed in place and handed back
 * (or the draft the 1939 talks' steps made). The month's rolls are still judged
 * by the world as the dispatches found it: a copy of it is kept only when a
 * roll may follow the month's first change.
 */
export function dispatchInPlace(draft: WorldDraft, journal: Journal, polandGrants?: boolean): WorldDraft {
  return dispatchOn(draft, draft, journal, polandGrants) ?? draft;
}

/**
 * As a month closes: the events due in it that rest on a German move settled in it (its crisis answered, or done
 * without one), dispatched now, after the move, in its month, not in the next: the League Council's finding of 19
 * March 1936 in the Rhineland's March, Litvinov's proposal of 17 March 1938 in the Anschluss's, the British
 * guarantee of 31 March 1939 in Prague's (not Teschen's: `comesAfter`). Each as the month's dispatches do it
 * (`dispatchOn`: premises, a side's own initiative, a delegation's answer, a roll judged by the world as the month
 * closes); one whose roll fails may still come in the rest of its window. Changed in place.
 */
export function afterMoves(draft: WorldDraft, journal: Journal, polandGrants?: boolean): WorldDraft {
  // Most months have no event that may come after a move: they close at once.
  const candidates = AFTER_MOVES_BY_MONTH.get(draft.month) ?? NONE_DUE;
  if (candidates.length === 0) return draft;
  const dues = candidates.filter((due) =>
    due.restsOn.some((move) => {
      const settled = draft.moves[move];
      return (
        settled !== undefined && settled.status !== 'pending' && settled.month === draft.month && comesAfter(due, move)
      );
    }),
  );
  if (dues.length === 0) return draft;
  return dispatchOn(draft, draft, journal, polandGrants, dues) ?? draft;
}

/** Each month's events that come as a German move of theirs closes (`comesAfter`), sorted out once: most months have none. */
const AFTER_MOVES_BY_MONTH: ReadonlyMap<YearMonth, readonly Due[]> = new Map(
  [...DUE_BY_MONTH].map(([month, dues]) => [month, dues.filter((due) => due.restsOn.some((m) => comesAfter(due, m)))]),
);

/**
 * Does an event due this month come as the month of `move` closes (`afterMoves`)? When it rests on the move; but
 * Teschen's comes with the next month's dispatches, where a Polish delegation is asked about it (`delegations.ts`):
 * Poland's ultimatum of 30 September 1938, its troops in on 2 October.
 */
function comesAfter(due: Due, move: string): boolean {
  return due.restsOn.includes(move) && due.id !== TESCHEN.event.id;
}

/** The events of `month` that come as `move` is settled in it (`afterMoves`), for history's fast-forward. */
export function eventsAfterMove(month: YearMonth, move: string): readonly HistoricalEvent[] {
  return (DUE_BY_MONTH.get(month) ?? NONE_DUE).filter((due) => comesAfter(due, move)).map((due) => due.event);
}

/**
 * The dispatches of `world`'s month. `own` is null (the first change copies
 * `world`) or `world` itself as a draft no one else holds (changed in place).
 */
function dispatchOn(
  world: WorldState,
  own: WorldDraft | null,
  journal: Journal,
  polandGrants: boolean | undefined,
  dues: readonly Due[] = DUE_BY_MONTH.get(world.month) ?? NONE_DUE,
): WorldDraft | null {
  let draft: WorldDraft | null = own;
  // The world the month's rolls are judged by: as the dispatches found it.
  let judged: WorldState = world;
  let changed = false;
  let context: FactorContext | null = null;
  // The list of fired events this call made, held by its draft alone: later events are pushed onto it.
  let firedHere: string[] | null = null;
  const { removedEvents } = rulesOf(world);
  // Indexed (no iterator in a worker's first, unoptimised futures): this runs every month of every game.
  for (let i = 0; i < dues.length; i++) {
    const due = dues[i] as Due;
    const next = draft ?? world;
    const { event, id } = due;
    if (next.fired.includes(id) || next.disabled.includes(id)) continue;
    // An event a rule variant took out never happens (variants/no-purge.json).
    if (removedEvents.has(id)) continue;
    // The event's premises (`premisesHold`). A scenario that scripts it as history's says so when its window closes
    // (for an event that rests on a German move still to come this month, once the month closes: `afterMoves`).
    if (!due.requires(next)) {
      const waits = due.restsOn.some((move) => next.moves[move]?.status === 'pending');
      if (due.lastMonth === world.month && !waits) scriptedWithoutPremises(next, event, journal);
      continue;
    }
    let diverged = false;
    let reasons: readonly LogReason[] | undefined;
    // The British delegation's answer on its guarantee (`delegations.ts`; practice: a political commitment), where
    // it gave one: it decides instead of the die, still rolled and not read, and instead of a scenario's script,
    // as the other delegations' answers do.
    const britain =
      next.britainGuarantee !== undefined && id === GUARANTEE.event.id ? next.britainGuarantee : undefined;
    // The Polish delegation declined Teschen (`teschenAnswered`): its event does not come while its window is open.
    if (next.teschenDeclined === true && id === TESCHEN.event.id) continue;
    // A side's own decision, in a game played as that side: the player's orders decide it, and no die is rolled;
    // unless the scenario scripts it as history's (as-it-happened: history's course, whichever side is played).
    const own = leftToPlayer(next, event);
    if (own) diverged = true;
    else if (due.fixed) diverged = due.unless(next);
    else if (due.chance !== null && !next.script?.events.includes(id)) {
      context ??= contextFor(judged);
      const [decision, rng] = decide(due.chance, context, next.rng);
      draft ??= draftOf(world);
      draft.rng = rng;
      if (!(britain === undefined ? decision.yes : britain === 'guarantee')) continue;
      // The roll's reasons, made only for a log, before the event changes the world its terms read.
      if (journal !== null) reasons = britain === undefined ? [because(explain(decision))] : BRITISH_GUARANTEE;
    } else if (britain !== undefined) {
      if (britain === 'decline') continue;
      reasons = BRITISH_GUARANTEE;
    }
    // The world changes now: changed in place, it is first copied for the rolls that may follow.
    if (!changed && own !== null && due.rollFollows) {
      judged = draftOf(world);
      context = null;
    }
    changed = true;
    if (diverged && journal !== null) note(journal, next, divergedNote(event, own, next.role));
    draft ??= draftOf(world);
    // The list this call made is still the draft's (a step of the 1939 talks may have copied the draft): push.
    if (draft.fired === firedHere) firedHere.push(id);
    else {
      firedHere = [...draft.fired, id];
      draft.fired = firedHere;
    }
    if (!diverged) draft = fire(draft, event, journal, reasons, polandGrants);
  }
  return draft;
}

/** No event due this month. */
const NONE_DUE: readonly Due[] = [];

/** `applyEventTo`, handing back a draft: its own, or a draft of the world the 1939 talks' steps made. */
function fire(
  draft: WorldDraft,
  event: HistoricalEvent,
  journal: Journal,
  reasons?: Note['reasons'],
  polandGrants?: boolean,
): WorldDraft {
  const next = applyEventTo(draft, event, journal, reasons, polandGrants);
  return next === draft ? draft : draftOf(next);
}
