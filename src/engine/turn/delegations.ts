/**
 * Delegations on one screen (issue 14 §2): several human roles give each
 * month's orders and answer each crisis; the computer still answers for every
 * other side by its rules, as in a game of one role.
 *
 * The world keeps the game's first role (`world.role`) and that delegation's
 * capital, exactly as in a game of one role. Another delegation's order is
 * carried out by the same rules (`applyOrder`) on the world handed to that role
 * with its own capital for the month, then handed back: between orders a world
 * has the shape of a one-role world. So a game whose second delegation gives
 * no orders and answers each crisis as the computer would have (without a roll
 * of the die: a scripted answer) reaches the same worlds, and hashes, as the
 * game of one role. With a single role every function here is the one-role
 * engine's own (`step`, `applyOrder`), so every recorded game keeps its hashes.
 *
 * The model's own assumptions (GAME.md §2 gives one budget to the one player):
 * each delegation has the month's full budget of political capital
 * (`capitalPerMonth`); orders whose effect diminishes when repeated count in a
 * row whichever delegation gave them, as the world remembers them; a crisis is
 * resolved once every delegation has answered, in one resolution, with the
 * answers given whatever their order.
 *
 * A further delegation (Poland, where the scenario offers it) decides what its
 * government decided where the model otherwise rolls the die for it
 * (`scenarios/model/delegations.json`): Poland answers each crisis's request
 * for Soviet transit (`transit.answer`), and, in the month before the 1939
 * talks open, Voroshilov's question for them; it gives no other orders. The die is
 * still rolled and not read, so every later roll, and a Polish answer equal to
 * the die's, gives the worlds of the game without Poland. It never holds the
 * world's role: a game's first role is France or the USSR.
 */
import { DELEGATION_DATA } from '../model/delegationData';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { type Delegation, isSide, type Role, type WorldState, withWorld } from '../world/worldState';
import { type CrisisChoice, type GameAction, legalActions, refusal } from './actions';
import { eventsOf } from './history';
import { answerCrisis, applyOrder, endOrders, step } from './step';

/** What a month shared by several delegations remembers beside the world. */
export interface Table {
  /** Capital left this month to each delegation but the first (whose capital is the world's). */
  readonly capital: Readonly<Partial<Record<Role, number>>>;
  /** The crisis answers given so far, while the crisis waits for every delegation. */
  readonly answers: Readonly<Partial<Record<Role, CrisisChoice>>>;
  /**
   * The Polish delegation's answer, once given: to the waiting crisis's request for Soviet transit,
   * or (in the orders of the month before the 1939 talks) to the question the talks will put.
   */
  readonly polandGrants?: boolean;
}

/** A month's table before any delegation has given an order. */
export const OPEN_TABLE: Table = { capital: {}, answers: {} };

/** The adjective of a role's delegation, for messages. */
export function delegationName(role: Delegation): string {
  if (role === 'poland') return DELEGATION_DATA.poland.name;
  return role === 'france' ? 'French' : 'Soviet';
}

/** Why `roles` cannot be a game's delegations, or null. */
export function rolesProblem(roles: readonly Delegation[]): string | null {
  const [first] = roles;
  if (first === undefined) return 'a game has at least one role';
  if (!isSide(first))
    return `a game's first role is France or the USSR, not ${first} (it joins as a further delegation)`;
  const twice = roles.find((role, i) => roles.indexOf(role) !== i);
  return twice === undefined ? null : `the role ${twice} is given twice`;
}

/** Has delegation `by` answered the waiting crisis? */
export function hasAnswered(table: Table, by: Delegation): boolean {
  return by === 'poland' ? table.polandGrants !== undefined : table.answers[by] !== undefined;
}

/**
 * Do the 1939 talks open with the next month's dispatches (timeline.md, 11–21 Aug 1939: the military
 * missions in Moscow), so that Poland may answer now the question they will put?
 */
export function talksAhead(world: WorldState): boolean {
  if (world.phase !== 'orders' || world.tripleAlliance !== null || world.sovietGermanDeal !== null) return false;
  const next = addMonths(world.month, 1);
  if (next > world.endMonth) return false;
  return eventsOf(next).some(
    (event) => event.effects.tripleAllianceTalks === true && !world.disabled.includes(event.id),
  );
}

/** Why the rules refuse the Polish delegation's action now, or null. */
function polishRefusal(world: WorldState, table: Table, action: GameAction): string | null {
  if (world.phase === 'ended') return 'the game is over';
  if (action.type !== 'transit.answer') {
    return 'the Polish delegation answers requests for Soviet transit; it gives no other orders';
  }
  if (world.phase === 'crisis') {
    return hasAnswered(table, 'poland') ? 'the Polish delegation has already answered this crisis' : null;
  }
  if (!talksAhead(world)) {
    return 'no request for Soviet transit is before Poland: one comes with a crisis, or before the 1939 talks';
  }
  return hasAnswered(table, 'poland') ? 'the Polish delegation has already answered for the talks' : null;
}

/** The Polish delegation's two answers to a request for transit: refuse (history) or grant. */
const POLISH_ANSWERS: readonly GameAction[] = [
  { type: 'transit.answer', answer: 'refuse' },
  { type: 'transit.answer', answer: 'grant' },
];

/** The world as delegation `by` acts on it: its role, and its capital left this month. */
export function actingWorld(world: WorldState, table: Table, by: Role): WorldState {
  if (by === world.role) return world;
  return withWorld(world, { role: by, capital: table.capital[by] ?? MODEL.capitalPerMonth.value });
}

