/**
 * The factors behind one decision or roll, as a view a student can read (issue
 * 12 §3): a plain-words headline, a bar per term from zero (for to the right,
 * against to the left), the starting lean and the total as bars of their own,
 * each weight's source, and the chance as 100 squares with the roll marked, or
 * the threshold the total had to reach. Pure: no DOM, so it is tested in Node;
 * `render.ts` draws it.
 */
import {
  type Explanation,
  LOG_TEXT,
  type LogEntry,
  type LogReason,
  type LogText,
  renderEntry,
  ruleWords,
} from '../engine';
import { fill, signed, WHY_TEXT, type WhyText } from './text';

export type Side = 'for' | 'against' | 'none';

/** One bar: the starting lean, a term, or the total. */
export interface FactorRow {
  readonly kind: 'bias' | 'term' | 'total';
  /** The term's factor id; `bias` and `total` for those rows. */
  readonly id: string;
  readonly label: string;
  /** A line under the label (what the starting lean means), if any. */
  readonly note: string | null;
  readonly weight: number;
  /** `+26 points`. */
  readonly points: string;
  readonly side: Side;
  /** `for`, `against` or `no effect`: the second cue beside colour. */
  readonly sideWord: string;
  /** Where the bar starts and how wide it is, in percent of the track; zero is at `FactorsView.zero`. */
  readonly left: number;
  readonly width: number;
  /** `Source: …`, or the model's assumption; null for the total. */
  readonly source: string | null;
  /** The citation `source` names, as the data gives it (what a game links to the glossary); null where none is. */
  readonly cite: string | null;
}

export interface FactorsView {
  readonly rule: string;
  readonly yes: boolean;
  /** `Poland said no`. */
  readonly said: string;
  /** `Poland said no: the odds of a yes were 18 in 100, and the dice came up 73.` */
  readonly headline: string;
  /** `18 in 100`, or `+12, needed 0`. */
  readonly odds: string;
  readonly rows: readonly FactorRow[];
  /** Where zero sits on every track, in percent. */
  readonly zero: number;
  readonly chance: {
    readonly chance: number;
    readonly roll: number;
    readonly label: string;
    readonly caption: string;
    readonly mark: string;
  } | null;
  readonly threshold: {
    readonly threshold: number;
    /** Where the threshold's line sits on the total's track, in percent. */
    readonly at: number;
    readonly caption: string;
    readonly mark: string;
  } | null;
}

function sideOf(weight: number): Side {
  return weight > 0 ? 'for' : weight < 0 ? 'against' : 'none';
}

function sideWord(side: Side, t: WhyText): string {
  return side === 'for' ? t.factors.for : side === 'against' ? t.factors.against : t.factors.nothing;
}

function points(weight: number, t: WhyText): string {
  return fill(weight === 1 || weight === -1 ? t.factors.point : t.factors.points, { n: signed(weight) });
}

/** A term's words: its label, and its factor's state where the model's data names it (as the log says it). */
export function termLabel(term: Explanation['terms'][number], log: LogText = LOG_TEXT): string {
  const state = term.value === null ? undefined : log.words.factorStates[term.id]?.[String(term.value)];
  return state === undefined ? term.label : `${term.label} (${state})`;
}

/** What was decided, in plain words: the rule's own yes and no, or its question and the answer. */
export function saidOf(explanation: Explanation, t: WhyText = WHY_TEXT, log: LogText = LOG_TEXT): string {
  const answer = explanation.yes ? 'yes' : 'no';
  const own = t.factors.said[explanation.rule]?.[answer];
  if (own !== undefined) return own;
  return fill(t.factors.question, { rule: ruleWords(explanation.rule, log), answer: t.factors.answers[answer] });
}

/** The decision's headline for a 16-year-old: what was decided, then the odds and the dice, or the bar to clear. */
export function headlineOf(explanation: Explanation, t: WhyText = WHY_TEXT, log: LogText = LOG_TEXT): string {
  const said = saidOf(explanation, t, log);
  if (explanation.chance !== null && explanation.roll !== null) {
    return fill(t.factors.headlineChance, { said, chance: explanation.chance, roll: explanation.roll });
  }
  return fill(t.factors.headlineThreshold, {
    said,
    total: signed(explanation.total),
    threshold: signed(explanation.threshold ?? 0),
  });
}

/**
 * A roll at the model's odds (`explainRoll`: a démarche, a transit state's answer, stalled talks revived): its rule
 * is a `roll.` sentence, and no reasons are added up for it, so its "lean" is only its chance.
 */
export function isFlatRoll(explanation: Explanation): boolean {
  return explanation.rule.startsWith('roll.') && explanation.terms.length === 0;
}

/** The odds in a few words: `18 in 100`, or `+12, needed 0`. */
export function oddsOf(explanation: Explanation, t: WhyText = WHY_TEXT): string {
  return explanation.chance !== null
    ? fill(t.factors.oddsChance, { chance: explanation.chance })
    : fill(t.factors.oddsThreshold, {
        total: signed(explanation.total),
        threshold: signed(explanation.threshold ?? 0),
      });
}

