/**
 * The endings' conditions are data (`scenarios/model/endings.json`): small
 * predicates over the final world, evaluated here. Pure and total: every
 * predicate is true or false of every world, and reads nothing but the world.
 */
import type { CrisisTest, EndingPredicate, MonthTest } from '../model/modelSchemas';
import type { CrisisRecord, WorldState } from '../world/worldState';

/** Does a month (or its absence) pass the test? `null` passes only `null`; any month passes `true`. */
export function monthPasses(month: string | null, test: MonthTest): boolean {
  if (test === null) return month === null;
  if (month === null) return false;
  if (test === true) return true;
  if (test.from !== undefined && month < test.from) return false;
  if (test.before !== undefined && month >= test.before) return false;
  return true;
}

function crisisPasses(world: WorldState, crisis: CrisisRecord, test: CrisisTest): boolean {
  if (test.move !== undefined && crisis.move !== test.move) return false;
  if (test.month !== undefined && !monthPasses(crisis.month, test.month)) return false;
  if (test.sinceConventionSigned === true) {
    if (world.conventionSigned === null || crisis.month < world.conventionSigned) return false;
  }
  if (test.result !== undefined && !test.result.includes(crisis.result)) return false;
  if (test.metBy?.some((state) => !crisis.metBy.includes(state))) return false;
  if (test.notMetByAll?.every((state) => crisis.metBy.includes(state))) return false;
  if (test.convention !== undefined && !test.convention.includes(crisis.convention)) return false;
  if (test.transitGranted === true && !crisis.transit.poland && !crisis.transit.romania) return false;
  if (test.uk !== undefined && !test.uk.some((verdict) => verdict === crisis.uk)) return false;
  return true;
}

/** Is the predicate true of the (final) world? */
export function holds(world: WorldState, p: EndingPredicate): boolean {
  if ('all' in p) return p.all.every((q) => holds(world, q));
  if ('any' in p) return p.any.some((q) => holds(world, q));
  if ('not' in p) return !holds(world, p.not);
  if ('lastMonth' in p) return monthPasses(world.month, p.lastMonth);
  if ('conventionSigned' in p) return monthPasses(world.conventionSigned, p.conventionSigned);
  if ('conventionInForce' in p) return monthPasses(world.conventionInForce, p.conventionInForce);
  if ('sovietGermanDeal' in p) return monthPasses(world.sovietGermanDeal, p.sovietGermanDeal);
  if ('tripleAlliance' in p) return monthPasses(world.tripleAlliance, p.tripleAlliance);
  if ('war' in p) return monthPasses(world.war?.month ?? null, p.war);
  if ('alliesInclude' in p) {
    const allies = world.war?.allies;
    return allies !== undefined && p.alliesInclude.every((state) => allies.includes(state));
  }
  if ('alliesIncludeAny' in p) {
    const allies = world.war?.allies;
    return allies !== undefined && p.alliesIncludeAny.some((state) => allies.includes(state));
  }
  if ('warOver' in p) return world.war !== null && p.warOver.includes(world.war.move);
  if ('move' in p) {
    const move = world.moves[p.move];
    if (move === undefined || !p.status.includes(move.status)) return false;
    return p.month === undefined || monthPasses(move.month, p.month);
  }
  return world.crises.some((crisis) => crisisPasses(world, crisis, p.crisis));
}
