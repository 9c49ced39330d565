/**
 * Share links (issue 13 §2): a whole game — scenario, seed, role, each turn's
 * orders, the engine's version and the final world's hash — packed into a
 * URL's fragment, `#g1=…`, compressed with lz-string. A game of several
 * delegations (issue 14 §2) is a `#g2=…` link: the same, with the delegations
 * and who gave each order (by the version rule of game files, a link is
 * written in the oldest format that holds it, so a game of one role is still
 * `g1` and opens in every version, and an older version refuses a `g2` link
 * by its format's name). The fragment never
 * reaches a server. Everything the game file holds besides (turn numbers,
 * months, checkpoints) is recomputed by replaying the orders, and the replay
 * must reach the recorded final hash: a link that was cut, altered, or made by
 * another version of the game opens nothing, and says why in one sentence.
 * Pure: runs in Node and in the browser.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import {
  createGame,
  DELEGATIONS,
  type Delegation,
  ENGINE_VERSION,
  type GameAction,
  type GameFile,
  gameFileFromOrders,
  isSide,
  MAX_DELEGATIONS,
  type Parsed,
  parseGameFile,
  ROLES,
  recordGame,
  type Scenario,
  scenarioHash,
  variantsProblem,
  withSeats,
} from '../engine';
import { playTurns } from './playTurns';

/** The link format of a game of one role, written after `#g`: a link of a format not read here is refused by name. */
export const LINK_FORMAT = 1;
/** The link format of a game of several delegations: format 1 with `d` (the delegations) and `y` (who gave each order). */
export const DELEGATIONS_LINK_FORMAT = 2;
/** The link formats this version reads. */
export const LINK_FORMATS: readonly number[] = [LINK_FORMAT, DELEGATIONS_LINK_FORMAT];
/**
 * The longest fragment read (characters). Whole games measure 150 to about
 * 1,100 characters; and lz-string can expand a fragment about 1,200-fold (8,192
 * characters of a crafted link decompress to some 10 million in about 50 ms), so
 * the cap is kept well below the 32 KB a URL could carry.
 */
export const MAX_LINK_CHARS = 8_192;
/** The longest decompressed payload read (characters), whatever the fragment claims. */
export const MAX_DECODED_CHARS = 200_000;

/** Why a link opened nothing. */
export type LinkProblemKind = 'broken' | 'tampered' | 'version' | 'scenario' | 'oversized';

export type LinkReading =
  | { readonly ok: true; readonly file: GameFile }
  | { readonly ok: false; readonly kind: LinkProblemKind; readonly message: string };

/** Find a scenario by its id (the game's bundled scenarios), or undefined. */
export type ScenarioLookup = (id: string) => Scenario | undefined;

/**
 * Short codes for the action types, so that a link stays short. A type not in
 * the table (a newer order) is written in full: the link still works.
 */
const TYPE_CODES: Readonly<Record<string, string>> = {
  pass: 'p',
  'convention.open': 'co',
  'convention.staffTalks': 'cs',
  'convention.draft': 'cd',
  'convention.offer': 'cf',
  'convention.acceptCounter': 'ca',
  'convention.submit': 'cu',
  'convention.resume': 'cr',
  'diplomacy.demarche': 'dd',
  'diplomacy.reassureBritain': 'db',
  'diplomacy.germanFeeler': 'dg',
  'diplomacy.collectiveSecurity': 'dc',
  'domestic.rally': 'mr',
  'domestic.pressStaff': 'ms',
  'military.readiness': 'rr',
  'crisis.respond': 'x',
  'transit.answer': 'ta',
  'czechoslovakia.answer': 'za',
  'demarche.answer': 'da',
  'britain.answer': 'ba',
  'britain.guarantee': 'bg',
  'britain.stand': 'bs',
  'poland.teschen': 'pt',
};
const CODE_TYPES: ReadonlyMap<string, string> = new Map(Object.entries(TYPE_CODES).map(([t, c]) => [c, t]));

/** The action types that have a short code (for the test that keeps links short). */
export const CODED_ACTION_TYPES: readonly string[] = Object.keys(TYPE_CODES);

/**
 * One action as a token: its type's code, then each other field as
 * `:key=value` in the key order of the action. `{ type: 'convention.offer',
 * clause: 'ground', option: 2 }` → `cf:clause=ground:option=2`. Values are ids
 * and whole numbers: they never hold `:`, `=`, `,` or `;`.
 */
function actionToken(action: GameAction): string {
  const fields = Object.entries(action)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `:${key}=${String(value)}`);
  return `${TYPE_CODES[action.type] ?? action.type}${fields.join('')}`;
}

