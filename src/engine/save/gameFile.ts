/**
 * Game files: a game is its scenario, seed, role and the orders given, turn by
 * turn (GAME.md §7). A file also records the hash of the world state every few
 * turns and at the end, so a replay can say whether it reproduced the game and,
 * if not, where it first went another way. Hashes cover the world state only.
 */
import { z } from 'zod';
import { hashJson } from '../hash';
import { lazily } from '../memo';
import { initialWorld } from '../scenario/initialWorld';
import type { Scenario } from '../scenario/schema';
import { type GameAction, gameActionSchema, MAX_ORDERS_PER_TURN } from '../turn/actions';
import { furtherActionProblem, stepBy } from '../turn/delegations';
import type { TurnRecord } from '../turn/turnMachine';
import { type Parsed, parseJsonText, parseWith, yearMonthString } from '../validation';
import { normalVariants, variantsProblem } from '../variants/variants';
import { ENGINE_VERSION } from '../version';
import { worldHash } from '../world/worldHash';
import {
  DELEGATIONS,
  type Delegation,
  isSide,
  MAX_DELEGATIONS,
  ROLES,
  type Role,
  type WorldState,
  withSides,
  withWorld,
} from '../world/worldState';
import { seedSchema } from './seed';

/** The game file format's version: a game played from its start. */
export const GAME_FORMAT = 1;
/**
 * The format of a branch ("take over here"): format 1 with `branchedFrom`. The
 * version rule: a file's format is the oldest that holds it, so a game with no
 * branch is still written as format 1 and read by every version, and a branch
 * is format 2, which an older version refuses as a format it does not know.
 */
export const BRANCH_FORMAT = 2;
/**
 * The format of a game of several delegations on one screen: format 1 with
 * `roles` (the human roles, the file's `role` first) and, beside each turn's
 * `actions`, `by`: who gave each. By the version rule an older version refuses
 * it as a format it does not know.
 */
export const DELEGATIONS_FORMAT = 3;
/** The formats this version reads. */
export const GAME_FORMATS: readonly number[] = [GAME_FORMAT, BRANCH_FORMAT, DELEGATIONS_FORMAT];
/** A checkpoint hash every this many turns, and one at the end. */
export const CHECKPOINT_EVERY = 6;

const hash = lazily(() => z.string().regex(/^[0-9a-f]{16}$/, { message: 'expected a 16-digit hex hash' }));

/** The delegations of a game of several: two to five (`MAX_DELEGATIONS`). */
const rolesSchema = lazily(() =>
  z
    .array(z.enum(DELEGATIONS))
    .min(2, { message: 'a game of several delegations has at least two roles' })
    .max(MAX_DELEGATIONS, { message: `a game seats at most ${MAX_DELEGATIONS} delegations` }),
);

/**
 * Where a branch left the game it came from: the same scenario and seed, the
 * orders of `turns[0..index - 1]` given by `role` (the recorded side), and from
 * `turns[index]` (game turn `turn`, month `month`) on the file's own role.
 * A game of several delegations taken over as one role: `roles`, the
 * delegations that gave the orders before the branch (`role` their first), and
 * each of those turns says who gave each action (`by`), as in format 3.
 */
export const branchedFromSchema = lazily(() =>
  z.strictObject({
    scenarioHash: hash,
    seed: seedSchema,
    index: z.number().int().min(0),
    turn: z.number().int().min(0),
    month: yearMonthString(),
    role: z.enum(ROLES),
    roles: rolesSchema.optional(),
  }),
);
export type BranchedFrom = z.infer<typeof branchedFromSchema>;

/**
 * Who sits where in a game of several delegations when its file was written
 * in the middle of a month: the delegation at the screen (`seated`), those that
 * have ended their orders this month (`done`), and the orders and answers given
 * since the last recorded turn, with who gave each (`pending`: not in `turns`
 * nor in any hash; given again when the file is opened, and checked then).
 * Absent: the month starts again with the game's first delegation.
 */
