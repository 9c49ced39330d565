/**
 * The world state: plain JSON (no classes, no functions), so it can be saved,
 * hashed and sent to a worker. Every level is a whole number from 0 to 100;
 * the engine uses basic integer arithmetic only, so a game replays to the same
 * state in every browser.
 */
import type { LogEntry } from '../log/types';
import type { YearMonth } from '../months';
import type { RngState } from '../random';
import type { LocarnoStatus } from '../rules/lawData';
import {
  ACTING_COUNTRY_IDS,
  type CountryId,
  type LocarnoOutcome,
  type ReasonCode,
  type TreatyOutcome,
} from '../rules/types';

/** The player's side. */
export type Role = 'france' | 'ussr';
export const ROLES: readonly Role[] = ['france', 'ussr'];

/**
 * Delegations on one screen (issue 14 §2): the sides a player can take, and the
 * further delegations a scenario may offer beside them. A further delegation
 * never holds the world's role: a game's first role is France or the USSR.
 */
export const DELEGATIONS = ['france', 'ussr', 'poland', 'romania', 'czechoslovakia', 'britain'] as const;
export type Delegation = (typeof DELEGATIONS)[number];
/**
 * The most delegations one game seats: two to five take turns on one screen (issue 14 §2), so that a class of
 * thirty plays in groups a 45-minute lesson can hear from; a design choice, not a fact of history.
 */
export const MAX_DELEGATIONS = 5;
/** A further delegation: one that joins France's and the USSR's (Poland, Romania, Czechoslovakia, Britain). */
export type FurtherDelegation = Exclude<Delegation, Role>;

/** Is this delegation a side (France or the USSR), which a game's first role must be? */
export function isSide(delegation: Delegation): delegation is Role {
  return delegation === 'france' || delegation === 'ussr';
}

/** The actors that resolve each month, in this fixed order. */
export const ACTOR_IDS = ACTING_COUNTRY_IDS;
export type ActorId = (typeof ACTOR_IDS)[number];

/** The levels the model tracks, 0-100 (`scenarios/model/model.json` says what each means and where it starts). */
export const LEVEL_IDS = [
  'frenchWill',
  'sovietWill',
  'sovietDrift',
  'redArmyReadiness',
  'germanReadiness',
  'britishCommitment',
  'italianAlignment',
  'tension',
] as const;
export type LevelId = (typeof LEVEL_IDS)[number];
export type Levels = Readonly<Record<LevelId, number>>;

/** An actor's disposition: `stance` towards the Franco-Soviet alignment (-100..100) and `trust` in it (0..100). */
export interface ActorState {
  readonly stance: number;
  readonly trust: number;
}

/** Who holds office: the French government, the British prime minister, the Soviet foreign commissar, the Romanian foreign minister. */
export interface Governments {
  readonly france: string;
  readonly uk: string;
  readonly ussr: string;
  readonly romania: string;
}

/** The phases of the military convention (GAME.md §4). */
export const CONVENTION_PHASES = [
  'noContacts',
  'attacheContacts',
  'staffTalks',
  'drafting',
  'approvals',
  'signed',
  'inForce',
  'stalled',
  'brokenOff',
] as const;
export type ConventionPhase = (typeof CONVENTION_PHASES)[number];

/** The clauses a convention is made of (GAME.md §4); options are indexes from weak (0) to strong. */
export const CLAUSE_IDS = [
  'trigger',
  'staffCoordination',
  'sovietContribution',
  'frenchContribution',
  'transit',
  'supply',
  'publicity',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];
export type Clauses = Readonly<Partial<Record<ClauseId, number>>>;

/**
 * The clauses agreed, with `clause` set to `option` (or taken out, for
 * `undefined`): made key by key in `CLAUSE_IDS`' order, so that clauses
 * agreed in any order give objects of the shapes of one short chain. Copied by
 * spreads and rest patterns, a game's agreements took thousands of shapes
 * (V8 gave many a dictionary of their own), slow to read and to list.
 */
