/**
 * The answer to an offer in each band of its score (accept, counter, reject),
 * the side's preferred option when two options tie, and what a veto player is
 * told about the draft: the clause it objects to most, named in the label, with
 * that valuation's source. Thresholds and valuations are read from
 * `convention.json`; each world is made in its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { ruleScore } from '../model/decide';
import type { FactorContext } from '../model/factors';
import { CONVENTION, decisionRule } from '../model/modelData';
import { seedFromString } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { type ClauseId, withWorld } from '../world/worldState';
import { answerOffer, clauseOptions, judgeDraft, preferredOption, valuation } from './offers';

const { acceptAt, counterAt } = CONVENTION.rules;

/**
 * A context in which Moscow's score for France's offer of `option` on `clause`
 * satisfies `wanted`, found by trying Soviet trust and drift levels.
 */
function contextScoring(clause: ClauseId, option: number, wanted: (score: number) => boolean): FactorContext {
  const start = initialWorld(loadScenario('pact-1935'), 'offers-units', 'france');
  const rule = decisionRule('ussr', 'acceptOffer');
  for (let trust = 0; trust <= 100; trust += 5) {
    for (const sovietDrift of [0, 50, 100]) {
      const world = withWorld(start, {
        levels: { ...start.levels, sovietDrift },
        actors: { ...start.actors, ussr: { ...start.actors.ussr, trust } },
      });
      const context = { world };
      if (wanted(ruleScore(rule, context) + valuation('sovietLeadership', clause, option))) return context;
    }
  }
  throw new Error(`no world gives that score for ${clause} ${option}`);
}

const inCounterBand = (score: number) => score >= counterAt.value && score < acceptAt.value;

describe('answerOffer', () => {
  it('counters one step towards the preferred option in the counter band', () => {
    const preferred = preferredOption('ussr', 'trigger');
    const offered = preferred === 0 ? clauseOptions('trigger').length - 1 : 0;
    const [answer] = answerOffer(
      contextScoring('trigger', offered, inCounterBand),
      'france',
      'trigger',
      offered,
      seedFromString('o'),
    );
    expect(answer.answer).toBe('counter');
    expect(answer.counterOption).toBe(offered + Math.sign(preferred - offered));
  });

  it('rejects below the counter band, even when another option is preferred', () => {
    const preferred = preferredOption('ussr', 'trigger');
    const offered = preferred === 0 ? clauseOptions('trigger').length - 1 : 0;
    const context = contextScoring('trigger', offered, (s) => s < counterAt.value);
    const [answer] = answerOffer(context, 'france', 'trigger', offered, seedFromString('o'));
    expect(answer).toMatchObject({ answer: 'reject', counterOption: null });
  });

  it('rejects in the counter band an offer that is already the option it prefers', () => {
    const preferred = preferredOption('ussr', 'sovietContribution');
    const context = contextScoring('sovietContribution', preferred, inCounterBand);
    const [answer] = answerOffer(context, 'france', 'sovietContribution', preferred, seedFromString('o'));
    expect(answer).toMatchObject({ answer: 'reject', counterOption: null });
  });

  it('values an option outside the clause at nothing, naming no option', () => {
    const options = clauseOptions('trigger');
    const context = contextScoring('trigger', options.length, () => true);
    const [answer] = answerOffer(context, 'france', 'trigger', options.length, seedFromString('o'));
    const label = CONVENTION.labels.offer
      .replace('{approver}', CONVENTION.labels.approvers.sovietLeadership)
      .replace('{clause}', CONVENTION.clauses.trigger.label.toLowerCase())
      .replace('{option}', '');
    // The clause is named, so an option called "none" reads as that clause's.
    expect(label).toMatch(/^the Politburo on the .+: ""$/);
    expect(answer.decision.extra).toEqual([
      {
        id: 'valuation.sovietLeadership',
        label,
        points: 0,
        source: CONVENTION.valuations.sovietLeadership.trigger.source ?? null,
      },
    ]);
  });
});

describe('preferredOption', () => {
  it('keeps the first of two options a side values alike', () => {
    const values = clauseOptions('sovietContribution').map((_, o) =>
      valuation('sovietLeadership', 'sovietContribution', o),
    );
    const best = Math.max(...values);
    expect(values.filter((v) => v === best).length).toBeGreaterThan(1);
    expect(preferredOption('ussr', 'sovietContribution')).toBe(values.indexOf(best));
  });
});

describe('judgeDraft', () => {
  it("names the clause the approver objects to most, with that valuation's source", () => {
    const context = { world: initialWorld(loadScenario('pact-1935'), 'offers-units', 'france') };
    // The cabinet: the French contribution's strongest option is its worst, the trigger's weakest a good one.
    const strongest = clauseOptions('frenchContribution').length - 1;
    const draft = { trigger: 0, frenchContribution: strongest };
    const worst = valuation('cabinet', 'frenchContribution', strongest);
    expect(worst).toBeLessThan(0);
    expect(valuation('cabinet', 'trigger', 0)).toBeGreaterThan(worst);
    const [{ decision, worstClause }] = judgeDraft(context, 'cabinet', draft, seedFromString('d'));
    expect(worstClause).toBe('frenchContribution');
    expect(decision.extra).toEqual([
      {
        id: 'valuation.cabinet',
        // "French" keeps its capital inside the sentence.
        label: CONVENTION.labels.draftWorst.replace('{clause}', 'French contribution'),
        points: valuation('cabinet', 'trigger', 0) + worst,
        source: CONVENTION.valuations.cabinet.frenchContribution.source ?? null,
      },
    ]);
    expect(decision.extra[0]?.label).not.toContain('{');
  });

  it('names no clause and no source when the approver objects to none', () => {
    const context = { world: initialWorld(loadScenario('pact-1935'), 'offers-units', 'france') };
    const [{ decision, worstClause }] = judgeDraft(context, 'cabinet', { trigger: 0 }, seedFromString('d'));
    expect(worstClause).toBeNull();
    expect(decision.extra).toEqual([
      {
        id: 'valuation.cabinet',
        label: CONVENTION.labels.draft,
        points: valuation('cabinet', 'trigger', 0),
        source: null,
      },
    ]);
  });
});
