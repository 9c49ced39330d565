/**
 * Decision rules: a score built from weighted factors, each of which can say
 * why ("Gamelin rejects: doubts the Red Army (-30), fears losing Poland (-20),
 * cabinet pressure (+10)"). Integer arithmetic only; a roll, where there is one,
 * comes from the seeded generator in the world state.
 */
import type { ExplainedTerm, Explanation } from '../log/types';
import { advance, percentAt, type RngState } from '../random';
import { type FactorContext, factorNumber, factorValue, readFactor, termPoints } from './factors';
import type { Rule } from './modelSchemas';

/** One reason in a decision computed outside its rule (a clause's value), and the points it brings. */
export interface Part {
  readonly id: string;
  readonly label: string;
  readonly points: number;
  /** Where its numbers come from, or null: the model's assumption. */
  readonly source: string | null;
}

export interface Decision {
  readonly yes: boolean;
  readonly score: number;
  /** For a chance rule: the percentage chance, and the die's roll (0-99). */
  readonly chance?: number;
  readonly roll?: number;
  /** What was judged, so `explain` can give the reasons when (and only when) they are wanted. */
  readonly rule: Rule;
  readonly context: FactorContext;
  readonly extra: readonly Part[];
}

type CompiledTerm = { readonly weight: number; readonly factor: number };

/** A rule compiled for scoring in the hot loop: its bias, and its terms with their factors numbered (`readFactor`). */
export interface CompiledRule {
  readonly bias: number;
  readonly terms: readonly CompiledTerm[];
}

const compiled = new WeakMap<Rule, CompiledRule>();

/** A rule compiled once (the rules judged every month keep theirs: `compiledScore` then needs no lookup). */
export function compileRule(rule: Rule): CompiledRule {
  let done = compiled.get(rule);
  if (done === undefined) {
    done = {
      bias: rule.bias.value,
      terms: rule.terms.map((term) => ({ weight: term.weight, factor: factorNumber(term.factor) })),
    };
    compiled.set(rule, done);
  }
  return done;
}

/** The score of a rule, without its explanation (for drifts and expectations, where nothing is logged). */
export function ruleScore(rule: Rule, context: FactorContext): number {
  return compiledScore(compileRule(rule), context);
}

/**
 * A compiled rule's score: its bias plus each term's points. An indexed loop: a
 * worker's first futures run in V8's interpreter and baseline code, where a
 * `for…of` steps an iterator object per term (this loop runs some 600 times a game).
 */
export function compiledScore(rule: CompiledRule, context: FactorContext): number {
  const { terms } = rule;
  let score = rule.bias;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as CompiledTerm;
    score += Math.round((term.weight * readFactor(term.factor, context)) / 100);
  }
  return score;
}

/**
 * The terms of a rule as data, biggest first: each with its label, the factor's
 * value, the points it brought and its source. A term worth no points is left
 * out: its factor is absent from this world, and the term did not apply.
 */
export function explainedTerms(rule: Rule, context: FactorContext, extra: readonly Part[] = []): ExplainedTerm[] {
  const terms: ExplainedTerm[] = [];
  for (const term of rule.terms) {
    const value = factorValue(term.factor, context);
    const weight = termPoints(term, value);
    if (weight !== 0) terms.push({ id: term.factor, label: term.label, value, weight, source: term.source ?? null });
  }
  for (const part of extra) {
    if (part.points !== 0)
      terms.push({ id: part.id, label: part.label, value: null, weight: part.points, source: part.source });
  }
  return terms.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

/** The percentage chance a chance rule gives for `score`. */
export function chanceOf(rule: Rule, score: number): number {
  return Math.min(rule.max ?? 100, Math.max(rule.min ?? 0, score));
}

/** No parts outside the rule: one shared empty list (kept in each decision, read only). */
const NO_PARTS: readonly Part[] = [];

/** Decide by `rule`: a threshold rule says yes at 0 or more; a chance rule rolls the seeded die. */
export function decide(
  rule: Rule,
  context: FactorContext,
  rng: RngState,
  extra: readonly Part[] = NO_PARTS,
): [Decision, RngState] {
  let score = ruleScore(rule, context);
  for (let i = 0; i < extra.length; i++) score += (extra[i] as Part).points;
  if (rule.mode === 'threshold') return [{ yes: score >= 0, score, rule, context, extra }, rng];
  const chance = chanceOf(rule, score);
  const next = advance(rng);
  const roll = percentAt(next);
  return [{ yes: roll < chance, score, chance, roll, rule, context, extra }, next];
}

/**
 * A decision as data, for the log: its bias, every term that applied, the
 * total, and the chance and the roll if the die was cast. `threshold` is where
 * a threshold rule says yes (0, unless the caller judges the score otherwise,
 * as an offer's answer does).
 */
export function explain(decision: Decision, threshold = 0): Explanation {
  const { rule } = decision;
  const chance = decision.chance ?? null;
  const roll = decision.roll ?? null;
  return {
    rule: rule.label,
    bias: { weight: rule.bias.value, source: rule.bias.source ?? null },
    terms: explainedTerms(rule, decision.context, decision.extra),
    total: decision.score,
    threshold: chance === null ? threshold : null,
    chance,
    roll,
    yes: chance === null ? decision.score >= threshold : decision.yes,
  };
}

/** A score judged against a threshold without a die (a guarantor's verdict, the Chambers' assent), as data. */
export function explainScore(rule: Rule, context: FactorContext, threshold = 0): Explanation {
  const score = ruleScore(rule, context);
  return explain({ yes: score >= threshold, score, rule, context, extra: [] }, threshold);
}

/**
 * A plain roll against a fixed chance (a démarche, resuming talks), as a decision's data;
 * `rule` is the key of its name in the log's text (`roll.demarche`).
 */
export function explainRoll(rule: string, chance: number, source: string | null, roll: number): Explanation {
  return {
    rule,
    bias: { weight: chance, source },
    terms: [],
    total: chance,
    threshold: null,
    chance,
    roll,
    yes: roll < chance,
  };
}
