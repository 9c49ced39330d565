/**
 * The game: a scenario, a seed, a role and the orders given. `createGame` is
 * the interactive surface the browser uses (an XState actor for the month's
 * flow); `simulate` plays a whole game headless with a policy. Both call the
 * same pure reducer, so the same orders reach the same world, and its hash.
 */
import { createActor } from 'xstate';
import { createPolicy, type Policy, type PolicyChoice } from './policies';
import { seedProblem } from './save/seed';
import { initialWorld } from './scenario/initialWorld';
import type { Scenario } from './scenario/schema';
import {
  type CrisisChoice,
  type GameAction,
  legalActions,
  MAX_ORDERS_PER_TURN,
  readAction,
  refusal,
  type SentAction,
} from './turn/actions';
import { classifyEnding, ENDING_IDS, type EndingId } from './turn/endings';
import { applyOrder, endOrders, step } from './turn/step';
import { type TurnRecord, turnMachine } from './turn/turnMachine';
import { variantsProblem } from './variants/variants';
import { flatLog } from './world/effects';
import { worldHash } from './world/worldHash';
import { type LogEntry, type Role, type WorldState, withWorld } from './world/worldState';

/** Who sent an action: log metadata, never part of the world or its hash. */
export type Source = 'player' | 'replay' | 'engine';
const SOURCES: readonly unknown[] = ['player', 'replay', 'engine'] satisfies Source[];

/** What the player (or a replay) asked for, and whether the rules allowed it. */
export interface ActionRecord {
  readonly turn: number;
  readonly month: string;
  /** The action as the schema read it; null when what was sent was not an action at all. */
  readonly action: SentAction | null;
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
  /**
   * Give an order, answer a crisis (`crisis.respond`), or end the month's orders
   * (`turn.end`). Anything may be sent: it is checked against the action schema
   * first, and what is refused gets a reason and leaves the world as it was.
   * Never throws.
   */
  send(action: unknown, source?: Source): { accepted: boolean; reason: string | null };
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
  /**
   * Start from recorded turns ("take over here"): they are replayed as `from.role`
   * played them, and the game goes on from there as `role`. The caller checks
   * the turns first (`branchAt` does): an order the rules refuse is skipped, as in any replay.
   */
  readonly from?: { readonly turns: readonly TurnRecord[]; readonly role: Role };
  /** Rule variants (ids of `scenarios/variants/`); none or absent: history's rules, and history's hashes. */
  readonly variants?: readonly string[];
}

/** Why `role` cannot be played in `scenario`, or null if the scenario offers it. */
export function roleProblem(scenario: Scenario, role: unknown): string | null {
  if (typeof role === 'string' && scenario.roles.some((r) => r === role)) return null;
  const shown = typeof role === 'string' ? JSON.stringify(role.slice(0, 40)) : typeof role;
  return `the scenario "${scenario.id}" offers the role${scenario.roles.length === 1 ? '' : 's'} ${scenario.roles.join(' and ')}, not ${shown}`;
}

/** Why `send` refuses a checked action now, or null. */
function sendRefusal(world: WorldState, pending: number, action: SentAction): string | null {
  if (action.type === 'turn.end') {
    if (world.phase === 'orders') return null;
    return world.phase === 'crisis' ? 'a crisis is waiting for your answer' : 'the game is over';
  }
  if (world.phase === 'orders' && action.type !== 'crisis.respond' && pending >= MAX_ORDERS_PER_TURN) {
    return `a month takes at most ${MAX_ORDERS_PER_TURN} orders; end the month (turn.end)`;
  }
  return refusal(world, action);
}

/**
 * Start an interactive game. Throws an `Error` saying why if the scenario does
 * not offer `role`, or if `seed` is not one a game file can hold.
 */
