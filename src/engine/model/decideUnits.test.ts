/**
 * A decision's arithmetic and its explanation, on rules made in the test: the
 * threshold at exactly 0, a chance clamped by the rule's own bounds, reasons
 * biggest first whatever their sign, and the bias's source as the log shows it.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { seedFromString } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { chanceOf, decide, explain, explainedTerms, type Part } from './decide';
import type { Rule } from './modelSchemas';

/** A rule with no terms: its score is its bias (plus any parts). */
function biasOnly(value: number, mode: Rule['mode'] = 'threshold'): Rule {
  return { label: 'test rule', mode, bias: { value, source: 'timeline.md (a test)' }, terms: [] };
}

const part = (id: string, points: number): Part => ({ id, label: id, points, source: null });
const context = () => ({ world: initialWorld(loadScenario('pact-1935'), 'decide-units', 'france') });

describe('decide and explain', () => {
  it('says yes to a threshold rule at a score of exactly 0', () => {
    const [decision] = decide(biasOnly(0), context(), seedFromString('x'));
    expect(decision.score).toBe(0);
    expect(decision.yes).toBe(true);
    const [no] = decide(biasOnly(-1), context(), seedFromString('x'));
    expect(no.yes).toBe(false);
  });

  it("clamps a chance to the rule's max and min", () => {
    expect(chanceOf({ ...biasOnly(0, 'chance'), max: 80 }, 95)).toBe(80);
    expect(chanceOf({ ...biasOnly(0, 'chance'), min: 10 }, 3)).toBe(10);
    expect(chanceOf(biasOnly(0, 'chance'), 130)).toBe(100);
    expect(chanceOf(biasOnly(0, 'chance'), -4)).toBe(0);
  });

  it('lists the reasons biggest first by size, whatever their sign, leaving out those worth nothing', () => {
    const terms = explainedTerms(biasOnly(0), context(), [
      part('small', 5),
      part('big-no', -70),
      part('none', 0),
      part('big-yes', 50),
    ]);
    expect(terms.map((t) => t.id)).toEqual(['big-no', 'big-yes', 'small']);
    expect(explainedTerms(biasOnly(0), context())).toEqual([]);
  });

  it("gives the bias's source, and judges the score against the caller's threshold", () => {
    const rule = biasOnly(5);
    const [decision] = decide(rule, context(), seedFromString('x'));
    expect(decision.yes).toBe(true);
    const explained = explain(decision, 10);
    expect(explained.bias).toEqual({ weight: 5, source: 'timeline.md (a test)' });
    expect(explained.threshold).toBe(10);
    expect(explained.yes).toBe(false);
    expect(explain(decision).yes).toBe(true);
  });
});