export const seatsSchema = lazily(() =>
  z.strictObject({
    seated: z.enum(DELEGATIONS),
    done: z.array(z.enum(DELEGATIONS)).max(DELEGATIONS.length),
    pending: z
      .array(z.strictObject({ action: gameActionSchema, by: z.enum(DELEGATIONS) }))
      .max(MAX_ORDERS_PER_TURN * DELEGATIONS.length),
  }),
);
export type Seats = z.infer<typeof seatsSchema>;

const checkpointSchema = lazily(() =>
  z.strictObject({ index: z.number().int().min(0), hash, final: z.boolean().optional() }),
);

export const gameFileSchema = lazily(() =>
  z
    .strictObject({
      game: z.literal('hollow-pact'),
      format: z.union([z.literal(GAME_FORMAT), z.literal(BRANCH_FORMAT), z.literal(DELEGATIONS_FORMAT)]),
      engine: z.string().min(1),
      scenario: z.strictObject({ id: z.string().min(1), hash }),
      seed: seedSchema,
      role: z.enum(ROLES),
      roles: rolesSchema.optional(),
      turns: z
        .array(
          z.strictObject({
            turn: z.number().int().min(0),
            month: yearMonthString(),
            actions: z.array(gameActionSchema).max(MAX_ORDERS_PER_TURN),
            by: z.array(z.enum(DELEGATIONS)).max(MAX_ORDERS_PER_TURN).optional(),
          }),
        )
        .min(1, { message: 'a game file holds at least one turn' })
        .max(500),
      checkpoints: z.array(checkpointSchema).max(200),
      branchedFrom: branchedFromSchema.optional(),
      /** The rule variants the game was played with (ids of `scenarios/variants/`); absent for history's rules. */
      variants: z.array(z.string()).min(1).max(20).optional(),
      /** A game of several delegations: who sits where in the month the file was written (see `seatsSchema`). */
      seats: seatsSchema.optional(),
    })
    .superRefine((file, ctx) => {
      if (file.variants !== undefined) {
        const problem = variantsProblem(file.variants);
        if (problem !== null) ctx.addIssue({ code: 'custom', path: ['variants'], message: problem });
      }
      const branch = file.branchedFrom;
      if (file.format === BRANCH_FORMAT && branch === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['branchedFrom'],
          message: `required: a format ${BRANCH_FORMAT} file is a branch`,
        });
      }
      if (branch !== undefined) branchIssues(file.format, branch, file.seed, file.turns, ctx);
      delegationIssues(file, ctx);
      if (file.seats !== undefined) {
        for (const { path, message } of seatsIssues(file.roles, file.seats)) {
          ctx.addIssue({ code: 'custom', path: ['seats', ...path], message });
        }
      }
      // A file proves what it claims only if it carries the final world's hash: without it, any orders would "match".
      const last = file.turns.length - 1;
      const final = file.checkpoints.at(-1);
      if (final === undefined || final.final !== true || final.index !== last) {
        ctx.addIssue({
          code: 'custom',
          path: ['checkpoints'],
          message: `a game file must end with the final hash: a last checkpoint { "index": ${last}, "hash": …, "final": true }`,
        });
      }
      file.checkpoints.forEach((checkpoint, i) => {
        const previous = file.checkpoints[i - 1];
        if (checkpoint.index > last) {
          ctx.addIssue({
            code: 'custom',
            path: ['checkpoints', i, 'index'],
            message: `no turn ${checkpoint.index}: the file has turns 0 to ${last}`,
          });
        } else if (previous !== undefined && checkpoint.index <= previous.index) {
          ctx.addIssue({
            code: 'custom',
            path: ['checkpoints', i, 'index'],
            message: 'checkpoints must come in the order of their turns, one per turn',
          });
        }
        if (checkpoint.final === true && i !== file.checkpoints.length - 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['checkpoints', i, 'final'],
            message: 'only the last checkpoint is final',
          });
        }
      });
    }),
);
export type GameFile = z.infer<typeof gameFileSchema>;