export function clausesWith(agreed: Clauses, clause: ClauseId, option: number | undefined): Clauses {
  const next: Partial<Record<ClauseId, number>> = {};
  for (const id of CLAUSE_IDS) {
    if (id === clause) {
      if (option !== undefined) next[id] = option;
    } else {
      const kept = agreed[id];
      if (kept !== undefined) next[id] = kept;
    }
  }
  return next;
}

/** The French veto players and the Soviet approval (GAME.md §4). */
export const APPROVERS = ['cabinet', 'warMinister', 'generalStaff', 'sovietLeadership'] as const;
export type Approver = (typeof APPROVERS)[number];

export interface ConventionState {
  readonly phase: ConventionPhase;
  /** The phase to return to when stalled talks resume. */
  readonly resumePhase: ConventionPhase | null;
  /** Clauses both sides have agreed. */
  readonly agreed: Clauses;
  /** The last counter-offer on the table, if any: a clause and the option the other side proposes. */
  readonly counter: { readonly clause: ClauseId; readonly option: number } | null;
  readonly approvals: Readonly<Partial<Record<Approver, boolean>>>;
  /** How far the other side believes the convention would be honoured (cut by purges, government changes). */
  readonly credibility: number;
  /** The month the talks entered their current phase (months in phase are counted from it). */
  readonly phaseSince: YearMonth;
}

/** Transit states' answers to a request for passage: their stance decides at a crisis. */
export type TransitState = 'poland' | 'romania';

/** A German move (Rhineland, Anschluss, Sudetenland, Prague, Poland): its status and when it happened. */
export interface MoveState {
  readonly status: 'pending' | 'done' | 'met' | 'deterred' | 'cancelled';
  readonly month: YearMonth | null;
  readonly postponed: number;
}

/** The crisis a German move opened, waiting for the player's response. */
export interface Crisis {
  readonly move: string;
  readonly month: YearMonth;
  /** What the legal engine says of it, before the response. */
  readonly verdicts: CrisisVerdicts;
}

/** The parts of the legal engine's answer the world model uses. */
export interface CrisisVerdicts {
  readonly francoSoviet: {
    readonly outcome: TreatyOutcome;
    readonly reason: ReasonCode | null;
    readonly owed: boolean;
    readonly obstacles: readonly ReasonCode[];
  };
  readonly czechoslovakSoviet: {
    readonly outcome: TreatyOutcome;
    readonly reason: ReasonCode | null;
    readonly owed: boolean;
    readonly types: readonly string[];
    readonly obstacles: readonly ReasonCode[];
  };
  readonly locarno: { readonly outcome: LocarnoOutcome; readonly reason: ReasonCode | null };
}

export type { LogEntry };

/** The orders whose effect diminishes when repeated (`scenarios/model/model.json`, `diminishing`), démarches by target. */
export const REPEAT_KEYS = [
  'demarche-poland',
  'demarche-romania',
  'diplomacy.reassureBritain',
  'diplomacy.collectiveSecurity',
  'domestic.rally',
] as const;
export type RepeatKey = (typeof REPEAT_KEYS)[number];

/** How many times in a row an order has been given, and the month it was last given. */
export interface Repeat {
  readonly count: number;
  readonly last: YearMonth;
}

/**
 * A German move's crisis as it was resolved: the player's answer and the other
 * side's, what the legal engine said given the answers actually made (outcome
 * ids and reason codes, as `rules --json` writes them), and who met the move.
 */
/** An assistance treaty's verdict at a crisis: its outcome and reason, and the practical obstacles met after the duty arose (`NO_TRANSIT`, …). */
export interface TreatyRecord {
  readonly outcome: TreatyOutcome;
  readonly reason: ReasonCode | null;
  readonly obstacles: readonly ReasonCode[];
}

