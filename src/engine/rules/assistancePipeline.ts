/**
 * The assistance pipeline: one legal incident run through every treaty.
 *
 * The Franco-Soviet machine runs first, calling the Covenant Council's
 * procedure where it reaches the League route and the Locarno check where
 * France would act against Germany; the Czechoslovak-Soviet machine follows
 * (it depends on whether France assists); Locarno judges any French action
 * left. Composition is by plain steps over XState's pure transitions.
 *
 * The pipeline is a generator: it yields a `FactRequest` whenever a machine
 * waits for a fact, and resumes with the answer. A case file answers at once
 * (`evaluateCase`); the game can pause and let the player answer.
 */
import type { AnyStateMachine, EventFromLogic } from 'xstate';
import { deliveryFacts, deliveryFor } from './assistanceRules';
import { covenantCouncilMachine, covenantCouncilNote } from './covenantCouncilMachine';
import {
  czechoslovakSovietHelper,
  czechoslovakSovietMachine,
  czechoslovakSovietNote,
} from './czechoslovakSovietMachine';
import { type FactEvent, type FactEventType, type Incident, incidentEvent } from './facts';
import { francoSovietPactMachine, francoSovietPactNote, pactHelper } from './francoSovietPactMachine';
import { REASONS } from './lawData';
import type { LegalCase } from './legalCase';
import { locarnoMachine, locarnoNote } from './locarnoMachine';
import { type FrenchAction, isLocarnoCounterpart } from './locarnoRules';
import { assistanceBasis, type CouncilReport } from './pactRules';
import {
  awaitsOf,
  contextOf,
  finalVerdictOf,
  isDone,
  metaOf,
  type RuleRun,
  sendFact,
  startRun,
  stateName,
  withSteps,
} from './ruleRun';
import {
  type AssistanceType,
  type CaseResult,
  type CaseVerdicts,
  type CouncilOutcome,
  type CountryId,
  type Delivery,
  LOCARNO_OUTCOMES,
  type LocarnoVerdict,
  type PathStep,
  type ReasonCode,
  TREATY_OUTCOMES,
  type TreatyId,
  type TreatyVerdict,
} from './types';
import { type WorldFacts, worldFactsOn } from './worldFacts';

/** A machine waits for a fact: which machine, in which state, and the events it accepts. */
export interface FactRequest {
  readonly machine: string;
  readonly state: string;
  readonly awaits: readonly FactEventType[];
  /** The citation of the waiting state, so a player sees what the choice is about. */
  readonly cite: string;
  readonly summary: string;
}

/** A running pipeline: yields requests, takes answers, returns every treaty's verdict. */
export type AssistancePipeline = Generator<FactRequest, CaseVerdicts, FactEvent>;

/** Answers a fact request (from a case file, the world model, or the player). */
export type FactSource = (request: FactRequest) => FactEvent;

type Ask<T> = Generator<FactRequest, T, FactEvent>;

function requestFor(run: RuleRun<AnyStateMachine>): FactRequest {
  const meta = metaOf(run.snapshot);
  return {
    machine: run.machine.id,
    state: stateName(run.snapshot),
    awaits: awaitsOf(run) as FactEventType[],
    cite: meta.cite,
    summary: meta.summary,
  };
}

/** Ask for the fact `run` waits for, and send the answer to it. */
function* askFor<M extends AnyStateMachine>(run: RuleRun<M>): Ask<RuleRun<M>> {
  const answer = yield requestFor(run);
  return sendFact(run, answer as EventFromLogic<M>);
}

/** Run the Council's procedure on the dispute between `aggressor` and `victim`. */
export function* councilStage(
  world: WorldFacts,
  incident: Incident,
): Ask<{ report: CouncilReport; path: readonly PathStep[] }> {
  let run = startRun(
    covenantCouncilMachine,
    { world, parties: [incident.aggressor, incident.victim] },
    covenantCouncilNote,
  );
  while (!isDone(run)) run = yield* askFor(run);
  const context = contextOf<typeof covenantCouncilMachine>(run.snapshot);
  if (context.article === null) throw new Error('the Council finished without being seized');
  const report: CouncilReport = {
    article: context.article,
    invitation: context.invitation,
    outcome: finalVerdictOf(run).outcome as CouncilOutcome,
  };
  return { report, path: run.path };
}

