/**
 * How each side answers an offer on a clause, and how each veto player judges
 * the whole draft: the weights are in `scenarios/model/convention.json` and
 * `actors.json`, and every answer can say why, one factor at a time.
 */

import { inSentence } from '../log/inSentence';
import { type Decision, decide, type Part } from '../model/decide';
import type { FactorContext } from '../model/factors';
import { CONVENTION, decisionRule } from '../model/modelData';
import type { RngState } from '../random';
import { type Approver, CLAUSE_IDS, type ClauseId, type Clauses, type Role } from '../world/worldState';

/** Who judges on each side: the French veto players, or the Soviet leadership. */
export const SIDE_APPROVERS: Readonly<Record<Role, readonly Approver[]>> = {
  france: ['cabinet', 'warMinister', 'generalStaff'],
  ussr: ['sovietLeadership'],
};

/** A label of `convention.json` with its `{names}` filled in. */
function labelled(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The options of a clause, weak to strong. */
export function clauseOptions(clause: ClauseId): readonly string[] {
  return CONVENTION.clauses[clause].options;
}

/** How `party` values option `option` of `clause`. */
export function valuation(party: keyof typeof CONVENTION.valuations, clause: ClauseId, option: number): number {
  return CONVENTION.valuations[party][clause].values[option] ?? 0;
}

/** The answer to an offer: accepted, countered one step towards the option the other side prefers, or rejected. */
export interface OfferAnswer {
  readonly answer: 'accept' | 'counter' | 'reject';
  readonly counterOption: number | null;
  readonly decision: Decision;
}

/** Where `party`'s valuation of `clause` comes from, or null: the model's assumption. */
function valuationSource(party: keyof typeof CONVENTION.valuations, clause: ClauseId): string | null {
  return CONVENTION.valuations[party][clause].source ?? null;
}

/** What the other side thinks of `option` on `clause`, as parts of its decision. */
function makeOfferParts(judge: Role, clause: ClauseId, option: number): readonly Part[] {
  const chosen = clauseOptions(clause)[option] ?? '';
  return SIDE_APPROVERS[judge].map((approver) => ({
    id: `valuation.${approver}`,
    label: labelled(CONVENTION.labels.offer, {
      approver: CONVENTION.labels.approvers[approver],
      clause: inSentence(CONVENTION.clauses[clause].label),
      option: chosen,
    }),
    points: valuation(approver, clause, option),
    source: valuationSource(approver, clause),
  }));
}

/** Every judge's parts for every clause's options, made once (labels filled in once, not at every offer); shared, read-only. */
const OFFER_PARTS: Readonly<Record<Role, Readonly<Record<ClauseId, readonly (readonly Part[])[]>>>> = {
  france: partsBy('france'),
  ussr: partsBy('ussr'),
};

function partsBy(judge: Role): Readonly<Record<ClauseId, readonly (readonly Part[])[]>> {
  const byClause: Partial<Record<ClauseId, readonly (readonly Part[])[]>> = {};
  for (const clause of CLAUSE_IDS)
    byClause[clause] = clauseOptions(clause).map((_, option) => makeOfferParts(judge, clause, option));
  return byClause as Record<ClauseId, readonly (readonly Part[])[]>;
}

/** `makeOfferParts`, from the table (an option outside the clause's list is made afresh). */
function offerParts(judge: Role, clause: ClauseId, option: number): readonly Part[] {
  return OFFER_PARTS[judge][clause][option] ?? makeOfferParts(judge, clause, option);
}

/** The option the judging side likes best for a clause. */
export function preferredOption(judge: Role, clause: ClauseId): number {
  const options = clauseOptions(clause);
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  options.forEach((_, option) => {
    const value = SIDE_APPROVERS[judge].reduce((sum, a) => sum + valuation(a, clause, option), 0);
    if (value > bestValue) {
      best = option;
      bestValue = value;
    }
  });
  return best;
}

/** The other side's answer to an offer by `offerer`. A threshold rule: no die is rolled. */
export function answerOffer(
  context: FactorContext,
  offerer: Role,
  clause: ClauseId,
  option: number,
  rng: RngState,
): [OfferAnswer, RngState] {
  const judge: Role = offerer === 'france' ? 'ussr' : 'france';
  const [decision, next] = decide(decisionRule(judge, 'acceptOffer'), context, rng, offerParts(judge, clause, option));
  const { acceptAt, counterAt } = CONVENTION.rules;
  if (decision.score >= acceptAt.value) return [{ answer: 'accept', counterOption: null, decision }, next];
  const preferred = preferredOption(judge, clause);
  if (decision.score >= counterAt.value && preferred !== option) {
    // A counter-offer moves one step towards what the judging side prefers, not all the way.
    const counterOption = option + Math.sign(preferred - option);
    return [{ answer: 'counter', counterOption, decision }, next];
  }
  return [{ answer: 'reject', counterOption: null, decision }, next];
}

const APPROVAL_RULES: Readonly<Record<Approver, ['france' | 'ussr', string]>> = {
  cabinet: ['france', 'approveCabinet'],
  warMinister: ['france', 'approveWarMinister'],
  generalStaff: ['france', 'approveGeneralStaff'],
  sovietLeadership: ['ussr', 'approve'],
};

/** An approver's verdict on the draft, and the clause it objects to most (to reopen if it refuses). */
export function judgeDraft(
  context: FactorContext,
  approver: Approver,
  draft: Clauses,
  rng: RngState,
): [{ decision: Decision; worstClause: ClauseId | null }, RngState] {
  let worstClause: ClauseId | null = null;
  let worstValue = 0;
  let total = 0;
  for (const clause of CLAUSE_IDS) {
    const option = draft[clause];
    if (option === undefined) continue;
    const value = valuation(approver, clause, option);
    total += value;
    if (value < worstValue) {
      worstValue = value;
      worstClause = clause;
    }
  }
  const labels = CONVENTION.labels;
  const label =
    worstClause === null
      ? labels.draft
      : labelled(labels.draftWorst, { clause: inSentence(CONVENTION.clauses[worstClause].label) });
  const parts: Part[] = [
    {
      id: `valuation.${approver}`,
      label,
      points: total,
      source: worstClause === null ? null : valuationSource(approver, worstClause),
    },
  ];
  const [actor, id] = APPROVAL_RULES[approver];
  const [decision, next] = decide(decisionRule(actor, id), context, rng, parts);
  return [{ decision, worstClause }, next];
}
