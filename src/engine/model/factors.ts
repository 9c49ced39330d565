/**
 * The factors decision rules weigh, each a number from 0 to 100 read off the
 * world state. Derived factors (deterrence, western credibility, what the
 * legal engine says) are computed once per world state in `derived.ts` and
 * passed in the context.
 */
import type { CountryId } from '../rules/types';
import type { ConventionPhase, Perceived, WorldState } from '../world/worldState';
import { FACTOR_IDS, type FactorId } from './factorIds';
import { CONVENTION, GOVERNMENTS, MOVES } from './modelData';
import type { Term } from './modelSchemas';

/** Factors computed from others once a month (`derived.ts`), kept in the world state as `perceived`. */
export type DerivedFactors = Perceived;

/** What a rule is judged against: the world, its derived factors, and in a crisis the coalition facing Germany. */
export interface FactorContext {
  readonly world: WorldState;
  readonly derived?: DerivedFactors | undefined;
  readonly coalition?: number | undefined;
  /** In a crisis: the state Germany moves against. */
  readonly victim?: CountryId | undefined;
}

/**
 * A context made with all four fields, in one order, wherever the engine makes
 * one: every rule's score reads its factors from contexts of one shape (made as
 * `{ world }`, `{ world, derived }` and with a crisis's fields spread in, they
 * had four, and each read of `context.world` chose among them).
 */
export function factorContext(
  world: WorldState,
  derived: DerivedFactors | undefined,
  crisis?: { readonly coalition?: number; readonly victim?: CountryId },
): FactorContext {
  return { world, derived, coalition: crisis?.coalition, victim: crisis?.victim };
}

/**
 * How far France is bound to a crisis's victim, on the model's reading of 1938 and 1939 (France was allied to
 * both by treaty: treaty-and-rules.md §4): Poland once Britain has also guaranteed it (100), Poland before (50),
 * Czechoslovakia (25) until Munich settled its fate (0), anyone else (0).
 */
function alliedVictim(context: FactorContext): number {
  const { victim, world } = context;
  if (victim === 'poland') return world.fired.includes('british-guarantee') ? 100 : 50;
  return victim === 'czechoslovakia' && world.moves.sudetenland?.status !== 'done' ? 25 : 0;
}

/** How far along a convention is, by phase (0: nothing; 100: in force). */
export const CONVENTION_LEVEL: Readonly<Record<ConventionPhase, number>> = {
  noContacts: 0,
  attacheContacts: 15,
  staffTalks: 35,
  drafting: 45,
  approvals: 55,
  signed: 85,
  inForce: 100,
  stalled: 10,
  brokenOff: 0,
};

/** How strong the agreed clauses are, 0-100 (the mean of each option's place from weak to strong). */
export function conventionStrength(world: WorldState): number {
  const agreed = Object.entries(world.convention.agreed);
  if (agreed.length === 0) return 0;
  let total = 0;
  for (const [clause, option] of agreed) {
    const options = CONVENTION.clauses[clause as keyof typeof CONVENTION.clauses].options.length;
    total += Math.round(((option ?? 0) * 100) / (options - 1));
  }
  return Math.round(total / agreed.length);
}

/** The last moves record `movesDone` counted, and its share: the record is read several times a month and replaced most months. */
let countedMoves: WorldState['moves'] | null = null;
let countedShare = 0;

/** The share of Germany's moves done unopposed, 0-100 (kept for the last record counted). */
function movesDone(moves: WorldState['moves']): number {
  if (moves !== countedMoves) {
    let done = 0;
    for (const move of MOVES) if (moves[move.id]?.status === 'done') done += 1;
    countedShare = Math.round((done * 100) / MOVES.length);
    countedMoves = moves;
  }
  return countedShare;
}

function governmentSupport(id: string): number {
  return GOVERNMENTS[id]?.conventionSupport ?? 50;
}

/**
 * Each factor's number: its place in `FACTOR_IDS` (factorIds.ts), and its case in
 * `readFactor`'s switch (checked by `factors.test.ts`, which reads every factor off
 * a world where each has its own value).
 */
const NUMBERS = Object.fromEntries(FACTOR_IDS.map((id, n) => [id, n])) as Readonly<Record<FactorId, number>>;

/** A factor's number, for rules compiled once (`decide.ts`): scoring then calls one function, `readFactor`. */
export function factorNumber(id: FactorId): number {
  return NUMBERS[id];
}

