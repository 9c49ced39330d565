/**
 * What a player can do in a month (GAME.md §2): actions on the convention,
 * diplomacy, and the response to a crisis. Each costs political capital; an
 * action the rules do not allow is refused with a reason, and logged.
 */
import { z } from 'zod';
import { inSentence } from '../log/inSentence';
import { digit, enumDigit, lazily } from '../memo';
import {
  BRITISH_VERDICTS,
  CZECHOSLOVAK_ANSWERS,
  DEMARCHE_ANSWERS,
  GUARANTEE_ANSWERS,
  STAND_ANSWERS,
  TESCHEN_ANSWERS,
  TRANSIT_ANSWERS,
} from '../model/delegationData';
import { CONVENTION, MODEL } from '../model/modelData';
import { uint32Mod } from '../random';
import { parseWith } from '../validation';
import { monthsInPhase } from '../world/effects';
import {
  CLAUSE_IDS,
  type Clauses,
  CONVENTION_PHASES,
  type ConventionPhase,
  ROLES,
  type Role,
  type WorldState,
} from '../world/worldState';

/** The five answers a player can give when Germany moves (issue 3: the crisis's decision points). */
export const CRISIS_CHOICES = [
  'refer-council',
  'invoke-protocol',
  'ask-guarantors',
  'mobilise',
  'stand-aside',
] as const;
export type CrisisChoice = (typeof CRISIS_CHOICES)[number];

/** The most orders one month takes (a game file holds at most this many in a turn): the rest are refused. */
export const MAX_ORDERS_PER_TURN = 50;

/** An offer on a clause: the option an index into that clause's options (`scenarios/model/convention.json`). */
const offerSchema = lazily(() =>
  z
    .strictObject({
      type: z.literal('convention.offer'),
      clause: z.enum(CLAUSE_IDS),
      option: z.number().int().min(0),
    })
    .superRefine((offer, ctx) => {
      const count = CONVENTION.clauses[offer.clause].options.length;
      if (offer.option >= count) {
        ctx.addIssue({
          code: 'custom',
          path: ['option'],
          message: `the ${offer.clause} clause has options 0 to ${count - 1}, got ${offer.option}`,
        });
      }
    }),
);

/** Every kind of order and the crisis answer: strict objects, so an unknown field is refused (built at the first use). */
const gameActionSchemas = () =>
  [
    z.strictObject({ type: z.literal('pass') }),
    z.strictObject({ type: z.literal('convention.open') }),
    z.strictObject({ type: z.literal('convention.staffTalks') }),
    z.strictObject({ type: z.literal('convention.draft') }),
    offerSchema,
    z.strictObject({ type: z.literal('convention.acceptCounter') }),
    z.strictObject({ type: z.literal('convention.submit') }),
    z.strictObject({ type: z.literal('convention.resume') }),
    z.strictObject({ type: z.literal('diplomacy.demarche'), to: z.enum(['poland', 'romania']) }),
    z.strictObject({ type: z.literal('diplomacy.reassureBritain') }),
    z.strictObject({ type: z.literal('diplomacy.germanFeeler') }),
    z.strictObject({ type: z.literal('diplomacy.collectiveSecurity') }),
    z.strictObject({ type: z.literal('domestic.rally') }),
    z.strictObject({ type: z.literal('domestic.pressStaff') }),
    z.strictObject({ type: z.literal('military.readiness') }),
    z.strictObject({ type: z.literal('crisis.respond'), choice: z.enum(CRISIS_CHOICES) }),
    /**
     * A transit state's delegation (Poland, Romania) answers a request for Soviet transit at a crisis
     * (`delegations.ts`); `for: 'talks'`, Poland's answer for the 1939 talks given at a crisis of the month before them.
     */
    z.strictObject({
      type: z.literal('transit.answer'),
      answer: z.enum(TRANSIT_ANSWERS),
      for: z.literal('talks').optional(),
    }),
    /** A transit state's delegation answers a démarche made to it this month (`delegations.ts`). */
    z.strictObject({ type: z.literal('demarche.answer'), answer: z.enum(DEMARCHE_ANSWERS) }),
    /** The Czechoslovak delegation's answer when Germany moves against Czechoslovakia (`delegations.ts`). */
    z.strictObject({ type: z.literal('czechoslovakia.answer'), answer: z.enum(CZECHOSLOVAK_ANSWERS) }),
    /** The British delegation's verdict as a Locarno guarantor on a French answer to a German move (`delegations.ts`). */
    z.strictObject({ type: z.literal('britain.answer'), answer: z.enum(BRITISH_VERDICTS) }),
    /** The British delegation's answer on a guarantee to Poland, at the crisis of the move it follows (`delegations.ts`). */
    z.strictObject({ type: z.literal('britain.guarantee'), answer: z.enum(GUARANTEE_ANSWERS) }),
    /** The British delegation's stand at the Sudeten crisis: fight beside a fighting France, or not (`delegations.ts`). */
    z.strictObject({ type: z.literal('britain.stand'), answer: z.enum(STAND_ANSWERS) }),
    /** The Polish delegation's answer on Teschen, in the orders of the month after the Sudeten crisis (`delegations.ts`). */
    z.strictObject({ type: z.literal('poland.teschen'), answer: z.enum(TESCHEN_ANSWERS) }),
  ] as const;

