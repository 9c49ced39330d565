/**
 * The League Council's voting rules as plain functions (treaty-and-rules.md §2).
 *
 * Covenant Art. 5 §1: "decisions at any meeting of the Assembly or of the
 * Council shall require the agreement of all the Members of the League
 * represented at the meeting". The parties to a dispute count, unless an
 * article says they do not — and only Art. 15 says so, for reports.
 */
import type { CouncilArticle, CouncilResult } from './legalCase';
import type { CountryId } from './types';
import type { WorldFacts } from './worldFacts';

/** The articles the Council can act under once seized; Art. 17 opens a dispute with a non-Member. */
export type CouncilProcedure = CouncilArticle | 17;

/** True only for Art. 15 reports, where unanimity is counted without the parties (Art. 15 §6-7, §10). */
export function excludesParties(article: CouncilProcedure): boolean {
  return article === 15;
}

/** True when the vote is unanimous in the sense the article requires. */
export function isUnanimousUnder(article: CouncilProcedure, result: CouncilResult): boolean {
  if (result === 'unanimous') return true;
  return result === 'unanimous-excluding-parties' && excludesParties(article);
}

/**
 * Art. 16: a vote unanimous except for the parties does not meet Art. 5 in
 * letter, but the 1921 "rules for guidance" left the accused's and the victim's
 * votes out, and in 1935 Italy's objection did not block the Council (practice).
 */
export function isAdoptedByGuidance(article: CouncilProcedure, result: CouncilResult): boolean {
  return article === 16 && result === 'unanimous-excluding-parties';
}

/** True when a dispute with `aggressor` is a dispute with a non-Member (Art. 17 §1). */
export function isDisputeWithNonMember(world: WorldFacts, aggressor: CountryId): boolean {
  return !world.leagueMembers.includes(aggressor);
}

/** The permanent members who vote under `article`, and the parties left out of the count. */
export function councilVote(
  world: WorldFacts,
  article: CouncilProcedure,
  parties: readonly CountryId[],
): { voters: CountryId[]; excluded: CountryId[] } {
  const seated = world.councilPermanent;
  const excluded = excludesParties(article) ? seated.filter((s) => parties.includes(s)) : [];
  return { voters: seated.filter((s) => !excluded.includes(s)), excluded };
}
