/**
 * The endings' conditions are data (`scenarios/model/endings.json`): small
 * predicates over the final world, evaluated here. Pure and total: every
 * predicate is true or false of every world, and reads nothing but the world.
 */
import type { CrisisTest, EndingPredicate, MonthTest } from '../model/modelSchemas';
import type { CrisisRecord, WorldState } from '../world/worldState';

/** Does a month (or its absence) pass the test? `null` passes only `null`; any month passes `true`. */
export function monthPasses(month: string | null, test: MonthTest): boolean {
  return monthTestOf(test)(month);
}

/** A test of a month (or its absence), compiled once from a `MonthTest` (`true`: any month, as an empty range). */
function monthTestOf(test: MonthTest): (month: string | null) => boolean {
  if (test === null) return (month) => month === null;
  if (test === true) return (month) => month !== null;
  const from = test.from ?? null;
  const before = test.before ?? null;
  return (month) => month !== null && (from === null || month >= from) && (before === null || month < before);
}

/** A test of one resolved crisis, compiled once from a `CrisisTest` (every field given must hold). */
function crisisTestOf(test: CrisisTest): (world: WorldState, crisis: CrisisRecord) => boolean {
  const checks: ((world: WorldState, crisis: CrisisRecord) => boolean)[] = [];
  const { move, month, result, metBy, notMetByAll, convention, uk } = test;
  if (move !== undefined) checks.push((_, crisis) => crisis.move === move);
  if (month !== undefined) {
    const passes = monthTestOf(month);
    checks.push((_, crisis) => passes(crisis.month));
  }
  if (test.sinceConventionSigned === true) {
    checks.push((world, crisis) => world.conventionSigned !== null && crisis.month >= world.conventionSigned);
  }
  if (result !== undefined) checks.push((_, crisis) => result.includes(crisis.result));
  if (metBy !== undefined) checks.push((_, crisis) => metBy.every((state) => crisis.metBy.includes(state)));
  if (notMetByAll !== undefined) {
    checks.push((_, crisis) => !notMetByAll.every((state) => crisis.metBy.includes(state)));
  }
  if (convention !== undefined) checks.push((_, crisis) => convention.includes(crisis.convention));
  if (test.transitGranted === true) checks.push((_, crisis) => crisis.transit.poland || crisis.transit.romania);
  if (uk !== undefined) checks.push((_, crisis) => uk.some((verdict) => verdict === crisis.uk));
  return (world, crisis) => {
    for (const check of checks) if (!check(world, crisis)) return false;
    return true;
  };
}

type WorldTest = (world: WorldState) => boolean;

/**
 * A predicate compiled into a test of the world, once per predicate object: the
 * predicates come from JSON in as many shapes as they have fields, and reading
 * them afresh for every finished game cost a game's last month as much as a month.
 */
function compile(p: EndingPredicate): WorldTest {
  if ('all' in p) {
    const tests = p.all.map(testOf);
    return (world) => tests.every((test) => test(world));
  }
  if ('any' in p) {
    const tests = p.any.map(testOf);
    return (world) => tests.some((test) => test(world));
  }
  if ('not' in p) {
    const test = testOf(p.not);
    return (world) => !test(world);
  }
  if ('lastMonth' in p) {
    const passes = monthTestOf(p.lastMonth);
    return (world) => passes(world.month);
  }
  if ('conventionSigned' in p) {
    const passes = monthTestOf(p.conventionSigned);
    return (world) => passes(world.conventionSigned);
  }
  if ('conventionInForce' in p) {
    const passes = monthTestOf(p.conventionInForce);
    return (world) => passes(world.conventionInForce);
  }
  if ('sovietGermanDeal' in p) {
    const passes = monthTestOf(p.sovietGermanDeal);
    return (world) => passes(world.sovietGermanDeal);
  }
  if ('tripleAlliance' in p) {
    const passes = monthTestOf(p.tripleAlliance);
    return (world) => passes(world.tripleAlliance);
  }
  if ('war' in p) {
    const passes = monthTestOf(p.war);
    return (world) => passes(world.war?.month ?? null);
  }
  if ('alliesInclude' in p) {
    const states = p.alliesInclude;
    return (world) => {
      const allies = world.war?.allies;
      return allies !== undefined && states.every((state) => allies.includes(state));
    };
  }
  if ('alliesIncludeAny' in p) {
    const states = p.alliesIncludeAny;
    return (world) => {
      const allies = world.war?.allies;
      return allies !== undefined && states.some((state) => allies.includes(state));
    };
  }
  if ('warOver' in p) {
    const moves = p.warOver;
    return (world) => world.war !== null && moves.includes(world.war.move);
  }
  if ('move' in p) {
    const { move: id, status } = p;
    const passes = p.month === undefined ? null : monthTestOf(p.month);
    return (world) => {
      const move = world.moves[id];
      if (move === undefined || !status.includes(move.status)) return false;
      return passes === null || passes(move.month);
    };
  }
  const passes = crisisTestOf(p.crisis);
  return (world) => world.crises.some((crisis) => passes(world, crisis));
}

const compiled = new WeakMap<EndingPredicate, WorldTest>();

/** The compiled test of a predicate (made on its first use). */
function testOf(p: EndingPredicate): WorldTest {
  let test = compiled.get(p);
  if (test === undefined) {
    test = compile(p);
    compiled.set(p, test);
  }
  return test;
}

/** Is the predicate true of the (final) world? */
export function holds(world: WorldState, p: EndingPredicate): boolean {
  return testOf(p)(world);
}
