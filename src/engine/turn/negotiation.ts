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
import type { Effects } from '../model/modelSchemas';
import {
  type ConventionEvent,
  type ConventionMachineState,
  conventionTransition,
} from '../negotiation/conventionMachine';
import { answerOffer, judgeDraft } from '../negotiation/offers';
import { rollPercent } from '../random';
import { applyEffects, because, type Journal, monthsInPhase, note } from '../world/effects';
import {
  APPROVERS,
  CLAUSE_IDS,
  type ClauseId,
  type Clauses,
  type ConventionState,
  type Role,
  type WorldState,
  withRng,
  withWorld,
} from '../world/worldState';

function machineStateOf(world: WorldState): ConventionMachineState {
  const { phase, approvals, resumePhase } = world.convention;
  return { phase, context: { approvals, resumePhase } };
}

/** The clauses after the machine has accepted an agreement or a reopening. */
function clausesAfter(agreed: Clauses, event: ConventionEvent): Clauses {
  if (event.type === 'convention.clauseAgreed') return { ...agreed, [event.clause]: event.option };
  if (event.type === 'convention.reopen') {
    const { [event.clause]: _dropped, ...rest } = agreed;
    return rest;
  }
  return agreed;
}

/** Send one event to the convention's machine; null if the phase does not accept it. */
export function sendConvention(world: WorldState, event: ConventionEvent): WorldState | null {
  const next = conventionTransition(machineStateOf(world), event);
  if (next === null) return null;
  const changed = next.phase !== world.convention.phase;
  const convention: ConventionState = {
    phase: next.phase,
    agreed: clausesAfter(world.convention.agreed, event),
    approvals: next.context.approvals,
    resumePhase: next.context.resumePhase,
    phaseSince: changed ? world.month : world.convention.phaseSince,
    counter: changed ? null : world.convention.counter,
    credibility: world.convention.credibility,
  };
  const signed = next.phase === 'signed' && world.conventionSigned === null ? world.month : world.conventionSigned;
  const inForce = next.phase === 'inForce' && world.conventionInForce === null ? world.month : world.conventionInForce;
  return withWorld(world, { convention, conventionSigned: signed, conventionInForce: inForce });
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
  const entry = { kind: 'negotiation', id, key: `negotiation.${key}` };
  note(journal, world, { ...entry, ...(params === undefined ? {} : { params }), reasons });
}

/** An event's effect on the convention: stall, resume, break off, or the Soviet offer of 1937. */
export function applyConventionEffect(
  world: WorldState,
  effect: 'stall' | 'resume' | 'breakOff' | 'sovietOffer',
  journal: Journal,
): WorldState {
  if (effect === 'sovietOffer') {
    if (world.convention.phase !== 'drafting' || (world.convention.agreed.sovietContribution ?? -1) >= 2) return world;
    phaseNote(journal, world, 'soviet-offer', 'soviet-offer');
    return withWorld(world, {
      convention: { ...world.convention, counter: { clause: 'sovietContribution', option: 2 } },
    });
  }
  const type =
    effect === 'stall' ? 'convention.stall' : effect === 'resume' ? 'convention.resume' : 'convention.breakOff';
  const next = sendConvention(world, { type });
  if (next === null) return world;
  phaseNote(journal, next, `convention-${effect}`, 'phase', { phase: next.convention.phase });
  return next;
}

/** Open attaché contacts. */
export function openContacts(world: WorldState, journal: Journal): WorldState {
  const next = sendConvention(world, { type: 'convention.open' }) ?? world;
  phaseNote(journal, next, 'contacts-opened', 'contacts-opened');
  return next;
}

/** Propose general-staff talks: the French cabinet and Moscow must both agree. */
export function proposeStaffTalks(world: WorldState, journal: Journal): WorldState {
  const context = contextFor(world);
  const [french, rng1] = decide(decisionRule('france', 'staffTalks'), context, world.rng);
  const [soviet, rng2] = decide(decisionRule('ussr', 'staffTalks'), context, rng1);
  let next: WorldState = withRng(world, rng2);
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
  next = sendConvention(next, { type: 'convention.staffTalksAgreed' }) ?? next;
  phaseNote(journal, next, 'staff-talks', 'staff-talks', undefined, () => [
    because(explain(french)),
    because(explain(soviet)),
  ]);
  return next;
}

/** Move from staff talks to drafting, once the talks have run long enough. */
export function beginDrafting(world: WorldState, journal: Journal): WorldState {
  const next = sendConvention(world, {
    type: 'convention.beginDrafting',
    monthsInPhase: monthsInPhase(world),
  });
  if (next === null) {
    const months = CONVENTION.rules.minStaffTalkMonths.value;
    phaseNote(journal, world, 'drafting-too-early', 'drafting-too-early', { months });
    return world;
  }
  phaseNote(journal, next, 'drafting', 'drafting');
  return next;
}

