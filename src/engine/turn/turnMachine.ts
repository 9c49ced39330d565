/**
 * The player's flow through a month, for the browser: orders, then (if
 * Germany moves) the crisis, until the game ends. Each step calls the same
 * pure functions as the headless simulation, so both reach the same world.
 */

import { assertEvent, assign, setup } from 'xstate';
import { lazily } from '../memo';
import type { StepMeta } from '../rules/types';
import type { Delegation, FurtherDelegation, Role, WorldState } from '../world/worldState';
import type { CrisisChoice, GameAction } from './actions';
import {
  answerBy,
  delegationRefusal,
  endOrdersBy,
  furtherAnswerBy,
  OPEN_TABLE,
  orderFromBy,
  type Table,
  transitAnswerBy,
} from './delegations';

/** One turn as recorded for replays: the month and the orders accepted in it. */
export interface TurnRecord {
  readonly turn: number;
  readonly month: string;
  readonly actions: readonly GameAction[];
  /** Who gave each action (delegations on one screen), beside `actions`; absent in a game of one role. */
  readonly by?: readonly Delegation[];
}

export interface TurnMachineContext {
  readonly world: WorldState;
  readonly turns: readonly TurnRecord[];
  /** The orders accepted so far this month. */
  readonly pending: readonly GameAction[];
  /** The human roles, the first the world's own (`world.role`); one in a game of one role. */
  readonly roles: readonly Delegation[];
  /** Who gave each pending order. */
  readonly pendingBy: readonly Delegation[];
  /** Each delegation's capital and crisis answer so far this month (`delegations.ts`). */
  readonly table: Table;
}

/** `by`: the delegation acting (absent: the game's first role). */
export type TurnEvent =
  | { type: 'turn.order'; action: GameAction; by?: Role }
  | { type: 'turn.end' }
  | { type: 'turn.respond'; choice: CrisisChoice; by?: Role }
  /** The Polish delegation's answer to the crisis's request for Soviet transit. */
  | { type: 'turn.transit'; grant: boolean }
  /** A further delegation's answer (Poland, Romania, Czechoslovakia): `furtherAnswerBy`. */
  | { type: 'turn.further'; action: GameAction; by: FurtherDelegation };

function closeTurn(
  context: TurnMachineContext,
  world: WorldState,
  actions: readonly GameAction[],
  by: readonly Delegation[],
): Partial<TurnMachineContext> {
  const turn = { turn: context.world.turn, month: context.world.month, actions };
  const record: TurnRecord = context.roles.length > 1 ? { ...turn, by } : turn;
  return { world, turns: [...context.turns, record], pending: [], pendingBy: [], table: OPEN_TABLE };
}