export interface CrisisRecord {
  readonly move: string;
  readonly month: YearMonth;
  /** The player's answer. */
  readonly answer: string;
  /** France's and the USSR's answers (one of them the player's). */
  readonly answers: { readonly france: string; readonly ussr: string };
  /** Britain's verdict as a Locarno guarantor. */
  readonly uk: string;
  /** Whether Poland and Romania let Soviet forces pass. */
  readonly transit: { readonly poland: boolean; readonly romania: boolean };
  /** The convention's phase when the crisis was resolved. */
  readonly convention: ConventionPhase;
  /** `unopposed` (the move went through), `deterred` (Germany backed down) or `war`. */
  readonly result: 'unopposed' | 'deterred' | 'war';
  /** The states that stood against the move, in the order they acted. */
  readonly metBy: readonly CountryId[];
  readonly verdicts: {
    readonly 'franco-soviet': TreatyRecord;
    readonly 'czechoslovak-soviet': TreatyRecord;
    readonly locarno: { readonly outcome: LocarnoOutcome; readonly reason: ReasonCode | null };
  };
  /** The treaties whose help was owed and then stopped by a step of practice. */
  readonly hollow: readonly string[];
}

/** History's choices a scenario scripts: the other side's answer to each German move, events that happen as they did. */
export interface Script {
  /** Each side's historical answer to each German move, given by the side the player does not play. */
  readonly crises: Readonly<Record<Role, Readonly<Record<string, string>>>>;
  /**
   * Events that happen as they did whenever their premises hold: a contingent one at its date without a roll,
   * and a side's own initiative (`decidedBy`) even in a game played as that side (history's course scripted).
   */
  readonly events: readonly string[];
  /** German moves that come in their historical month, without a roll, whenever their premises hold. */
  readonly moves: readonly string[];
  /** The months in which both governments agree to general-staff talks as they did, without a roll (absent: none). */
  readonly staffTalks?: readonly string[];
}

/** The log of one month: what happened, in order. */
export interface MonthLog {
  readonly month: YearMonth;
  readonly entries: readonly LogEntry[];
}

/** The war, once it has begun: when, and who fights Germany. */
export interface War {
  readonly month: YearMonth;
  readonly move: string;
  readonly allies: readonly CountryId[];
}

/** What every actor perceives at the start of the month (GAME.md §5): computed once a month, then read by every rule. */
export interface Perceived {
  readonly westernCredibility: number;
  readonly deterrence: number;
  /** The legal engine's answer if Germany attacked the USSR now: French help rendered (100), owed but stopped (40), not owed (0). */
  readonly frenchHelpOwed: number;
  /** …and if Germany attacked Czechoslovakia: Soviet military help deliverable (100), economic only (25), owed but stopped (10), not owed (0). */
  readonly sovietHelpDeliverable: number;
}