/** The trust an agreed clause builds on both sides (made once: `applyEffects` reads each effects object once). */
const AGREED_CLAUSE_TRUST: Effects = {
  trust: { france: CONVENTION.rules.trustPerAgreedClause.value, ussr: CONVENTION.rules.trustPerAgreedClause.value },
};

function agree(world: WorldState, clause: ClauseId, option: number, journal: Journal): WorldState {
  const next = applyEffects(
    sendConvention(world, { type: 'convention.clauseAgreed', clause, option }) ?? world,
    AGREED_CLAUSE_TRUST,
  );
  phaseNote(journal, next, 'clause-agreed', 'clause-agreed', { clause, option });
  return withWorld(next, { convention: { ...next.convention, counter: null } });
}

/** Offer an option for a clause; the other side accepts, counters or rejects, and says why. */
export function makeOffer(
  world: WorldState,
  role: Role,
  clause: ClauseId,
  option: number,
  journal: Journal,
): WorldState {
  const [answer, rng] = answerOffer(contextFor(world), role, clause, option, world.rng);
  const next: WorldState = withRng(world, rng);
  // The answer accepts at `acceptAt`: the explanation judges the total against it.
  const reasons = () => [because(explain(answer.decision, CONVENTION.rules.acceptAt.value))];
  const offered = { clause, option };
  if (answer.answer === 'accept') {
    phaseNote(journal, next, 'offer-accepted', 'offer-accepted', offered, reasons);
    return agree(next, clause, option, journal);
  }
  if (answer.answer === 'counter' && answer.counterOption !== null) {
    const counter = answer.counterOption;
    phaseNote(journal, next, 'offer-countered', 'offer-countered', { ...offered, counter }, reasons);
    return withWorld(next, { convention: { ...next.convention, counter: { clause, option: answer.counterOption } } });
  }
  phaseNote(journal, next, 'offer-rejected', 'offer-rejected', offered, reasons);
  return next;
}

/** Accept the counter-offer on the table. */
export function acceptCounter(world: WorldState, journal: Journal): WorldState {
  const counter = world.convention.counter;
  return counter === null ? world : agree(world, counter.clause, counter.option, journal);
}

/** Submit the draft: each veto player judges it; a refusal reopens the clause it objects to most. */
export function submitDraft(world: WorldState, journal: Journal): WorldState {
  const complete = CLAUSE_IDS.every((clause) => world.convention.agreed[clause] !== undefined);
  let next = sendConvention(world, { type: 'convention.submit', complete });
  if (next === null) return world;
  const draft = next.convention.agreed;
  let reopen: ClauseId | null = null;
  for (const approver of APPROVERS) {
    const [{ decision, worstClause }, rng] = judgeDraft(contextFor(next), approver, draft, next.rng);
    next = withRng(next, rng);
    phaseNote(journal, next, `approval-${approver}`, 'approval', { approver, yes: decision.yes }, () => [
      because(explain(decision)),
    ]);
    if (!decision.yes && reopen === null) reopen = worstClause;
    next = sendConvention(next, { type: 'convention.approval', approver, yes: decision.yes }) ?? next;
    if (next.convention.phase !== 'approvals') break;
  }
  if (next.convention.phase === 'signed') {
    phaseNote(journal, next, 'convention-signed', 'convention-signed');
  } else if (reopen !== null) {
    next = sendConvention(next, { type: 'convention.reopen', clause: reopen }) ?? next;
    phaseNote(journal, next, 'clause-reopened', 'clause-reopened', { clause: reopen });
  }
  return next;
}

/** Try to resume stalled talks: a chance, if both sides still want them. */
export function resumeTalks(world: WorldState, journal: Journal): WorldState {
  const [roll, rng] = rollPercent(world.rng);
  const chance = CONVENTION.rules.stallResumeChance.value;
  const next: WorldState = withRng(world, rng);
  if (roll >= chance) {
    const source = CONVENTION.rules.stallResumeChance.source ?? null;
    phaseNote(journal, next, 'resume-failed', 'resume-failed', undefined, () => [
      because(explainRoll('roll.resume', chance, source, roll)),
    ]);
    return next;
  }
  return applyConventionEffect(next, 'resume', journal);
}

/** The convention's month: time in phase, and the exchange that puts a signed convention in force. */
export function conventionMonth(world: WorldState, journal: Journal): WorldState {
  const { phase } = world.convention;
  if (phase === 'staffTalks' || phase === 'drafting') {
    const gain = CONVENTION.rules.credibilityPerMonthOfTalks.value;
    const credibility = Math.min(100, world.convention.credibility + gain);
    return withWorld(world, { convention: { ...world.convention, credibility } });
  }
  let next = world;
  if (phase === 'signed') {
    next = sendConvention(next, { type: 'convention.exchange' }) ?? next;
    phaseNote(journal, next, 'convention-in-force', 'convention-in-force');
  }
  return next;
}