/** The action schemas, built once. */
let actionSchemas: ReturnType<typeof gameActionSchemas> | undefined;
function theGameActionSchemas(): ReturnType<typeof gameActionSchemas> {
  actionSchemas ??= gameActionSchemas();
  return actionSchemas;
}

/** An action a game file or a scenario records: an order or a crisis answer. */
export const gameActionSchema = lazily(() => z.discriminatedUnion('type', [...theGameActionSchemas()]));
export type GameAction = z.infer<typeof gameActionSchema>;
export type ActionType = GameAction['type'];

/** End the month's orders: sent to a game, never recorded in a file. */
const turnEndSchema = lazily(() => z.strictObject({ type: z.literal('turn.end') }));

/** Anything a game's `send` takes: the same actions, and `turn.end`. */
export const sentActionSchema = lazily(() => z.discriminatedUnion('type', [...theGameActionSchemas(), turnEndSchema]));
export type SentAction = z.infer<typeof sentActionSchema>;

/** The action types `send` knows, in the schema's order, worked out at the first call. */
let sentTypes: readonly string[] | undefined;
export function sentActionTypes(): readonly string[] {
  sentTypes ??= [...theGameActionSchemas(), turnEndSchema].map((schema) => schema.shape.type.value);
  return sentTypes;
}

/** Keys that reach an object's prototype: never a field of an action. */
const PROTOTYPE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** What `readAction` makes of an input: the action, or why it is not one. */
export type ActionReading =
  | { readonly ok: true; readonly action: SentAction }
  | { readonly ok: false; readonly reason: string };

/** A short name for a value that is not an action, never its whole text. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object that is not plain data';
  return `a ${typeof value}`;
}

function readActionUnsafe(input: unknown): ActionReading {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: `an action is an object with a type, got ${kindOf(input)}` };
  }
  const prototype = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) {
    return { ok: false, reason: `an action is an object with a type, got ${kindOf(input)}` };
  }
  for (const key of Reflect.ownKeys(input)) {
    if (typeof key === 'symbol') return { ok: false, reason: 'an action has no symbol keys' };
    if (PROTOTYPE_KEYS.includes(key)) return { ok: false, reason: `${key}: not a field of any action` };
  }
  const given: unknown = Reflect.get(input, 'type');
  const type = sentActionTypes().find((known) => known === given);
  if (type === undefined) {
    return {
      ok: false,
      reason: `unknown action type ${given === undefined ? '(none given)' : kindOf(given)}; expected one of ${sentActionTypes().join(', ')}`,
    };
  }
  const parsed = parseWith(sentActionSchema, input);
  if (parsed.ok) return { ok: true, action: parsed.value };
  // The type is known, so every problem is in a field of that type's object: each has a path.
  const problems = parsed.problems.map((p) => `${p.path}: ${p.message}`);
  return { ok: false, reason: `not a valid ${type} action: ${problems.join('; ')}` };
}

/**
 * Check an input against the action schema, never throwing: a plain object
 * with a known type, no unknown field, no prototype key, and values in range.
 * The action returned is a fresh copy, not the input.
 */
