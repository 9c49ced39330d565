/**
 * The month as a pure reducer (`step(world, actions) → world`): the player's
 * orders within a budget of political capital, the actors' resolution, a
 * crisis if Germany moves (answered by the next step's `crisis.respond`), the
 * consequences, the ending, and the next month's dispatches. The browser and
 * the command line call the same functions, so they reach the same hash.
 */
import { explainRoll } from '../model/decide';
import { perceive } from '../model/derived';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { rollPercent } from '../random';
import { applyEffects, because, type Journal, note, withJournal } from '../world/effects';
import { draftOf, type WorldState, withRng, withWorld } from '../world/worldState';
import { costOf, type GameAction, refusal } from './actions';
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
import { resolveMonth } from './resolve';

function demarche(world: WorldState, to: 'poland' | 'romania', journal: Journal): WorldState {
  const [roll, rng] = rollPercent(world.rng);
  const { demarcheChance, demarcheGain } = MODEL.transit;
  const next: WorldState = withRng(world, rng);
  const reasons = () => [because(explainRoll('roll.demarche', demarcheChance, MODEL.transit.source ?? null, roll))];
  if (roll >= demarcheChance) {
    note(journal, next, { kind: 'action', id: `demarche-${to}`, key: 'demarche.unmoved', params: { to }, reasons });
    return next;
  }
  const transit = { ...next.transit, [to]: Math.min(100, next.transit[to] + demarcheGain) };
  note(journal, next, { kind: 'action', id: `demarche-${to}`, key: 'demarche.softens', params: { to }, reasons });
  return withWorld(next, { transit });
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