/** Run the Locarno check on a French action. */
function* locarnoStage(world: WorldFacts, action: FrenchAction): Ask<LocarnoVerdict> {
  let run = startRun(locarnoMachine, { world, action }, locarnoNote);
  while (!isDone(run)) run = yield* askFor(run);
  const { outcome, reason } = finalVerdictOf(run);
  const known = LOCARNO_OUTCOMES.find((o) => o === outcome);
  if (known === undefined) throw new Error(`locarno ended with a non-Locarno outcome ${outcome}`);
  return { outcome: known, reason, path: run.path };
}

interface TreatyFacts {
  readonly helper: CountryId | null;
  readonly types: readonly AssistanceType[];
  readonly lostToTransit: boolean;
  readonly delivery: Delivery | null;
}

/** A treaty verdict from a finished run and the practical facts it gathered. */
function treatyVerdict(run: RuleRun<AnyStateMachine>, facts: TreatyFacts): TreatyVerdict {
  const { outcome, reason } = finalVerdictOf(run);
  const known = TREATY_OUTCOMES.find((o) => o === outcome);
  if (known === undefined) throw new Error(`${run.machine.id} ended with a non-treaty outcome ${outcome}`);
  const owed = run.path.some((step) => step.state === `${run.machine.id}.obligationArises`);
  const obstacles: ReasonCode[] = [];
  if (owed && facts.lostToTransit) obstacles.push('NO_TRANSIT');
  if (facts.delivery === 'improvised') obstacles.push('NO_CONVENTION');
  if (owed && reason !== null && REASONS[reason].kind === 'practice' && !obstacles.includes(reason))
    obstacles.push(reason);
  return {
    outcome: known,
    reason,
    helper: owed ? facts.helper : null,
    types: known === 'rendered' ? facts.types : [],
    owed,
    obstacles,
    // The convention is asked only on the way to `rendered`, so a delivery is known only for help rendered.
    delivery: facts.delivery,
    path: run.path,
  };
}

/** The Franco-Soviet treaty, with the Council and the Locarno check run where it reaches them. */
function* francoSovietStage(
  world: WorldFacts,
  incident: Incident,
): Ask<{ verdict: TreatyVerdict; locarno: LocarnoVerdict | null }> {
  let run = sendFact(startRun(francoSovietPactMachine, { world }, francoSovietPactNote), incidentEvent(incident));
  let locarno: LocarnoVerdict | null = null;
  while (!isDone(run)) {
    const awaits = awaitsOf(run);
    if (awaits.includes('council.outcome')) {
      const council = yield* councilStage(world, incident);
      run = sendFact(withSteps(run, council.path), { type: 'council.outcome', report: council.report });
    } else if (awaits.includes('locarno.verdict')) {
      const { council } = contextOf<typeof francoSovietPactMachine>(run.snapshot);
      if (council === null) throw new Error('the Locarno check came before the League route');
      const action: FrenchAction = { kind: 'assistance', against: incident.aggressor, basis: assistanceBasis(council) };
      locarno = yield* locarnoStage(world, action);
      run = sendFact(withSteps(run, locarno.path), {
        type: 'locarno.verdict',
        outcome: locarno.outcome,
        reason: locarno.reason,
      });
    } else {
      run = yield* askFor(run);
    }
  }
  const context = contextOf<typeof francoSovietPactMachine>(run.snapshot);
  const verdict = treatyVerdict(run, {
    helper: pactHelper(context),
    ...deliveryFacts(pactHelper, context),
    delivery: context.convention === null ? null : deliveryFor(context.convention),
  });
  return { verdict, locarno };
}

/** The Czechoslovak-Soviet treaty; `franceAssists` is known before it runs. */
function* czechoslovakSovietStage(world: WorldFacts, incident: Incident, franceAssists: boolean): Ask<TreatyVerdict> {
  let run = sendFact(startRun(czechoslovakSovietMachine, { world }, czechoslovakSovietNote), incidentEvent(incident));
  while (!isDone(run)) {
    run = awaitsOf(run).includes('decision.franceAssistsVictim')
      ? sendFact(run, { type: 'decision.franceAssistsVictim', yes: franceAssists })
      : yield* askFor(run);
  }
  const context = contextOf<typeof czechoslovakSovietMachine>(run.snapshot);
  return treatyVerdict(run, {
    helper: czechoslovakSovietHelper(context),
    ...deliveryFacts(czechoslovakSovietHelper, context),
    delivery: null,
  });
}

