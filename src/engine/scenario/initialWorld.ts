/**
 * The world at a scenario's start: the model's state of May 1935, carried
 * forward along history's course to the scenario's first month (the fixed
 * events and German moves of the months before, the monthly drifts with no
 * dice), then the scenario's own overrides, then the first month's dispatches.
 */
import { contextFor, perceive } from '../model/derived';
import { ACTORS, MODEL, MOVES } from '../model/modelData';
import type { HistoricalEvent } from '../model/modelSchemas';
import { addMonths, monthOf } from '../months';
import { seedFromString } from '../random';
import { CALENDAR } from '../rules/lawData';
import { COUNTRY_IDS } from '../rules/types';
import { isMember } from '../rules/worldFacts';
import { applyEvent, dispatches, eventsAfterMove, eventsDuring, eventsOf } from '../turn/history';
import { applyDrifts } from '../turn/resolve';
import { normalVariants } from '../variants/variants';
import { allHold, anyHolds, applyEffects, type Journal, withJournal } from '../world/effects';
import {
  ACTOR_IDS,
  type ActorId,
  type ActorState,
  CLAUSE_IDS,
  type Clauses,
  clausesWith,
  conventionState,
  LEVEL_IDS,
  type LevelId,
  type Levels,
  type MoveState,
  type Role,
  transitState,
  type WorldState,
  withWorld,
} from '../world/worldState';
import type { Scenario } from './schema';

/** The model's world in its first month, before anything has happened. */
export function baseWorld(scenario: Scenario, seed: string, role: Role): WorldState {
  const first = MODEL.start.month;
  const levels = Object.fromEntries(LEVEL_IDS.map((id) => [id, MODEL.levels[id].start])) as Record<LevelId, number>;
  const actors = Object.fromEntries(
    ACTOR_IDS.map((id) => [id, { stance: ACTORS[id]?.start.stance ?? 0, trust: ACTORS[id]?.start.trust ?? 50 }]),
  ) as Record<ActorId, ActorState>;
  const moves = Object.fromEntries(
    MOVES.map((m) => [m.id, { status: 'pending', month: null, postponed: 0 } as MoveState]),
  );
  return {
    schema: 1,
    scenario: scenario.id,
    role,
    month: first,
    endMonth: scenario.end,
    turn: 0,
    phase: 'orders',
    rng: seedFromString(seed),
    capital: MODEL.capitalPerMonth.value,
    levels: levels as Levels,
    perceived: { westernCredibility: 0, deterrence: 0, frenchHelpOwed: 0, sovietHelpDeliverable: 0 },
    actors,
    governments: { ...MODEL.start.governments },
    transit: transitState(MODEL.transit.start.poland, MODEL.transit.start.romania),
    locarno: 'in-force',
    leagueMembers: COUNTRY_IDS.filter((state) => isMember(CALENDAR, state, `${first}-01`)),
    francoSovietInForce: false,
    convention: {
      phase: 'noContacts',
      resumePhase: null,
      agreed: {},
      counter: null,
      approvals: {},
      credibility: MODEL.start.conventionCredibility,
      phaseSince: first,
    },
    moves,
    fired: [],
    disabled: [...(scenario.disabledEvents ?? [])],
    crisis: null,
    war: null,
    sovietGermanDeal: null,
    tripleAlliance: null,
    conventionSigned: null,
    conventionInForce: null,
    crises: [],
    repeats: {},
    script:
      scenario.script === undefined
        ? null
        : {
            crises: scenario.script.crises
              ? {
                  france: { ...scenario.historicalChoices.crises.france },
                  ussr: { ...scenario.historicalChoices.crises.ussr },
                }
              : { france: {}, ussr: {} },
            events: [...scenario.script.events],
            moves: [...(scenario.script.moves ?? [])],
            // Absent where the scenario scripts none: every other world keeps its hash.
            ...(scenario.script.staffTalks === undefined ? {} : { staffTalks: [...scenario.script.staffTalks] }),
          },
    ending: null,
    log: [],
  };
}

/** History's events, with no dice: each that has not fired, whose premises hold and from which the world has not diverged. */
function historicalEvents(world: WorldState, events: readonly HistoricalEvent[], journal: Journal): WorldState {
  let next = world;
  for (const event of events) {
    if (next.fired.includes(event.id) || next.disabled.includes(event.id)) continue;
    if (!allHold(next, event.requires)) continue;
    if (event.kind === 'fixed' && anyHolds(next, event.unless)) continue;
    next = applyEvent(next, event, journal);
  }
  return next;
}

