/**
 * The month as a pure reducer (`step(world, actions) → world`): the player's
 * orders within a budget of political capital, the actors' resolution, a
 * crisis if Germany moves (answered by the next step's `crisis.respond`), the
 * consequences, the ending, and the next month's dispatches. The browser and
 * the command line call the same functions, so they reach the same hash.
 */
import type { LogReason } from '../log/types';
import { decide, explain, explainRoll } from '../model/decide';
import type { GuaranteeAnswer } from '../model/delegationData';
import { contextFor, derivedFactors } from '../model/derived';
import { MODEL } from '../model/modelData';
import type { Effects } from '../model/modelSchemas';
import { addMonths } from '../months';
import { rollPercent } from '../random';
import { applyEffectsTo, because, type Journal, note, withJournal } from '../world/effects';
import {
  draftOf,
  type RepeatKey,
  type TransitState,
  transitState,
  type WorldDraft,
  type WorldState,
} from '../world/worldState';
import { type ActionType, type CrisisChoice, costOf, type GameAction, refusal } from './actions';
import { type FurtherAnswers, respondToCrisis } from './crisis';
import { classifyEnding, isOver } from './endings';
import { afterMoves, dispatchInPlace, guaranteeWaits, teschenHeld } from './history';
import {
  acceptCounter,
  beginDrafting,
  makeOffer,
  openContacts,
  proposeStaffTalks,
  resumeTalks,
  submitDraft,
} from './negotiation';
import { demarcheWeight, keptPercent, repeatsAfter, scaledEffects, timesInARow } from './repeats';
import { resolveMonth } from './resolve';

/**
 * A démarche to Poland or Romania: it may soften the state on Soviet transit,
 * by less each time in a row, and by a démarche alone never up to passage
 * (`repeats.ts` says why). The log says both. Changes `next`, the order's own
 * draft, in place (everything is read from it before it is changed).
 */
function demarche(next: WorldDraft, to: TransitState, journal: Journal, moved?: boolean): WorldDraft {
  const [roll, rng] = rollPercent(next.rng);
  const { demarcheChance, grantedAt } = MODEL.transit;
  const key = to === 'poland' ? 'demarche-poland' : 'demarche-romania';
  const weight = demarcheWeight(next, to);
  const { gain, current, ceiling, reason, reached } = weight;
  // Worn down to no weight by repetition (`gain` 0), a démarche moves nothing whatever its die says: it is told as
  // deaf, with the repetition as its reason, and no roll is told as one that mattered (the debrief lists those).
  const deaf = gain === 0 && moved === undefined;
  if (moved === undefined ? roll >= demarcheChance : !moved) {
    next.repeats = repeatsAfter(next, key);
    next.rng = rng;
    if (journal !== null)
      note(journal, next, {
        kind: 'action',
        id: `demarche-${to}`,
        key: deaf ? 'demarche.deaf' : 'demarche.unmoved',
        params: deaf ? { to, months: FORGET } : { to },
        reasons: () => demarcheReasons(to, roll, moved, weight, deaf),
      });
    return next;
  }
  next.repeats = repeatsAfter(next, key);
  next.rng = rng;
  if (journal !== null) {
    const held: LogReason[] =
      reached < current + gain
        ? [{ key: reason === 'alone' ? 'ceiling.alone' : 'ceiling.british', params: { to, ceiling, grantedAt } }]
        : [];
    note(journal, next, {
      kind: 'action',
      id: `demarche-${to}`,
      key: reached > current ? 'demarche.softens' : gain === 0 ? 'demarche.deaf' : 'demarche.noFurther',
      params: gain === 0 && reached <= current ? { to, months: FORGET } : { to },
      reasons: () => [...demarcheReasons(to, roll, moved, weight, deaf), ...held],
    });
  }
  // A démarche that moved nothing (deaf, or at its ceiling) leaves the transit record as it was, uncopied.
  if (reached !== current) {
    next.transit =
      to === 'poland' ? transitState(reached, next.transit.romania) : transitState(next.transit.poland, reached);
  }
  return next;
}

/**
 * A démarche's reasons, made only for a log: its roll, or its delegation's answer (`moved`: the state's own
 * delegation answers, delegations.ts; the die is still rolled, and not read), unless it was deaf; then its
 * repetition's weight, if it repeats one.
 */
function demarcheReasons(
  to: TransitState,
  roll: number,
  moved: boolean | undefined,
  { times, percent, gain }: ReturnType<typeof demarcheWeight>,
  deaf: boolean,
): LogReason[] {
  const rolled: LogReason =
    moved === undefined
      ? because(explainRoll('roll.demarche', MODEL.transit.demarcheChance, MODEL.transit.source ?? null, roll))
      : { key: 'demarche.delegation', params: { to, moved } };
  const repeated: LogReason[] =
    times > 0 ? [{ key: 'repeat.demarche', params: { to, nth: times + 1, percent, gain, months: FORGET } }] : [];
  return [...(deaf ? [] : [rolled]), ...repeated];
}

