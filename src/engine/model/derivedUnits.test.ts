/**
 * The derived factors, worked out on worlds made in each test: a guarantor's
 * verdict at the edges of its bands; what every actor expects the others to
 * do, at the exact score where a rule turns; and the legal part of deterrence,
 * checked against the legal engine's own verdicts and the worths in
 * `model.json` (not against numbers copied here), for worlds that differ only
 * in one fact its memo must tell apart (transit at its threshold, the month a
 * treaty comes into force, a rule variant).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { CALENDAR } from '../rules/lawData';
import { isMilitaryHelp } from '../rules/types';
import { initialWorld } from '../scenario/initialWorld';
import { lawSwitchesOf, rulesOf } from '../variants/variants';
import { crisisVerdicts, legalCaseFor } from '../world/legalCases';
import { type WorldState, withWorld } from '../world/worldState';
import { chanceOf, ruleScore } from './decide';
import { contextFor, derivedFactors, expectedAnswers, perceive, verdictFromScore } from './derived';
import { type DerivedFactors, type FactorContext, weightedLevel } from './factors';
import { decisionRule, MODEL } from './modelData';
import type { Rule } from './modelSchemas';

const bands = MODEL.crisis.verdictBands;
const { grantedAt } = MODEL.transit;

/** The factors derivedFactors has worked out when it judges the legal view: western credibility only. */
function partial(world: WorldState): DerivedFactors {
  return {
    westernCredibility: weightedLevel(MODEL.westernCredibility.terms, { world }),
    deterrence: 0,
    frenchHelpOwed: 0,
    sovietHelpDeliverable: 0,
  };
}

/** The legal part of deterrence as the legal engine judges it, valued by `model.json`. */
function legalWorth(world: WorldState): { frenchHelpOwed: number; sovietHelpDeliverable: number } {
  const answers = expectedAnswers({ world, derived: partial(world) });
  const law = lawSwitchesOf(world);
  const attack = (victim: 'ussr' | 'czechoslovakia') =>
    crisisVerdicts(legalCaseFor(world, { kind: 'attack', victim, target: 'own-territory' }, answers, undefined, law));
  const pact = attack('ussr').francoSoviet;
  const cs = attack('czechoslovakia').czechoslovakSoviet;
  const worth = MODEL.deterrence.legal;
  const soviet = worth.sovietHelpDeliverable;
  return {
    frenchHelpOwed:
      pact.outcome === 'rendered' ? worth.frenchHelpOwed.rendered : pact.owed ? worth.frenchHelpOwed.owed : 0,
    sovietHelpDeliverable:
      cs.outcome === 'rendered'
        ? isMilitaryHelp(cs.types)
          ? soviet.militaryRendered
          : soviet.rendered
        : cs.owed
          ? soviet.owed
          : 0,
  };
}

/** Each world's legal view as derivedFactors gives it, checked against the legal engine; the views, in order. */
function checkLegal(worlds: readonly WorldState[]): { frenchHelpOwed: number; sovietHelpDeliverable: number }[] {
  return worlds.map((world) => {
    const derived = derivedFactors(world);
    const expected = legalWorth(world);
    expect({ frenchHelpOwed: derived.frenchHelpOwed, sovietHelpDeliverable: derived.sovietHelpDeliverable }).toEqual(
      expected,
    );
    expect(derived.deterrence).toBe(weightedLevel(MODEL.deterrence.terms, { world, derived }));
    return expected;
  });
}

/** A 1937 world with the pact and the convention in force and every will high: Soviet help hinges on transit. */
function committed(transit: { poland: number; romania: number }, variants?: string[]): WorldState {
  const w0 = initialWorld(loadScenario('last-chance-1937'), 'derived-units', 'france');
  const levels = { ...w0.levels, frenchWill: 100, sovietWill: 100, britishCommitment: 100, tension: 100 };
  const world = withWorld(w0, {
    francoSovietInForce: true,
    levels,
    convention: { ...w0.convention, phase: 'inForce' },
    transit,
  });
  return variants === undefined ? world : withWorld(world, { variants });
}