export const turnMachine = lazily(() =>
  setup({
    types: {
      /** `turns`: the turns that led to `world`, when a game starts from recorded turns (a branch). */
      input: {} as { world: WorldState; turns?: readonly TurnRecord[]; roles?: readonly Delegation[] },
      context: {} as TurnMachineContext,
      events: {} as TurnEvent,
      meta: {} as StepMeta,
    },
    guards: {
      // In the orders the rules refuse a crisis answer (`refusal`: there is no crisis to respond to).
      isAllowedOrder: ({ context, event }) =>
        event.type === 'turn.order' &&
        delegationRefusal(context.world, context.table, event.action, event.by ?? context.world.role) === null,
      isCrisis: ({ context }) => context.world.phase === 'crisis',
      isOver: ({ context }) => context.world.phase === 'ended',
    },
    actions: {
      applyTheOrder: assign(({ context, event }) => {
        assertEvent(event, 'turn.order');
        const by = event.by ?? context.world.role;
        const [world, table] = orderFromBy(context.world, context.roles, context.table, event.action, by);
        return { world, table, pending: [...context.pending, event.action], pendingBy: [...context.pendingBy, by] };
      }),
      endTheOrders: assign(({ context }) =>
        closeTurn(context, endOrdersBy(context.world, context.table), context.pending, context.pendingBy),
      ),
      respond: assign(({ context, event }) => {
        assertEvent(event, 'turn.respond');
        const by = event.by ?? context.world.role;
        const action: GameAction = { type: 'crisis.respond', choice: event.choice };
        const [world, table] = answerBy(context.world, context.roles, context.table, event.choice, by);
        const pending = [...context.pending, action];
        const pendingBy = [...context.pendingBy, by];
        // Delegations on one screen: the crisis waits (the world as it was) until every delegation has answered.
        if (world === context.world) return { table, pending, pendingBy };
        return closeTurn(context, world, pending, pendingBy);
      }),
      answerTransit: assign(({ context, event }) => {
        assertEvent(event, 'turn.transit');
        const action: GameAction = { type: 'transit.answer', answer: event.grant ? 'grant' : 'refuse' };
        const [world, table] = transitAnswerBy(context.world, context.roles, context.table, event.grant);
        const pending = [...context.pending, action];
        const pendingBy: Delegation[] = [...context.pendingBy, 'poland'];
        // Waiting for the other delegations (a crisis), or for the month's end (the 1939 talks).
        if (world === context.world) return { table, pending, pendingBy };
        return closeTurn(context, world, pending, pendingBy);
      }),
      answerFurther: assign(({ context, event }) => {
        assertEvent(event, 'turn.further');
        const [world, table] = furtherAnswerBy(context.world, context.roles, context.table, event.action, event.by);
        const pending = [...context.pending, event.action];
        const pendingBy: Delegation[] = [...context.pendingBy, event.by];
        // In the month's orders (a démarche answered, the 1939 talks' answer) the turn goes on; at a crisis it
        // waits for the other delegations, and closes once the crisis is resolved.
        if (context.world.phase !== 'crisis' || world === context.world) return { world, table, pending, pendingBy };
        return closeTurn(context, world, pending, pendingBy);
      }),
    },
  }).createMachine({
    id: 'turn',
    context: ({ input }) => ({
      world: input.world,
      turns: input.turns ?? [],
      pending: [],
      roles: input.roles ?? [input.world.role],
      pendingBy: [],
      table: OPEN_TABLE,
    }),
    initial: 'routing',
    states: {
      routing: {
        meta: { cite: "the model's design (GAME.md §2: a turn)", kind: 'practice', summary: 'Where the month stands.' },
        always: [{ guard: 'isOver', target: 'ended' }, { guard: 'isCrisis', target: 'crisis' }, { target: 'orders' }],
      },
      orders: {
        tags: ['orders'],
        meta: {
          cite: "the model's design (GAME.md §2: the player's actions, within a budget of political capital)",
          kind: 'practice',
          summary: "Dispatches are in; give the month's orders.",
        },
        on: {
          'turn.order': { guard: 'isAllowedOrder', actions: 'applyTheOrder' },
          // timeline.md 14 Aug 1939 (practice): Poland's answer for the talks that open next month.
          'turn.transit': { target: 'routing', actions: 'answerTransit' },
          'turn.further': { target: 'routing', actions: 'answerFurther' },
          'turn.end': { target: 'routing', actions: 'endTheOrders' },
        },
      },
      crisis: {
        tags: ['crisis'],
        meta: {
          cite: "the model's design (GAME.md §2: a crisis, run through the legal machines)",
          kind: 'practice',
          summary:
            'Germany has moved: refer to the Council, invoke the Protocol, ask the guarantors, mobilise, or stand aside.',
        },
        on: {
          'turn.respond': { target: 'routing', actions: 'respond' },
          // treaty-and-rules.md §5.2 TRANSIT_ANSWER (practice): Poland's answer, given by its delegation.
          'turn.transit': { target: 'routing', actions: 'answerTransit' },
          // §5.2 TRANSIT_ANSWER (Romania, practice); §5.3 S8 (Czechoslovakia's government, practice): their delegations'.
          'turn.further': { target: 'routing', actions: 'answerFurther' },
        },
      },
      ended: {
        tags: ['ended'],
        type: 'final',
        meta: { cite: "the model's design (GAME.md §5: endings)", kind: 'practice', summary: 'The game is over.' },
      },
    },
  }),
);