/** What is wrong with a file's delegations: its format, its roles, and who gave each action. */
function delegationIssues(
  file: {
    format: number;
    role: Role;
    roles?: readonly Delegation[] | undefined;
    branchedFrom?: BranchedFrom | undefined;
    turns: readonly { actions: readonly { type: string }[]; by?: readonly Delegation[] | undefined }[];
  },
  ctx: z.core.$RefinementCtx,
): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { roles } = file;
  if (file.format === DELEGATIONS_FORMAT && roles === undefined) {
    issue(['roles'], `required: a format ${DELEGATIONS_FORMAT} file is a game of several delegations`);
  }
  if (roles !== undefined && file.format !== DELEGATIONS_FORMAT) {
    issue(['roles'], `a game of several delegations is written as format ${DELEGATIONS_FORMAT}, not ${file.format}`);
  }
  if (roles !== undefined && roles[0] !== file.role) {
    issue(['roles', 0], `the first role is the file's role, ${file.role}, not ${roles[0]}`);
  }
  const twice = roles?.find((role, i) => roles.indexOf(role) !== i);
  if (twice !== undefined) issue(['roles'], `the role ${twice} is given twice`);
  file.turns.forEach((turn, i) => {
    const { by } = turn;
    // Before a branch of a game of delegations, its delegations gave the orders.
    const players = playersAt(roles ?? [file.role], file.branchedFrom, i);
    if (players.length < 2) {
      if (by !== undefined) issue(['turns', i, 'by'], 'only a game of several delegations says who gave each action');
      return;
    }
    if (by === undefined) {
      issue(['turns', i, 'by'], 'required in a game of several delegations: who gave each action');
      return;
    }
    if (by.length !== turn.actions.length) {
      issue(['turns', i, 'by'], `one role for each action: ${turn.actions.length} actions, ${by.length} roles`);
    }
    by.forEach((role, j) => {
      if (!players.includes(role)) {
        issue(['turns', i, 'by', j], `${role} is not one of the game's roles (${players.join(', ')})`);
      }
      // A further delegation gives only its own answers, and only it gives them (`furtherActionProblem`).
      const problem = furtherActionProblem(role, turn.actions[j]?.type);
      if (problem !== null) issue(['turns', i, isSide(role) ? 'by' : 'actions', j], problem);
    });
  });
}

/** What is wrong with a file's seats, given the game's delegations (`roles`; absent: a game of one role). */
export function seatsIssues(
  roles: readonly Delegation[] | undefined,
  seats: Seats,
): { path: (string | number)[]; message: string }[] {
  if (roles === undefined) return [{ path: [], message: 'only a game of several delegations says who is seated' }];
  const issues: { path: (string | number)[]; message: string }[] = [];
  const among = `one of the game's roles (${roles.join(', ')})`;
  if (!roles.includes(seats.seated)) issues.push({ path: ['seated'], message: `${seats.seated} is not ${among}` });
  seats.done.forEach((role, i) => {
    if (!roles.includes(role)) issues.push({ path: ['done', i], message: `${role} is not ${among}` });
    else if (seats.done.indexOf(role) !== i) issues.push({ path: ['done', i], message: `${role} is given twice` });
  });
  if (seats.done.includes(seats.seated)) {
    issues.push({ path: ['seated'], message: `${seats.seated} has ended its orders: it is not at the screen` });
  }
  seats.pending.forEach(({ action, by }, i) => {
    if (!roles.includes(by)) issues.push({ path: ['pending', i, 'by'], message: `${by} is not ${among}` });
    // A further delegation gives only its own answers, and only it gives them (`furtherActionProblem`), as in `turns`.
    const problem = furtherActionProblem(by, action.type);
    if (problem !== null) issues.push({ path: ['pending', i, isSide(by) ? 'by' : 'action'], message: problem });
  });
  return issues;
}