/** The first context, scanning one level of `world` from 0 to 100, where `score` of the rule equals `target`. */
function contextAt(
  world: WorldState,
  level: keyof WorldState['levels'],
  score: (context: FactorContext) => number,
  target: number,
): FactorContext {
  for (let value = 0; value <= 100; value++) {
    const at = withWorld(world, { levels: { ...world.levels, [level]: value } });
    const context = { world: at, derived: partial(at) };
    if (score(context) === target) return context;
  }
  throw new Error(`no ${level} gives ${target}`);
}

const start = () => initialWorld(loadScenario('pact-1935'), 'derived-units', 'france');

describe('verdictFromScore', () => {
  it('reads a score by the bands of model.json, each edge included', () => {
    expect(verdictFromScore(bands.lawfulAt)).toBe('lawful');
    expect(verdictFromScore(bands.lawfulAt - 1)).toBe(
      bands.lawfulAt - 1 > bands.violationAt ? 'no-view' : 'violation-nonflagrant',
    );
    expect(verdictFromScore(bands.violationAt)).toBe('violation-nonflagrant');
    expect(verdictFromScore(bands.violationAt + 1)).toBe('no-view');
  });
});

describe('expectedAnswers', () => {
  it('expects the French Chambers to assent at a score of exactly 0, not at -1', () => {
    const rule = MODEL.crisis.frenchParliament;
    expect(rule.mode).toBe('threshold');
    const flat = withWorld(start(), { levels: { ...start().levels, tension: 0 } });
    const score = (c: FactorContext) => ruleScore(rule, c);
    expect(expectedAnswers(contextAt(flat, 'frenchWill', score, 0)).parliament).toBe(true);
    expect(expectedAnswers(contextAt(flat, 'frenchWill', score, -1)).parliament).toBe(false);
  });

  it('expects an actor to act on a chance of exactly 50, not 49', () => {
    const cases: [Rule, keyof WorldState['levels'], 'franceActs' | 'sovietActs'][] = [
      [decisionRule('france', 'actInCrisis'), 'frenchWill', 'franceActs'],
      [decisionRule('ussr', 'actInCrisis'), 'sovietWill', 'sovietActs'],
    ];
    for (const [rule, level, field] of cases) {
      expect(rule.mode).toBe('chance');
      const world0 = start();
      const world = withWorld(world0, {
        levels: { ...world0.levels, britishCommitment: 62, sovietDrift: 0 },
      });
      const chance = (c: FactorContext) => chanceOf(rule, ruleScore(rule, c));
      expect(expectedAnswers(contextAt(world, level, chance, 50))[field], field).toBe(true);
      expect(expectedAnswers(contextAt(world, level, chance, 49))[field], field).toBe(false);
    }
  });

  it('expects passage at the granting level exactly, and from a state a variant makes always grant', () => {
    const at = (poland: number, romania: number, variants?: string[]) => {
      const world = withWorld(start(), { transit: { poland, romania } });
      return expectedAnswers(contextFor(variants === undefined ? world : withWorld(world, { variants }))).transit;
    };
    expect(at(grantedAt, grantedAt - 1)).toEqual({ poland: true, romania: false });
    expect(at(grantedAt - 1, grantedAt)).toEqual({ poland: false, romania: true });
    expect(at(0, 0, ['poland-grants-transit'])).toEqual({ poland: true, romania: false });
    expect(expectedAnswers(contextFor(start())).czechoslovakActs).toBe(true);
  });

  it("judges Britain by a variant's rule when a variant changes it", () => {
    const world0 = start();
    const cool = withWorld(world0, {
      levels: { ...world0.levels, britishCommitment: 0, tension: 0 },
      actors: { ...world0.actors, uk: { ...world0.actors.uk, stance: -100 } },
    });
    const firm = withWorld(cool, { variants: ['britain-firm-guarantor'] });
    const history = expectedAnswers({ world: cool, derived: partial(cool) }).uk;
    const variant = expectedAnswers({ world: firm, derived: partial(firm) }).uk;
    expect(history).toBe(verdictFromScore(ruleScore(MODEL.crisis.ukVerdict, { world: cool })));
    expect(variant).toBe(verdictFromScore(ruleScore(rulesOf(firm).model.crisis.ukVerdict, { world: firm })));
    expect(variant).not.toBe(history);
  });
});

