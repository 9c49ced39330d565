/**
 * The month as a pure reducer (`step(world, actions) → world`): the player's
 * orders within a budget of political capital, the actors' resolution, a
 * crisis if Germany moves (answered by the next step's `crisis.respond`), the
 * consequences, the ending, and the next month's dispatches. The browser and
 * the command line call the same functions, so they reach the same hash.
 */
import type { LogReason } from '../log/types';
import { explainRoll } from '../model/decide';
import { perceive } from '../model/derived';
import { MODEL } from '../model/modelData';
import type { Effects } from '../model/modelSchemas';
import { addMonths } from '../months';
import { rollPercent } from '../random';
import { applyEffects, because, type Journal, note, withJournal } from '../world/effects';
import { draftOf, type RepeatKey, type TransitState, type WorldState, withWorld } from '../world/worldState';
import { type ActionType, type CrisisChoice, costOf, type GameAction, refusal } from './actions';
import { respondToCrisis } from './crisis';
import { classifyEnding, isOver } from './endings';
import { dispatches } from './history';
import {
  acceptCounter,
  beginDrafting,
  makeOffer,
  openContacts,
  proposeStaffTalks,
  resumeTalks,
  submitDraft,
} from './negotiation';
import { demarcheCeiling, keptPercent, repeatsAfter, scaled, scaledEffects, timesInARow } from './repeats';
import { resolveMonth } from './resolve';

/**
 * A démarche to Poland or Romania: it may soften the state on Soviet transit,
 * by less each time in a row, and by a démarche alone never up to passage
 * (`repeats.ts` says why). The log says both.
 */
function demarche(world: WorldState, to: TransitState, journal: Journal): WorldState {
  const [roll, rng] = rollPercent(world.rng);
  const { demarcheChance, demarcheGain, grantedAt } = MODEL.transit;
  const key = to === 'poland' ? 'demarche-poland' : 'demarche-romania';
  const times = timesInARow(world, key);
  const percent = keptPercent(times, MODEL.diminishing.keepPercent['diplomacy.demarche']);
  const gain = scaled(demarcheGain, percent);
  const next = draftOf(world);
  next.rng = rng;
  next.repeats = repeatsAfter(world, key);
  // The reasons are made only for a log (`note` calls them only if it keeps the entry).
  const rolled = () => because(explainRoll('roll.demarche', demarcheChance, MODEL.transit.source ?? null, roll));
  const repeated = (): LogReason[] =>
    times > 0 ? [{ key: 'repeat.demarche', params: { to, nth: times + 1, percent, gain } }] : [];
  if (roll >= demarcheChance) {
    if (journal !== null)
      note(journal, next, {
        kind: 'action',
        id: `demarche-${to}`,
        key: 'demarche.unmoved',
        params: { to },
        reasons: () => [rolled(), ...repeated()],
      });
    return next;
  }
  const current = world.transit[to];
  const { ceiling, reason } = demarcheCeiling(world, to);
  const reached = Math.max(current, Math.min(ceiling, current + gain));
  if (journal !== null) {
    const held: LogReason[] =
      reached < current + gain
        ? [{ key: reason === 'alone' ? 'ceiling.alone' : 'ceiling.british', params: { to, ceiling, grantedAt } }]
        : [];
    note(journal, next, {
      kind: 'action',
      id: `demarche-${to}`,
      key: reached > current ? 'demarche.softens' : gain === 0 ? 'demarche.deaf' : 'demarche.noFurther',
      params: { to },
      reasons: () => [rolled(), ...repeated(), ...held],
    });
  }
  if (reached === current) return next;
  next.transit = { ...world.transit, [to]: reached };
  return next;
}

/** Reassurance, a rally: the model's effects, less each time in a row. */
function repeatable(world: WorldState, type: RepeatKey & ActionType, effects: Effects, journal: Journal): WorldState {
  const times = timesInARow(world, type);
  const percent = keptPercent(times, MODEL.diminishing.keepPercent[type]);
  const counted = draftOf(world);
  counted.repeats = repeatsAfter(world, type);
  const next = applyEffects(counted, scaledEffects(effects, percent));
  note(journal, next, {
    kind: 'action',
    id: type,
    key: `action.${type}`,
    reasons: times > 0 ? () => [{ key: 'repeat.action', params: { nth: times + 1, percent } }] : undefined,
  });
  return next;
}