export interface WorldState {
  readonly schema: 1;
  readonly scenario: string;
  readonly role: Role;
  readonly month: YearMonth;
  readonly endMonth: YearMonth;
  readonly turn: number;
  /** `orders`: the player gives the month's orders; `crisis`: a crisis waits for a response. */
  readonly phase: 'orders' | 'crisis' | 'ended';
  readonly rng: RngState;
  readonly capital: number;
  readonly levels: Levels;
  readonly perceived: Perceived;
  readonly actors: Readonly<Record<ActorId, ActorState>>;
  readonly governments: Governments;
  readonly transit: Readonly<Record<TransitState, number>>;
  readonly locarno: LocarnoStatus;
  readonly leagueMembers: readonly CountryId[];
  readonly francoSovietInForce: boolean;
  readonly convention: ConventionState;
  readonly moves: Readonly<Record<string, MoveState>>;
  /** Ids of historical events that have fired. */
  readonly fired: readonly string[];
  /** Ids of events the scenario switched off. */
  readonly disabled: readonly string[];
  readonly crisis: Crisis | null;
  readonly war: War | null;
  /** Set when Moscow and Berlin come to terms. */
  readonly sovietGermanDeal: YearMonth | null;
  /** Set when an Anglo-French-Soviet alliance is concluded. */
  readonly tripleAlliance: YearMonth | null;
  /** The month a convention was first signed, if ever. */
  readonly conventionSigned: YearMonth | null;
  /** The month a convention first came into force, if ever. */
  readonly conventionInForce: YearMonth | null;
  /** Every crisis resolved so far, in order. */
  readonly crises: readonly CrisisRecord[];
  /** Orders given in a row whose effect diminishes: démarches, reassurance, rallies. */
  readonly repeats: Readonly<Partial<Record<RepeatKey, Repeat>>>;
  /** What the scenario scripts as history did (its `script`), or null for a free game. */
  readonly script: Script | null;
  readonly ending: string | null;
  /**
   * The rule variants the game is played with (issue 14 §4: ids of
   * `scenarios/variants/`, in their order), absent for history's rules: so a
   * game of history keeps its hash.
   */
  readonly variants?: readonly string[];
  /**
   * The Polish delegation's answer for the 1939 talks, kept while a crisis of
   * the month before them waits (`turn/delegations.ts`); absent otherwise, so
   * every other world keeps its hash.
   */
  readonly polandTalks?: boolean;
  /**
   * The Romanian delegation's answer for the 1939 talks, given in the month
   * before them and kept until they are resolved (`turn/triple.ts`); absent
   * otherwise, so every other world keeps its hash.
   */
  readonly romaniaTalks?: boolean;
  /**
   * The British delegation's answer on its guarantee to Poland, given at the crisis of the German move the
   * guarantee follows and kept until the event is dispatched by it or can no longer be (`turn/history.ts`);
   * absent otherwise, so every other world keeps its hash. The answers are the data's (`GUARANTEE_ANSWERS` in
   * model/delegationData.ts, a layer above the world's: `turn/step.ts` stores one, so the compiler keeps both in step).
   */
  readonly britainGuarantee?: 'guarantee' | 'decline';
  /**
   * True once the Polish delegation has declined Teschen (`turn/history.ts`): the event, undone, does not come
   * again while its window is open; absent otherwise, so every other world keeps its hash.
   */
  readonly teschenDeclined?: boolean;
  /**
   * Both sides, France and the USSR, where humans play both (delegations on one screen): each side's own
   * initiatives (`decidedBy` in events.json) are then its delegation's to take, whichever is the world's role.
   * Absent otherwise (a game of one side, a future, a branch taken over as one role), so every other world
   * keeps its hash.
   */
  readonly sides?: readonly Role[];
  /**
   * The event log, month by month (the last entry is the current month's): data,
   * rendered to sentences by `log/render.ts`, and no part of the world's hash.
   */
  readonly log: readonly MonthLog[];
}

/** A world state being built: a fresh copy, safe to change before it is returned. */
export type WorldDraft = { -readonly [K in keyof WorldState]: WorldState[K] };

/**
 * A shallow copy of `world`, written out field by field. The engine copies the
 * world several times a month; V8 does this about four times faster than an
 * object spread, which it cannot specialise for a state reached through many
 * shapes (`npm run bench` measures the whole game). The compiler checks that
 * every field is here.
 */
export function draftOf(w: WorldState): WorldDraft {
  return {
    schema: w.schema,
    scenario: w.scenario,
    role: w.role,
    month: w.month,
    endMonth: w.endMonth,
    turn: w.turn,
    phase: w.phase,
    rng: w.rng,
    capital: w.capital,
    levels: w.levels,
    perceived: w.perceived,
    actors: w.actors,
    governments: w.governments,
    transit: w.transit,
    locarno: w.locarno,
    leagueMembers: w.leagueMembers,
    francoSovietInForce: w.francoSovietInForce,
    convention: w.convention,
    moves: w.moves,
    fired: w.fired,
    disabled: w.disabled,
    crisis: w.crisis,
    war: w.war,
    sovietGermanDeal: w.sovietGermanDeal,
    tripleAlliance: w.tripleAlliance,
    conventionSigned: w.conventionSigned,
    conventionInForce: w.conventionInForce,
    crises: w.crises,
    repeats: w.repeats,
    script: w.script,
    ending: w.ending,
    variants: w.variants,
    polandTalks: w.polandTalks,
    romaniaTalks: w.romaniaTalks,
    britainGuarantee: w.britainGuarantee,
    teschenDeclined: w.teschenDeclined,
    sides: w.sides,
    log: w.log,
  };
}