export function readAction(input: unknown): ActionReading {
  try {
    return readActionUnsafe(input);
  } catch {
    return { ok: false, reason: 'the action could not be read (a field threw when read)' };
  }
}

/** Actions only one side can take. */
const ROLE_ONLY: Readonly<Partial<Record<ActionType, Role>>> = {
  'diplomacy.reassureBritain': 'france',
  'domestic.rally': 'france',
  'domestic.pressStaff': 'france',
  'diplomacy.germanFeeler': 'ussr',
  'diplomacy.collectiveSecurity': 'ussr',
  'military.readiness': 'ussr',
};

/** The only side that can take an action of this type, or null if both can. */
export function roleOnly(type: ActionType): Role | null {
  return ROLE_ONLY[type] ?? null;
}

/** Political capital an action costs (`scenarios/model/model.json`). */
export function costOf(action: GameAction): number {
  return MODEL.actions[action.type]?.cost ?? 0;
}

/**
 * Why a step of the convention cannot be taken now, said from where the talks
 * stand when that is the reason (stalled, broken off, with the governments,
 * signed), else `otherwise` (the step belongs to another phase).
 */
function talksStand(phase: ConventionPhase, otherwise: string): string {
  switch (phase) {
    case 'stalled':
      return 'the talks are stalled: resume them first';
    case 'brokenOff':
      return 'the talks have been broken off';
    case 'approvals':
      return 'the draft is with the governments for approval';
    case 'signed':
    case 'inForce':
      return 'the convention is signed';
    default:
      return otherwise;
  }
}

/** Why the rules refuse `action` now, or null if they allow it. */
export function refusal(world: WorldState, action: GameAction): string | null {
  if (world.phase === 'ended') return 'the game is over';
  if (action.type === 'transit.answer') {
    return 'only the Polish or Romanian delegation answers a request for Soviet transit';
  }
  if (action.type === 'czechoslovakia.answer') return 'only the Czechoslovak delegation answers for Czechoslovakia';
  if (action.type === 'demarche.answer') return 'only the Polish or Romanian delegation answers a démarche';
  if (action.type === 'britain.answer') return "only the British delegation gives Britain's verdict as a guarantor";
  if (action.type === 'britain.guarantee') return 'only the British delegation decides a British guarantee to Poland';
  if (action.type === 'britain.stand')
    return "only the British delegation decides Britain's stand at the Sudeten crisis";
  if (action.type === 'poland.teschen') return 'only the Polish delegation decides whether Poland takes Teschen';
  if (world.phase === 'crisis') {
    return action.type === 'crisis.respond' ? null : 'a crisis is waiting for your answer';
  }
  if (action.type === 'crisis.respond') return 'there is no crisis to respond to';
  const only = ROLE_ONLY[action.type];
  if (only !== undefined && only !== world.role)
    return `only the ${only === 'france' ? 'French' : 'Soviet'} side can do that`;
  // What the talks' state forbids comes first: "contacts are already open" is the reason, not the capital spent.
  const forbidden = stateRefusal(world, action);
  if (forbidden !== null) return forbidden;
  if (costOf(action) > world.capital) {
    return `not enough political capital (${world.capital} left, ${costOf(action)} needed)`;
  }
  return null;
}

