/**
 * Derived factors: western credibility, what the legal engine would answer if
 * Germany struck now, and the deterrence Germany perceives (GAME.md §5). Each
 * is computed once per world state (world states are never mutated, so a
 * WeakMap on the object is a safe memo).
 */

import { CALENDAR } from '../rules/lawData';
import type { GuarantorVerdict } from '../rules/legalCase';
import { type CountryId, isMilitaryHelp } from '../rules/types';
import { rulesOf } from '../variants/variants';
import { type CrisisAnswers, crisisVerdicts, legalCaseFor } from '../world/legalCases';
import { CONVENTION_PHASES, draftOf, type WorldState } from '../world/worldState';
import { chanceOf, ruleScore } from './decide';
import { type DerivedFactors, type FactorContext, weightedLevel } from './factors';
import { decisionRule, MODEL } from './modelData';
import type { Rule } from './modelSchemas';

const CZECHOSLOVAK_SOVIET_FROM = CALENDAR.treaties['czechoslovak-soviet'].inForceFrom.slice(0, 7);
const memberIds = new WeakMap<readonly string[], number>();
const memberLists = new Map<string, number>();

/** A small number for each distinct list of League members (the list changes rarely). */
function membersId(members: readonly string[]): number {
  let id = memberIds.get(members);
  if (id === undefined) {
    const text = members.join(',');
    id = memberLists.get(text) ?? memberLists.size;
    memberLists.set(text, id);
    memberIds.set(members, id);
  }
  return id;
}

const GUARANTOR_VERDICTS: readonly string[] = ['lawful', 'violation-flagrant', 'violation-nonflagrant', 'no-view'];
const LOCARNO_STATUSES: readonly string[] = ['in-force', 'repudiated', 'belgium-released'];

/** The legal part of deterrence, by the few facts it depends on (most months share one). */
const legalCache = new Map<number, { frenchHelpOwed: number; sovietHelpDeliverable: number }>();

const variantCaches = new Map<string, Map<number, { frenchHelpOwed: number; sovietHelpDeliverable: number }>>();

function variantCache(key: string): Map<number, { frenchHelpOwed: number; sovietHelpDeliverable: number }> {
  let cache = variantCaches.get(key);
  if (cache === undefined) {
    cache = new Map();
    variantCaches.set(key, cache);
  }
  return cache;
}

function legalView(
  world: WorldState,
  answers: CrisisAnswers,
): { frenchHelpOwed: number; sovietHelpDeliverable: number } {
  // The facts packed into one number: cheaper than a string, and the same facts always give the same number.
  const verdicts = GUARANTOR_VERDICTS;
  const phases = CONVENTION_PHASES;
  const statuses = LOCARNO_STATUSES;
  let key = verdicts.indexOf(answers.uk);
  key = key * 4 + verdicts.indexOf(answers.italy);
  key = key * 8 + (answers.franceActs ? 4 : 0) + (answers.parliament ? 2 : 0) + (answers.sovietActs ? 1 : 0);
  key = key * 4 + (answers.transit.poland ? 2 : 0) + (answers.transit.romania ? 1 : 0);
  key = key * 16 + phases.indexOf(world.convention.phase);
  key = key * 2 + (world.francoSovietInForce ? 1 : 0);
  key = key * 4 + statuses.indexOf(world.locarno);
  key = key * 2 + (world.month >= CZECHOSLOVAK_SOVIET_FROM ? 1 : 0);
  key = key * 1024 + membersId(world.leagueMembers);
  // Rule variants judge the same facts differently: each set of rules has its own cache.
  const rules = rulesOf(world);
  const cache = rules.key === '' ? legalCache : variantCache(rules.key);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const onUssr = crisisVerdicts(
    legalCaseFor(world, { kind: 'attack', victim: 'ussr', target: 'own-territory' }, answers),
  );
  const onCzechoslovakia = crisisVerdicts(
    legalCaseFor(world, { kind: 'attack', victim: 'czechoslovakia', target: 'own-territory' }, answers),
  );
  const pact = onUssr.francoSoviet;
  const cs = onCzechoslovakia.czechoslovakSoviet;
  const military = isMilitaryHelp(cs.types);
  const view = {
    frenchHelpOwed: pact.outcome === 'rendered' ? 100 : pact.owed ? 40 : 0,
    sovietHelpDeliverable: cs.outcome === 'rendered' ? (military ? 100 : 25) : cs.owed ? 10 : 0,
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

function expectsYes(rule: Rule, context: FactorContext): boolean {
  const score = ruleScore(rule, context);
  return rule.mode === 'threshold' ? score >= 0 : chanceOf(rule, score) >= 50;
}

/** What every actor expects the others to do if Germany struck now: the answers a hypothetical crisis would get. */
export function expectedAnswers(context: FactorContext): CrisisAnswers {
  const { world } = context;
  const { model } = rulesOf(world);
  const { grantedAt, alwaysGrants } = model.transit;
  return {
    councilResult: 'none',
    uk: verdictFromScore(ruleScore(model.crisis.ukVerdict, context)),
    italy: verdictFromScore(ruleScore(MODEL.crisis.italyVerdict, context)),
    franceActs: expectsYes(decisionRule('france', 'actInCrisis'), context),
    parliament: expectsYes(MODEL.crisis.frenchParliament, context),
    sovietActs: expectsYes(decisionRule('ussr', 'actInCrisis'), context),
    czechoslovakActs: true,
    transit: {
      poland: alwaysGrants.includes('poland') || world.transit.poland >= grantedAt,
      romania: alwaysGrants.includes('romania') || world.transit.romania >= grantedAt,
    },
  };
}

/** The derived factors of a world state. */
export function derivedFactors(world: WorldState): DerivedFactors {
  const westernCredibility = weightedLevel(MODEL.westernCredibility.terms, { world });
  const partial: FactorContext = {
    world,
    derived: { westernCredibility, deterrence: 0, frenchHelpOwed: 0, sovietHelpDeliverable: 0 },
  };
  const { frenchHelpOwed, sovietHelpDeliverable } = legalView(world, expectedAnswers(partial));
  const withLegal: FactorContext = {
    world,
    derived: { westernCredibility, deterrence: 0, frenchHelpOwed, sovietHelpDeliverable },
  };
  const deterrence = weightedLevel(MODEL.deterrence.terms, withLegal);
  return { westernCredibility, deterrence, frenchHelpOwed, sovietHelpDeliverable };
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
  return crisis === undefined ? { world, derived: world.perceived } : { world, derived: world.perceived, ...crisis };
}
