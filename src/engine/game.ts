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
  MAX_ORDERS_PER_TURN,
  readAction,
  refusal,
  type SentAction,
} from './turn/actions';
import {
  actingWorld,
  answeredRefusal,
  askedAtCrisis,
  delegationName,
  delegationRefusal,
  doneAtCrisis,
  legalActionsBy,
  rolesProblem,
  settled,
  stepBy,
  type Table,
} from './turn/delegations';
import { classifyEnding, ENDING_IDS, type EndingId } from './turn/endings';
import { applyOrder, carryOutAllowed, endOrders, step } from './turn/step';
import { type TurnRecord, turnMachine } from './turn/turnMachine';
import { variantsProblem } from './variants/variants';
import { flatLog } from './world/effects';
import { worldHash } from './world/worldHash';
import {
  DELEGATIONS,
  type Delegation,
  draftOf,
  isSide,
  type LogEntry,
  type Role,
  type WorldDraft,
  type WorldState,
  withSides,
  withWorld,
} from './world/worldState';

/** Why a side's delegation may not send `action` now (on the world with any démarche waiting settled), or null. */
function sideRefusal(world: WorldState, table: Table, by: Role, pending: number, action: SentAction): string | null {
  const [w, t] = settled(world, table, true);
  return answeredRefusal(t, by) ?? sendRefusal(actingWorld(w, t, by), pending, action);
}

/** Who sent an action: log metadata, never part of the world or its hash. */
export type Source = 'player' | 'replay' | 'engine';
const SOURCE_NAMES: readonly Source[] = ['player', 'replay', 'engine'];

/** What the player (or a replay) asked for, and whether the rules allowed it. */
export interface ActionRecord {
  readonly turn: number;
  readonly month: string;
  /** The action as the schema read it; null when what was sent was not an action at all. */
  readonly action: SentAction | null;
  readonly source: Source;
  readonly accepted: boolean;
  readonly reason: string | null;
  /** The delegation that sent it, in a game of several roles (absent in a game of one). */
  readonly by?: Delegation;
}

/** How `send` is told who sends: a source alone (as before), or the delegation (`by`) and the source. */
export type SendOptions = Source | { readonly by?: Delegation; readonly source?: Source };

/** Delegations on one screen: the human roles and where the month stands for each. */
export interface Delegations {
  /** The human roles, the game's first role first. */
  readonly roles: readonly Delegation[];
  /** Capital left this month to each side's delegation (a further delegation, Poland, spends none). */
  readonly capital: Readonly<Record<Role, number>>;
  /** The delegations that have answered the waiting crisis (the crisis is resolved once all have). */
  readonly answered: readonly Delegation[];
}

export interface GameSnapshot {
  readonly world: WorldState;
  readonly phase: WorldState['phase'];
  readonly ending: string | null;
  readonly turns: readonly TurnRecord[];
  /** The human roles and each one's standing this month (one role in a game of one role). */
  readonly delegations: Delegations;
}

export interface Game {
  /**
   * Give an order, answer a crisis (`crisis.respond`), or end the month's orders
   * (`turn.end`). Anything may be sent: it is checked against the action schema
   * first, and what is refused gets a reason and leaves the world as it was.
   * Never throws. In a game of several roles, `{ by }` says which delegation
   * sends it (absent: the game's first role); `turn.end` ends the month's orders
   * for every delegation.
   */
  send(action: unknown, options?: SendOptions): { accepted: boolean; reason: string | null };
  subscribe(listener: (snapshot: GameSnapshot) => void): () => void;
  getSnapshot(): GameSnapshot;
  /** What delegation `by` may do now (absent: the game's first role). */
  legalActions(by?: Delegation): GameAction[];
  /** Every action sent, accepted or refused, with its source. */
  getLog(): ActionRecord[];
  /** What happened in the world, month by month. */
  getEvents(): LogEntry[];
}

export interface GameOptions {
  readonly seed: string;
  readonly role?: Role;
  /**
   * Delegations on one screen: the roles humans play, each giving its own
   * orders and crisis answers (the computer answers for the others). Absent:
   * `[role]`, a game of one role. `role` (default: the first of `roles`) must be
   * among them and is the game's first role. A game's first role is France or
   * the USSR; Poland, where the scenario offers it, joins as a further delegation.
   */
  readonly roles?: readonly Delegation[];
  /**
   * Start from recorded turns ("take over here"): they are replayed as `from.role`
   * played them (a game of several delegations: as `from.roles` did, each turn's
   * `by` saying who gave each order), and the game goes on from there as `role`.
   * The caller checks the turns first (`branchAt` does): an order the rules
   * refuse is skipped, as in any replay.
   */
  readonly from?: {
    readonly turns: readonly TurnRecord[];
    readonly role: Role;
    readonly roles?: readonly Delegation[];
  };
  /** Rule variants (ids of `scenarios/variants/`); none or absent: history's rules, and history's hashes. */
  readonly variants?: readonly string[];
}

