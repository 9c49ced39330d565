/**
 * The convention in the monthly turn: the player's convention actions, the
 * other side's answers, the veto players' approvals, the events that stall or
 * resume the talks, and the exchange that puts a signed convention in force.
 * Phase changes all go through `conventionMachine`.
 */
import { decide, explain } from '../model/decide';
import { contextFor } from '../model/derived';
import { CONVENTION, decisionRule } from '../model/modelData';
import {
  type ConventionEvent,
  type ConventionMachineState,
  conventionTransition,
} from '../negotiation/conventionMachine';
import { answerOffer, approverName, clauseOptions, judgeDraft } from '../negotiation/offers';
import { rollPercent } from '../random';
import { applyEffects, type Journal, monthsInPhase, note } from '../world/effects';
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

const PHASE_NAMES: Readonly<Record<string, string>> = {
  noContacts: 'no contacts',
  attacheContacts: 'attaché contacts',
  staffTalks: 'general-staff talks',
  drafting: 'drafting',
  approvals: 'approvals',
  signed: 'signed',
  inForce: 'in force',
  stalled: 'stalled',
  brokenOff: 'broken off',
};

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

function phaseNote(
  journal: Journal,
  world: WorldState,
  id: string,
  text: string,
  factors?: readonly string[] | (() => readonly string[]),
): void {
  note(journal, world, { kind: 'negotiation', id, text, ...(factors === undefined ? {} : { factors }) });
}

/** An event's effect on the convention: stall, resume, break off, or the Soviet offer of 1937. */
export function applyConventionEffect(
  world: WorldState,
  effect: 'stall' | 'resume' | 'breakOff' | 'sovietOffer',
  journal: Journal,
): WorldState {
  if (effect === 'sovietOffer') {
    if (world.convention.phase !== 'drafting' || (world.convention.agreed.sovietContribution ?? -1) >= 2) return world;
    phaseNote(journal, world, 'soviet-offer', 'Moscow puts its offer on the table: ground forces, given transit.');
    return withWorld(world, {
      convention: { ...world.convention, counter: { clause: 'sovietContribution', option: 2 } },
    });
  }
  const type =
    effect === 'stall' ? 'convention.stall' : effect === 'resume' ? 'convention.resume' : 'convention.breakOff';
  const next = sendConvention(world, { type });
  if (next === null) return world;
  phaseNote(journal, next, `convention-${effect}`, `The convention talks: ${PHASE_NAMES[next.convention.phase]}.`);
  return next;
}

/** Open attaché contacts. */
export function openContacts(world: WorldState, journal: Journal): WorldState {
  const next = sendConvention(world, { type: 'convention.open' }) ?? world;
  phaseNote(journal, next, 'contacts-opened', 'Military attachés and missions begin to exchange visits.');
  return next;
}

/** Propose general-staff talks: the French cabinet and Moscow must both agree. */
export function proposeStaffTalks(world: WorldState, journal: Journal): WorldState {
  const context = contextFor(world);
  const [french, rng1] = decide(decisionRule('france', 'staffTalks'), context, world.rng);
  const [soviet, rng2] = decide(decisionRule('ussr', 'staffTalks'), context, rng1);
  let next: WorldState = withRng(world, rng2);
  if (!french.yes) {
    phaseNote(journal, next, 'staff-talks-refused', 'The French cabinet will not open staff talks.', () =>
      explain(french),
    );
    return next;
  }
  if (!soviet.yes) {
    phaseNote(journal, next, 'staff-talks-refused', 'Moscow will not open staff talks.', () => explain(soviet));
    return next;
  }
  next = sendConvention(next, { type: 'convention.staffTalksAgreed' }) ?? next;
  phaseNote(journal, next, 'staff-talks', 'The general staffs begin to talk.', () => [
    ...explain(french),
    ...explain(soviet),
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
    phaseNote(journal, world, 'drafting-too-early', `The staffs need ${months} months of talks before drafting.`);
    return world;
  }
  phaseNote(journal, next, 'drafting', 'Drafting begins, clause by clause.');
  return next;
}

function agree(world: WorldState, clause: ClauseId, option: number, journal: Journal): WorldState {
  const gain = CONVENTION.rules.trustPerAgreedClause.value;
  const next = applyEffects(sendConvention(world, { type: 'convention.clauseAgreed', clause, option }) ?? world, {
    trust: { france: gain, ussr: gain },
  });
  phaseNote(
    journal,
    next,
    'clause-agreed',
    `Agreed: ${CONVENTION.clauses[clause].label} — ${clauseOptions(clause)[option]}.`,
  );
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
  const factors = () => explain(answer.decision);
  const offered = `${CONVENTION.clauses[clause].label}: "${clauseOptions(clause)[option]}"`;
  if (answer.answer === 'accept') {
    phaseNote(journal, next, 'offer-accepted', `Offer accepted — ${offered}.`, factors);
    return agree(next, clause, option, journal);
  }
  if (answer.answer === 'counter' && answer.counterOption !== null) {
    const counter = `"${clauseOptions(clause)[answer.counterOption]}"`;
    phaseNote(journal, next, 'offer-countered', `Offer countered — ${offered}; they propose ${counter}.`, factors);
    return withWorld(next, { convention: { ...next.convention, counter: { clause, option: answer.counterOption } } });
  }
  phaseNote(journal, next, 'offer-rejected', `Offer rejected — ${offered}.`, factors);
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
    const verdict = decision.yes ? 'approves' : 'refuses';
    phaseNote(journal, next, `approval-${approver}`, `${approverName(approver)} ${verdict} the draft.`, () =>
      explain(decision),
    );
    if (!decision.yes && reopen === null) reopen = worstClause;
    next = sendConvention(next, { type: 'convention.approval', approver, yes: decision.yes }) ?? next;
    if (next.convention.phase !== 'approvals') break;
  }
  if (next.convention.phase === 'signed') {
    phaseNote(journal, next, 'convention-signed', 'The military convention is signed.');
  } else if (reopen !== null) {
    next = sendConvention(next, { type: 'convention.reopen', clause: reopen }) ?? next;
    phaseNote(
      journal,
      next,
      'clause-reopened',
      `Back to drafting: the ${CONVENTION.clauses[reopen].label.toLowerCase()} is reopened.`,
    );
  }
  return next;
}

/** Try to resume stalled talks: a chance, if both sides still want them. */
export function resumeTalks(world: WorldState, journal: Journal): WorldState {
  const [roll, rng] = rollPercent(world.rng);
  const chance = CONVENTION.rules.stallResumeChance.value;
  const next: WorldState = withRng(world, rng);
  if (roll >= chance) {
    phaseNote(journal, next, 'resume-failed', 'The talks cannot be revived this month.', [
      `chance ${chance}%, rolled ${roll}`,
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
    phaseNote(journal, next, 'convention-in-force', 'The military convention enters into force.');
  }
  return next;
}