/**
 * Moscow presses collective security (Litvinov's line, while he holds the Narkomindel): London and Paris take the
 * proposal up or rebuff it, by the die (`model.json` `collectiveSecurity`), and Moscow's course follows: a proposal
 * taken up counts for less each time in a row; a rebuff teaches Moscow as much each time. The log gives the roll
 * and its reasons. Changes `next` in place.
 */
function collectiveSecurity(next: WorldDraft, journal: Journal): WorldDraft {
  const type = 'diplomacy.collectiveSecurity';
  const { answer, answered, rebuffed } = MODEL.collectiveSecurity;
  const times = timesInARow(next, type);
  const percent = keptPercent(times, MODEL.diminishing.keepPercent[type]);
  const [decision, rng] = decide(answer, contextFor(next), next.rng);
  next.rng = rng;
  next.repeats = repeatsAfter(next, type);
  const drift = next.levels.sovietDrift;
  applyEffectsTo(next, decision.yes ? scaledOnce(answered, percent) : rebuffed);
  const now = next.levels.sovietDrift;
  note(journal, next, {
    kind: 'action',
    id: type,
    key: decision.yes ? 'collectiveSecurity.answered' : 'collectiveSecurity.rebuffed',
    reasons: () => [
      because(explain(decision)),
      ...(decision.yes && times > 0
        ? [{ key: 'repeat.action', params: { nth: times + 1, percent, months: FORGET } }]
        : []),
      // The level the order moves, before and after, which the screen shows nowhere else.
      { key: 'level.sovietDrift', params: { before: drift, after: now } },
    ],
  });
  return next;
}

/** How long an order is remembered for its repetitions (model.json `diminishing`): the log says so. */
const FORGET = MODEL.diminishing.forgetAfterMonths;

/**
 * The order's effects scaled to `percent`, made once per effects and percentage
 * (a handful): `applyEffects` then finds its plan for them made already, where a
 * fresh object every month would be planned afresh every month.
 */
function scaledOnce(effects: Effects, percent: number): Effects {
  let byPercent = scaledByPercent.get(effects);
  if (byPercent === undefined) {
    byPercent = [];
    scaledByPercent.set(effects, byPercent);
  }
  let scaled = byPercent[percent];
  if (scaled === undefined) {
    scaled = scaledEffects(effects, percent);
    byPercent[percent] = scaled;
  }
  return scaled;
}

/** `scaledOnce`'s effects, by the order's effects and then by percentage (0-100). */
const scaledByPercent = new WeakMap<Effects, (Effects | undefined)[]>();

/** Reassurance, a rally: the model's effects, less each time in a row. */
function repeatable(next: WorldDraft, type: RepeatKey & ActionType, effects: Effects, journal: Journal): WorldDraft {
  const times = timesInARow(next, type);
  const percent = keptPercent(times, MODEL.diminishing.keepPercent[type]);
  next.repeats = repeatsAfter(next, type);
  applyEffectsTo(next, scaledOnce(effects, percent));
  note(journal, next, {
    kind: 'action',
    id: type,
    key: `action.${type}`,
    reasons:
      times > 0 ? () => [{ key: 'repeat.action', params: { nth: times + 1, percent, months: FORGET } }] : undefined,
  });
  return next;
}