/** A French decision the pipeline needs before the machines that depend on it: asked of the fact source. */
function* askFrenchDecision(
  type: 'decision.franceAssistsVictim' | 'decision.franceCabinet',
  question: Omit<FactRequest, 'awaits'>,
): Ask<boolean> {
  const answer = yield { ...question, awaits: [type] };
  if (answer.type !== type || !('yes' in answer)) throw new Error(`expected ${type}, got ${answer.type}`);
  return answer.yes;
}

/** Does France assist Czechoslovakia? Asked before the treaties that depend on it. */
function askFranceAssistsCzechoslovakia(): Ask<boolean> {
  return askFrenchDecision('decision.franceAssistsVictim', {
    machine: 'czechoslovakSoviet',
    state: 'frenchCondition',
    cite: 'Czechoslovak-Soviet Treaty, Protocol of Signature; Franco-Czechoslovak treaties of 1924 and 1925',
    summary: 'Does France give Czechoslovakia assistance? Soviet help is owed only if it does.',
  });
}

/**
 * Does France's government decide to act against an aggressor whose victim no
 * assistance treaty of the engine covers (Austria, Poland)? Asked only when the
 * Franco-Soviet treaty did not judge a French action itself.
 */
function askFranceActs(): Ask<boolean> {
  return askFrenchDecision('decision.franceCabinet', {
    machine: 'locarno',
    state: 'engagement',
    cite: 'treaty-and-rules.md §5.8 (Locarno judges a French action)',
    summary:
      'Does the French government decide to act against the aggressor? Locarno judges any French action against Germany.',
  });
}

/** The Locarno check where the Franco-Soviet treaty did not run it: on the French action the incident calls for. */
function* locarnoOutsideThePact(
  world: WorldFacts,
  incident: Incident,
  franceAssistsCzechoslovakia: boolean,
): Ask<LocarnoVerdict> {
  if (incident.kind === 'zone-violation') {
    return yield* locarnoStage(world, {
      kind: 'riposte',
      against: incident.aggressor,
      unprovoked: incident.unprovoked,
    });
  }
  if (incident.kind === 'attack' && incident.victim === 'france') {
    return yield* locarnoStage(world, { kind: 'defence', against: incident.aggressor });
  }
  // France itself the aggressor: an attack Locarno judges by whom it strikes (Art. 2 binds France towards Germany),
  // not "no French action".
  if (incident.kind === 'attack' && incident.aggressor === 'france') {
    return yield* locarnoStage(world, { kind: 'aggression', against: incident.victim });
  }
  // Any French action against the aggressor is Locarno's to judge (§5.8), not only help under a treaty:
  // France may go to war over Austria or Poland, whose treaties with it the legal engine does not model.
  // (An attack on France, and one by France, were judged above.) Help to the USSR is the Franco-Soviet treaty's:
  // where it owes none, France gives none.
  const franceActs =
    incident.victim === 'czechoslovakia'
      ? franceAssistsCzechoslovakia
      : incident.kind === 'attack' && incident.victim !== 'ussr' && (yield* askFranceActs());
  if (!franceActs) return yield* locarnoStage(world, { kind: 'none' });
  if (!isLocarnoCounterpart(incident.aggressor)) {
    return yield* locarnoStage(world, {
      kind: 'assistance',
      against: incident.aggressor,
      basis: 'art16-without-recommendation',
    });
  }
  // France acts against Germany or Belgium: the Council's route gives the ground Locarno judges.
  const council = yield* councilStage(world, incident);
  const action: FrenchAction = {
    kind: 'assistance',
    against: incident.aggressor,
    basis: assistanceBasis(council.report),
  };
  const judged = yield* locarnoStage(world, action);
  return { ...judged, path: [...council.path, ...judged.path] };
}