/** History's course through one month, with no dice: its events, its German moves, the drifts rounded. */
function historicalMonth(world: WorldState, journal: Journal): WorldState {
  // Every event whose window is open, as in a game.
  let next = historicalEvents(perceive(world), eventsOf(world.month), journal);
  for (const move of MOVES) {
    if (monthOf(move.historical) !== world.month || next.moves[move.id]?.status !== 'pending') continue;
    // The events of its crisis come with it, before it (`during`: Moscow's answer to Beneš).
    next = historicalEvents(next, eventsDuring(move.id), journal);
    next = applyEffects(next, move.effects.done);
    next = withWorld(next, {
      moves: { ...next.moves, [move.id]: { status: 'done', month: world.month, postponed: 0 } },
    });
    // What rests on it comes after it, in its month (`afterMoves`: the Council's finding of 19 March 1936).
    next = historicalEvents(next, eventsAfterMove(world.month, move.id), journal);
  }
  return applyDrifts(next, false, contextFor(next));
}

/**
 * The world just before the scenario's first month: history's course and the
 * overrides. It depends on the scenario alone (not the seed or the role), so it
 * is computed once per scenario object.
 */
const starts = new WeakMap<Scenario, WorldState>();

function startOf(scenario: Scenario): WorldState {
  const known = starts.get(scenario);
  if (known !== undefined) return known;
  let world = baseWorld(scenario, '', 'france');
  const history: Journal = [];
  while (world.month < scenario.start) {
    world = addMonthsTo(historicalMonth(world, history), 1);
  }
  world = perceive(applyOverrides(withJournal(world, history), scenario));
  starts.set(scenario, world);
  return world;
}

/** A scenario's agreed clauses made as the game makes them (`clausesWith`), in one chain of shapes. */
function canonicalClauses(agreed: Clauses): Clauses {
  let clauses: Clauses = {};
  for (const id of CLAUSE_IDS) if (id in agreed) clauses = clausesWith(clauses, id, agreed[id]);
  return clauses;
}

/**
 * The world at the start of `scenario`, for a game with `seed` played as `role`
 * (`quiet`: no log), under the rule `variants` (none: history's rules). The
 * variants rule from the first month: the course before it is history's.
 */
export function initialWorld(
  scenario: Scenario,
  seed: string,
  role: Role,
  quiet = false,
  variants: readonly string[] = [],
): WorldState {
  const start = startOf(scenario);
  const world: WorldState = withWorld(start, {
    rng: seedFromString(seed),
    role,
    log: quiet ? [] : start.log,
    ...(variants.length === 0 ? {} : { variants: normalVariants(variants) }),
  });
  const journal: Journal = quiet ? null : [];
  return withJournal(perceive(dispatches(world, journal)), journal);
}

function addMonthsTo(world: WorldState, count: number): WorldState {
  return withWorld(world, { month: addMonths(world.month, count) });
}

function applyOverrides(world: WorldState, scenario: Scenario): WorldState {
  const overrides = scenario.overrides;
  if (overrides === undefined) return world;
  const levels = { ...world.levels, ...overrides.levels };
  const actors = { ...world.actors };
  for (const [id, change] of Object.entries(overrides.actors ?? {}) as [ActorId, Partial<ActorState>][]) {
    actors[id] = { ...actors[id], ...change };
  }
  const transit = transitState(
    overrides.transit?.poland ?? world.transit.poland,
    overrides.transit?.romania ?? world.transit.romania,
  );
  const c = overrides.convention;
  const convention =
    c === undefined
      ? world.convention
      : conventionState(world.convention, {
          ...(c.phase === undefined ? {} : { phase: c.phase, phaseSince: c.phaseSince ?? scenario.start }),
          ...(c.resumePhase === undefined ? {} : { resumePhase: c.resumePhase }),
          ...(c.agreed === undefined ? {} : { agreed: canonicalClauses(c.agreed) }),
          ...(c.credibility === undefined ? {} : { credibility: c.credibility }),
        });
  const signed =
    convention.phase === 'signed' || convention.phase === 'inForce' ? scenario.start : world.conventionSigned;
  return withWorld(world, {
    levels,
    actors,
    transit,
    convention,
    conventionSigned: signed,
    conventionInForce: convention.phase === 'inForce' ? scenario.start : world.conventionInForce,
    francoSovietInForce: overrides.francoSovietInForce ?? world.francoSovietInForce,
  });
}