/** Why the state of the talks forbids an order now, whatever the capital left, or null. */
function stateRefusal(world: WorldState, action: GameAction): string | null {
  const { convention } = world;
  switch (action.type) {
    case 'convention.open':
      return convention.phase === 'noContacts' ? null : 'contacts are already open';
    case 'convention.staffTalks':
      if (convention.phase === 'attacheContacts') return null;
      if (convention.phase === 'noContacts') return 'staff talks need attaché contacts first';
      return talksStand(convention.phase, 'the staffs are already talking');
    case 'convention.draft': {
      if (convention.phase === 'drafting') return 'drafting has begun';
      if (convention.phase !== 'staffTalks')
        return talksStand(convention.phase, 'drafting follows general-staff talks');
      const months = CONVENTION.rules.minStaffTalkMonths.value;
      return monthsInPhase(world) >= months ? null : `the staffs need ${months} months of talks before drafting`;
    }
    case 'convention.offer': {
      if (convention.phase !== 'drafting') return talksStand(convention.phase, 'offers are made while drafting');
      if (action.option >= CONVENTION.clauses[action.clause].options.length) return 'no such option for that clause';
      return convention.agreed[action.clause] === action.option ? 'that option is already agreed' : null;
    }
    case 'convention.acceptCounter':
      return convention.phase === 'drafting' && convention.counter !== null
        ? null
        : 'there is no counter-offer on the table';
    case 'convention.submit': {
      if (convention.phase !== 'drafting') return talksStand(convention.phase, 'only a draft can be submitted');
      const missing = CLAUSE_IDS.filter((c) => convention.agreed[c] === undefined);
      return missing.length === 0
        ? null
        : `clauses not yet agreed: ${missing.map((c) => inSentence(CONVENTION.clauses[c].label)).join(', ')}`;
    }
    case 'convention.resume':
      return convention.phase === 'stalled' ? null : 'the talks are not stalled';
    case 'diplomacy.collectiveSecurity':
      return collectiveSecurityRefusal(world);
    default:
      // A démarche, passing, and the orders checked by `refusal` (their side, their cost) only.
      return null;
  }
}

/**
 * Why Moscow cannot press collective security now, or null. It was Litvinov's line (actors.md: "architect of
 * collective security", People's Commissar to 3 May 1939), which Molotov did not carry on; a Moscow that has come
 * to terms with Berlin has left it (timeline.md 23 Aug 1939); and it is one proposal a month.
 */
function collectiveSecurityRefusal(world: WorldState): string | null {
  if (world.sovietGermanDeal !== null) return 'Moscow has come to terms with Berlin';
  if (world.governments.ussr !== COLLECTIVE_SECURITY_GOVERNMENT)
    return "Litvinov, who spoke for collective security, is no longer People's Commissar (foreign minister)";
  // One proposal a month: a second would be the same proposal made again, not a new one.
  if (world.repeats['diplomacy.collectiveSecurity']?.last === world.month)
    return 'Moscow has made its proposal this month';
  return null;
}

/** The Soviet government whose line collective security was (`governments.json`). */
const COLLECTIVE_SECURITY_GOVERNMENT = 'litvinov';

/** The orders a side may give in a month, offers on the convention's clauses aside. */
export const MONTHLY_ORDERS: readonly GameAction[] = [
  { type: 'convention.open' },
  { type: 'convention.staffTalks' },
  { type: 'convention.draft' },
  { type: 'convention.acceptCounter' },
  { type: 'convention.submit' },
  { type: 'convention.resume' },
  { type: 'diplomacy.demarche', to: 'poland' },
  { type: 'diplomacy.demarche', to: 'romania' },
  { type: 'diplomacy.reassureBritain' },
  { type: 'diplomacy.germanFeeler' },
  { type: 'diplomacy.collectiveSecurity' },
  { type: 'domestic.rally' },
  { type: 'domestic.pressStaff' },
  { type: 'military.readiness' },
];

/** Every order a month may allow outside drafting: passing, and `MONTHLY_ORDERS`. */
const ORDERS: readonly GameAction[] = [{ type: 'pass' }, ...MONTHLY_ORDERS];

/**
 * …and while drafting, an offer for each clause and option, made once: the
 * memoised lists share these objects rather than each holding its own copies.
 */
const DRAFTING_ORDERS: readonly GameAction[] = [
  ...ORDERS,
  ...CLAUSE_IDS.flatMap((clause) =>
    CONVENTION.clauses[clause].options.map((_, option): GameAction => ({ type: 'convention.offer', clause, option })),
  ),
];

/**
 * The most any order costs. `refusal` reads the capital only to compare it
 * with an order's cost, so any capital from this up allows the same orders.
 */
const MOST_COSTLY = Math.max(...DRAFTING_ORDERS.map(costOf));

/** What an offer costs (every offer costs the same: the cost is the order type's). */
const OFFER_COST = costOf({ type: 'convention.offer', clause: 'trigger', option: 0 });

/** Each clause's offers, made once (the objects `DRAFTING_ORDERS` holds), by clause index and option. */
const OFFERS: readonly (readonly GameAction[])[] = CLAUSE_IDS.map((clause) =>
  DRAFTING_ORDERS.filter((a) => a.type === 'convention.offer' && a.clause === clause),
);