/**
 * `file` with who sits where (`seats`, as a game of delegations reports it),
 * if they check against the file's delegations; else `file` as it is.
 */
export function withSeats(file: GameFile, seats: unknown): GameFile {
  const parsed = seatsSchema.safeParse(seats);
  if (!parsed.success || seatsIssues(file.roles, parsed.data).length > 0) return file;
  return { ...file, seats: parsed.data };
}

/** What is wrong with a file's `branchedFrom`: the format, the seed, and the turn it names. */
function branchIssues(
  format: number,
  branch: BranchedFrom,
  seed: string,
  turns: readonly { turn: number; month: string }[],
  ctx: z.core.$RefinementCtx,
): void {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['branchedFrom', ...path], message });
  if (format !== BRANCH_FORMAT) issue([], `a branch is written as format ${BRANCH_FORMAT}, not ${format}`);
  if (branch.seed !== seed) issue(['seed'], 'a branch keeps the seed of the game it came from');
  const { roles } = branch;
  if (roles !== undefined && roles[0] !== branch.role) {
    issue(
      ['roles', 0],
      `the first delegation is the one that played before the branch, ${branch.role}, not ${roles[0]}`,
    );
  }
  const twice = roles?.find((role, i) => roles.indexOf(role) !== i);
  if (twice !== undefined) issue(['roles'], `the role ${twice} is given twice`);
  if (branch.index > turns.length) {
    issue(['index'], `no turn ${branch.index} to branch at: the file has ${turns.length} turns`);
    return;
  }
  const at = turns[branch.index];
  if (at !== undefined && (at.turn !== branch.turn || at.month !== branch.month)) {
    issue(['turn'], `turns[${branch.index}] is turn ${at.turn}, ${at.month}, not turn ${branch.turn}, ${branch.month}`);
  }
}

/**
 * The world before the file's turn `index`: after the turns before it, and, at
 * a branch's first own turn, in the hands of the branch's role.
 */
function handOver(world: WorldState, index: number, role: Role, branch: BranchedFrom | undefined): WorldState {
  return branch !== undefined && index === branch.index ? withSides(withWorld(world, { role }), [role]) : world;
}

/** The world a file's replay starts from: a branch starts as the side it came from; under the file's rule variants. */
function startOf(
  scenario: Scenario,
  seed: string,
  role: Role,
  branch: BranchedFrom | undefined,
  variants: readonly string[] = [],
  roles: readonly Delegation[] = [role],
): WorldState {
  // Both sides seated where the delegations of the first turn include France and the USSR.
  return withSides(initialWorld(scenario, seed, branch?.role ?? role, false, variants), playersAt(roles, branch, 0));
}

/**
 * The human roles that played turn `index` of a file whose roles are `roles`:
 * before a branch of a game of several delegations, those delegations.
 */
function playersAt(
  roles: readonly Delegation[],
  branch: Pick<BranchedFrom, 'index' | 'roles'> | undefined,
  index: number,
): readonly Delegation[] {
  return branch?.roles !== undefined && index < branch.index ? branch.roles : roles;
}

/**
 * One turn of a file played on `world`: by its delegations (each action by its
 * giver, `by`) or by its one role (`stepBy` plays one role's orders as given).
 */
function playTurn(
  world: WorldState,
  index: number,
  role: Role,
  roles: readonly Delegation[],
  branch: BranchedFrom | undefined,
  turn: { readonly actions: readonly GameAction[]; readonly by?: readonly Delegation[] | undefined },
): WorldState {
  const players = playersAt(roles, branch, index);
  return stepBy(handOver(world, index, role, branch), players, turn.actions, turn.by);
}

/** The human roles of a file's game: its `roles`, or its one role. */
export function rolesOf(file: Pick<GameFile, 'role' | 'roles'>): readonly Delegation[] {
  return file.roles ?? [file.role];
}

