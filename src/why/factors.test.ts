import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Explanation, ruleWords, simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { factorsView, headlineOf, isFlatRoll, mainReason, monthWhy, termLabel } from './factors';
import { WHY_TEXT, whyTextSchema } from './text';

const polandRoll: Explanation = {
  rule: 'roll.transit.poland',
  bias: { weight: 18, source: 'actors.md (Poland refused throughout)' },
  terms: [],
  total: 18,
  threshold: null,
  chance: 18,
  roll: 73,
  yes: false,
};

const germanMove: Explanation = {
  rule: 'Germany remilitarises the Rhineland',
  bias: { weight: 90, source: 'timeline.md 7 Mar 1936' },
  terms: [
    { id: 'deterrence', label: 'fears a two-front war', value: 25, weight: -20, source: 'GAME.md §5' },
    { id: 'germanReadiness', label: 'its forces are ready', value: 40, weight: 4, source: null },
  ],
  total: 74,
  threshold: null,
  chance: 74,
  roll: 79,
  yes: false,
};

const offer: Explanation = {
  rule: 'Moscow answers a French offer on a clause',
  bias: { weight: -5, source: null },
  terms: [
    { id: 'sovietTrustInFrance', label: 'trust in Paris', value: 51, weight: 10, source: 'actors.md' },
    {
      id: 'valuation.sovietLeadership',
      label: 'the Politburo on "a joint war plan"',
      value: null,
      weight: 30,
      source: null,
    },
  ],
  total: 35,
  threshold: 0,
  chance: null,
  roll: null,
  yes: true,
};

describe('the factors of one decision', () => {
  it('says what happened in plain words, with the odds and the dice', () => {
    expect(headlineOf(polandRoll)).toBe('Poland said no: the odds of a yes were 18 in 100, and the dice came up 73.');
    expect(headlineOf(germanMove)).toBe(
      'Germany remilitarises the Rhineland? No: the odds of a yes were 74 in 100, and the dice came up 79.',
    );
    expect(headlineOf(offer)).toBe(
      'Moscow answers a French offer on a clause? Yes: the reasons added up to +35, and it takes 0 or more.',
    );
  });

  it('draws each term from zero, for to the right and against to the left, with the widest at the edge', () => {
    const view = factorsView(germanMove);
    expect(view.rows.map((r) => r.kind)).toEqual(['bias', 'term', 'term', 'total']);
    const [bias, deterrence, readiness, total] = view.rows;
    expect(bias).toMatchObject({ label: 'Starting lean', side: 'for', left: 50, width: 50, points: '+90 points' });
    expect(bias?.source).toBe('Source: timeline.md 7 Mar 1936');
    expect(deterrence).toMatchObject({ side: 'against', sideWord: 'against', points: '\u221220 points' });
    expect((deterrence?.left ?? 0) + (deterrence?.width ?? 0)).toBeCloseTo(50);
    expect(deterrence?.width).toBeCloseTo((20 / 90) * 50);
    expect(readiness).toMatchObject({ side: 'for', left: 50, source: "Source: the model's assumption" });
    expect(total).toMatchObject({ kind: 'total', weight: 74, source: null });
    expect(view.chance).toMatchObject({ chance: 74, roll: 79 });
    expect(view.chance?.caption).toContain('The first 74 squares mean yes');
    expect(view.threshold).toBeNull();
  });

  it('shows a threshold rule as a line the total must reach, and no dice', () => {
    const view = factorsView(offer);
    expect(view.chance).toBeNull();
    expect(view.threshold).toMatchObject({ threshold: 0, at: 50 });
    expect(view.threshold?.caption).toBe('It takes 0 or more to say yes. The reasons added up to +35: yes.');
    expect(view.rows[0]).toMatchObject({ side: 'against', source: "Source: the model's assumption" });
  });

  it('names the main reason: the term that weighed most either way, or a roll’s chance', () => {
    expect(mainReason(germanMove).text).toBe('Main reason: fears a two-front war (\u221220)');
    expect(mainReason(offer).label).toBe('the Politburo on "a joint war plan"');
    expect(mainReason(polandRoll).label).toBe('The chance');
    expect(mainReason(polandRoll).text).toBe(`Main reason: The chance (${polandRoll.chance} in 100)`);
  });

  it('shows a roll at the model’s odds as its chance in 100, not a lean of points for a side', () => {
    // Before: "Starting lean +40 points for" beside a Poland the map called opposed (−40).
    const view = factorsView(polandRoll);
    expect(view.rows.map((r) => [r.kind, r.label, r.points, r.sideWord])).toEqual([
      ['bias', 'The chance', `${polandRoll.chance} in 100`, ''],
    ]);
    expect(view.chance?.chance).toBe(polandRoll.chance);
    expect(isFlatRoll(polandRoll)).toBe(true);
    expect(isFlatRoll(germanMove)).toBe(false);
  });

  it('gives a factor its state where the log names one', () => {
    const term = { id: 'conventionLevel', label: 'the convention', value: 35, weight: 9, source: null };
    expect(termLabel(term)).toBe('the convention (general-staff talks)');
  });
});

describe("a month's decisions", () => {
  const scenario = loadScenario('as-it-happened');
  const game = simulate(scenario, { seed: 'why-month', policy: 'alliance-first' });

  it('lists every decision and roll of every month once, with its source or the assumption on every term', () => {
    let total = 0;
    for (const { entries } of game.world.log) {
      const items = monthWhy(entries);
      const expected = entries.flatMap((e) => (e.reasons ?? []).filter((r) => r.explanation !== undefined));
      const listed = items.flatMap((i) => i.decisions.map((d) => d.reason));
      expect(listed).toEqual(expected);
      total += listed.length;
      for (const item of items) {
        for (const d of item.decisions) {
          const view = factorsView(d.explanation);
          expect(view.rows.filter((r) => r.kind === 'term')).toHaveLength(d.explanation.terms.length);
          expect(view.rows.filter((r) => r.kind !== 'total').every((r) => r.source?.startsWith('Source: '))).toBe(true);
          expect(view.headline).toContain(
            d.explanation.chance === null ? 'the reasons added up to' : 'the odds of a yes were',
          );
        }
      }
    }
    expect(total).toBeGreaterThan(20);
  });

  it("keeps a reason without a roll as a note in the log's words", () => {
    const entries = [
      {
        month: '1936-02',
        kind: 'action',
        id: 'diplomacy.demarche',
        key: 'demarche.softens',
        params: { to: 'poland' },
        reasons: [
          { key: null, explanation: { ...polandRoll, rule: 'roll.demarche', yes: true, roll: 3 } },
          { key: 'repeat.demarche', params: { to: 'poland', nth: 2, percent: 60, gain: 5, months: 3 } },
        ],
      },
    ];
    const [item] = monthWhy(entries);
    expect(item?.text).toBe('Poland softens a little on transit.');
    expect(item?.decisions.map((d) => d.summary)).toEqual(['The démarche moved the government (18 in 100)']);
    expect(item?.notes).toEqual([
      'A second démarche to Poland, each within 3 months of the last, carries less weight (60% of the first: +5)',
    ]);
  });
});

describe('the wording file', () => {
  it('is checked against its schema: a missing sentence is named by its path', () => {
    const file = join(import.meta.dirname, '../../scenarios/text/why.en.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(whyTextSchema.safeParse(data).success).toBe(true);
    delete data.factors.bias;
    const result = whyTextSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['factors', 'bias']);
  });

  it('has plain words for rolls whose rule is a key of the log', () => {
    for (const rule of Object.keys(WHY_TEXT.factors.said)) expect(ruleWords(rule)).not.toBe(rule);
  });
});
