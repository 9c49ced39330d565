/**
 * The bridge from the world model to the legal engine: a crisis (or a
 * hypothetical one, for deterrence) becomes a legal case whose facts come from
 * the world state, and the verdicts come back as the few facts the model uses.
 * Verdicts are memoised by their inputs: the legal machines are the costly part.
 */
import { Memo } from '../memo';
import { firstDay } from '../months';
import { assistancePipeline, caseFactSource, type FactRequest } from '../rules/assistancePipeline';
import type { FactEvent } from '../rules/facts';
import { CALENDAR, REASONS } from '../rules/lawData';
import type { ConventionLevel, CouncilResult, GuarantorVerdict, LegalCase } from '../rules/legalCase';
import type { CaseVerdicts, CountryId } from '../rules/types';
import { type WorldFacts, worldFactsOn } from '../rules/worldFacts';
import type { ConventionPhase, CrisisVerdicts, WorldState } from './worldState';

/** The facts of a crisis that are not in the world state: the Council's vote, the guarantors, the decisions, transit. */
export interface CrisisAnswers {
  readonly councilResult: CouncilResult;
  readonly uk: GuarantorVerdict;
  readonly italy: GuarantorVerdict;
  readonly franceActs: boolean;
  readonly parliament: boolean;
  readonly sovietActs: boolean;
  readonly czechoslovakActs: boolean;
  readonly transit: { readonly poland: boolean; readonly romania: boolean };
}

/** What Germany does, in the legal engine's terms. */
export interface IncidentShape {
  readonly kind: 'threat' | 'attack' | 'zone-violation';
  readonly victim: CountryId;
  readonly target: 'own-territory' | 'ally' | 'other';
}

/** The convention as the legal engine knows it: none, staff contacts, or signed. */
export function conventionForLaw(phase: ConventionPhase): ConventionLevel {
  if (phase === 'signed' || phase === 'inForce') return 'signed';
  if (phase === 'staffTalks' || phase === 'drafting' || phase === 'approvals') return 'staff-contacts';
  return 'none';
}

/** The day a crisis is judged on, and whether the Franco-Soviet treaty is in force on it. */
export interface CrisisDay {
  readonly date: string;
  readonly treatyInForce: boolean;
  /** The legal facts a rule variant switches (absent: history's rules). */
  readonly law?: LawSwitches;
}

/** The legal facts a rule variant can switch (variants/variants.ts `lawSwitchesOf`). */
export interface LawSwitches {
  /** The Locarno guarantors whose verdicts count, under the world's Locarno status. */
  readonly guarantors: readonly ('uk' | 'italy')[];
  /** Protocol of Signature point I §2: may a party act without the Council's recommendation? */
  readonly protocolOverride: boolean;
}

/**
 * A legal case for a German move against `incident.victim` in the world's
 * current month: judged on `day` if given (a move's own day, before an event
 * later in the same month), else on the month's first day with the world's treaty.
 */
export function legalCaseFor(
  world: WorldState,
  incident: IncidentShape,
  answers: CrisisAnswers,
  day?: CrisisDay,
  law: LawSwitches | undefined = day?.law,
): LegalCase {
  const date = day?.date ?? firstDay(world.month);
  // Under rule variants, the switchable legal facts are the case's (and the path shows them as the case's).
  const variantFacts =
    law === undefined ? {} : { guarantors: [...law.guarantors], protocolOverride: law.protocolOverride };
  return {
    id: `crisis-${world.month}`,
    date,
    event: {
      kind: incident.kind,
      aggressor: 'germany',
      victim: incident.victim,
      target: incident.target,
      unprovoked: true,
    },
    council: { result: answers.councilResult },
    nonMember: { invitation: 'refuse-and-war' },
    guarantors: { uk: answers.uk, italy: answers.italy },
    decisions: {
      franceCabinet: answers.franceActs,
      frenchParliament: answers.parliament,
      sovietLeadership: answers.sovietActs,
      czechoslovakGovernment: answers.czechoslovakActs,
      franceAssistsCzechoslovakia: answers.franceActs,
    },
    transit: answers.transit,
    convention: conventionForLaw(world.convention.phase),
    world: {
      treatyInForce: day?.treatyInForce ?? world.francoSovietInForce,
      czechoslovakSovietInForce: date >= CALENDAR.treaties['czechoslovak-soviet'].inForceFrom,
      locarno: world.locarno,
      leagueMembers: [...world.leagueMembers],
      ...variantFacts,
    },
  };
}

/**
 * Legal verdicts memoised by the facts the rules actually consulted. The
 * pipeline asks for facts one at a time, and which fact it asks next depends
 * only on the answers so far; so the memo is a tree: from the incident and the
 * dated facts, each node holds the question asked there and a branch per
 * answer, and a leaf holds the verdicts. A case is looked up by answering the
 * tree's questions from its own facts: facts the rules never consulted (transit
 * when France is the helper, say) never split the memo.
 */