/**
 * The hash of the scenario data a game plays, recorded in game files and share
 * links to notice when a scenario has changed under a game. Its prose is left
 * out (title, summary, teacher notes, questions, sources, the notes beside its
 * overrides and script, the source of each historical choice): a corrected
 * sentence changes no game, so it refuses no link and flags no file.
 */
export function scenarioHash(scenario: Scenario): string {
  const { overrides, script, historicalChoices } = scenario;
  // What each choice stands for in words (`said`) and its source are prose: left out like the rest.
  const withoutSource = (choices: Scenario['historicalChoices']['france']) =>
    choices.map(({ month, actions }) => ({ month, actions }));
  return hashJson({
    ...scenario,
    title: undefined,
    summary: undefined,
    teacherNotes: undefined,
    questions: undefined,
    sources: undefined,
    // The further delegations a scenario offers (Poland) change no game played without them: left out, as before they existed.
    roles: scenario.roles.filter(isSide),
    overrides: overrides === undefined ? undefined : { ...overrides, note: undefined },
    script: script === undefined ? undefined : { ...script, note: undefined },
    historicalChoices: {
      france: withoutSource(historicalChoices.france),
      ussr: withoutSource(historicalChoices.ussr),
      crises: historicalChoices.crises,
    },
  });
}

/**
 * Record a game: its turns, with a checkpoint hash every `CHECKPOINT_EVERY`
 * turns and at the end. A branch (`branchedFrom`) is played by
 * `branchedFrom.role` until its turn `branchedFrom.index`, then by `role`.
 * A game of several delegations (`roles`, `role` first; each turn's `by` says
 * who gave each action) is format 3; it has no branch.
 */
export function recordGame(
  scenario: Scenario,
  seed: string,
  role: Role,
  turns: readonly TurnRecord[],
  branchedFrom?: BranchedFrom,
  variants: readonly string[] = [],
  roles: readonly Delegation[] = [role],
): GameFile {
  let world = startOf(scenario, seed, role, branchedFrom, variants, roles);
  const checkpoints: GameFile['checkpoints'] = [];
  const several = roles.length > 1;
  turns.forEach((turn, index) => {
    world = playTurn(world, index, role, roles, branchedFrom, turn);
    const last = index === turns.length - 1;
    if ((index + 1) % CHECKPOINT_EVERY === 0 || last) {
      checkpoints.push(last ? { index, hash: worldHash(world), final: true } : { index, hash: worldHash(world) });
    }
  });
  const file: GameFile = {
    game: 'hollow-pact',
    format: branchedFrom === undefined ? GAME_FORMAT : BRANCH_FORMAT,
    engine: ENGINE_VERSION,
    scenario: { id: scenario.id, hash: scenarioHash(scenario) },
    seed,
    role,
    turns: turns.map((t) => ({ turn: t.turn, month: t.month, actions: [...t.actions] })),
    checkpoints,
    // The variants, in the order the world keeps them; absent for history, so history's files are as before.
    ...(variants.length === 0 ? {} : { variants: normalVariants(variants) }),
  };
  if (several) {
    const byTurn = turns.map((t) => ({
      turn: t.turn,
      month: t.month,
      actions: [...t.actions],
      by: t.actions.map((_, i) => t.by?.[i] ?? role),
    }));
    return { ...file, format: DELEGATIONS_FORMAT, roles: [...roles], turns: byTurn };
  }
  if (branchedFrom === undefined) return file;
  const before = branchedFrom.roles;
  if (before === undefined) return { ...file, branchedFrom: { ...branchedFrom } };
  // A game of delegations taken over as one role: who gave each order before the branch.
  const byTurn = file.turns.map((t, index) =>
    index < branchedFrom.index ? { ...t, by: t.actions.map((_, i) => turns[index]?.by?.[i] ?? branchedFrom.role) } : t,
  );
  return { ...file, branchedFrom: { ...branchedFrom, roles: [...before] }, turns: byTurn };
}

