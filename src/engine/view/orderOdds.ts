/**
 * What an order's dice would be now, for the order's button (issue 14: a
 * class sees the odds of a choice before it makes it): the chance of each roll
 * the order makes, from the same rules and numbers the order rolls with, and
 * never from a roll itself, so that the odds shown say nothing of how the die
 * will fall. A démarche that repetition has worn down to no weight, or that
 * its ceiling holds, would move nothing whatever its die said: it says so
 * instead of giving odds.
 */
import { inSentence } from '../log/inSentence';
import { renderSentence } from '../log/render';
import { chanceOf, ruleScore } from '../model/decide';
import { contextFor } from '../model/derived';
import { CONVENTION, MODEL } from '../model/modelData';
import type { Rule } from '../model/modelSchemas';
import { answerOffer, clauseOptions, judgeDraft, SIDE_APPROVERS, valuation } from '../negotiation/offers';
import { costOf, type GameAction, refusal } from '../turn/actions';
import { staffTalksRules } from '../turn/negotiation';
import { demarcheWeight } from '../turn/repeats';
import { APPROVERS, type Approver, type WorldState } from '../world/worldState';

/** One roll an order makes: its question in words, and its chance in 100 of a yes. */
export interface OrderRoll {
  readonly question: string;
  readonly chance: number;
}

/** One approver's verdict on the draft as it stands: its rule in words, yes or no, and the clause it likes least. */
export interface DraftVerdict {
  readonly approver: Approver;
  readonly question: string;
  readonly yes: boolean;
  /** The clause it objects to most (the one a refusal sends back to drafting), in words; null if it objects to none. */
  readonly objection: string | null;
}

/**
 * An order's dice: the rolls it makes, or why it would change nothing whatever they said; for the draft's
 * submission, each approver's verdict, which no die decides (its rules are thresholds on the world and the draft).
 */
export type OrderOdds =
  | { readonly kind: 'rolls'; readonly rolls: readonly OrderRoll[] }
  | { readonly kind: 'nil'; readonly why: string }
  | { readonly kind: 'verdicts'; readonly verdicts: readonly DraftVerdict[] }
  | {
      readonly kind: 'answer';
      /** The other side's answer to an offer, as things stand: its rule is a threshold, no die. */
      readonly answer: 'accept' | 'counter' | 'reject';
      /** The option it would counter with, in words; null unless it counters. */
      readonly counter: string | null;
      /** Its reasons' total, and the total it accepts from. */
      readonly score: number;
      readonly acceptAt: number;
      /**
       * How the offering side's own approvers value the option (`convention.json` valuations): each judges the
       * whole draft when it is submitted, so an option the other side accepts may still cost the draft their yes.
       */
      readonly own: readonly { readonly who: string; readonly points: number }[];
    };

/** A rule's chance of a yes on `world`'s facts: its chance, or 100 or 0 for a threshold rule. */
function ruleChance(rule: Rule, world: WorldState): number {
  const score = ruleScore(rule, contextFor(world));
  return rule.mode === 'threshold' ? (score >= 0 ? 100 : 0) : chanceOf(rule, score);
}

/**
 * The dice `action` would roll if given now in `world`, or null for an order that rolls none, or one the rules
 * refuse now. Read from the world with the order's capital paid, as the order itself reads it.
 */
export function orderOdds(world: WorldState, action: GameAction): OrderOdds | null {
  if (refusal(world, action) !== null) return null;
  const paid: WorldState = { ...world, capital: world.capital - costOf(action) };
  const month = world.month;
  switch (action.type) {
    case 'convention.staffTalks': {
      // Both must agree, as the order rolls them: the French cabinet, then Moscow.
      return {
        kind: 'rolls',
        rolls: staffTalksRules().map((rule) => ({ question: rule.label, chance: ruleChance(rule, paid) })),
      };
    }
    case 'convention.resume':
      return {
        kind: 'rolls',
        rolls: [
          { question: renderSentence('roll.resume', {}, month), chance: CONVENTION.rules.stallResumeChance.value },
        ],
      };
    case 'diplomacy.demarche': {
      // As the order weighs it: the gain left after repetition, and the ceiling it may not pass.
      const { gain, current, reached } = demarcheWeight(paid, action.to);
      if (gain === 0) {
        const months = MODEL.diminishing.forgetAfterMonths;
        return {
          kind: 'nil',
          why: `repeated so often that it carries no weight now (it weighs again after more than ${months} months without one)`,
        };
      }
      if (reached <= current) return { kind: 'nil', why: 'the government will not move further on démarches alone' };
      return {
        kind: 'rolls',
        rolls: [{ question: renderSentence('roll.demarche', {}, month), chance: MODEL.transit.demarcheChance }],
      };
    }
    case 'diplomacy.collectiveSecurity': {
      // London and Paris's answer, as the order rolls it (`step.ts`); repetition scales what follows, not the odds.
      const rule = MODEL.collectiveSecurity.answer;
      return { kind: 'rolls', rolls: [{ question: rule.label, chance: ruleChance(rule, paid) }] };
    }
    case 'convention.offer': {
      const [{ answer, counterOption, decision }] = answerOffer(
        contextFor(paid),
        paid.role,
        action.clause,
        action.option,
        paid.rng,
      );
      return {
        kind: 'answer',
        answer,
        counter: counterOption === null ? null : (clauseOptions(action.clause)[counterOption] ?? null),
        score: decision.score,
        acceptAt: CONVENTION.rules.acceptAt.value,
        own: SIDE_APPROVERS[paid.role].map((approver) => ({
          who: CONVENTION.labels.approvers[approver],
          points: valuation(approver, action.clause, action.option),
        })),
      };
    }
    case 'convention.submit': {
      // The approvers judge in this order, and the first refusal ends the approvals (`submitDraft`).
      const context = contextFor(paid);
      const verdicts = APPROVERS.map((approver): DraftVerdict => {
        const [{ decision, worstClause }] = judgeDraft(context, approver, paid.convention.agreed, paid.rng);
        return {
          approver,
          question: decision.rule.label,
          yes: decision.yes,
          objection: worstClause === null ? null : inSentence(CONVENTION.clauses[worstClause].label),
        };
      });
      return { kind: 'verdicts', verdicts };
    }
    default:
      return null;
  }
}
