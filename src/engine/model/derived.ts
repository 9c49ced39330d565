/**
 * Derived factors: western credibility, what the legal engine would answer if
 * Germany struck now, and the deterrence Germany perceives (GAME.md §5). Each
 * is computed once per world state (world states are never mutated, so a
 * WeakMap on the object is a safe memo).
 */

import { digit, enumDigit, flagDigit, Memo, setDigit } from '../memo';
import { firstDay } from '../months';
import { CALENDAR, LOCARNO_STATUSES } from '../rules/lawData';
import { GUARANTOR_VERDICTS, type GuarantorVerdict } from '../rules/legalCase';
import { COUNTRY_IDS, type CountryId, isMilitaryHelp } from '../rules/types';
import { lawSwitchesOf, rulesOf } from '../variants/variants';
import { type CrisisAnswers, crisisVerdicts, legalCaseFor } from '../world/legalCases';
import { CONVENTION_PHASES, draftOf, type WorldState } from '../world/worldState';
import { chanceOf, compiledScore, compileRule, ruleScore } from './decide';
import { type DerivedFactors, type FactorContext, factorContext, weightedLevel } from './factors';
import { decisionRule, MODEL } from './modelData';
import type { Rule } from './modelSchemas';

/** The day the Czechoslovak-Soviet treaty is in force from: the legal case compares it with the month's first day. */
const CZECHOSLOVAK_SOVIET_FROM = CALENDAR.treaties['czechoslovak-soviet'].inForceFrom;
const memberMasks = new WeakMap<readonly CountryId[], number>();
/** How many sets of League members there can be: one bit per country. */
const MEMBER_SETS = setDigit(1, COUNTRY_IDS, []);

/** The last list `membersDigit` read, and its bits: most months read the same list as the month before. */
let lastMembers: readonly CountryId[] | null = null;
let lastMask = 0;

/** A list of League members as a set of bits over `COUNTRY_IDS` (kept per list: the list changes rarely). */
function membersDigit(key: number, members: readonly CountryId[]): number {
  if (members !== lastMembers) {
    let mask = memberMasks.get(members);
    if (mask === undefined) {
      mask = setDigit(0, COUNTRY_IDS, members);
      memberMasks.set(members, mask);
    }
    lastMembers = members;
    lastMask = mask;
  }
  return digit(key, lastMask, MEMBER_SETS);
}

/** The legal part of deterrence, by the few facts it depends on (most months share one). */
const legalCache = new Memo<number, { frenchHelpOwed: number; sovietHelpDeliverable: number }>(4096);

/** The same, for each set of rule variants (a few at most in one page or batch). */
const variantCaches = new Map<string, Memo<number, { frenchHelpOwed: number; sovietHelpDeliverable: number }>>();

function variantCache(key: string): Memo<number, { frenchHelpOwed: number; sovietHelpDeliverable: number }> {
  let cache = variantCaches.get(key);
  if (cache === undefined) {
    cache = new Memo(4096);
    variantCaches.set(key, cache);
  }
  return cache;
}

/**
 * The legal part of deterrence in `context`: the verdicts a hypothetical German
 * attack on the USSR and on Czechoslovakia would get, given the answers every
 * actor expects (`expectedAnswers`), looked up by the few facts they depend on.
 * The answers are packed into the key as they are judged; their object is made
 * only when the verdicts must be worked out.
 */
function legalView(context: FactorContext): { frenchHelpOwed: number; sovietHelpDeliverable: number } {
  const { world } = context;
  const rules = rulesOf(world);
  const { model } = rules;
  const { grantedAt, alwaysGrants } = model.transit;
  // `expectedAnswers(context)`, field by field.
  const uk = verdictFromScore(model === MODEL ? EXPECTED.uk(context) : ruleScore(model.crisis.ukVerdict, context));
  const italy = verdictFromScore(EXPECTED.italy(context));
  const franceActs = EXPECTED.franceActs(context);
  const parliament = EXPECTED.parliament(context);
  const sovietActs = EXPECTED.sovietActs(context);
  const poland = alwaysGrants.includes('poland') || world.transit.poland >= grantedAt;
  const romania = alwaysGrants.includes('romania') || world.transit.romania >= grantedAt;
  // The facts packed into one number, each digit's radix its list's own length (`memo.ts`).
  let key = enumDigit(0, GUARANTOR_VERDICTS, uk);
  key = enumDigit(key, GUARANTOR_VERDICTS, italy);
  key = flagDigit(flagDigit(flagDigit(key, franceActs), parliament), sovietActs);
  key = flagDigit(flagDigit(key, poland), romania);
  key = enumDigit(key, CONVENTION_PHASES, world.convention.phase);
  key = flagDigit(key, world.francoSovietInForce);
  key = enumDigit(key, LOCARNO_STATUSES, world.locarno);
  key = flagDigit(key, firstDay(world.month) >= CZECHOSLOVAK_SOVIET_FROM);
  key = membersDigit(key, world.leagueMembers);
  // Rule variants judge the same facts differently: each set of rules has its own cache.
  const cache = rules.key === '' ? legalCache : variantCache(rules.key);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const answers: CrisisAnswers = {
    councilResult: 'none',
    uk,
    italy,
    franceActs,
    parliament,
    sovietActs,
    czechoslovakActs: true,
    transit: { poland, romania },
  };
  const law = lawSwitchesOf(world);
  const onUssr = crisisVerdicts(
    legalCaseFor(world, { kind: 'attack', victim: 'ussr', target: 'own-territory' }, answers, undefined, law),
  );
  const onCzechoslovakia = crisisVerdicts(
    legalCaseFor(world, { kind: 'attack', victim: 'czechoslovakia', target: 'own-territory' }, answers, undefined, law),
  );
  const pact = onUssr.francoSoviet;
  const cs = onCzechoslovakia.czechoslovakSoviet;
  const military = isMilitaryHelp(cs.types);
  const worth = MODEL.deterrence.legal;
  const soviet = worth.sovietHelpDeliverable;
  const view = {
    frenchHelpOwed:
      pact.outcome === 'rendered' ? worth.frenchHelpOwed.rendered : pact.owed ? worth.frenchHelpOwed.owed : 0,
    sovietHelpDeliverable:
      cs.outcome === 'rendered' ? (military ? soviet.militaryRendered : soviet.rendered) : cs.owed ? soviet.owed : 0,
  };
  cache.set(key, view);
  return view;
}

