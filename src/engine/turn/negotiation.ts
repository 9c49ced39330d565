/**
 * The convention in the monthly turn: the player's convention actions, the
 * other side's answers, the veto players' approvals, the events that stall or
 * resume the talks, and the exchange that puts a signed convention in force.
 * Phase changes all go through `conventionMachine`.
 */
import type { LogParams, LogReason } from '../log/types';
import { decide, explain, explainRoll } from '../model/decide';
import { contextFor } from '../model/derived';
import { CONVENTION, decisionRule } from '../model/modelData';
import type { Effects, Rule } from '../model/modelSchemas';
import {
  type ConventionEvent,
  type ConventionMachineState,
  conventionTransition,
} from '../negotiation/conventionMachine';
import { answerOffer, judgeDraft } from '../negotiation/offers';
import { rollPercent } from '../random';
import { applyEffectsTo, because, type Journal, monthsInPhase, note } from '../world/effects';
import {
  APPROVERS,
  CLAUSE_IDS,
  type ClauseId,
  type Clauses,
  clausesWith,
  conventionState,
  draftOf,
  humanSide,
  type Role,
  type WorldDraft,
  type WorldState,
} from '../world/worldState';

function machineStateOf(world: WorldState): ConventionMachineState {
  const { phase, approvals, resumePhase } = world.convention;
  return { phase, context: { approvals, resumePhase } };
}

/** The clauses after the machine has accepted an agreement or a reopening. */
function clausesAfter(agreed: Clauses, event: ConventionEvent): Clauses {
  if (event.type === 'convention.clauseAgreed') return clausesWith(agreed, event.clause, event.option);
  if (event.type === 'convention.reopen') return clausesWith(agreed, event.clause, undefined);
  return agreed;
}

/**
 * Send one event to the convention's machine on a draft of the world (a copy no
 * one else holds), changed in place; false, and the draft unchanged, if the
 * phase does not accept it.
 */
function sendTo(next: WorldDraft, event: ConventionEvent): boolean {
  const after = conventionTransition(machineStateOf(next), event);
  if (after === null) return false;
  const was = next.convention;
  const changed = after.phase !== was.phase;
  // Every field set, in `conventionState`'s order (one shape for every convention state), without its changes object.
  next.convention = {
    phase: after.phase,
    resumePhase: after.context.resumePhase,
    agreed: clausesAfter(was.agreed, event),
    counter: changed ? null : was.counter,
    approvals: after.context.approvals,
    credibility: was.credibility,
    phaseSince: changed ? next.month : was.phaseSince,
  };
  if (after.phase === 'signed' && next.conventionSigned === null) next.conventionSigned = next.month;
  if (after.phase === 'inForce' && next.conventionInForce === null) next.conventionInForce = next.month;
  return true;
}

/** Send one event to the convention's machine; null if the phase does not accept it. */
export function sendConvention(world: WorldState, event: ConventionEvent): WorldState | null {
  const next = draftOf(world);
  return sendTo(next, event) ? next : null;
}

/** A line of the convention's log: its sentence is `negotiation.<key>` in the log's text. */
function phaseNote(
  journal: Journal,
  world: WorldState,
  id: string,
  key: string,
  params?: LogParams,
  reasons?: () => readonly LogReason[],
): void {
  if (journal === null) return;
  note(journal, world, { kind: 'negotiation', id, key: `negotiation.${key}`, params, reasons });
}

/** An event's effect on the convention: stall, resume, break off, or the Soviet offer of 1937. */
export function applyConventionEffect(
  world: WorldState,
  effect: 'stall' | 'resume' | 'breakOff' | 'sovietOffer',
  journal: Journal,
): WorldState {
  return applyConventionEffectTo(draftOf(world), effect, journal);
}