/** Months of staff talks that make a difference to `refusal` (drafting may begin at this many). */
const RIPE = CONVENTION.rules.minStaffTalkMonths.value;

/** The last digit of `ordersKey`: months of staff talks, or the drafting's counter-offer and completeness. */
const LAST_DIGIT = Math.max(RIPE + 1, 4);

/**
 * The facts `refusal` reads for the orders other than offers, in the orders
 * phase, packed into one small integer (`memo.ts`): the role, the capital up to
 * the costliest order, the convention's phase, whether Moscow may press
 * collective security, and either the months of staff talks (up to ripe,
 * during staff talks) or, while drafting, whether a counter-offer is on the
 * table and whether every clause is agreed. Null when the capital is outside
 * what the key packs (the actions are then worked out afresh).
 */
function ordersKey(world: WorldState): number | null {
  const { convention, capital } = world;
  if (capital < 0 || !Number.isInteger(capital)) return null;
  let key = enumDigit(0, ROLES, world.role);
  key = digit(key, capital < MOST_COSTLY ? capital : MOST_COSTLY, MOST_COSTLY + 1);
  key = enumDigit(key, CONVENTION_PHASES, convention.phase);
  // Only the Soviet side may press collective security (`ROLE_ONLY`): a French world reads nothing more.
  key = digit(key, world.role === 'ussr' && collectiveSecurityRefusal(world) === null ? 1 : 0, 2);
  let last = 0;
  if (convention.phase === 'staffTalks') last = Math.max(0, Math.min(monthsInPhase(world), RIPE));
  else if (convention.phase === 'drafting')
    last = (convention.counter !== null ? 2 : 0) + (agreementOf(convention.agreed).all ? 1 : 0);
  return digit(key, last, LAST_DIGIT);
}

/**
 * What the legal actions read of the clauses agreed so far: whether all are
 * (what `convention.submit` needs), and, clause by clause, the option already
 * agreed (which may not be offered again) and how many options are left to offer.
 */
interface Agreement {
  readonly all: boolean;
  /** By clause index: the option agreed, or the clause's count of options if none is (nothing to skip). */
  readonly skip: readonly number[];
  /** By clause index: the options that may be offered. */
  readonly open: readonly number[];
  /** Every clause's open options together. */
  readonly offers: number;
}

/** Each clause's number of options (the data's own count). */
const OPTION_COUNTS: readonly number[] = OFFERS.map((offers) => offers.length);

/**
 * The agreements of the last two clauses objects summed up: a world keeps the
 * same object until a clause is agreed or reopened (a few times a game), so it
 * is summed up once rather than read field by field for every order of every
 * month. Two entries, by the object itself (a WeakMap's entry per new object
 * cost more than the summing up it saved).
 */
let lastAgreed: Clauses | null = null;
let lastAgreement: Agreement | null = null;
let formerAgreed: Clauses | null = null;
let formerAgreement: Agreement | null = null;

function agreementOf(agreed: Clauses): Agreement {
  if (agreed === lastAgreed && lastAgreement !== null) return lastAgreement;
  if (agreed === formerAgreed && formerAgreement !== null) return formerAgreement;
  const skip = CLAUSE_IDS.map((clause, c) => {
    const count = OPTION_COUNTS[c] ?? 0;
    const option = agreed[clause];
    return option !== undefined && Number.isInteger(option) && option >= 0 && option < count ? option : count;
  });
  const open = skip.map((option, c) => {
    const count = OPTION_COUNTS[c] ?? 0;
    return option < count ? count - 1 : count;
  });
  const agreement: Agreement = {
    all: CLAUSE_IDS.every((clause) => agreed[clause] !== undefined),
    skip,
    open,
    offers: open.reduce((sum, n) => sum + n, 0),
  };
  formerAgreed = lastAgreed;
  formerAgreement = lastAgreement;
  lastAgreed = agreed;
  lastAgreement = agreement;
  return agreement;
}

/**
 * The orders other than offers that the rules allow, by `ordersKey`: a dense
 * table of a few hundred shared lists, filled as keys come up (read-only).
 */
const ORDERS_BY_KEY: (readonly GameAction[] | undefined)[] = [];