/** A guarantor's verdict from its rule's score, by the model's bands. */
export function verdictFromScore(score: number): GuarantorVerdict {
  const bands = MODEL.crisis.verdictBands;
  if (score >= bands.lawfulAt) return 'lawful';
  if (score <= bands.violationAt) return 'violation-nonflagrant';
  return 'no-view';
}

/** Whether an actor is expected to say yes by `rule`: a threshold met, or a chance of at least even. Compiled once. */
function expectation(rule: Rule): (context: FactorContext) => boolean {
  const compiled = compileRule(rule);
  return rule.mode === 'threshold'
    ? (context) => compiledScore(compiled, context) >= 0
    : (context) => chanceOf(rule, compiledScore(compiled, context)) >= 50;
}

/** A verdict's score by a rule compiled once. */
function scorer(rule: Rule): (context: FactorContext) => number {
  const compiled = compileRule(rule);
  return (context) => compiledScore(compiled, context);
}

/** The rules `expectedAnswers` judges every month, compiled once (`compileRule`). */
const EXPECTED = {
  uk: scorer(MODEL.crisis.ukVerdict),
  italy: scorer(MODEL.crisis.italyVerdict),
  franceActs: expectation(decisionRule('france', 'actInCrisis')),
  parliament: expectation(MODEL.crisis.frenchParliament),
  sovietActs: expectation(decisionRule('ussr', 'actInCrisis')),
};

/** What every actor expects the others to do if Germany struck now: the answers a hypothetical crisis would get. */
export function expectedAnswers(context: FactorContext): CrisisAnswers {
  const { world } = context;
  const { model } = rulesOf(world);
  const { grantedAt, alwaysGrants } = model.transit;
  return {
    councilResult: 'none',
    // A rule variant may change Britain's verdict (variants/britain-firm-guarantor.json).
    uk: verdictFromScore(model === MODEL ? EXPECTED.uk(context) : ruleScore(model.crisis.ukVerdict, context)),
    italy: verdictFromScore(EXPECTED.italy(context)),
    franceActs: EXPECTED.franceActs(context),
    parliament: EXPECTED.parliament(context),
    sovietActs: EXPECTED.sovietActs(context),
    czechoslovakActs: true,
    transit: {
      poland: alwaysGrants.includes('poland') || world.transit.poland >= grantedAt,
      romania: alwaysGrants.includes('romania') || world.transit.romania >= grantedAt,
    },
  };
}

/** The derived factors of a world state. */
export function derivedFactors(world: WorldState): DerivedFactors {
  // One object, filled in as the factors are worked out (each rule judged on the way reads it as it
  // stands then, the factors not yet worked out at 0), and handed back: no other object holds it.
  const derived = {
    westernCredibility: weightedLevel(MODEL.westernCredibility.terms, factorContext(world, undefined)),
    deterrence: 0,
    frenchHelpOwed: 0,
    sovietHelpDeliverable: 0,
  };
  const context = factorContext(world, derived);
  const legal = legalView(context);
  derived.frenchHelpOwed = legal.frenchHelpOwed;
  derived.sovietHelpDeliverable = legal.sovietHelpDeliverable;
  derived.deterrence = weightedLevel(MODEL.deterrence.terms, context);
  return derived;
}

/** The world with what every actor perceives at the start of the month. */
export function perceive(world: WorldState): WorldState {
  const next = draftOf(world);
  next.perceived = derivedFactors(world);
  return next;
}

/**
 * A context for rules judged during the month: the world, and what was
 * perceived at the month's start (a crisis adds the coalition facing Germany).
 */
export function contextFor(world: WorldState, crisis?: { coalition?: number; victim?: CountryId }): FactorContext {
  return factorContext(world, world.perceived, crisis);
}
