/**
 * The conditions of the mutual-assistance treaties as plain functions: the
 * guards G1-G5 of treaty-and-rules.md §5.3, the League route, and who helps
 * whom. The Franco-Soviet and Czechoslovak-Soviet machines call them.
 */
import type { AssistanceBasis } from './locarnoRules';
import type { CouncilOutcome, CountryId } from './types';
import { isEuropean } from './worldFacts';

/** The two parties of a bilateral assistance treaty. */
export type Parties = readonly [CountryId, CountryId];

export const FRANCO_SOVIET_PARTIES: Parties = ['france', 'ussr'];
export const CZECHOSLOVAK_SOVIET_PARTIES: Parties = ['ussr', 'czechoslovakia'];

/** The League route the obligation arises by (treaty Arts. 2, 3 §1, 3 §2; §5.3 S4-S5). */
export type LeagueRoute = 'art15' | 'art16' | 'art17';

/** What the Council's procedure reported back to the treaty machines. */
export interface CouncilReport {
  /** The article the dispute was finally dealt with under (10/11 for a threat). */
  readonly article: 10 | 11 | 15 | 16;
  /** A non-Member's answer to the Art. 17 invitation, if one was made. */
  readonly invitation: 'accept' | 'refuse-and-war' | null;
  readonly outcome: CouncilOutcome;
}

/** G2: "a European State" (treaty Arts. 1-3). */
export function isEuropeanAggressor(aggressor: CountryId): boolean {
  return isEuropean(aggressor);
}

/** True if `state` is one of the treaty's parties. */
export function isParty(parties: Parties, state: CountryId): boolean {
  return parties.includes(state);
}

/** G3: the aggression is against a party's own territory (Protocol of Signature, point I). */
export function isAgainstOwnTerritory(parties: Parties, victim: CountryId, target: string): boolean {
  return isParty(parties, victim) && target === 'own-territory';
}

/**
 * G5: within the limits of the planned three-party agreement (Protocol IV):
 * aggression by Germany, or by one party against the other [ANALYSIS].
 */
export function isWithinThreePartyLimits(parties: Parties, aggressor: CountryId): boolean {
  return aggressor === 'germany' || isParty(parties, aggressor);
}

/** The party that owes help when `victim` is attacked, or null if the victim is not a party. */
export function helperFor(parties: Parties, victim: CountryId): CountryId | null {
  if (victim === parties[0]) return parties[1];
  if (victim === parties[1]) return parties[0];
  return null;
}

/** True when the state that would owe help is itself the aggressor. */
export function isPartnerTheAggressor(parties: Parties, victim: CountryId, aggressor: CountryId): boolean {
  return helperFor(parties, victim) === aggressor;
}

/** The route by which the obligation arises, from what the Council did (§5.3 S4, §5.8). */
export function leagueRoute(report: CouncilReport): LeagueRoute {
  if (report.invitation === 'refuse-and-war') return 'art17';
  return report.article === 15 ? 'art15' : 'art16';
}

/** On the Art. 15 route: was a report adopted (so an attack defies it, §6), or is there liberty (§7)? */
export function isReportAdopted(report: CouncilReport): boolean {
  return report.article === 15 && report.outcome === 'recommendation';
}

/** On the Art. 16 and 17 routes: did the Council issue a recommendation? */
export function hasRecommendation(report: CouncilReport): boolean {
  return report.article !== 15 && report.outcome === 'recommendation';
}

/** The ground a French action against the aggressor rests on, for the Locarno check (S7). */
export function assistanceBasis(report: CouncilReport): AssistanceBasis {
  if (hasRecommendation(report)) return 'council-decision';
  if (report.article === 15 && !isReportAdopted(report)) return 'art15-para7';
  return 'art16-without-recommendation';
}

/** S7 runs only when France acts, and only against Germany or Belgium (§5.8). */
export function needsLocarnoCheck(helper: CountryId | null, aggressor: CountryId): boolean {
  return helper === 'france' && (aggressor === 'germany' || aggressor === 'belgium');
}