/** The orders other than offers that `refusal` allows in `world` (in the orders phase, its key `key`). */
function ordersAllowed(world: WorldState, key: number): readonly GameAction[] {
  let orders = ORDERS_BY_KEY[key];
  if (orders === undefined) {
    orders = ORDERS.filter((action) => refusal(world, action) === null);
    ORDERS_BY_KEY[key] = orders;
  }
  return orders;
}

/** How many offers the rules allow now (drafting only: every clause's options but the agreed ones). */
function offersAllowed(world: WorldState): number {
  if (world.convention.phase !== 'drafting' || world.capital < OFFER_COST) return 0;
  return agreementOf(world.convention.agreed).offers;
}

/** The `index`-th offer the rules allow now, in `DRAFTING_ORDERS`' order (clause by clause, option by option). */
function offerAt(world: WorldState, index: number): GameAction {
  const { open, skip } = agreementOf(world.convention.agreed);
  let rest = index;
  for (let c = 0; c < CLAUSE_IDS.length; c++) {
    const options = open[c] ?? 0;
    if (rest >= options) {
      rest -= options;
      continue;
    }
    const offer = OFFERS[c]?.[rest >= (skip[c] ?? 0) ? rest + 1 : rest];
    if (offer !== undefined) return offer;
  }
  throw new RangeError(`no legal offer ${index}`);
}

/**
 * Every action the rules allow now (one of each kind; offers for each clause and
 * option), worked out from the few facts the rules read: a list shared between
 * worlds that allow the same orders outside drafting (read it, do not change it).
 */
export function legalActions(world: WorldState): readonly GameAction[] {
  if (world.phase !== 'orders') return enumerateLegalActions(world);
  const key = ordersKey(world);
  if (key === null) return enumerateLegalActions(world);
  const orders = ordersAllowed(world, key);
  const offers = offersAllowed(world);
  if (offers === 0) return orders;
  const all = orders.slice();
  for (let i = 0; i < offers; i++) all.push(offerAt(world, i));
  return all;
}

/** How many actions `legalActions(world)` lists, without listing them. */
export function legalActionCount(world: WorldState): number {
  if (world.phase !== 'orders') return enumerateLegalActions(world).length;
  const key = ordersKey(world);
  if (key === null) return enumerateLegalActions(world).length;
  return ordersAllowed(world, key).length + offersAllowed(world);
}

/** `legalActions(world)[index]`, without listing them (`index` from 0 to `legalActionCount(world)` - 1). */
export function legalActionAt(world: WorldState, index: number): GameAction {
  const key = world.phase === 'orders' ? ordersKey(world) : null;
  const orders = key === null ? enumerateLegalActions(world) : ordersAllowed(world, key);
  const offer = index - orders.length;
  const action =
    offer < 0 ? orders[index] : key !== null && offer < offersAllowed(world) ? offerAt(world, offer) : undefined;
  if (action === undefined) throw new RangeError(`no legal action ${index}`);
  return action;
}

/**
 * `legalActions(world)[drawn % count]`, `count` the list's length, without
 * listing them (how the random policy draws an order). Throws if nothing is allowed.
 */
export function legalActionDrawn(world: WorldState, drawn: number): GameAction {
  const key = world.phase === 'orders' ? ordersKey(world) : null;
  if (key === null) {
    const all = enumerateLegalActions(world);
    const action = all[uint32Mod(drawn, all.length)];
    if (action === undefined) throw new RangeError('no legal action to draw');
    return action;
  }
  const orders = ordersAllowed(world, key);
  const index = uint32Mod(drawn, orders.length + offersAllowed(world));
  return index < orders.length ? (orders[index] as GameAction) : offerAt(world, index - orders.length);
}

/**
 * The slow way, order by order (a crisis, the end, a capital `ordersKey` does not
 * pack): `refusal` refuses every order once the game is over, and every offer
 * outside drafting.
 */
function enumerateLegalActions(world: WorldState): GameAction[] {
  if (world.phase === 'crisis') return CRISIS_CHOICES.map((choice) => ({ type: 'crisis.respond', choice }));
  return DRAFTING_ORDERS.filter((action) => refusal(world, action) === null);
}