/** Carry out one accepted order on its own draft of the world (changed in place by the steps of this file). */
function carryOut(world: WorldDraft, action: GameAction, journal: Journal): WorldDraft {
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
    case 'diplomacy.collectiveSecurity':
      return collectiveSecurity(world, journal);
    default: {
      const effects = MODEL.actions[action.type]?.effects;
      if (effects === undefined) return world;
      if (action.type === 'diplomacy.reassureBritain' || action.type === 'domestic.rally')
        return repeatable(world, action.type, effects, journal);
      applyEffectsTo(world, effects);
      note(journal, world, { kind: 'action', id: action.type, key: `action.${action.type}` });
      return world;
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

/**
 * A démarche whose answer the state's delegation gives (`moved`), where the
 * die otherwise decides (`delegations.ts`): the same order, its roll still
 * rolled and not read, so an answer equal to the die's is `applyOrder`'s world.
 */
export function applyAnsweredDemarche(world: WorldState, to: TransitState, moved: boolean, quiet = false): WorldState {
  const journal: Journal = quiet ? null : [];
  const action: GameAction = { type: 'diplomacy.demarche', to };
  const reason = refusal(world, action);
  if (reason !== null) return applyOrder(world, action, quiet);
  const paid = draftOf(world);
  paid.capital = world.capital - costOf(action);
  return withJournal(demarche(paid, to, journal, moved), journal);
}

/**
 * Carry out an order the rules allow now (the caller has found its `refusal`
 * null, and it is no crisis answer) on a draft of the world no one else holds,
 * changed in place: what `applyOrder` does to its copy. `playOut` gives a
 * month's orders one draft so, instead of a copy of the world per order.
 */
export function carryOutAllowed(draft: WorldDraft, action: GameAction, journal: Journal): WorldDraft {
  draft.capital = draft.capital - costOf(action);
  return carryOut(draft, action, journal);
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
 * Answer the waiting crisis with each delegation's answer (delegations on one
 * screen): `choice` for the world's role, `other` for the other side (absent:
 * the computer answers for it), `polandGrants` the Polish delegation's answer
 * on Soviet transit (absent: the die decides, as in a game of one role), and
 * `further` the other further delegations' answers (Romania, Czechoslovakia)
 * and Poland's answer for the 1939 talks if they open next month.
 */
export function answerCrisis(
  world: WorldState,
  choice: CrisisChoice,
  other: CrisisChoice | undefined,
  quiet = false,
  polandGrants?: boolean,
  further: FurtherAnswers & { readonly britainGuarantee?: GuaranteeAnswer } = {},
): WorldState {
  if (world.phase !== 'crisis') return world;
  const journal: Journal = quiet ? null : [];
  const answered = respondToCrisis(world, choice, journal, other, polandGrants, further);
  return withJournal(finishMonth(answered, journal, further.polandTalks, further.britainGuarantee), journal);
}

/**
 * End the month's orders: resolve the month; it finishes unless a crisis now
 * waits for a response. The month works on one draft of `world` (made by
 * `resolveMonth`), changed in place and handed back; `world` is left as it was.
 * `polandGrants`: the Polish delegation's answer for talks that open with the next month (`delegations.ts`).
 */
export function endOrders(world: WorldState, quiet = false, polandGrants?: boolean): WorldState {
  if (world.phase !== 'orders') return world;
  const journal: Journal = quiet ? null : [];
  const resolved = resolveMonth(world, journal);
  const next = resolved.phase === 'crisis' ? resolved : finishDraft(resolved, journal, polandGrants);
  return withJournal(next, journal);
}

/**
 * Close the month: the ending if the game is over, otherwise the next month and its dispatches. `guarantee`: the
 * British delegation's answer on its guarantee to Poland, given at the crisis just resolved (`delegations.ts`),
 * logged here and kept in the world for the dispatches of its event (`history.ts`).
 */
function finishMonth(
  world: WorldState,
  journal: Journal,
  polandGrants?: boolean,
  guarantee?: GuaranteeAnswer,
): WorldState {
  const next = draftOf(world);
  if (guarantee !== undefined) {
    next.britainGuarantee = guarantee;
    note(journal, next, { kind: 'decision', id: 'british-guarantee', key: `decision.britain.${guarantee}` });
  }
  return finishDraft(next, journal, polandGrants);
}

/** `finishMonth` on a draft no one else holds, changed in place (and handed back unless the dispatches copied it). */
function finishDraft(draft: WorldDraft, journal: Journal, polandGrants?: boolean): WorldState {
  let next = draft;
  if (isOver(next)) {
    const ending = classifyEnding(next);
    note(journal, next, { kind: 'ending', id: ending, params: { ending } });
    next.phase = 'ended';
    next.ending = ending;
    if (next.britainGuarantee !== undefined) next.britainGuarantee = undefined;
    if (next.teschenDeclined !== undefined) next.teschenDeclined = undefined;
    return next;
  }
  // What rests on a German move settled this month comes now, after it: the Council's finding of 19 March 1936.
  next = afterMoves(next, journal, polandGrants);
  next.month = addMonths(next.month, 1);
  next.turn = next.turn + 1;
  next.capital = MODEL.capitalPerMonth.value;
  next.phase = 'orders';
  // The month's dispatches are judged by last month's perceptions; then the new month is perceived.
  const dispatched = dispatchInPlace(next, journal, polandGrants);
  // The British delegation's answer on its guarantee is spent once its event can no longer be dispatched by it.
  if (dispatched.britainGuarantee !== undefined && !guaranteeWaits(dispatched)) dispatched.britainGuarantee = undefined;
  // The Polish delegation's refusal of Teschen is spent once the event's window has closed.
  if (dispatched.teschenDeclined !== undefined && !teschenHeld(dispatched)) dispatched.teschenDeclined = undefined;
  dispatched.perceived = derivedFactors(dispatched);
  return dispatched;
}

/**
 * One turn: the orders (each applied or refused), then the month's resolution.
 * While a crisis waits, the turn's actions should hold one `crisis.respond`.
 */
export function step(world: WorldState, actions: readonly GameAction[]): WorldState {
  let next = world;
  for (const action of actions) next = applyOrder(next, action);
  // Still the same month: the orders are in (a crisis answered has moved the month on; `endOrders` leaves a
  // world alone that is not in its orders: a crisis still waiting, or the end).
  if (next.month === world.month) next = endOrders(next);
  return next;
}