/** Why delegation `by` can do nothing more now: it has answered the waiting crisis; or null. */
export function answeredRefusal(world: WorldState, table: Table, by: Delegation): string | null {
  return world.phase === 'crisis' && hasAnswered(table, by)
    ? `the ${delegationName(by)} delegation has already answered this crisis`
    : null;
}

/** Why the rules refuse delegation `by`'s action now (an order or a crisis answer), or null. */
export function delegationRefusal(world: WorldState, table: Table, action: GameAction, by: Delegation): string | null {
  if (!isSide(by)) return polishRefusal(world, table, action);
  return answeredRefusal(world, table, by) ?? refusal(actingWorld(world, table, by), action);
}

/** The actions delegation `by` may take now (none once it has answered the waiting crisis). */
export function legalActionsBy(world: WorldState, table: Table, by: Delegation): readonly GameAction[] {
  if (world.phase === 'crisis' && hasAnswered(table, by)) return [];
  if (!isSide(by)) return POLISH_ANSWERS.filter((action) => polishRefusal(world, table, action) === null);
  return legalActions(actingWorld(world, table, by));
}

/** Carry out one order of delegation `by` (refused orders are logged and change nothing else). */
export function orderBy(
  world: WorldState,
  table: Table,
  action: GameAction,
  by: Role,
  quiet = false,
): [WorldState, Table] {
  if (by === world.role) return [applyOrder(world, action, quiet), table];
  const done = applyOrder(actingWorld(world, table, by), action, quiet);
  const next = withWorld(done, { role: world.role, capital: world.capital });
  return [next, { ...table, capital: { ...table.capital, [by]: done.capital } }];
}

/**
 * Delegation `by` answers the waiting crisis. With one role, the crisis is
 * resolved at once (the one-role engine's own step). With several, the answer
 * waits until every delegation has answered; then the crisis is resolved with
 * each side's answer, and the table starts afresh.
 */
export function answerBy(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  choice: CrisisChoice,
  by: Role,
  quiet = false,
): [WorldState, Table] {
  const action: GameAction = { type: 'crisis.respond', choice };
  if (roles.length <= 1 || world.phase !== 'crisis') return orderBy(world, table, action, by, quiet);
  if (table.answers[by] !== undefined) return [world, table];
  return resolveWhenAnswered(world, roles, { ...table, answers: { ...table.answers, [by]: choice } }, quiet);
}

/**
 * The Polish delegation answers the waiting crisis's request for Soviet
 * transit (treaty-and-rules.md §5.2 TRANSIT_ANSWER, practice): `grant` or
 * refuse, instead of the die. The crisis is resolved once every delegation has answered.
 */
export function transitAnswerBy(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  grant: boolean,
  quiet = false,
): [WorldState, Table] {
  if (!roles.includes('poland') || hasAnswered(table, 'poland')) return [world, table];
  // Before the 1939 talks: the answer waits on the table for the month's end (`endOrdersBy`).
  if (world.phase === 'orders') return talksAhead(world) ? [world, { ...table, polandGrants: grant }] : [world, table];
  if (world.phase !== 'crisis') return [world, table];
  return resolveWhenAnswered(world, roles, { ...table, polandGrants: grant }, quiet);
}

/** Resolve the waiting crisis once every delegation has answered it (else keep the answers on the table). */
function resolveWhenAnswered(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  quiet: boolean,
): [WorldState, Table] {
  if (!roles.every((role) => hasAnswered(table, role))) return [world, table];
  const own = table.answers[world.role];
  if (own === undefined) return [world, table];
  // The other side's answer where a delegation plays it too; otherwise the computer answers for it.
  const other = roles.find((role): role is Role => isSide(role) && role !== world.role);
  const otherAnswer = other === undefined ? undefined : table.answers[other];
  return [answerCrisis(world, own, otherAnswer, quiet, table.polandGrants), OPEN_TABLE];
}

/**
 * One turn of a game of several delegations: each action by its delegation
 * (`by[i]`; absent: the game's first role), then the month's resolution. With
 * one role it is `step`, the one-role turn, exactly.
 */
export function stepBy(
  world: WorldState,
  roles: readonly Delegation[],
  actions: readonly GameAction[],
  by?: readonly Delegation[],
): WorldState {
  if (roles.length <= 1 || by === undefined) return step(world, actions);
  let next = world;
  let table = OPEN_TABLE;
  const wasCrisis = world.phase === 'crisis';
  actions.forEach((action, i) => {
    const who = by[i] ?? world.role;
    if (!isSide(who)) {
      // A further delegation's action the rules refuse changes nothing (a game file holds only accepted ones).
      if (action.type === 'transit.answer' && polishRefusal(next, table, action) === null)
        [next, table] = transitAnswerBy(next, roles, table, action.answer === 'grant');
      return;
    }
    [next, table] =
      action.type === 'crisis.respond' && next.phase === 'crisis'
        ? answerBy(next, roles, table, action.choice, who)
        : orderBy(next, table, action, who);
  });
  if (!wasCrisis && next.phase === 'orders' && next.month === world.month) next = endOrdersBy(next, table);
  return next;
}

/** End the month's orders of every delegation: the month's resolution, with Poland's answer for the 1939 talks if given. */
export function endOrdersBy(world: WorldState, table: Table, quiet = false): WorldState {
  return endOrders(world, quiet, table.polandGrants);
}