interface MemoNode {
  request: FactRequest | null;
  verdicts: CrisisVerdicts | null;
  readonly next: Map<string, MemoNode>;
}

/** The trees by their root's key: bounded, since a tree forgotten is only grown again. */
const roots = new Memo<string, MemoNode>(4096);
let evaluations = 0;

const newNode = (): MemoNode => ({ request: null, verdicts: null, next: new Map() });

/** The incident and the legal facts of its day: where a case's memo tree starts. */
function rootKey(c: LegalCase, world: WorldFacts): string {
  const e = c.event;
  return [
    e.kind,
    e.aggressor,
    e.victim,
    e.target,
    e.unprovoked ? '1' : '0',
    world.francoSovietInForce ? '1' : '0',
    world.czechoslovakSovietInForce ? '1' : '0',
    world.locarno,
    world.leagueMembers.join(','),
    world.councilPermanent.join(','),
    world.locarnoReading,
    world.unavailableTypes.join(','),
    world.guarantors.join(','),
    world.protocolOverride ? '1' : '0',
  ].join('|');
}

/** An answer as a short key: its type and its value. */
function answerKey(answer: FactEvent): string {
  switch (answer.type) {
    case 'council.seize':
      return `${answer.type}:${answer.article}`;
    case 'council.result':
      return `${answer.type}:${answer.result}`;
    case 'council.referToAssembly':
      return answer.type;
    case 'assembly.result':
      return `${answer.type}:${answer.adopted}`;
    case 'nonMember.invitation':
      return `${answer.type}:${answer.answer}`;
    case 'guarantor.uk':
    case 'guarantor.italy':
      return `${answer.type}:${answer.verdict}`;
    case 'transit.poland':
    case 'transit.romania':
      return `${answer.type}:${answer.granted}`;
    case 'convention.level':
      return `${answer.type}:${answer.level}`;
    default:
      return `${answer.type}:${answer.yes}`;
  }
}

function summarise(verdicts: CaseVerdicts): CrisisVerdicts {
  const fs = verdicts['franco-soviet'];
  const cs = verdicts['czechoslovak-soviet'];
  return {
    francoSoviet: { outcome: fs.outcome, reason: fs.reason, owed: fs.owed, obstacles: fs.obstacles },
    czechoslovakSoviet: {
      outcome: cs.outcome,
      reason: cs.reason,
      owed: cs.owed,
      types: cs.types,
      obstacles: cs.obstacles,
    },
    locarno: { outcome: verdicts.locarno.outcome, reason: verdicts.locarno.reason },
  };
}

/**
 * The assistance treaties whose help was owed and then stopped by a step of
 * practice (as `hollowTreaties` says of a full verdict).
 */
export function hollowOf(verdicts: CrisisVerdicts): ('franco-soviet' | 'czechoslovak-soviet')[] {
  const hollow: ('franco-soviet' | 'czechoslovak-soviet')[] = [];
  const stopped = (v: CrisisVerdicts['francoSoviet']) =>
    v.owed && v.reason !== null && v.outcome !== 'rendered' && REASONS[v.reason].kind === 'practice';
  if (stopped(verdicts.francoSoviet)) hollow.push('franco-soviet');
  if (stopped(verdicts.czechoslovakSoviet)) hollow.push('czechoslovak-soviet');
  return hollow;
}

/** The verdicts the world model uses, memoised by the facts the rules consulted. */
export function crisisVerdicts(legalCase: LegalCase): CrisisVerdicts {
  const world = worldFactsOn(legalCase.date, legalCase.world);
  const key = rootKey(legalCase, world);
  let root = roots.get(key);
  if (root === undefined) {
    root = newNode();
    roots.set(key, root);
  }
  const source = caseFactSource(legalCase);
  let node: MemoNode | undefined = root;
  while (node !== undefined && node.verdicts === null && node.request !== null) {
    node = node.next.get(answerKey(source(node.request)));
  }
  if (node?.verdicts) return node.verdicts;

  evaluations += 1;
  const pipeline = assistancePipeline(world, legalCase.event);
  let cursor = root;
  let step = pipeline.next();
  while (!step.done) {
    cursor.request ??= step.value;
    const answer = source(step.value);
    const k = answerKey(answer);
    let child = cursor.next.get(k);
    if (child === undefined) {
      child = newNode();
      cursor.next.set(k, child);
    }
    cursor = child;
    step = pipeline.next(answer);
  }
  cursor.verdicts = summarise(step.value);
  return cursor.verdicts;
}

/** How many times the legal machines have actually run (the memo's misses), for the benchmark. */
export function legalEvaluations(): number {
  return evaluations;
}