/** Why `role` cannot be played in `scenario`, or null if the scenario offers it. */
export function roleProblem(scenario: Scenario, role: unknown): string | null {
  if (scenario.roles.some((r) => r === role)) return null;
  const shown = typeof role === 'string' ? JSON.stringify(role.slice(0, 40)) : typeof role;
  return `the scenario "${scenario.id}" offers the role${scenario.roles.length === 1 ? '' : 's'} ${scenario.roles.join(' and ')}, not ${shown}`;
}

/** Why `send` refuses a checked action now, or null. */
function sendRefusal(world: WorldState, pending: number, action: SentAction): string | null {
  if (action.type === 'turn.end') {
    if (world.phase === 'orders') return null;
    return world.phase === 'crisis' ? 'a crisis is waiting for your answer' : 'the game is over';
  }
  // Only the month's orders fill `pending` to the cap: `closeTurn` empties it before a crisis opens, and at a
  // crisis it holds no more than the further delegations' answers.
  if (action.type !== 'crisis.respond' && pending >= MAX_ORDERS_PER_TURN) {
    return `a month takes at most ${MAX_ORDERS_PER_TURN} orders; end the month (turn.end)`;
  }
  return refusal(world, action);
}

/** The source a value names, or null. */
const sourceOf = (value: unknown): Source | null => SOURCE_NAMES.find((name) => name === value) ?? null;

/** What `send`'s options say: the source and delegation, or why they cannot be read. */
function readSendOptions(options: unknown): { source: Source | null; by: Delegation | null; problem: string | null } {
  const badSource = { source: null, by: null, problem: 'unknown source: expected player, replay or engine' };
  if (typeof options === 'string')
    return sourceOf(options) === null ? badSource : { ...badSource, source: sourceOf(options), problem: null };
  if (typeof options !== 'object' || options === null) return badSource;
  const source: unknown = Reflect.get(options, 'source');
  const by: unknown = Reflect.get(options, 'by');
  if (source !== undefined && sourceOf(source) === null) return badSource;
  const role = DELEGATIONS.find((r) => r === by) ?? null;
  if (by !== undefined && role === null) {
    const shown = typeof by === 'string' ? JSON.stringify(by.slice(0, 40)) : typeof by;
    return {
      source: null,
      by: null,
      problem: `unknown delegation ${shown}: expected one of ${DELEGATIONS.join(', ')}`,
    };
  }
  return { source: sourceOf(source), by: role, problem: null };
}

/**
 * Start an interactive game. Throws an `Error` saying why if the scenario does
 * not offer `role`, or if `seed` is not one a game file can hold.
 */