/** `applyConventionEffect` on a draft no one else holds, changed in place. */
export function applyConventionEffectTo(
  next: WorldDraft,
  effect: 'stall' | 'resume' | 'breakOff' | 'sovietOffer',
  journal: Journal,
): WorldDraft {
  if (effect === 'sovietOffer') {
    // Moscow's offer is a counter-offer France may accept. A game played as the USSR never gets it: the event is
    // Moscow's own decision (`decidedBy` in events.json), which such a game leaves to the player's orders, and
    // the class is never handed its own offer to accept.
    if (humanSide(next, 'ussr')) return next;
    if (next.convention.phase !== 'drafting' || (next.convention.agreed.sovietContribution ?? 0) >= 2) return next;
    phaseNote(journal, next, 'soviet-offer', 'soviet-offer');
    // One counter-offer stands at a time: Moscow's own offer takes the place of any other, and the class is told.
    const standing = next.convention.counter;
    const offer = { clause: 'sovietContribution', option: 2 } as const;
    if (standing !== null && (standing.clause !== offer.clause || standing.option !== offer.option)) {
      phaseNote(journal, next, 'counter-lapsed', 'counter-lapsed', {
        clause: standing.clause,
        option: standing.option,
      });
    }
    next.convention = conventionState(next.convention, { counter: offer });
    return next;
  }
  const type =
    effect === 'stall' ? 'convention.stall' : effect === 'resume' ? 'convention.resume' : 'convention.breakOff';
  if (!sendTo(next, { type })) return next;
  phaseNote(journal, next, `convention-${effect}`, 'phase', { phase: next.convention.phase });
  return next;
}

/*
 * The player's convention orders below work on the order's own draft of the
 * world (`step.ts` copies the world once, to pay the order's capital) and
 * change it in place: every roll and judgement is read from it before it is changed.
 */

/** Open attaché contacts. */
export function openContacts(next: WorldDraft, journal: Journal): WorldDraft {
  sendTo(next, { type: 'convention.open' });
  phaseNote(journal, next, 'contacts-opened', 'contacts-opened');
  return next;
}

/** The rules that decide a proposal of staff talks, in the order they are rolled: the French cabinet's, then Moscow's. */
export function staffTalksRules(): readonly [Rule, Rule] {
  return [decisionRule('france', 'staffTalks'), decisionRule('ussr', 'staffTalks')];
}

/** Propose general-staff talks: the French cabinet and Moscow must both agree. */
export function proposeStaffTalks(next: WorldDraft, journal: Journal): WorldDraft {
  // A scenario that scripts history's course has both governments agree as they did, in history's months, no roll.
  if (next.script?.staffTalks?.includes(next.month) === true) {
    sendTo(next, { type: 'convention.staffTalksAgreed' });
    phaseNote(journal, next, 'staff-talks', 'staff-talks', undefined, () => [{ key: 'staffTalks.scripted' }]);
    return next;
  }
  const context = contextFor(next);
  const [frenchRule, sovietRule] = staffTalksRules();
  const [french, rng1] = decide(frenchRule, context, next.rng);
  const [soviet, rng2] = decide(sovietRule, context, rng1);
  next.rng = rng2;
  if (!french.yes) {
    phaseNote(journal, next, 'staff-talks-refused', 'staff-talks-refused', { by: 'france' }, () => [
      because(explain(french)),
    ]);
    return next;
  }
  if (!soviet.yes) {
    phaseNote(journal, next, 'staff-talks-refused', 'staff-talks-refused', { by: 'ussr' }, () => [
      because(explain(soviet)),
    ]);
    return next;
  }
  sendTo(next, { type: 'convention.staffTalksAgreed' });
  phaseNote(journal, next, 'staff-talks', 'staff-talks', undefined, () => [
    because(explain(french)),
    because(explain(soviet)),
  ]);
  return next;
}

/** Move from staff talks to drafting, once the talks have run long enough. */
export function beginDrafting(next: WorldDraft, journal: Journal): WorldDraft {
  if (!sendTo(next, { type: 'convention.beginDrafting', monthsInPhase: monthsInPhase(next) })) {
    const months = CONVENTION.rules.minStaffTalkMonths.value;
    phaseNote(journal, next, 'drafting-too-early', 'drafting-too-early', { months });
    return next;
  }
  phaseNote(journal, next, 'drafting', 'drafting');
  return next;
}

/** The trust an agreed clause builds on both sides (made once: `applyEffects` reads each effects object once). */
const AGREED_CLAUSE_TRUST: Effects = {
  trust: { france: CONVENTION.rules.trustPerAgreedClause.value, ussr: CONVENTION.rules.trustPerAgreedClause.value },
};

function agree(next: WorldDraft, clause: ClauseId, option: number, journal: Journal): WorldDraft {
  sendTo(next, { type: 'convention.clauseAgreed', clause, option });
  applyEffectsTo(next, AGREED_CLAUSE_TRUST);
  phaseNote(journal, next, 'clause-agreed', 'clause-agreed', { clause, option });
  next.convention = conventionState(next.convention, { counter: null });
  return next;
}