/** Where a replay first went another way than the file says. */
export interface Divergence {
  /** The turn record's index in the file. */
  readonly index: number;
  /** The game turn and month the file gives for that record. */
  readonly turn: number;
  readonly month: string;
  /**
   * `hash`: the world's hash differs from the checkpoint's; `calendar`: the
   * replayed world is at another turn or month than the record says; `over`:
   * the replayed game ended before this record.
   */
  readonly kind: 'hash' | 'calendar' | 'over';
  /** What the file says (a hash, or `turn N, YYYY-MM`) and what the replay found. */
  readonly expected: string;
  readonly actual: string;
}

export type ReplayResult =
  | {
      readonly ok: true;
      readonly world: WorldState;
      readonly scenarioChanged: boolean;
      readonly engineChanged: boolean;
    }
  | {
      readonly ok: false;
      readonly world: WorldState;
      readonly scenarioChanged: boolean;
      readonly engineChanged: boolean;
      /** The first record where the replay went another way. */
      readonly divergence: Divergence;
    };

const calendarOf = (turn: number, month: string) => `turn ${turn}, ${month}`;

/**
 * Replay a game file against `scenario`: before each turn the replayed world
 * must be at the turn and month the file records, and after it the world's
 * hash must match the turn's checkpoint, if it has one (the last always does).
 */
export function replayGame(file: GameFile, scenario: Scenario): ReplayResult {
  const scenarioChanged = file.scenario.hash !== scenarioHash(scenario);
  const engineChanged = file.engine !== ENGINE_VERSION;
  const checkpoints = new Map(file.checkpoints.map((c) => [c.index, c.hash]));
  let world = startOf(scenario, file.seed, file.role, file.branchedFrom, file.variants, rolesOf(file));
  const diverged = (divergence: Divergence): ReplayResult => ({
    ok: false,
    world,
    scenarioChanged,
    engineChanged,
    divergence,
  });
  for (const [index, turn] of file.turns.entries()) {
    const where = { index, turn: turn.turn, month: turn.month };
    if (world.phase === 'ended') {
      return diverged({
        ...where,
        kind: 'over',
        expected: calendarOf(turn.turn, turn.month),
        actual: 'the game is over',
      });
    }
    if (world.turn !== turn.turn || world.month !== turn.month) {
      const expected = calendarOf(turn.turn, turn.month);
      return diverged({ ...where, kind: 'calendar', expected, actual: calendarOf(world.turn, world.month) });
    }
    world = playTurn(world, index, file.role, rolesOf(file), file.branchedFrom, turn);
    const expected = checkpoints.get(index);
    if (expected !== undefined) {
      const actual = worldHash(world);
      if (actual !== expected) return diverged({ ...where, kind: 'hash', expected, actual });
    }
  }
  return { ok: true, world, scenarioChanged, engineChanged };
}

/** One line for a divergence: the game turn and month, and what differs. */
export function describeDivergence(d: Divergence, monthName: (month: string) => string): string {
  const at = `game turn ${d.turn}, ${monthName(d.month)} (turns[${d.index}] in the file)`;
  switch (d.kind) {
    case 'hash':
      return `the replay diverges at ${at}: recorded hash ${d.expected}, replayed ${d.actual}`;
    case 'calendar':
      return `the replay diverges at ${at}: the file is at ${d.expected}, the replayed world at ${d.actual}`;
    default:
      return `the replay diverges at ${at}: the replayed game was already over`;
  }
}

