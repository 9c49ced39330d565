/**
 * Decision rules: a score built from weighted factors, each of which can say
 * why ("Gamelin rejects: doubts the Red Army (-30), fears losing Poland (-20),
 * cabinet pressure (+10)"). Integer arithmetic only; a roll, where there is one,
 * comes from the seeded generator in the world state.
 */
import { type RngState, rollPercent } from '../random';
import { type FactorContext, factorReader, factorValue, termPoints } from './factors';
import type { Rule } from './modelSchemas';

/** One reason in a decision and the points it brings. */
export interface Part {
  readonly label: string;
  readonly points: number;
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

type CompiledTerm = { readonly weight: number; readonly read: (context: FactorContext) => number };
const compiled = new WeakMap<Rule, readonly CompiledTerm[]>();

/** A rule's terms with their factor readers looked up once, for scoring in the hot loop. */
function compile(rule: Rule): readonly CompiledTerm[] {
  let terms = compiled.get(rule);
  if (terms === undefined) {
    terms = rule.terms.map((term) => ({ weight: term.weight, read: factorReader(term.factor) }));
    compiled.set(rule, terms);
  }
  return terms;
}

/** The score of a rule, without its explanation (for drifts and expectations, where nothing is logged). */
export function ruleScore(rule: Rule, context: FactorContext): number {
  let score = rule.bias.value;
  for (const term of compile(rule)) score += Math.round((term.weight * term.read(context)) / 100);
  return score;
}

/** A rule's score as a function with its terms compiled once: for the rules judged every month. */
export function scorerOf(rule: Rule): (context: FactorContext) => number {
  const bias = rule.bias.value;
  const terms = compile(rule);
  return (context) => {
    let score = bias;
    for (const term of terms) score += Math.round((term.weight * term.read(context)) / 100);
    return score;
  };
}

/** The score of a rule and its parts, biggest first. `extra` adds reasons computed elsewhere (a clause's value). */
export function scoreRule(
  rule: Rule,
  context: FactorContext,
  extra: readonly Part[] = [],
): { score: number; parts: Part[] } {
  const parts: Part[] = [];
  let score = rule.bias.value;
  for (const term of rule.terms) {
    const points = termPoints(term, factorValue(term.factor, context));
    score += points;
    if (points !== 0) parts.push({ label: term.label, points });
  }
  for (const part of extra) {
    score += part.points;
    if (part.points !== 0) parts.push(part);
  }
  parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return { score, parts };
}

/** The percentage chance a chance rule gives for `score`. */
export function chanceOf(rule: Rule, score: number): number {
  return Math.min(rule.max ?? 100, Math.max(rule.min ?? 0, score));
}

/** Decide by `rule`: a threshold rule says yes at 0 or more; a chance rule rolls the seeded die. */
export function decide(
  rule: Rule,
  context: FactorContext,
  rng: RngState,
  extra: readonly Part[] = [],
): [Decision, RngState] {
  let score = ruleScore(rule, context);
  for (const part of extra) score += part.points;
  if (rule.mode === 'threshold') return [{ yes: score >= 0, score, rule, context, extra }, rng];
  const chance = chanceOf(rule, score);
  const [roll, next] = rollPercent(rng);
  return [{ yes: roll < chance, score, chance, roll, rule, context, extra }, next];
}

/** `doubts the Red Army (-30)`, for the log. */
export function formatPart(part: Part): string {
  return `${part.label} (${part.points > 0 ? '+' : ''}${part.points})`;
}

/** The factors of a decision as log lines, with the chance and roll if there was one. */
export function explain(decision: Decision): string[] {
  const lines = scoreRule(decision.rule, decision.context, decision.extra).parts.map(formatPart);
  if (decision.chance !== undefined && decision.roll !== undefined) {
    lines.push(`chance ${decision.chance}%, rolled ${decision.roll}`);
  }
  return lines;
}