/** The decision as bars, a strip or a threshold, and words: everything `mountFactors` draws. */
export function factorsView(explanation: Explanation, t: WhyText = WHY_TEXT, log: LogText = LOG_TEXT): FactorsView {
  const f = t.factors;
  const threshold = explanation.chance === null ? (explanation.threshold ?? 0) : null;
  const extent = Math.max(
    1,
    Math.abs(explanation.bias.weight),
    Math.abs(explanation.total),
    Math.abs(threshold ?? 0),
    ...explanation.terms.map((term) => Math.abs(term.weight)),
  );
  const zero = 50;
  const bar = (weight: number) => {
    const width = (Math.abs(weight) / extent) * zero;
    return { left: weight < 0 ? zero - width : zero, width };
  };
  const sourceLine = (source: string | null) => ({
    source: fill(f.source, { source: source ?? f.assumption }),
    cite: source,
  });
  const row = (
    kind: FactorRow['kind'],
    id: string,
    label: string,
    note: string | null,
    weight: number,
    cited: { readonly source: string | null; readonly cite: string | null },
  ): FactorRow => {
    const side = sideOf(weight);
    return {
      kind,
      id,
      label,
      note,
      weight,
      points: points(weight, t),
      side,
      sideWord: sideWord(side, t),
      ...bar(weight),
      ...cited,
    };
  };
  // A roll at the model's odds has no reasons and no lean: one row, its chance in 100, not "+40 points for".
  const rows: FactorRow[] = isFlatRoll(explanation)
    ? [
        {
          ...row(
            'bias',
            'bias',
            f.rollBias,
            f.rollBiasNote,
            explanation.bias.weight,
            sourceLine(explanation.bias.source),
          ),
          points: fill(f.oddsChance, { chance: explanation.bias.weight }),
          side: 'none',
          sideWord: '',
        },
      ]
    : [
        row('bias', 'bias', f.bias, f.biasNote, explanation.bias.weight, sourceLine(explanation.bias.source)),
        ...explanation.terms.map((term) =>
          row('term', term.id, termLabel(term, log), null, term.weight, sourceLine(term.source)),
        ),
        row('total', 'total', f.total, null, explanation.total, { source: null, cite: null }),
      ];
  const answer = f.answerWords[explanation.yes ? 'yes' : 'no'];
  const chance =
    explanation.chance !== null && explanation.roll !== null
      ? {
          chance: explanation.chance,
          roll: explanation.roll,
          label: fill(f.stripLabel, { chance: explanation.chance, roll: explanation.roll, answer }),
          caption: fill(f.stripCaption, { chance: explanation.chance, roll: explanation.roll, answer }),
          mark: fill(f.rollMark, { roll: explanation.roll }),
        }
      : null;
  return {
    rule: ruleWords(explanation.rule, log),
    yes: explanation.yes,
    said: saidOf(explanation, t, log),
    headline: headlineOf(explanation, t, log),
    odds: oddsOf(explanation, t),
    rows,
    zero,
    chance,
    threshold:
      threshold === null
        ? null
        : {
            threshold,
            at: zero + (threshold / extent) * zero,
            caption: fill(f.thresholdCaption, {
              threshold: signed(threshold),
              total: signed(explanation.total),
              answer,
            }),
            mark: fill(f.thresholdMark, { threshold: signed(threshold) }),
          },
  };
}

/**
 * The main reason behind a decision, for a hover on the map: the term that
 * weighed most either way, or the starting lean if no term counted.
 */
export function mainReason(
  explanation: Explanation,
  t: WhyText = WHY_TEXT,
  log: LogText = LOG_TEXT,
): { readonly label: string; readonly weight: number; readonly text: string } {
  if (isFlatRoll(explanation)) {
    const odds = fill(t.factors.oddsChance, { chance: explanation.bias.weight });
    return {
      label: t.factors.rollBias,
      weight: 0,
      text: fill(t.factors.mainReason, { label: t.factors.rollBias, n: odds }),
    };
  }
  let best: { label: string; weight: number } = { label: t.factors.bias, weight: explanation.bias.weight };
  let bestSize = -1;
  for (const term of explanation.terms) {
    if (Math.abs(term.weight) > bestSize) {
      best = { label: termLabel(term, log), weight: term.weight };
      bestSize = Math.abs(term.weight);
    }
  }
  return { ...best, text: fill(t.factors.mainReason, { label: best.label, n: signed(best.weight) }) };
}

/** One decision in a month's list: the reason it belongs to and its explanation. */
export interface MonthDecision {
  readonly reason: LogReason;
  readonly explanation: Explanation;
  /** `Poland said no (18 in 100)`: the disclosure's summary. */
  readonly summary: string;
}

/** A log entry that had decisions behind it: its sentence, its decisions, and its other reasons as sentences. */
export interface MonthWhyItem {
  readonly entry: LogEntry;
  readonly text: string;
  readonly decisions: readonly MonthDecision[];
  /** Reasons without a roll ("a second démarche …, each within 3 months of the last, carries less weight"), in words. */
  readonly notes: readonly string[];
}

/** The month's entries that had a decision or roll behind them, in order, ready for `mountMonthWhy`. */
export function monthWhy(entries: readonly LogEntry[], t: WhyText = WHY_TEXT, log: LogText = LOG_TEXT): MonthWhyItem[] {
  const items: MonthWhyItem[] = [];
  for (const entry of entries) {
    const reasons = entry.reasons ?? [];
    const decisions: MonthDecision[] = [];
    const notes: string[] = [];
    const rendered = renderEntry(entry, log);
    for (const [i, reason] of reasons.entries()) {
      if (reason.explanation === undefined) {
        const line = rendered.factors[i];
        if (line !== undefined && line !== '') notes.push(line);
        continue;
      }
      const summary = fill(t.factors.summary, {
        said: saidOf(reason.explanation, t, log),
        odds: oddsOf(reason.explanation, t),
      });
      decisions.push({ reason, explanation: reason.explanation, summary });
    }
    if (decisions.length > 0) items.push({ entry, text: rendered.text, decisions, notes });
  }
  return items;
}