export function createGame(scenario: Scenario, { seed, role = 'france', from, variants = [] }: GameOptions): Game {
  const badRole = roleProblem(scenario, role);
  if (badRole !== null) throw new Error(`createGame: ${badRole}`);
  const badSeed = seedProblem(seed);
  if (badSeed !== null) throw new Error(`createGame: ${badSeed}`);
  const badVariants = variantsProblem(variants);
  if (badVariants !== null) throw new Error(`createGame: ${badVariants}`);
  const start =
    from === undefined
      ? initialWorld(scenario, seed, role, false, variants)
      : replayTurns(scenario, seed, from.role, from.turns, variants);
  const world = start.role === role ? start : withWorld(start, { role });
  const turns =
    from === undefined ? [] : from.turns.map((t) => ({ turn: t.turn, month: t.month, actions: [...t.actions] }));
  const actor = createActor(turnMachine, { input: { world, turns } }).start();
  const records: ActionRecord[] = [];
  const snapshot = (): GameSnapshot => {
    const { world, turns } = actor.getSnapshot().context;
    return { world, phase: world.phase, ending: world.ending, turns };
  };
  return {
    send(input, source = 'player') {
      const { world, pending } = actor.getSnapshot().context;
      const reading = readAction(input);
      const action = reading.ok ? reading.action : null;
      const known: Source = SOURCES.includes(source) ? source : 'player';
      const reason = !reading.ok
        ? reading.reason
        : known !== source
          ? 'unknown source: expected player, replay or engine'
          : sendRefusal(world, pending.length, reading.action);
      records.push({ turn: world.turn, month: world.month, action, source: known, accepted: reason === null, reason });
      if (reason !== null || action === null) return { accepted: false, reason };
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
   * same world, and the same hash (the log is no part of it), with no log.
   */
  readonly withLog?: boolean;
  /** Rule variants (ids of `scenarios/variants/`); none or absent: history's rules. */
  readonly variants?: readonly string[];
}

/** Play a whole game headless with a policy. Throws on an unknown rule variant. */
export function simulate(
  scenario: Scenario,
  {
    seed,
    policy: name,
    role = typeof name === 'string' ? 'france' : name.role,
    withLog = true,
    variants = [],
  }: SimulateOptions,
): SimulationResult {
  const badVariants = variantsProblem(variants);
  if (badVariants !== null) throw new Error(`simulate: ${badVariants}`);
  const policy = createPolicy(name, scenario, seed);
  const quiet = !withLog;
  const { world, turns } = playOut(initialWorld(scenario, seed, role, quiet, variants), policy, quiet);
  // The last month classified the ending already (`finishMonth`): no need to judge every ending twice.
  const ending = ENDING_IDS.find((id) => id === world.ending) ?? classifyEnding(world);
  return { ending, world, turns, log: flatLog(world) };
}

/**
 * Play on from `world` to the game's end, the player's side given by `policy`:
 * the loop of `simulate`, which may start from any month of a game in progress
 * (the futures start there). A month's orders stop at the policy's `pass` or
 * at its first refused order; a waiting crisis is answered by the policy.
 */
export function playOut(
  from: WorldState,
  policy: Policy,
  quiet: boolean,
): { world: WorldState; turns: readonly TurnRecord[] } {
  let world = from;
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
      for (let i = 0; i < MAX_ORDERS_PER_TURN; i++) {
        const action = policy.nextOrder(world);
        if (action.type === 'pass' || refusal(world, action) !== null) break;
        actions.push(action);
        world = applyOrder(world, action, quiet);
      }
      world = endOrders(world, quiet);
    }
    turns.push({ turn: start.turn, month: start.month, actions });
  }
  return { world, turns };
}

/** Replay recorded turns from the start (under the game's rule `variants`): the same world, step by step. */
export function replayTurns(
  scenario: Scenario,
  seed: string,
  role: Role,
  turns: readonly TurnRecord[],
  variants: readonly string[] = [],
): WorldState {
  let world = initialWorld(scenario, seed, role, false, variants);
  for (const turn of turns) world = step(world, turn.actions);
  return world;
}

/** The stable hash of a world state: the whole state but its log (see `world/worldHash.ts`). */
export function hashWorld(world: WorldState): string {
  return worldHash(world);
}