/** Bring `data` up to a format this version reads (1, 2 for a branch, 3 for delegations: all read as they are), or say why not. */
export function migrateGameFile(data: unknown): Parsed<unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ path: '', message: 'expected a game object' }] };
  }
  const format: unknown = Reflect.get(data, 'format');
  const formats = `${GAME_FORMATS.slice(0, -1).join(', ')} and ${GAME_FORMATS.at(-1)}`;
  if (typeof format === 'number' && GAME_FORMATS.includes(format)) return { ok: true, value: data };
  const message =
    typeof format === 'number'
      ? `unknown format ${format}: this version of the game reads formats ${formats}`
      : `expected a format number (current: ${formats})`;
  return { ok: false, problems: [{ path: 'format', message }] };
}

/** Validate a parsed value as a game file. */
export function parseGameFile(data: unknown): Parsed<GameFile> {
  const migrated = migrateGameFile(data);
  return migrated.ok ? parseWith(gameFileSchema, migrated.value) : migrated;
}

/** Validate the text of a game file. */
export function parseGameFileText(text: string): Parsed<GameFile> {
  const json = parseJsonText(text);
  return json.ok ? parseGameFile(json.value) : json;
}

/** Is a turn's month within the scenario? (Checked by `validate` once the scenario is known.) */
export function turnsOutsideScenario(file: GameFile, scenario: Scenario): { index: number; month: string }[] {
  return file.turns.flatMap((t, index) =>
    t.month < scenario.start || t.month > scenario.end ? [{ index, month: t.month }] : [],
  );
}

/**
 * The world after each of the file's turns, played as `replayGame` plays them
 * (a branch handed over at its turn), without checking any hash: for a replay
 * viewer's timeline and for comparing games. Stops early if the game ends.
 */
export function worldsOf(file: GameFile, scenario: Scenario): WorldState[] {
  let world = startOf(scenario, file.seed, file.role, file.branchedFrom, file.variants, rolesOf(file));
  const worlds: WorldState[] = [];
  for (const [index, turn] of file.turns.entries()) {
    if (world.phase === 'ended') break;
    world = playTurn(world, index, file.role, rolesOf(file), file.branchedFrom, turn);
    worlds.push(world);
  }
  return worlds;
}

/** How a game was played, as its game file records it (`recordGame`'s arguments): enough to replay it exactly. */
export interface PlayedGame {
  readonly scenario: Scenario;
  readonly seed: string;
  /** The game's first role (a branch's: the role it was taken over as). */
  readonly role: Role;
  readonly turns: readonly TurnRecord[];
  readonly branchedFrom?: BranchedFrom | undefined;
  readonly variants?: readonly string[] | undefined;
  /** The human roles of a game of delegations (absent: its one role). */
  readonly roles?: readonly Delegation[] | undefined;
}

/**
 * Every world of a played game: the world before each of its turns, then the
 * world after the last, each played as the game played it (under its rule
 * variants, by its delegations, a branch in the hands of its role from its
 * first own turn): `gameWorlds(g)[i]` is the world turn `i` was given in. Given
 * `known`, its answer for the same game a few turns earlier, it plays only the
 * turns since (the game on the board, a month on).
 */
export function gameWorlds(game: PlayedGame, known: readonly WorldState[] = []): WorldState[] {
  const { scenario, seed, role, turns, branchedFrom, variants = [], roles = [role] } = game;
  // `known`: this function's answer for the game's first turns (a month ago): only the turns since are played.
  const from = known.length === 0 || known.length > turns.length + 1 ? 0 : known.length - 1;
  let world = from === 0 ? startOf(scenario, seed, role, branchedFrom, variants, roles) : (known[from] as WorldState);
  const worlds: WorldState[] = known.slice(0, from);
  for (let index = from; index < turns.length; index++) {
    worlds.push(handOver(world, index, role, branchedFrom));
    world = playTurn(world, index, role, roles, branchedFrom, turns[index] as TurnRecord);
  }
  worlds.push(world);
  return worlds;
}