/** A token back to an action-shaped object, or null; the engine's action schema then judges it. */
function tokenAction(token: string): Record<string, unknown> | null {
  const [code, ...fields] = token.split(':');
  if (code === undefined || code === '') return null;
  const action: Record<string, unknown> = { type: CODE_TYPES.get(code) ?? code };
  for (const field of fields) {
    const match = /^([A-Za-z]+)=([A-Za-z0-9._-]*)$/.exec(field);
    if (match === null) return null;
    const [, key = '', value = ''] = match;
    if (Object.hasOwn(action, key)) return null;
    action[key] = /^(0|[1-9][0-9]{0,8})$/.test(value) ? Number(value) : value;
  }
  return action;
}

/** Turns as text: actions joined by `,`, turns by `;` (an empty turn is empty). */
function encodeTurns(file: GameFile): string {
  return file.turns.map((t) => t.actions.map(actionToken).join(',')).join(';');
}

function decodeTurns(text: string): Record<string, unknown>[][] | null {
  const turns: Record<string, unknown>[][] = [];
  for (const turn of text.split(';')) {
    const actions: Record<string, unknown>[] = [];
    for (const token of turn === '' ? [] : turn.split(',')) {
      const action = tokenAction(token);
      if (action === null) return null;
      actions.push(action);
    }
    turns.push(actions);
  }
  return turns;
}

/**
 * Who gave each order, as text: for each turn, one digit per action, the
 * index of its delegation in the link's `d`; turns joined by `;`.
 * `[['france', 'ussr'], []]` with `d: ['france', 'ussr']` → `01;`.
 */
function encodeBy(turns: GameFile['turns'], roles: readonly Delegation[]): string {
  return turns.map((t) => (t.by ?? []).map((role) => String(roles.indexOf(role))).join('')).join(';');
}

/** `encodeBy` read back, checked against the turns' orders, or null. */
function decodeBy(text: string, roles: readonly Delegation[], orders: readonly unknown[][]): Delegation[][] | null {
  const turns = text.split(';');
  if (turns.length !== orders.length) return null;
  const by: Delegation[][] = [];
  for (const [i, turn] of turns.entries()) {
    if (turn.length !== orders[i]?.length) return null;
    const who: Delegation[] = [];
    for (const digit of turn) {
      const role = roles[Number(digit)];
      if (role === undefined) return null;
      who.push(role);
    }
    by.push(who);
  }
  return by;
}

/** A link's seats (`z`) read back against its delegations `roles`, or null. */
function seatsOf(
  seats: { s: number; o: string; p: string; q: string },
  roles: readonly Delegation[],
): { seated: Delegation; done: Delegation[]; pending: { action: unknown; by: Delegation }[] } | null {
  const role = (digit: string | number) => roles[Number(digit)];
  const seated = role(seats.s);
  const done = [...seats.o].map(role);
  const actions = decodeTurns(seats.p)?.[0] ?? null;
  const by = [...seats.q].map(role);
  if (seated === undefined || actions === null || actions.length !== by.length) return null;
  if (done.some((r) => r === undefined) || by.some((r) => r === undefined)) return null;
  return {
    seated,
    done: done.filter((r): r is Delegation => r !== undefined),
    pending: actions.map((action, i) => ({ action, by: by[i] as Delegation })),
  };
}

const hex16 = z.string().regex(/^[0-9a-f]{16}$/);

/** What a link holds, once decompressed: strict, so nothing else rides along. */
const payloadSchema = z.strictObject({
  /** The engine's version that made the game. */
  e: z.string().min(1).max(40),
  /** The scenario's id and the hash of its data. */
  s: z.string().min(1).max(80),
  h: hex16,
  seed: z.string(),
  r: z.enum(ROLES),
  /** The turns' orders (see `encodeTurns`). */
  t: z.string(),
  /** The final world's hash. */
  f: hex16,
  /** A branch: the turn it starts at and the side that played the turns before. */
  b: z.tuple([z.number().int().min(0), z.enum(ROLES)]).optional(),
  /** The rule variants the game was played with (absent: history's rules). */
  v: z.array(z.string().max(60)).max(20).optional(),
  /**
   * A game of several delegations (format 2 only): the delegations, the first `r`; or, with `b`, a
   * game of delegations taken over as one role: the delegations before the branch, the first `b`'s side.
   */
  d: z.array(z.enum(DELEGATIONS)).min(2).max(MAX_DELEGATIONS).optional(),
  /** Who gave each order (format 2 only; see `encodeBy`); with `b`, each order before the branch. */
  y: z
    .string()
    .regex(/^[0-9;]*$/)
    .optional(),
  /**
   * Who sits where in the month the link was made (format 2, a game of delegations, only; see
   * the game file's `seats`): `s` the seated delegation's index in `d`, `o` those that have ended
   * their orders (one digit each), `p` the orders given since the last turn (as in `t`), `q` who gave each.
   */
  z: z
    .strictObject({
      s: z.number().int().min(0).max(9),
      o: z.string().regex(/^[0-9]*$/),
      p: z.string(),
      q: z.string().regex(/^[0-9]*$/),
    })
    .optional(),
});
type Payload = z.infer<typeof payloadSchema>;