export function createGame(scenario: Scenario, options: GameOptions): Game {
  const { seed, from, variants = [] } = options;
  const badRoles = options.roles === undefined ? null : rolesProblem(options.roles);
  if (badRoles !== null) throw new Error(`createGame: ${badRoles}`);
  const first = options.roles?.[0];
  const role: Role = options.role ?? (first !== undefined && isSide(first) ? first : 'france');
  const roles: Delegation[] = options.roles === undefined ? [role] : [role, ...options.roles.filter((r) => r !== role)];
  for (const r of roles) {
    const badRole = roleProblem(scenario, r);
    if (badRole !== null) throw new Error(`createGame: ${badRole}`);
  }
  if (options.roles !== undefined && !options.roles.includes(role)) {
    throw new Error(`createGame: the role ${role} is not among the roles ${options.roles.join(', ')}`);
  }
  if (from !== undefined && roles.length > 1) {
    throw new Error('createGame: a game of several delegations starts at the beginning, not from recorded turns');
  }
  const badSeed = seedProblem(seed);
  if (badSeed !== null) throw new Error(`createGame: ${badSeed}`);
  const badVariants = variantsProblem(variants);
  if (badVariants !== null) throw new Error(`createGame: ${badVariants}`);
  const start =
    from === undefined
      ? initialWorld(scenario, seed, role, false, variants)
      : replayTurns(scenario, seed, from.role, from.turns, variants, from.roles);
  // Both sides seated where the delegations include France and the USSR; neither in a branch taken over as one.
  const world = withSides(withWorld(start, { role }), roles);
  // The turns before a branch keep who gave each order, when several delegations did.
  const turns =
    from === undefined
      ? []
      : from.turns.map((t) => ({
          turn: t.turn,
          month: t.month,
          actions: [...t.actions],
          ...(from.roles === undefined || t.by === undefined ? {} : { by: [...t.by] }),
        }));
  const actor = createActor(turnMachine, { input: { world, turns, roles } }).start();
  const records: ActionRecord[] = [];
  const snapshot = (): GameSnapshot => {
    const { world, turns, table } = actor.getSnapshot().context;
    const capital = { france: 0, ussr: 0 };
    for (const r of roles) if (isSide(r)) capital[r] = actingWorld(world, table, r).capital;
    // At a crisis, a delegation has answered once it has given every answer asked of it (none asked: not listed).
    // No crisis, nothing is asked (`askedAtCrisis`): the table's answers are cleared whenever a crisis closes.
    const answered = roles.filter((r) => askedAtCrisis(world, r) && doneAtCrisis(world, table, r));
    return { world, phase: world.phase, ending: world.ending, turns, delegations: { roles, capital, answered } };
  };
  return {
    send(input, options = 'player') {
      const { world, pending, table } = actor.getSnapshot().context;
      const reading = readAction(input);
      const action = reading.ok ? reading.action : null;
      const asked = readSendOptions(options);
      const source: Source = asked.source ?? 'player';
      const by: Delegation = asked.by ?? role;
      const reason = !reading.ok
        ? reading.reason
        : asked.problem !== null
          ? asked.problem
          : !roles.includes(by)
            ? `the ${delegationName(by)} delegation does not play in this game (its roles: ${roles.join(', ')})`
            : reading.action.type === 'turn.end'
              ? sendRefusal(world, pending.length, reading.action)
              : !isSide(by)
                ? delegationRefusal(world, table, reading.action, by)
                : sideRefusal(world, table, by, pending.length, reading.action);
      const record = { turn: world.turn, month: world.month, action, source, accepted: reason === null, reason };
      records.push(roles.length > 1 ? { ...record, by } : record);
      if (reason !== null || action === null) return { accepted: false, reason };
      if (action.type === 'turn.end') actor.send({ type: 'turn.end' });
      // A further delegation's answer (Poland, Romania, Czechoslovakia); a side's answer or order.
      else if (!isSide(by)) actor.send({ type: 'turn.further', action, by });
      else if (action.type === 'crisis.respond') actor.send({ type: 'turn.respond', choice: action.choice, by });
      else actor.send({ type: 'turn.order', action, by });
      return { accepted: true, reason: null };
    },
    subscribe(listener) {
      const subscription = actor.subscribe(() => listener(snapshot()));
      return () => subscription.unsubscribe();
    },
    getSnapshot: snapshot,
    legalActions: (by = role) => {
      const { world, table } = actor.getSnapshot().context;
      return roles.includes(by) ? [...legalActionsBy(world, table, by)] : [];
    },
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
 * `from` is never changed; quiet, the world a policy is shown between one
 * month's orders is that month's draft, changed by the next order, so a policy
 * reads the world it is given and keeps nothing of it (none of ours does).
 * `keepTurns` false leaves the turns' record empty (the futures read only the
 * world they end in): the same world, without a record of each month's actions.
 */
export function playOut(
  from: WorldState,
  policy: Policy,
  quiet: boolean,
  keepTurns = true,
): { world: WorldState; turns: readonly TurnRecord[] } {
  let world = from;
  const turns: TurnRecord[] = [];
  // The month's actions are gathered here and copied to the month's record at its size.
  const actions: GameAction[] = [];
  while (world.phase !== 'ended') {
    const { turn, month } = world;
    if (world.phase === 'crisis') {
      const choice: CrisisChoice = policy.crisis(world);
      const action: GameAction = { type: 'crisis.respond', choice };
      if (keepTurns) actions.push(action);
      world = applyOrder(world, action, quiet);
    } else {
      // Quiet, the month's orders change one draft of the world only this loop holds: a copy of `from`, made at
      // the first order, or else the world the last month's steps made (a draft no one else holds, changed in place).
      let draft: WorldDraft | null = null;
      for (let i = 0; i < MAX_ORDERS_PER_TURN; i++) {
        const action = policy.nextOrder(world);
        if (action.type === 'pass' || refusal(world, action) !== null) break;
        if (keepTurns) actions.push(action);
        if (quiet) {
          draft = carryOutAllowed(draft ?? (world === from ? draftOf(world) : ownDraft(world)), action, null);
          world = draft;
        } else world = applyOrder(world, action, quiet);
      }
      world = endOrders(world, quiet);
    }
    if (keepTurns) {
      turns.push({ turn, month, actions: actions.slice() });
      actions.length = 0;
    }
  }
  return { world, turns };
}

/**
 * A world that `playOut`'s loop alone holds, as the draft it is: every world
 * the month's steps hand back, quiet, is a fresh draft (`endOrders`,
 * `applyOrder`), referred to by nothing else; only `from` is the caller's.
 */
function ownDraft(world: WorldState): WorldDraft {
  const draft: WorldDraft = world;
  return draft;
}

/**
 * Replay recorded turns from the start (under the game's rule `variants`): the same world, step by step;
 * turns given by several delegations (`roles`) are played as each gave its orders (each turn's `by`).
 */
export function replayTurns(
  scenario: Scenario,
  seed: string,
  role: Role,
  turns: readonly TurnRecord[],
  variants: readonly string[] = [],
  roles: readonly Delegation[] = [role],
): WorldState {
  let world = withSides(initialWorld(scenario, seed, role, false, variants), roles);
  for (const turn of turns)
    world = roles.length > 1 ? stepBy(world, roles, turn.actions, turn.by) : step(world, turn.actions);
  return world;
}

/** The stable hash of a world state: the whole state but its log (see `world/worldHash.ts`). */
export function hashWorld(world: WorldState): string {
  return worldHash(world);
}
