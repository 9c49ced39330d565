/**
 * The factors decision rules weigh, each a number from 0 to 100 read off the
 * world state. Derived factors (deterrence, western credibility, what the
 * legal engine says) are computed once per world state in `derived.ts` and
 * passed in the context.
 */
import type { CountryId } from '../rules/types';
import type { ConventionPhase, Perceived, WorldState } from '../world/worldState';
import type { FactorId } from './factorIds';
import { CONVENTION, GOVERNMENTS, MOVES } from './modelData';
import type { Term } from './modelSchemas';

/** Factors computed from others once a month (`derived.ts`), kept in the world state as `perceived`. */
export type DerivedFactors = Perceived;

/** What a rule is judged against: the world, its derived factors, and in a crisis the coalition facing Germany. */
export interface FactorContext {
  readonly world: WorldState;
  readonly derived?: DerivedFactors;
  readonly coalition?: number;
  /** In a crisis: the state Germany moves against. */
  readonly victim?: CountryId;
}

/**
 * How far France is bound to a crisis's victim: Poland once Britain has also
 * guaranteed it (100), Poland before (50), Czechoslovakia (25: its treaties ran
 * through the League and Locarno) until Munich settled its fate (0), anyone else (0).
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
    const options = CONVENTION.clauses[clause as keyof typeof CONVENTION.clauses]?.options.length ?? 2;
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

type Reader = (context: FactorContext) => number;

function derived(id: keyof DerivedFactors): Reader {
  return (context) => {
    if (context.derived === undefined) throw new Error(`factor ${id} needs the derived factors in the context`);
    return context.derived[id];
  };
}

/** How each factor is read off a context: a table of small functions, looked up once per term. */
const READERS: Readonly<Record<FactorId, Reader>> = {
  frenchWill: ({ world }) => world.levels.frenchWill,
  sovietWill: ({ world }) => world.levels.sovietWill,
  sovietDrift: ({ world }) => world.levels.sovietDrift,
  redArmyReadiness: ({ world }) => world.levels.redArmyReadiness,
  germanReadiness: ({ world }) => world.levels.germanReadiness,
  britishCommitment: ({ world }) => world.levels.britishCommitment,
  italianAlignment: ({ world }) => world.levels.italianAlignment,
  tension: ({ world }) => world.levels.tension,
  redArmyDoubt: ({ world }) => 100 - world.levels.redArmyReadiness,
  britishAloofness: ({ world }) => 100 - world.levels.britishCommitment,
  conventionLevel: ({ world }) => CONVENTION_LEVEL[world.convention.phase],
  conventionCredibility: ({ world }) => world.convention.credibility,
  conventionStrength: ({ world }) => conventionStrength(world),
  transitPoland: ({ world }) => world.transit.poland,
  transitRomania: ({ world }) => world.transit.romania,
  transitBest: ({ world }) => Math.max(world.transit.poland, world.transit.romania),
  frenchGovernmentSupport: ({ world }) => governmentSupport(world.governments.france),
  britishGovernmentSupport: ({ world }) => governmentSupport(world.governments.uk),
  sovietTrustInFrance: ({ world }) => world.actors.ussr.trust,
  frenchTrustInUssr: ({ world }) => world.actors.france.trust,
  britishStance: ({ world }) => Math.round((world.actors.uk.stance + 100) / 2),
  polishHostility: ({ world }) => Math.max(0, -world.actors.poland.stance),
  staffPressure: ({ world }) => Math.max(0, world.actors.france.stance),
  movesDone: ({ world }) => movesDone(world.moves),
  munich: ({ world }) => (world.moves.sudetenland?.status === 'done' ? 100 : 0),
  westernCredibility: derived('westernCredibility'),
  deterrence: derived('deterrence'),
  frenchHelpOwed: derived('frenchHelpOwed'),
  sovietHelpDeliverable: derived('sovietHelpDeliverable'),
  coalition: (context) => context.coalition ?? 0,
  alliedVictim: (context) => alliedVictim(context),
};

/** The value of any factor in a context. */
export function factorValue(id: FactorId, context: FactorContext): number {
  return READERS[id](context);
}

/** The reader of a factor, for rules compiled once (see `decide.ts`). */
export function factorReader(id: FactorId): Reader {
  return READERS[id];
}

/** `weight × value / 100`, rounded: the points a term brings. */
export function termPoints(term: Term, value: number): number {
  return Math.round((term.weight * value) / 100);
}

type WeightedReader = { readonly weight: number; readonly read: Reader };
const weightedReaders = new WeakMap<readonly Term[], readonly WeightedReader[]>();

/** Σ points of `terms`, clamped to 0-100: a composite level such as deterrence (its readers looked up once per list). */
export function weightedLevel(terms: readonly Term[], context: FactorContext): number {
  let readers = weightedReaders.get(terms);
  if (readers === undefined) {
    readers = terms.map((term) => ({ weight: term.weight, read: READERS[term.factor] }));
    weightedReaders.set(terms, readers);
  }
  let total = 0;
  for (const { weight, read } of readers) total += Math.round((weight * read(context)) / 100);
  return Math.min(100, Math.max(0, total));
}
