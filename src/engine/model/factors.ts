/**
 * The factors decision rules weigh, each a number from 0 to 100 read off the
 * world state. Derived factors (deterrence, western credibility, what the
 * legal engine says) are computed once per world state in `derived.ts` and
 * passed in the context.
 */
import type { CountryId } from '../rules/types';
import type { ConventionPhase, Perceived, WorldState } from '../world/worldState';
import type { FactorId } from './factorIds';
import { CONVENTION, GOVERNMENTS } from './modelData';
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

function governmentSupport(id: string): number {
  return GOVERNMENTS[id]?.conventionSupport ?? 50;
}

/** The value of a factor that needs only the world state. */
export function baseFactor(id: FactorId, world: WorldState): number {
  const { levels } = world;
  switch (id) {
    case 'frenchWill':
    case 'sovietWill':
    case 'sovietDrift':
    case 'redArmyReadiness':
    case 'germanReadiness':
    case 'britishCommitment':
    case 'italianAlignment':
    case 'tension':
      return levels[id];
    case 'redArmyDoubt':
      return 100 - levels.redArmyReadiness;
    case 'britishAloofness':
      return 100 - levels.britishCommitment;
    case 'conventionLevel':
      return CONVENTION_LEVEL[world.convention.phase];
    case 'conventionCredibility':
      return world.convention.credibility;
    case 'conventionStrength':
      return conventionStrength(world);
    case 'transitPoland':
      return world.transit.poland;
    case 'transitRomania':
      return world.transit.romania;
    case 'transitBest':
      return Math.max(world.transit.poland, world.transit.romania);
    case 'frenchGovernmentSupport':
      return governmentSupport(world.governments.france);
    case 'britishGovernmentSupport':
      return governmentSupport(world.governments.uk);
    case 'sovietTrustInFrance':
      return world.actors.ussr.trust;
    case 'frenchTrustInUssr':
      return world.actors.france.trust;
    case 'britishStance':
      return Math.round((world.actors.uk.stance + 100) / 2);
    case 'polishHostility':
      return Math.max(0, -world.actors.poland.stance);
    case 'staffPressure':
      return Math.max(0, world.actors.france.stance);
    case 'movesDone':
      return Math.min(100, 20 * Object.values(world.moves).filter((m) => m.status === 'done').length);
    case 'munich':
      return world.moves.sudetenland?.status === 'done' ? 100 : 0;
    case 'westernCredibility':
    case 'deterrence':
    case 'frenchHelpOwed':
    case 'sovietHelpDeliverable':
    case 'coalition':
    case 'alliedVictim':
      throw new Error(`factor ${id} is derived: pass it in the context`);
  }
}

/** The value of any factor in a context. */
export function factorValue(id: FactorId, context: FactorContext): number {
  switch (id) {
    case 'coalition':
      return context.coalition ?? 0;
    case 'alliedVictim':
      return alliedVictim(context);
    case 'westernCredibility':
    case 'deterrence':
    case 'frenchHelpOwed':
    case 'sovietHelpDeliverable':
      if (context.derived === undefined) throw new Error(`factor ${id} needs the derived factors in the context`);
      return context.derived[id];
    default:
      return baseFactor(id, context.world);
  }
}

/** `weight × value / 100`, rounded: the points a term brings. */
export function termPoints(term: Term, value: number): number {
  return Math.round((term.weight * value) / 100);
}

/** Σ points of `terms`, clamped to 0-100: a composite level such as deterrence. */
export function weightedLevel(terms: readonly Term[], context: FactorContext): number {
  let total = 0;
  for (const term of terms) total += termPoints(term, factorValue(term.factor, context));
  return Math.min(100, Math.max(0, total));
}