/** Carry out one accepted order. */
function carryOut(world: WorldState, action: GameAction, journal: Journal): WorldState {
  switch (action.type) {
    case 'convention.open':
      return openContacts(world, journal);
    case 'convention.staffTalks':
      return proposeStaffTalks(world, journal);
    case 'convention.draft':
      return beginDrafting(world, journal);
    case 'convention.offer':
      return makeOffer(world, world.role, action.clause, action.option, journal);
    case 'convention.acceptCounter':
      return acceptCounter(world, journal);
    case 'convention.submit':
      return submitDraft(world, journal);
    case 'convention.resume':
      return resumeTalks(world, journal);
    case 'diplomacy.demarche':
      return demarche(world, action.to, journal);
    default: {
      const effects = MODEL.actions[action.type]?.effects;
      if (effects === undefined) return world;
      if (action.type === 'diplomacy.reassureBritain' || action.type === 'domestic.rally')
        return repeatable(world, action.type, effects, journal);
      const next = applyEffects(world, effects);
      note(journal, next, { kind: 'action', id: action.type, key: `action.${action.type}` });
      return next;
    }
  }
}

/**
 * Apply one order of the month; a refused order is logged with its reason and
 * changes nothing else. `quiet` keeps no log (for batch simulations).
 */
export function applyOrder(world: WorldState, action: GameAction, quiet = false): WorldState {
  const journal: Journal = quiet ? null : [];
  const next = applyOrderTo(world, action, journal);
  return withJournal(next, journal);
}

function applyOrderTo(world: WorldState, action: GameAction, journal: Journal): WorldState {
  if (action.type === 'pass') return world;
  const reason = refusal(world, action);
  if (reason !== null) {
    note(journal, world, { kind: 'refused', id: action.type, params: { action: action.type, reason } });
    return world;
  }
  if (action.type === 'crisis.respond') return finishMonth(respondToCrisis(world, action.choice, journal), journal);
  const paid = draftOf(world);
  paid.capital = world.capital - costOf(action);
  return carryOut(paid, action, journal);
}

/**
 * Answer the waiting crisis with both sides' answers, each given by its own
 * delegation (delegations on one screen): `choice` for the world's role,
 * `other` for the other side, which the computer then does not answer.
 */
export function answerCrisis(world: WorldState, choice: CrisisChoice, other: CrisisChoice, quiet = false): WorldState {
  if (world.phase !== 'crisis') return world;
  const journal: Journal = quiet ? null : [];
  return withJournal(finishMonth(respondToCrisis(world, choice, journal, other), journal), journal);
}

/** End the month's orders: resolve the month; it finishes unless a crisis now waits for a response. */
export function endOrders(world: WorldState, quiet = false): WorldState {
  if (world.phase !== 'orders') return world;
  const journal: Journal = quiet ? null : [];
  const resolved = resolveMonth(world, journal);
  const next = resolved.phase === 'crisis' ? resolved : finishMonth(resolved, journal);
  return withJournal(next, journal);
}

/** Close the month: the ending if the game is over, otherwise the next month and its dispatches. */
function finishMonth(world: WorldState, journal: Journal): WorldState {
  if (isOver(world)) {
    const ending = classifyEnding(world);
    note(journal, world, { kind: 'ending', id: ending, params: { ending } });
    return withWorld(world, { phase: 'ended', ending });
  }
  const next = draftOf(world);
  next.month = addMonths(world.month, 1);
  next.turn = world.turn + 1;
  next.capital = MODEL.capitalPerMonth.value;
  next.phase = 'orders';
  // The month's dispatches are judged by last month's perceptions; then the new month is perceived.
  return perceive(dispatches(next, journal));
}

/**
 * One turn: the orders (each applied or refused), then the month's resolution.
 * While a crisis waits, the turn's actions should hold one `crisis.respond`.
 */
export function step(world: WorldState, actions: readonly GameAction[]): WorldState {
  let next = world;
  const wasCrisis = world.phase === 'crisis';
  for (const action of actions) next = applyOrder(next, action);
  if (!wasCrisis && next.phase === 'orders' && next.month === world.month) next = endOrders(next);
  return next;
}
