/**
 * Strategies as data: a file that says which orders to give each month and how
 * to answer each German move, so that a teacher or a student can test an idea
 * without writing code (`sim --strategy FILE.json`), and the balance tests can
 * try many. A strategy is played by a `Policy` like the built-in ones.
 *
 * @example
 * { "format": "hollow-pact-strategy", "version": 1, "name": "Poland first", "role": "france",
 *   "orders": [ { "action": { "type": "diplomacy.demarche", "to": "poland" }, "from": "1935-06", "until": "1939-08" },
 *               { "action": { "type": "convention.open" } } ],
 *   "crises": { "sudetenland": "mobilise", "*": "stand-aside" } }
 */
import { z } from 'zod';
import { lazily } from './memo';
import { MOVES } from './model/modelData';
import type { YearMonth } from './months';
import type { Policy } from './policies';
import {
  CRISIS_CHOICES,
  type CrisisChoice,
  type GameAction,
  gameActionSchema,
  refusal,
  roleOnly,
} from './turn/actions';
import { type Parsed, parseJsonText, parseWith, recordOf, yearMonthString } from './validation';
import { ROLES, type Role, type WorldState } from './world/worldState';

/** The `format` field every strategy file carries. */
export const STRATEGY_FORMAT = 'hollow-pact-strategy';

/** The key of `crises` that answers every German move not named. */
export const ANY_MOVE = '*';

/** The most entries a strategy's `orders` may hold (a month gives at most a dozen orders anyway). */
const MAX_ORDERS = 100;

const orderSchema = lazily(() =>
  z.strictObject({
    action: gameActionSchema.refine((action) => action.type !== 'crisis.respond', {
      message: 'a crisis is answered in "crises", not in "orders"',
    }),
    from: yearMonthString().optional(),
    until: yearMonthString().optional(),
  }),
);

const strategySchema = lazily(() =>
  z
    .strictObject({
      format: z.literal(STRATEGY_FORMAT),
      version: z.literal(1),
      name: z.string().min(1).max(120),
      description: z.string().max(2000).optional(),
      role: z.enum(ROLES),
      orders: z.array(orderSchema).max(MAX_ORDERS),
      crises: recordOf([...MOVES.map((m) => m.id), ANY_MOVE], 'German move', z.enum(CRISIS_CHOICES)).optional(),
    })
    .superRefine((strategy, ctx) => {
      strategy.orders.forEach((order, i) => {
        if (order.from !== undefined && order.until !== undefined && order.from > order.until) {
          ctx.addIssue({
            code: 'custom',
            path: ['orders', i, 'until'],
            message: `expected a month from ${order.from} on, got "${order.until}"`,
          });
        }
        const only = roleOnly(order.action.type);
        if (only !== null && only !== strategy.role) {
          ctx.addIssue({
            code: 'custom',
            path: ['orders', i, 'action', 'type'],
            message: `only the ${only === 'france' ? 'French' : 'Soviet'} side can do that, and this strategy plays ${strategy.role}`,
          });
        }
      });
    }),
);

/** One entry of a strategy's orders: an action, sent each month from `from` until `until` (both included). */
export interface StrategyOrder {
  readonly action: GameAction;
  readonly from?: YearMonth;
  readonly until?: YearMonth;
}

/** A strategy read from a file. */
export interface Strategy {
  readonly format: typeof STRATEGY_FORMAT;
  readonly version: 1;
  readonly name: string;
  readonly description?: string;
  readonly role: Role;
  readonly orders: readonly StrategyOrder[];
  /** The answer to each German move by its id (`rhineland`, `sudetenland` …), or `*` for the rest. */
  readonly crises: Readonly<Record<string, CrisisChoice>>;
}

/** Validate a strategy; every problem is one `path: what is wrong` line. */
export function parseStrategy(data: unknown): Parsed<Strategy> {
  const parsed = parseWith(strategySchema, data);
  if (!parsed.ok) return parsed;
  const { crises, ...rest } = parsed.value;
  return { ok: true, value: { ...rest, crises: crises ?? {} } };
}

/** Parse a strategy file's text. */
export function parseStrategyText(text: string): Parsed<Strategy> {
  const json = parseJsonText(text);
  return json.ok ? parseStrategy(json.value) : json;
}

/** Does `data` look like a strategy (for tools that recognise files by their content)? */
export function looksLikeStrategy(data: unknown): boolean {
  return data !== null && typeof data === 'object' && Reflect.get(data, 'format') === STRATEGY_FORMAT;
}

/** Is `month` within the order's months? */
function inWindow(order: StrategyOrder, month: YearMonth): boolean {
  return (order.from === undefined || order.from <= month) && (order.until === undefined || month <= order.until);
}

/** The answer a strategy gives to the crisis of `move`: its own entry, else `*`, else standing aside. */
export function strategyCrisisChoice(strategy: Strategy, move: string): CrisisChoice {
  return strategy.crises[move] ?? strategy.crises[ANY_MOVE] ?? 'stand-aside';
}

/**
 * Play a strategy. Each month every entry of `orders` whose months include
 * this one is sent once, in order; an entry the rules refuse now (not enough
 * capital, a wrong phase …) is skipped. Crises are answered by move id, or `*`.
 */
export function strategyPolicy(strategy: Strategy): Policy {
  let month: YearMonth | null = null;
  let next = 0;
  return {
    name: strategy.name,
    nextOrder(world: WorldState): GameAction {
      if (world.month !== month) {
        month = world.month;
        next = 0;
      }
      while (next < strategy.orders.length) {
        const order = strategy.orders[next];
        next += 1;
        if (order === undefined || !inWindow(order, world.month)) continue;
        if (refusal(world, order.action) === null) return order.action;
      }
      return { type: 'pass' };
    },
    crisis: (world) => strategyCrisisChoice(strategy, world.crisis?.move ?? ANY_MOVE),
  };
}
