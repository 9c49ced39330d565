/**
 * The facts of a case as they reach the rule machines: one event at the step
 * that needs it. The same events come from a case file, from the world model,
 * or from the player.
 */
import type {
  ConventionLevel,
  CouncilArticle,
  CouncilResult,
  GuarantorVerdict,
  InvitationAnswer,
  LegalCase,
} from './legalCase';
import type { CouncilReport } from './pactRules';
import type { CountryId, LocarnoOutcome, ReasonCode } from './types';

/** What happened: a threat, an attack or a breach of the demilitarised zone. */
export type Incident = LegalCase['event'];

/** The first event of the Franco-Soviet and Czechoslovak-Soviet machines. */
export type IncidentEvent =
  | { type: 'incident.threat'; aggressor: CountryId; victim: CountryId }
  | {
      type: 'incident.attack';
      aggressor: CountryId;
      victim: CountryId;
      target: Incident['target'];
      unprovoked: boolean;
    }
  | { type: 'incident.zoneViolation'; aggressor: CountryId; victim: CountryId };

/** A fact the machines wait for: the League, the guarantors, the governments, the transit states, the convention. */
export type FactEvent =
  | { type: 'council.seize'; article: CouncilArticle }
  | { type: 'council.result'; result: CouncilResult }
  | { type: 'council.referToAssembly' }
  | { type: 'assembly.result'; adopted: boolean }
  | { type: 'nonMember.invitation'; answer: InvitationAnswer }
  | { type: 'guarantor.uk'; verdict: GuarantorVerdict }
  | { type: 'guarantor.italy'; verdict: GuarantorVerdict }
  | { type: 'decision.franceCabinet'; yes: boolean }
  | { type: 'decision.frenchParliament'; yes: boolean }
  | { type: 'decision.sovietLeadership'; yes: boolean }
  | { type: 'decision.czechoslovakGovernment'; yes: boolean }
  | { type: 'decision.franceAssistsVictim'; yes: boolean }
  | { type: 'transit.poland'; granted: boolean }
  | { type: 'transit.romania'; granted: boolean }
  | { type: 'convention.level'; level: ConventionLevel };

export type FactEventType = FactEvent['type'];

/** The event that opens a case, from its incident. */
export function incidentEvent(incident: Incident): IncidentEvent {
  const { aggressor, victim } = incident;
  switch (incident.kind) {
    case 'threat':
      return { type: 'incident.threat', aggressor, victim };
    case 'attack':
      return { type: 'incident.attack', aggressor, victim, target: incident.target, unprovoked: incident.unprovoked };
    case 'zone-violation':
      return { type: 'incident.zoneViolation', aggressor, victim };
  }
}

/** The Council's procedure, reported back to a treaty machine when it has run. */
export type CouncilOutcomeEvent = { type: 'council.outcome'; report: CouncilReport };

/** The Locarno check's verdict, reported back to the Franco-Soviet machine. */
export type LocarnoVerdictEvent = {
  type: 'locarno.verdict';
  outcome: LocarnoOutcome;
  reason: ReasonCode | null;
};

/** True for the event that opens a treaty machine's case. */
export function isIncidentEvent(event: { readonly type: string }): event is IncidentEvent {
  return (
    event.type === 'incident.threat' || event.type === 'incident.attack' || event.type === 'incident.zoneViolation'
  );
}

/** The incident a treaty machine records from its first event: the shared `recordIncident` assigner. */
export function incidentOnEvent({ event }: { event: { readonly type: string } }): IncidentEvent {
  if (!isIncidentEvent(event)) throw new Error(`expected an incident, got ${event.type}`);
  return event;
}