/** Every treaty's verdict on one incident, asking the fact source for each fact as a machine needs it. */
export function* assistancePipeline(world: WorldFacts, incident: Incident): AssistancePipeline {
  const franceAssistsCzechoslovakia =
    incident.kind === 'attack' && incident.victim === 'czechoslovakia'
      ? yield* askFranceAssistsCzechoslovakia()
      : false;

  const francoSoviet = yield* francoSovietStage(world, incident);

  // Locarno judges the French decision first: a France it would make the violator gives no help (treaty-and-rules.md
  // §5.8 and §5.6, practice: the French action risked breaching Locarno), so the Czechoslovak-Soviet treaty, active
  // only if France gives assistance (§5.4, letter), is judged on the help France gives, not on the help it meant.
  const locarno = francoSoviet.locarno ?? (yield* locarnoOutsideThePact(world, incident, franceAssistsCzechoslovakia));

  // Help rendered to the USSR under the Franco-Soviet treaty can only be France's.
  const franceAssistsVictim =
    incident.victim === 'ussr'
      ? francoSoviet.verdict.outcome === 'rendered'
      : franceAssistsCzechoslovakia && locarno.outcome !== 'violation';
  const czechoslovakSoviet = yield* czechoslovakSovietStage(world, incident, franceAssistsVictim);

  return { 'franco-soviet': francoSoviet.verdict, 'czechoslovak-soviet': czechoslovakSoviet, locarno };
}

/** Drive a pipeline to its end, answering every request from `source`. */
export function runPipeline(pipeline: AssistancePipeline, source: FactSource): CaseVerdicts {
  let step = pipeline.next();
  while (!step.done) step = pipeline.next(source(step.value));
  return step.value;
}

/** Treaties whose letter owed help and whose practice then stopped it: the hollow pact made visible. */
export function hollowTreaties(verdicts: CaseVerdicts): TreatyId[] {
  const treaties = ['franco-soviet', 'czechoslovak-soviet'] as const;
  return treaties.filter((id) => {
    const v = verdicts[id];
    // Help rendered has no reason: a practical reason means practice stopped help the letter owed.
    return v.owed && v.reason !== null && REASONS[v.reason].kind === 'practice';
  });
}

/** What a fact request asks, without its citation and summary: all a case needs to answer it. */
export type FactQuestion = Pick<FactRequest, 'machine' | 'state' | 'awaits'>;

/** Answer fact requests from a legal case file (a request's question is enough: `FactQuestion`). */
export function caseFactSource(legalCase: LegalCase): (request: FactQuestion) => FactEvent {
  const { council, decisions, guarantors, transit } = legalCase;
  return (request) => {
    const wants = (type: FactEventType) => request.awaits.includes(type);
    if (wants('council.seize')) {
      return { type: 'council.seize', article: council.article ?? (legalCase.event.kind === 'threat' ? 11 : 16) };
    }
    if (wants('council.referToAssembly') && council.assembly !== undefined) return { type: 'council.referToAssembly' };
    if (wants('council.result')) return { type: 'council.result', result: council.result };
    if (wants('assembly.result')) return { type: 'assembly.result', adopted: council.assembly === 'adopted' };
    if (wants('nonMember.invitation')) {
      return { type: 'nonMember.invitation', answer: legalCase.nonMember?.invitation ?? 'refuse-and-war' };
    }
    if (wants('guarantor.uk')) return { type: 'guarantor.uk', verdict: guarantors.uk };
    if (wants('guarantor.italy')) return { type: 'guarantor.italy', verdict: guarantors.italy };
    if (wants('decision.franceCabinet')) return { type: 'decision.franceCabinet', yes: decisions.franceCabinet };
    if (wants('decision.frenchParliament'))
      return { type: 'decision.frenchParliament', yes: decisions.frenchParliament };
    if (wants('decision.sovietLeadership'))
      return { type: 'decision.sovietLeadership', yes: decisions.sovietLeadership };
    if (wants('decision.czechoslovakGovernment')) {
      return { type: 'decision.czechoslovakGovernment', yes: decisions.czechoslovakGovernment };
    }
    if (wants('decision.franceAssistsVictim')) {
      return { type: 'decision.franceAssistsVictim', yes: decisions.franceAssistsCzechoslovakia };
    }
    if (wants('transit.poland')) return { type: 'transit.poland', granted: transit.poland };
    if (wants('transit.romania')) return { type: 'transit.romania', granted: transit.romania };
    if (wants('convention.level')) return { type: 'convention.level', level: legalCase.convention };
    throw new Error(`a legal case cannot answer ${request.machine}.${request.state} (${request.awaits.join(', ')})`);
  };
}

/** Evaluate a legal case: every treaty's verdict and path, and which of them are hollow. */
export function evaluateCase(legalCase: LegalCase): CaseResult {
  const world = worldFactsOn(legalCase.date, legalCase.world);
  const verdicts = runPipeline(assistancePipeline(world, legalCase.event), caseFactSource(legalCase));
  return { id: legalCase.id, verdicts, hollow: hollowTreaties(verdicts) };
}