describe('the legal part of deterrence', () => {
  it('follows transit at its threshold: Soviet help to Czechoslovakia is military only with passage', () => {
    const views = checkLegal([
      committed({ poland: 0, romania: 0 }),
      committed({ poland: grantedAt, romania: 0 }),
      committed({ poland: grantedAt - 1, romania: 0 }),
      committed({ poland: 0, romania: grantedAt }),
      committed({ poland: 0, romania: grantedAt - 1 }),
      committed({ poland: 0, romania: 0 }, ['poland-grants-transit']),
    ]);
    const soviet = MODEL.deterrence.legal.sovietHelpDeliverable;
    expect(views.map((v) => v.sovietHelpDeliverable)).toEqual([
      soviet.rendered,
      soviet.militaryRendered,
      soviet.rendered,
      soviet.militaryRendered,
      soviet.rendered,
      soviet.militaryRendered,
    ]);
  });

  it('tells apart the month the Czechoslovak-Soviet treaty comes into force and the month after', () => {
    // The legal case is judged on the month's first day: a treaty in force from the middle of a month is in force from the next.
    const from = CALENDAR.treaties['czechoslovak-soviet'].inForceFrom;
    const w0 = initialWorld(loadScenario('pact-1935'), 'derived-units', 'france');
    const levels = { ...w0.levels, frenchWill: 100, sovietWill: 100, britishCommitment: 100 };
    const base = withWorld(w0, { francoSovietInForce: true, levels, transit: { poland: 100, romania: 100 } });
    const month = from.slice(0, 7);
    const [year, m] = month.split('-').map(Number);
    const next = `${m === 12 ? (year ?? 0) + 1 : year}-${String(m === 12 ? 1 : (m ?? 0) + 1).padStart(2, '0')}`;
    const views = checkLegal([withWorld(base, { month }), withWorld(base, { month: next })]);
    expect(views[0]).not.toEqual(views[1]);
  });

  it('judges each set of rule variants apart from history and from each other', () => {
    const w0 = initialWorld(loadScenario('pact-1935'), 'derived-units', 'france');
    const levels = { ...w0.levels, frenchWill: 100, sovietWill: 100, britishCommitment: 0, tension: 0 };
    const base = withWorld(w0, {
      francoSovietInForce: true,
      levels,
      actors: { ...w0.actors, uk: { ...w0.actors.uk, stance: -100 } },
    });
    const views = checkLegal([
      base,
      withWorld(base, { variants: ['britain-firm-guarantor'] }),
      withWorld(base, { variants: ['no-protocol-override'] }),
      withWorld(base, { variants: ['locarno-without-italy'] }),
      base,
    ]);
    // The variants change the verdicts here: a memo shared between rule sets would give one another's.
    expect(new Set(views.map((v) => JSON.stringify(v))).size).toBeGreaterThan(1);
  });

  it("reads Britain's verdict by the variant's rule: a firm Britain lets France render the help a cool one blocks", () => {
    // The pact and the convention in force, every will high but Britain's: only Britain's verdict keeps France out.
    const w0 = committed({ poland: 0, romania: 0 });
    const cool = withWorld(w0, {
      levels: { ...w0.levels, britishCommitment: 0, tension: 0 },
      actors: { ...w0.actors, uk: { ...w0.actors.uk, stance: -100 } },
    });
    const [history, firm] = checkLegal([cool, withWorld(cool, { variants: ['britain-firm-guarantor'] })]);
    const worth = MODEL.deterrence.legal.frenchHelpOwed;
    expect(history?.frenchHelpOwed).toBe(worth.owed);
    expect(firm?.frenchHelpOwed).toBe(worth.rendered);
  });

  it('is what perceive keeps, and what a context passes on with the crisis', () => {
    const world = committed({ poland: 0, romania: 0 });
    const seen = perceive(world);
    expect(seen.perceived).toEqual(derivedFactors(world));
    expect(contextFor(seen, { coalition: 40, victim: 'poland' })).toEqual({
      world: seen,
      derived: seen.perceived,
      coalition: 40,
      victim: 'poland',
    });
    expect(contextFor(seen)).toEqual({ world: seen, derived: seen.perceived });
  });
});
