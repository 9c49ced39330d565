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
 */
import { MODEL } from '../model/modelData';
import { type Role, type WorldState, withWorld } from '../world/worldState';
import { type CrisisChoice, type GameAction, legalActions, refusal } from './actions';
import { answerCrisis, applyOrder, endOrders, step } from './step';

/** What a month shared by several delegations remembers beside the world. */
export interface Table {
  /** Capital left this month to each delegation but the first (whose capital is the world's). */
  readonly capital: Readonly<Partial<Record<Role, number>>>;
  /** The crisis answers given so far, while the crisis waits for every delegation. */
  readonly answers: Readonly<Partial<Record<Role, CrisisChoice>>>;
}

/** A month's table before any delegation has given an order. */
export const OPEN_TABLE: Table = { capital: {}, answers: {} };

/** The adjective of a role's delegation, for messages. */
export function delegationName(role: Role): string {
  return role === 'france' ? 'French' : 'Soviet';
}

/** Why `roles` cannot be a game's delegations, or null. */
export function rolesProblem(roles: readonly Role[]): string | null {
  if (roles.length === 0) return 'a game has at least one role';
  const twice = roles.find((role, i) => roles.indexOf(role) !== i);
  return twice === undefined ? null : `the role ${twice} is given twice`;
}

/** The world as delegation `by` acts on it: its role, and its capital left this month. */
export function actingWorld(world: WorldState, table: Table, by: Role): WorldState {
  if (by === world.role) return world;
  return withWorld(world, { role: by, capital: table.capital[by] ?? MODEL.capitalPerMonth.value });
}

/** Why delegation `by` can do nothing more now: it has answered the waiting crisis; or null. */
export function answeredRefusal(world: WorldState, table: Table, by: Role): string | null {
  return world.phase === 'crisis' && table.answers[by] !== undefined
    ? `the ${delegationName(by)} delegation has already answered this crisis`
    : null;
}

/** Why the rules refuse delegation `by`'s action now (an order or a crisis answer), or null. */
export function delegationRefusal(world: WorldState, table: Table, action: GameAction, by: Role): string | null {
  return answeredRefusal(world, table, by) ?? refusal(actingWorld(world, table, by), action);
}

/** The actions delegation `by` may take now (none once it has answered the waiting crisis). */
export function legalActionsBy(world: WorldState, table: Table, by: Role): readonly GameAction[] {
  if (world.phase === 'crisis' && table.answers[by] !== undefined) return [];
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
  roles: readonly Role[],
  table: Table,
  choice: CrisisChoice,
  by: Role,
  quiet = false,
): [WorldState, Table] {
  const action: GameAction = { type: 'crisis.respond', choice };
  if (roles.length <= 1 || world.phase !== 'crisis') return orderBy(world, table, action, by, quiet);
  if (table.answers[by] !== undefined) return [world, table];
  const answers = { ...table.answers, [by]: choice };
  const own = answers[world.role];
  const other = roles.find((role) => role !== world.role);
  const otherAnswer = other === undefined ? undefined : answers[other];
  if (own === undefined || otherAnswer === undefined) return [world, { ...table, answers }];
  return [answerCrisis(world, own, otherAnswer, quiet), OPEN_TABLE];
}

/**
 * One turn of a game of several delegations: each action by its delegation
 * (`by[i]`; absent: the game's first role), then the month's resolution. With
 * one role it is `step`, the one-role turn, exactly.
 */
export function stepBy(
  world: WorldState,
  roles: readonly Role[],
  actions: readonly GameAction[],
  by?: readonly Role[],
): WorldState {
  if (roles.length <= 1 || by === undefined) return step(world, actions);
  let next = world;
  let table = OPEN_TABLE;
  const wasCrisis = world.phase === 'crisis';
  actions.forEach((action, i) => {
    const who = by[i] ?? world.role;
    [next, table] =
      action.type === 'crisis.respond' && next.phase === 'crisis'
        ? answerBy(next, roles, table, action.choice, who)
        : orderBy(next, table, action, who);
  });
  if (!wasCrisis && next.phase === 'orders' && next.month === world.month) next = endOrders(next);
  return next;
}