function derivedFactor(context: FactorContext): DerivedFactors {
  if (context.derived === undefined) throw new Error('this factor needs the derived factors in the context');
  return context.derived;
}

/**
 * The value of the factor numbered `n` (its place in `FACTOR_IDS`) in a context.
 * One switch on small integers rather than a function per factor: every rule's
 * score calls this one function, which the engine's compiler can keep fast
 * (a call through a table of thirty functions could not be).
 */
export function readFactor(n: number, context: FactorContext): number {
  const { world } = context;
  switch (n) {
    case 0: // frenchWill
      return world.levels.frenchWill;
    case 1: // sovietWill
      return world.levels.sovietWill;
    case 2: // sovietDrift
      return world.levels.sovietDrift;
    case 3: // redArmyReadiness
      return world.levels.redArmyReadiness;
    case 4: // germanReadiness
      return world.levels.germanReadiness;
    case 5: // britishCommitment
      return world.levels.britishCommitment;
    case 6: // italianAlignment
      return world.levels.italianAlignment;
    case 7: // tension
      return world.levels.tension;
    case 8: // redArmyDoubt
      return 100 - world.levels.redArmyReadiness;
    case 9: // britishAloofness
      return 100 - world.levels.britishCommitment;
    case 10: // conventionLevel
      return CONVENTION_LEVEL[world.convention.phase];
    case 11: // conventionCredibility
      return world.convention.credibility;
    case 12: // conventionStrength
      return conventionStrength(world);
    case 13: // transitPoland
      return world.transit.poland;
    case 14: // transitRomania
      return world.transit.romania;
    case 15: // transitBest
      return Math.max(world.transit.poland, world.transit.romania);
    case 16: // frenchGovernmentSupport
      return governmentSupport(world.governments.france);
    case 17: // britishGovernmentSupport
      return governmentSupport(world.governments.uk);
    case 18: // sovietTrustInFrance
      return world.actors.ussr.trust;
    case 19: // frenchTrustInUssr
      return world.actors.france.trust;
    case 20: // britishStance
      return Math.round((world.actors.uk.stance + 100) / 2);
    case 21: // polishHostility
      return Math.max(0, -world.actors.poland.stance);
    case 22: // staffPressure
      return Math.max(0, world.actors.france.stance);
    case 23: // deterrence
      return derivedFactor(context).deterrence;
    case 24: // frenchHelpOwed
      return derivedFactor(context).frenchHelpOwed;
    case 25: // sovietHelpDeliverable
      return derivedFactor(context).sovietHelpDeliverable;
    case 26: // coalition
      return context.coalition ?? 0;
    case 27: // alliedVictim
      return alliedVictim(context);
    case 28: // westernCredibility
      return derivedFactor(context).westernCredibility;
    case 29: // movesDone
      return movesDone(world.moves);
    case 30: // munich
      return world.moves.sudetenland?.status === 'done' ? 100 : 0;
    default:
      throw new RangeError(`no factor numbered ${n}`);
  }
}

/** The value of any factor in a context. */
export function factorValue(id: FactorId, context: FactorContext): number {
  return readFactor(NUMBERS[id], context);
}

/** `weight × value / 100`, rounded: the points a term brings. */
export function termPoints(term: Term, value: number): number {
  return Math.round((term.weight * value) / 100);
}

type WeightedFactor = { readonly weight: number; readonly factor: number };
const weightedFactors = new WeakMap<readonly Term[], readonly WeightedFactor[]>();

/** Σ points of `terms`, clamped to 0-100: a composite level such as deterrence (its factors numbered once per list). */
export function weightedLevel(terms: readonly Term[], context: FactorContext): number {
  let numbered = weightedFactors.get(terms);
  if (numbered === undefined) {
    numbered = terms.map((term) => ({ weight: term.weight, factor: NUMBERS[term.factor] }));
    weightedFactors.set(terms, numbered);
  }
  let total = 0;
  // Indexed, as `decide.ts` scores a rule's terms (no iterator in a worker's first, unoptimised futures).
  for (let i = 0; i < numbered.length; i++) {
    const { weight, factor } = numbered[i] as WeightedFactor;
    total += Math.round((weight * readFactor(factor, context)) / 100);
  }
  return Math.min(100, Math.max(0, total));
}