/** Pack a game file into a fragment: `#g1=…`, or `#g2=…` for a game of several delegations. */
export function packLink(file: GameFile): string {
  const final = file.checkpoints.at(-1)?.hash ?? '';
  const payload: Payload = {
    e: file.engine,
    s: file.scenario.id,
    h: file.scenario.hash,
    seed: file.seed,
    r: file.role,
    t: encodeTurns(file),
    f: final,
    ...(file.branchedFrom === undefined ? {} : { b: [file.branchedFrom.index, file.branchedFrom.role] }),
    ...(file.variants === undefined ? {} : { v: [...file.variants] }),
    ...(file.roles === undefined ? {} : { d: [...file.roles], y: encodeBy(file.turns, file.roles) }),
  };
  if (file.roles !== undefined && file.seats !== undefined) {
    const at = (role: Delegation) => String(file.roles?.indexOf(role) ?? -1);
    payload.z = {
      s: file.roles.indexOf(file.seats.seated),
      o: file.seats.done.map(at).join(''),
      p: file.seats.pending.map((p) => actionToken(p.action)).join(','),
      q: file.seats.pending.map((p) => at(p.by)).join(''),
    };
  }
  const before = file.branchedFrom?.roles;
  if (file.branchedFrom !== undefined && before !== undefined) {
    // A game of delegations taken over as one role: who gave each order before the branch.
    payload.d = [...before];
    payload.y = encodeBy(file.turns.slice(0, file.branchedFrom.index), before);
  }
  const format = payload.d === undefined ? LINK_FORMAT : DELEGATIONS_LINK_FORMAT;
  return `#g${format}=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** A page address with a game in its fragment: `base` with its own fragment replaced. */
export function shareUrl(base: string, file: GameFile): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}${packLink(file)}`;
}

/** Text from a link, shortened, for a message (always shown as text, never as markup). */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const quoted = (text: string) => JSON.stringify(short(text));

const refuse = (kind: LinkProblemKind, message: string): LinkReading => ({ ok: false, kind, message });
const BROKEN = 'This link is broken: it cannot be read as a game. Was it cut short or changed when it was copied?';

/** Does this address or fragment hold a game (of any link format)? */
export function hasGameLink(text: string): boolean {
  return /(?:^|#)g[0-9]+=/.test(text);
}

/** The decompressed payload of a link, or why not. Never throws. */
function decode(text: string): { ok: true; json: string; format: number } | { ok: false; reading: LinkReading } {
  if (text.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      reading: refuse(
        'oversized',
        `This link is too long to be a game: ${text.length} characters, at most ${MAX_LINK_CHARS}.`,
      ),
    };
  }
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const match = /^g([0-9]{1,6})=(.*)$/s.exec(fragment);
  if (match === null) return { ok: false, reading: refuse('broken', BROKEN) };
  const [, format = '', body = ''] = match;
  if (!LINK_FORMATS.includes(Number(format))) {
    const formats = LINK_FORMATS.map((f) => `g${f}`).join(' and ');
    return {
      ok: false,
      reading: refuse(
        'version',
        `This link is in format g${format}; this version of Hollow Pact (${ENGINE_VERSION}) reads ${formats} links.`,
      ),
    };
  }
  let json: string | null = null;
  try {
    json = decompressFromEncodedURIComponent(body);
  } catch {
    json = null;
  }
  if (typeof json !== 'string' || json === '') return { ok: false, reading: refuse('broken', BROKEN) };
  if (json.length > MAX_DECODED_CHARS) {
    return {
      ok: false,
      reading: refuse('oversized', `This link holds too much to be a game (over ${MAX_DECODED_CHARS} characters).`),
    };
  }
  return { ok: true, json, format: Number(format) };
}

/**
 * Rebuild the game file of a game of several delegations from its orders and
 * who gave each: the game is played again, order by order, as each delegation
 * gave it; an order the game refuses, or a turn that does not end where the
 * link says, is an altered link. Never throws.
 */
