/**
 * The game: a scenario, a seed, a role and the orders given. `createGame` is
 * the interactive surface the browser uses (an XState actor for the month's
 * flow); `simulate` plays a whole game headless with a policy. Both call the
 * same pure reducer, so the same orders reach the same world, and its hash.
 */
import { createActor } from 'xstate';
import { hashJson } from './hash';
import { createPolicy, type PolicyChoice } from './policies';
import type { Scenario } from './scenario/schema';
import { type CrisisChoice, type GameAction, legalActions, refusal } from './turn/actions';
import { classifyEnding, type EndingId } from './turn/endings';
import { applyOrder, endOrders, step } from './turn/step';
import { type TurnRecord, turnMachine } from './turn/turnMachine';
import { flatLog } from './world/effects';
import { initialWorld } from './world/initialWorld';
import type { LogEntry, Role, WorldState } from './world/worldState';

/** Who sent an action: log metadata, never part of the world or its hash. */
export type Source = 'player' | 'replay' | 'engine';

/** What the player (or a replay) asked for, and whether the rules allowed it. */
export interface ActionRecord {
  readonly turn: number;
  readonly month: string;
  readonly action: GameAction | { readonly type: 'turn.end' };
  readonly source: Source;
  readonly accepted: boolean;
  readonly reason: string | null;
}

export interface GameSnapshot {
  readonly world: WorldState;
  readonly phase: WorldState['phase'];
  readonly ending: string | null;
  readonly turns: readonly TurnRecord[];
}

export interface Game {
  /** Give an order, answer a crisis (`crisis.respond`), or end the month's orders (`turn.end`). */
  send(
    action: GameAction | { readonly type: 'turn.end' },
    source?: Source,
  ): { accepted: boolean; reason: string | null };
  subscribe(listener: (snapshot: GameSnapshot) => void): () => void;
  getSnapshot(): GameSnapshot;
  legalActions(): GameAction[];
  /** Every action sent, accepted or refused, with its source. */
  getLog(): ActionRecord[];
  /** What happened in the world, month by month. */
  getEvents(): LogEntry[];
}

export interface GameOptions {
  readonly seed: string;
  readonly role?: Role;
}

/** Start an interactive game. */
export function createGame(scenario: Scenario, { seed, role = 'france' }: GameOptions): Game {
  const actor = createActor(turnMachine, { input: { world: initialWorld(scenario, seed, role) } }).start();
  const records: ActionRecord[] = [];
  const snapshot = (): GameSnapshot => {
    const { world, turns } = actor.getSnapshot().context;
    return { world, phase: world.phase, ending: world.ending, turns };
  };
  return {
    send(action, source = 'player') {
      const { world } = actor.getSnapshot().context;
      const reason =
        action.type === 'turn.end'
          ? world.phase === 'orders'
            ? null
            : world.phase === 'crisis'
              ? 'a crisis is waiting for your response (crisis.respond)'
              : 'the game is over'
          : refusal(world, action);
      records.push({ turn: world.turn, month: world.month, action, source, accepted: reason === null, reason });
      if (reason !== null) return { accepted: false, reason };
      if (action.type === 'turn.end') actor.send({ type: 'turn.end' });
      else if (action.type === 'crisis.respond') actor.send({ type: 'turn.respond', choice: action.choice });
      else actor.send({ type: 'turn.order', action });
      return { accepted: true, reason: null };
    },
    subscribe(listener) {
      const subscription = actor.subscribe(() => listener(snapshot()));
      return () => subscription.unsubscribe();
    },
    getSnapshot: snapshot,
    legalActions: () => [...legalActions(actor.getSnapshot().context.world)],
    getLog: () => [...records],
    getEvents: () => flatLog(actor.getSnapshot().context.world),
  };
}

/** The most orders a policy may give in one month (a guard against a policy that never passes). */
const MAX_ORDERS_PER_MONTH = 12;

export interface SimulationResult {
  readonly ending: EndingId;
  readonly world: WorldState;
  readonly turns: readonly TurnRecord[];
  readonly log: readonly LogEntry[];
}

export interface SimulateOptions {
  readonly seed: string;
  /** A built-in policy, or a strategy (which plays its own role unless `role` says otherwise). */
  readonly policy: PolicyChoice;
  readonly role?: Role;
  /**
   * Keep the event log (default). Without it the game runs faster and reaches the
   * same ending, but its world state has no log, so its hash is not a recorded game's.
   */
  readonly withLog?: boolean;
}

/** Play a whole game headless with a policy. */
export function simulate(
  scenario: Scenario,
  { seed, policy: name, role = typeof name === 'string' ? 'france' : name.role, withLog = true }: SimulateOptions,
): SimulationResult {
  const policy = createPolicy(name, scenario, seed);
  const quiet = !withLog;
  let world = initialWorld(scenario, seed, role, quiet);
  const turns: TurnRecord[] = [];
  while (world.phase !== 'ended') {
    const start = world;
    const actions: GameAction[] = [];
    if (world.phase === 'crisis') {
      const choice: CrisisChoice = policy.crisis(world);
      const action: GameAction = { type: 'crisis.respond', choice };
      actions.push(action);
      world = applyOrder(world, action, quiet);
    } else {
      for (let i = 0; i < MAX_ORDERS_PER_MONTH; i++) {
        const action = policy.nextOrder(world);
        if (action.type === 'pass' || refusal(world, action) !== null) break;
        actions.push(action);
        world = applyOrder(world, action, quiet);
      }
      world = endOrders(world, quiet);
    }
    turns.push({ turn: start.turn, month: start.month, actions });
  }
  return { ending: classifyEnding(world), world, turns, log: flatLog(world) };
}

/** Replay recorded turns from the start: the same world, step by step. */
export function replayTurns(scenario: Scenario, seed: string, role: Role, turns: readonly TurnRecord[]): WorldState {
  let world = initialWorld(scenario, seed, role);
  for (const turn of turns) world = step(world, turn.actions);
  return world;
}

/** The stable hash of a world state (the whole state: it is plain JSON). */
export function hashWorld(world: WorldState): string {
  return hashJson(world);
}
