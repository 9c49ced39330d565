/**
 * Locarno (the Rhineland Pact, 1925) as plain functions: which French actions
 * engage it, which of Art. 2's exceptions covers them, and whose verdict
 * counts (treaty-and-rules.md §3 and §5.8 "The Locarno check").
 */
import { CALENDAR, type LocarnoStatus } from './lawData';
import type { GuarantorVerdict, LocarnoReading } from './legalCase';
import type { CountryId } from './types';

/** The legal ground a French assistance action against Germany would rest on. */
export type AssistanceBasis =
  /** A Council recommendation under Art. 16 was issued: "action resulting from a decision of the Council" (Art. 2 §2(3)). */
  | 'council-decision'
  /** Art. 16 applies but the Council recommended nothing: Protocol I's override. */
  | 'art16-without-recommendation'
  /** The Council failed to report unanimously: the liberty of Covenant Art. 15 §7. */
  | 'art15-para7';

/** A French action that Locarno judges. */
export type FrenchAction =
  | { readonly kind: 'none' }
  /** France helps a victim (the USSR, or Czechoslovakia) by acting against the aggressor. */
  | { readonly kind: 'assistance'; readonly against: CountryId; readonly basis: AssistanceBasis }
  /** France resists an attack on its own territory. */
  | { readonly kind: 'defence'; readonly against: CountryId }
  /** France answers a breach of the demilitarised zone. */
  | { readonly kind: 'riposte'; readonly against: CountryId; readonly unprovoked: boolean }
  /** France is itself the aggressor: it attacks `against` (a case supposed: France attacks the USSR). */
  | { readonly kind: 'aggression'; readonly against: CountryId };

export type Guarantor = 'uk' | 'italy';

/** Locarno Art. 2 binds France towards Germany, and Germany towards France and Belgium. */
export function isLocarnoCounterpart(state: CountryId): boolean {
  return state === 'germany' || state === 'belgium';
}

/**
 * The guarantors whose verdict counts [DECISION, §5.8], by Locarno's status, from
 * the calendar (`locarnoGuarantors`): the UK and Italy while Locarno is in force;
 * from 7 March 1936 only the UK (Italy's role was void in practice).
 */
export function countingGuarantors(
  status: LocarnoStatus,
  table: Readonly<Record<LocarnoStatus, readonly Guarantor[]>> = CALENDAR.locarnoGuarantors,
): readonly Guarantor[] {
  return table[status];
}

/**
 * Does one of Art. 2's exceptions cover a French assistance action?
 * Art. 2 §2(2) action under Covenant Art. 16; §2(3) a Council decision, or
 * Art. 15 §7 action against the state that attacked first. Help under Protocol I
 * without a recommendation counts as Art. 16 action on the French reading, which
 * Britain, Italy and Belgium accepted in 1935 [DECISION, §5.8]; not on the German
 * reading of 25 May 1935.
 */
export function isCoveredByArt2(basis: AssistanceBasis, reading: LocarnoReading): boolean {
  return basis !== 'art16-without-recommendation' || reading === 'french';
}

/** True for a verdict that brands the French action a violation (flagrant or not); false for no verdict. */
export function isViolationVerdict(verdict: GuarantorVerdict | undefined): boolean {
  return verdict === 'violation-flagrant' || verdict === 'violation-nonflagrant';
}