function delegationsFile(
  scenario: Scenario,
  game: {
    seed: string;
    roles: readonly Delegation[];
    orders: readonly unknown[][];
    by: readonly Delegation[][];
    variants: string[];
  },
): Parsed<GameFile> {
  const refused = (message: string): Parsed<GameFile> => ({ ok: false, problems: [{ path: '', message }] });
  const [role] = game.roles;
  if (role === undefined || new Set(game.roles).size !== game.roles.length)
    return refused('a delegation is given twice');
  if (!isSide(role)) return refused(`a game's first delegation is France or the USSR, not ${role}`);
  const bad = game.roles.find((r) => !scenario.roles.includes(r));
  if (bad !== undefined) return refused(`the scenario "${scenario.id}" has no role ${bad}`);
  let live: ReturnType<typeof createGame>;
  try {
    live = createGame(scenario, { seed: game.seed, role, roles: game.roles, variants: game.variants });
  } catch (error) {
    return refused(error instanceof Error ? error.message : String(error));
  }
  const turns = game.orders.map((actions, i) => ({ actions, by: game.by[i] ?? [] }));
  if (!playTurns(live, turns)) return refused('an order was refused');
  const played = live.getSnapshot().turns;
  if (played.length !== turns.length) return refused('the orders do not make the turns the link records');
  const file = recordGame(scenario, game.seed, role, played, undefined, game.variants, game.roles);
  // The rebuilt file is a game file like any other: its own schema judges it.
  return parseGameFile(file);
}

/**
 * Open a link (a whole address, its fragment, or `g1=…`): decode it, check it
 * with the game's schemas, replay it, and give its game file, or one clear
 * message. `scenarios` finds the scenario the link names. Never throws.
 */
export function openLink(text: string, scenarios: ScenarioLookup): LinkReading {
  const decoded = decode(text);
  if (!decoded.ok) return decoded.reading;
  let data: unknown;
  try {
    data = JSON.parse(decoded.json);
  } catch {
    return refuse('broken', BROKEN);
  }
  const payload = payloadSchema.safeParse(data);
  if (!payload.success) return refuse('broken', BROKEN);
  const { e: engine, s: id, h, seed, r: role, t, f, b, v, d, y, z: seats } = payload.data;
  // A game of several delegations (or one taken over as one role after a branch) is a g2 link, and only a g2 link holds one.
  const several = d !== undefined && y !== undefined && d[0] === (b === undefined ? role : b[1]);
  if (several !== (decoded.format === DELEGATIONS_LINK_FORMAT) || (d === undefined) !== (y === undefined)) {
    return refuse('broken', BROKEN);
  }
  if (engine !== ENGINE_VERSION) {
    return refuse(
      'version',
      `This link was made with Hollow Pact ${short(engine)}; this is ${ENGINE_VERSION}. Games replay only in the version that made them: open it there.`,
    );
  }
  const scenario = scenarios(id);
  if (scenario === undefined)
    return refuse('scenario', `This link is for a scenario this game does not have: ${quoted(id)}.`);
  if (scenarioHash(scenario) !== h) {
    return refuse(
      'version',
      `This link was made with another version of the scenario "${scenario.id}": its data have changed since.`,
    );
  }
  const badVariants = v === undefined ? null : variantsProblem(v);
  if (badVariants !== null) {
    return refuse('version', `This link was played under rules this version does not have: ${badVariants}.`);
  }
  const orders = decodeTurns(t);
  if (orders === null) return refuse('broken', BROKEN);
  const by =
    d === undefined || y === undefined ? null : decodeBy(y, d, b === undefined ? orders : orders.slice(0, b[0]));
  if (d !== undefined && by === null) return refuse('broken', BROKEN);
  const rebuilt =
    d !== undefined && by !== null && b === undefined
      ? delegationsFile(scenario, { seed, roles: d, orders, by, variants: v ?? [] })
      : gameFileFromOrders(scenario, {
          seed,
          role,
          orders,
          ...(b === undefined ? {} : { branch: { index: b[0], role: b[1], ...(d === undefined ? {} : { roles: d }) } }),
          ...(by === null ? {} : { by }),
          ...(v === undefined ? {} : { variants: v }),
        });
  if (!rebuilt.ok) {
    const first = rebuilt.problems[0];
    const where = first === undefined ? '' : ` (${first.path === '' ? '' : `${first.path}: `}${first.message})`;
    return refuse('tampered', `This link has been altered: its orders are not a game this scenario can play${where}.`);
  }
  if (rebuilt.value.checkpoints.at(-1)?.hash !== f) {
    return refuse(
      'tampered',
      'This link has been altered: replayed, its orders do not reach the result it records. Nothing was opened.',
    );
  }
  if (seats === undefined) return { ok: true, file: rebuilt.value };
  // Who sits where: only in a game of delegations, and only if it fits its delegations (checked as a file's seats).
  const seated = d === undefined || b !== undefined ? null : seatsOf(seats, d);
  const file = seated === null ? null : withSeats(rebuilt.value, seated);
  if (file === null || file.seats === undefined) return refuse('broken', BROKEN);
  return { ok: true, file };
}