/** Offer an option for a clause; the other side accepts, counters or rejects, and says why. */
export function makeOffer(
  next: WorldDraft,
  role: Role,
  clause: ClauseId,
  option: number,
  journal: Journal,
): WorldDraft {
  const [answer, rng] = answerOffer(contextFor(next), role, clause, option, next.rng);
  next.rng = rng;
  // The answer accepts at `acceptAt`: the explanation judges the total against it.
  const reasons = () => [because(explain(answer.decision, CONVENTION.rules.acceptAt.value))];
  // A counter-offer on another clause leaves the table when this offer is agreed or countered in its turn.
  const standing = next.convention.counter;
  const lapses = () => {
    if (standing === null || standing.clause === clause) return;
    phaseNote(journal, next, 'counter-lapsed', 'counter-lapsed', { clause: standing.clause, option: standing.option });
  };
  if (answer.answer === 'accept') {
    phaseNote(journal, next, 'offer-accepted', 'offer-accepted', { clause, option }, reasons);
    agree(next, clause, option, journal);
    lapses();
    return next;
  }
  // Only a counter-offer has an option (`answerOffer`); a rejection has none.
  const counter = answer.counterOption;
  if (counter !== null) {
    phaseNote(journal, next, 'offer-countered', 'offer-countered', { clause, option, counter }, reasons);
    lapses();
    next.convention = conventionState(next.convention, { counter: { clause, option: counter } });
    return next;
  }
  phaseNote(journal, next, 'offer-rejected', 'offer-rejected', { clause, option }, reasons);
  return next;
}

/** Accept the counter-offer on the table. */
export function acceptCounter(next: WorldDraft, journal: Journal): WorldDraft {
  const counter = next.convention.counter;
  return counter === null ? next : agree(next, counter.clause, counter.option, journal);
}

/** Submit the draft: each veto player judges it; a refusal reopens the clause it objects to most. */
export function submitDraft(next: WorldDraft, journal: Journal): WorldDraft {
  const complete = CLAUSE_IDS.every((clause) => next.convention.agreed[clause] !== undefined);
  if (!sendTo(next, { type: 'convention.submit', complete })) return next;
  const draft = next.convention.agreed;
  let reopen: ClauseId | null = null;
  for (const approver of APPROVERS) {
    const [{ decision, worstClause }, rng] = judgeDraft(contextFor(next), approver, draft, next.rng);
    next.rng = rng;
    phaseNote(journal, next, `approval-${approver}`, 'approval', { approver, yes: decision.yes }, () => [
      because(explain(decision)),
    ]);
    sendTo(next, { type: 'convention.approval', approver, yes: decision.yes });
    // A refusal ends the approvals (the machine returns to drafting), so the last
    // approver judged is the first to refuse, and its clause is the one to reopen.
    reopen = worstClause;
    if (next.convention.phase !== 'approvals') break;
  }
  if (next.convention.phase === 'signed') {
    phaseNote(journal, next, 'convention-signed', 'convention-signed');
  } else if (reopen !== null) {
    sendTo(next, { type: 'convention.reopen', clause: reopen });
    phaseNote(journal, next, 'clause-reopened', 'clause-reopened', { clause: reopen });
  }
  return next;
}

/** Try to resume stalled talks: a chance, if both sides still want them. */
export function resumeTalks(next: WorldDraft, journal: Journal): WorldDraft {
  const [roll, rng] = rollPercent(next.rng);
  const chance = CONVENTION.rules.stallResumeChance.value;
  next.rng = rng;
  if (roll >= chance) {
    const source = CONVENTION.rules.stallResumeChance.source ?? null;
    phaseNote(journal, next, 'resume-failed', 'resume-failed', undefined, () => [
      because(explainRoll('roll.resume', chance, source, roll)),
    ]);
    return next;
  }
  return applyConventionEffectTo(next, 'resume', journal);
}

/** The convention's month, on the month's draft (changed in place): time in phase, and the exchange that puts a signed convention in force. */
export function conventionMonth(next: WorldDraft, journal: Journal): WorldDraft {
  const { phase } = next.convention;
  if (phase === 'staffTalks' || phase === 'drafting') {
    const gain = CONVENTION.rules.credibilityPerMonthOfTalks.value;
    const credibility = Math.min(100, next.convention.credibility + gain);
    next.convention = conventionState(next.convention, { credibility });
    return next;
  }
  if (phase === 'signed') {
    sendTo(next, { type: 'convention.exchange' });
    phaseNote(journal, next, 'convention-in-force', 'convention-in-force');
  }
  return next;
}
