/**
 * The event log as data. A log entry records what happened as ids and numbers
 * (a sentence's key and its parameters) and why, as explanations: each
 * decision's bias, its terms, the total, the chance and the roll. The
 * sentences a player reads are rendered from this data (`render.ts`) and are
 * no part of the world's hash, so their wording can change, or be translated,
 * without breaking a recorded game.
 */
import type { YearMonth } from '../months';

/** One weighted reason in a decision: the points it brought, and where its weight comes from. */
export interface ExplainedTerm {
  /** The factor weighed (`frenchWill`, …), or the id of a reason computed elsewhere (`valuation.cabinet`). */
  readonly id: string;
  /** The rule's words for it (from the model's data). */
  readonly label: string;
  /** The factor's value, 0-100, where the term weighs a factor; null for a reason computed elsewhere. */
  readonly value: number | null;
  /** The points it brought to the total. */
  readonly weight: number;
  /** The weight's source in ../shared/history, or null: the model's assumption. */
  readonly source: string | null;
}

/** A decision as data: the bias, every term, the total; for a chance, the chance and the roll. */
export interface Explanation {
  /** The rule's name (its label in the model's data), or for a plain roll the key of its name (`roll.demarche`). */
  readonly rule: string;
  readonly bias: { readonly weight: number; readonly source: string | null };
  /** Every term that brought points (a term worth 0 is left out: it did not apply). */
  readonly terms: readonly ExplainedTerm[];
  /** Bias plus every term. */
  readonly total: number;
  /** A threshold rule says yes when the total reaches this; null for a chance rule. */
  readonly threshold: number | null;
  /** A chance rule: the total clamped to the rule's limits, as a percentage; null for a threshold rule. */
  readonly chance: number | null;
  /** The seeded die's roll, 0-99 (yes when below the chance); null for a threshold rule. */
  readonly roll: number | null;
  readonly yes: boolean;
}

/** A parameter of a log sentence: an id, a number, a list of ids, or nothing. */
export type LogValue = string | number | boolean | readonly string[] | null;
export type LogParams = Readonly<Record<string, LogValue>>;

/** A reason behind an entry: a sentence (another actor's choice, a verdict), an explanation, or both. */
export interface LogReason {
  readonly key: string | null;
  readonly params?: LogParams;
  readonly explanation?: Explanation;
}

/** One line of the event log: what happened (a sentence's key and parameters), when, and why. */
export interface LogEntry {
  readonly month: YearMonth;
  /** `event`, `decision`, `action`, `refused`, `move`, `crisis`, `negotiation`, `ending`, … */
  readonly kind: string;
  readonly id: string;
  /** The sentence's key in `scenarios/text/log.en.json`. */
  readonly key: string;
  readonly params?: LogParams;
  /** Why: the decisions and rolls behind it, in order. */
  readonly reasons?: readonly LogReason[];
}