/** What a game file holds that cannot be recomputed: a share link carries only this. */
export interface GameOrders {
  readonly seed: unknown;
  readonly role: unknown;
  /** Each turn's actions, in order (each checked against the action schema). */
  readonly orders: unknown;
  /**
   * For a branch: the turn it starts at, and the side that played the turns before (a game of
   * several delegations taken over as one role: `roles`, the delegations, and `by`, who gave each order before it).
   */
  readonly branch?: { readonly index: unknown; readonly role: unknown; readonly roles?: unknown };
  readonly by?: unknown;
  /** The rule variants, if any (absent: history's rules). */
  readonly variants?: unknown;
}

const ordersSchema = lazily(() =>
  z.strictObject({
    seed: seedSchema,
    role: z.enum(ROLES),
    orders: z
      .array(z.array(gameActionSchema).max(MAX_ORDERS_PER_TURN))
      .min(1, { message: 'a game holds at least one turn' })
      .max(500),
    branch: z
      .strictObject({
        index: z.number().int().min(0),
        role: z.enum(ROLES),
        roles: z.array(z.enum(DELEGATIONS)).min(2).max(DELEGATIONS.length).optional(),
      })
      .optional(),
    by: z
      .array(z.array(z.enum(DELEGATIONS)).max(MAX_ORDERS_PER_TURN))
      .max(500)
      .optional(),
    variants: z
      .array(z.string())
      .max(20)
      .optional()
      .superRefine((ids, ctx) => {
        const problem = ids === undefined ? null : variantsProblem(ids);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
      }),
  }),
);

/**
 * Rebuild a whole game file from its seed, role and orders: every action is
 * checked against the action schema, the game is replayed to find each
 * turn's number and month, and its hashes are recorded. Never throws.
 */
export function gameFileFromOrders(scenario: Scenario, data: GameOrders): Parsed<GameFile> {
  const parsed = parseWith(ordersSchema, { ...data });
  if (!parsed.ok) return parsed;
  const { seed, role, orders, branch, by } = parsed.value;
  const variants = parsed.value.variants ?? [];
  const problem = (path: string, message: string): Parsed<GameFile> => ({ ok: false, problems: [{ path, message }] });
  if (!scenario.roles.includes(role)) return problem('role', `the scenario "${scenario.id}" has no role ${role}`);
  if (branch !== undefined && !scenario.roles.includes(branch.role)) {
    return problem('branch.role', `the scenario "${scenario.id}" has no role ${branch.role}`);
  }
  if (branch !== undefined && branch.index > orders.length) {
    return problem('branch.index', `no turn ${branch.index} to branch at: the game has ${orders.length} turns`);
  }
  const from: BranchedFrom | undefined =
    branch === undefined
      ? undefined
      : {
          scenarioHash: scenarioHash(scenario),
          seed,
          index: branch.index,
          turn: 0,
          month: scenario.start,
          role: branch.role,
          ...(branch.roles === undefined ? {} : { roles: branch.roles }),
        };
  let world = startOf(scenario, seed, role, from, variants);
  const turns: TurnRecord[] = [];
  let at: { turn: number; month: string } | null = null;
  for (const [index, actions] of orders.entries()) {
    if (world.phase === 'ended') return problem(`orders[${index}]`, `the game was over before turn ${index}`);
    world = handOver(world, index, role, from);
    if (index === branch?.index) at = { turn: world.turn, month: world.month };
    const given = from?.roles !== undefined && index < from.index ? by?.[index] : undefined;
    turns.push({ turn: world.turn, month: world.month, actions, ...(given === undefined ? {} : { by: given }) });
    world = playTurn(world, index, role, [role], from, { actions, by: given });
  }
  if (from === undefined) return { ok: true, value: recordGame(scenario, seed, role, turns, undefined, variants) };
  const where = at ?? { turn: world.turn, month: world.month };
  const file = recordGame(scenario, seed, role, turns, { ...from, ...where }, variants);
  // Orders given by several delegations: the file's own schema judges who gave each.
  return from.roles === undefined ? { ok: true, value: file } : parseGameFile(file);
}
