/**
 * The player's flow through a month, for the browser: orders, then (if
 * Germany moves) the crisis, until the game ends. Each step calls the same
 * pure functions as the headless simulation, so both reach the same world.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { StepMeta } from '../rules/types';
import type { WorldState } from '../world/worldState';
import { type CrisisChoice, type GameAction, refusal } from './actions';
import { applyOrder, endOrders } from './step';

/** One turn as recorded for replays: the month and the orders accepted in it. */
export interface TurnRecord {
  readonly turn: number;
  readonly month: string;
  readonly actions: readonly GameAction[];
}

export interface TurnMachineContext {
  readonly world: WorldState;
  readonly turns: readonly TurnRecord[];
  /** The orders accepted so far this month. */
  readonly pending: readonly GameAction[];
}

export type TurnEvent =
  | { type: 'turn.order'; action: GameAction }
  | { type: 'turn.end' }
  | { type: 'turn.respond'; choice: CrisisChoice };

function closeTurn(
  context: TurnMachineContext,
  world: WorldState,
  actions: readonly GameAction[],
): Partial<TurnMachineContext> {
  const record: TurnRecord = { turn: context.world.turn, month: context.world.month, actions };
  return { world, turns: [...context.turns, record], pending: [] };
}

export const turnMachine = setup({
  types: {
    /** `turns`: the turns that led to `world`, when a game starts from recorded turns (a branch). */
    input: {} as { world: WorldState; turns?: readonly TurnRecord[] },
    context: {} as TurnMachineContext,
    events: {} as TurnEvent,
    meta: {} as StepMeta,
  },
  guards: {
    isAllowedOrder: ({ context, event }) =>
      event.type === 'turn.order' &&
      event.action.type !== 'crisis.respond' &&
      refusal(context.world, event.action) === null,
    isCrisis: ({ context }) => context.world.phase === 'crisis',
    isOver: ({ context }) => context.world.phase === 'ended',
  },
  actions: {
    applyTheOrder: assign(({ context, event }) => {
      assertEvent(event, 'turn.order');
      return { world: applyOrder(context.world, event.action), pending: [...context.pending, event.action] };
    }),
    endTheOrders: assign(({ context }) => closeTurn(context, endOrders(context.world), context.pending)),
    respond: assign(({ context, event }) => {
      assertEvent(event, 'turn.respond');
      const action: GameAction = { type: 'crisis.respond', choice: event.choice };
      return closeTurn(context, applyOrder(context.world, action), [action]);
    }),
  },
}).createMachine({
  id: 'turn',
  context: ({ input }) => ({ world: input.world, turns: input.turns ?? [], pending: [] }),
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
      on: { 'turn.respond': { target: 'routing', actions: 'respond' } },
    },
    ended: {
      tags: ['ended'],
      type: 'final',
      meta: { cite: "the model's design (GAME.md §5: endings)", kind: 'practice', summary: 'The game is over.' },
    },
  },
});