/**
 * The convention's state with `changes`, its fields always set in one order,
 * wherever it is made: V8 then gives every such object one shape and reads
 * `world.convention.phase` as one load. Made here and there in four orders
 * and by spreads, a game's convention states took six shapes, past what an
 * inline cache holds, and every read of them went the slow way.
 */
export function conventionState(from: ConventionState, changes: Partial<ConventionState> = {}): ConventionState {
  return {
    phase: changes.phase ?? from.phase,
    resumePhase: changes.resumePhase === undefined ? from.resumePhase : changes.resumePhase,
    agreed: changes.agreed ?? from.agreed,
    counter: changes.counter === undefined ? from.counter : changes.counter,
    approvals: changes.approvals ?? from.approvals,
    credibility: changes.credibility ?? from.credibility,
    phaseSince: changes.phaseSince ?? from.phaseSince,
  };
}

/** The transit states' readiness, made in one order with one shape wherever it is made (see `conventionState`). */
export function transitState(poland: number, romania: number): Readonly<Record<TransitState, number>> {
  return { poland, romania };
}

/**
 * `{ ...record, [key]: value }`, made by copying and then setting the key: the
 * same object (the same keys in the same order), which V8 builds several times
 * faster than a spread followed by a computed key.
 */
export function withEntry<T extends object, K extends keyof T>(record: T, key: K, value: T[K]): T {
  const next: { -readonly [P in keyof T]: T[P] } = { ...record };
  next[key] = value;
  return next;
}

/**
 * The German moves with `id`'s state replaced: what `{ ...moves, [id]: state }`
 * means, copied key by key in the same order. Objects built so share one shape,
 * where a spread with a computed key made a new one every month, which V8 read
 * slowly (and `movesDone`'s memo, keyed by the object, recounted).
 */
export function withMove(
  moves: Readonly<Record<string, MoveState>>,
  id: string,
  state: MoveState,
): Record<string, MoveState> {
  const next: Record<string, MoveState> = {};
  for (const key in moves) {
    const kept = moves[key];
    if (kept !== undefined) next[key] = kept;
  }
  // A key already there keeps its place; a new one comes last.
  next[id] = state;
  return next;
}

/** Every level unchanged: a delta to add to. */
export function noLevelChange(): Record<LevelId, number> {
  return {
    frenchWill: 0,
    sovietWill: 0,
    sovietDrift: 0,
    redArmyReadiness: 0,
    germanReadiness: 0,
    britishCommitment: 0,
    italianAlignment: 0,
    tension: 0,
  };
}

/** `world` with the die's new state: the commonest change of all. */
export function withRng(world: WorldState, rng: RngState): WorldState {
  const next = draftOf(world);
  next.rng = rng;
  return next;
}

/** `world` with `changes`: what `{ ...world, ...changes }` means, at the cost of `draftOf`. */
/** Is `side` played by a human in `world`: its role, or one of both sides seated (`sides`)? */
export function humanSide(world: WorldState, side: Role): boolean {
  return world.role === side || world.sides?.includes(side) === true;
}

/**
 * `world` with both sides seated when humans play France and the USSR (`roles`), else with neither: a game of
 * one side, or a branch taken over as one role.
 */
export function withSides(world: WorldState, roles: readonly string[]): WorldState {
  const both = roles.includes('france') && roles.includes('ussr');
  if (both) return world.sides === undefined ? withWorld(world, { sides: ['france', 'ussr'] }) : world;
  return world.sides === undefined ? world : withWorld(world, { sides: undefined });
}

export function withWorld(world: WorldState, changes: Partial<WorldState>): WorldState {
  return Object.assign(draftOf(world), changes);
}
