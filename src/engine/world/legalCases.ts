/**
 * The bridge from the world model to the legal engine: a crisis (or a
 * hypothetical one, for deterrence) becomes a legal case whose facts come from
 * the world state, and the verdicts come back as the few facts the model uses.
 * Verdicts are memoised by their inputs: the legal machines are the costly part.
 */
import { firstDay } from '../months';
import { evaluateCase } from '../rules/assistancePipeline';
import { CALENDAR } from '../rules/lawData';
import type { ConventionLevel, CouncilResult, GuarantorVerdict, LegalCase } from '../rules/legalCase';
import type { CountryId } from '../rules/types';
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

/** A legal case for a German move against `incident.victim` in the world's current month. */
export function legalCaseFor(world: WorldState, incident: IncidentShape, answers: CrisisAnswers): LegalCase {
  const date = firstDay(world.month);
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
      treatyInForce: world.francoSovietInForce,
      czechoslovakSovietInForce: date >= CALENDAR.treaties['czechoslovak-soviet'].inForceFrom,
      locarno: world.locarno,
      leagueMembers: [...world.leagueMembers],
    },
  };
}

const memo = new Map<string, CrisisVerdicts>();

/** Every fact of a case that can change a verdict, as a short key (the id and the date do not: the date acts only through `world`). */
function caseKey(c: LegalCase): string {
  const { event: e, decisions: d, world: w } = c;
  const flag = (b: boolean | undefined) => (b === undefined ? '-' : b ? '1' : '0');
  return [
    e.kind,
    e.aggressor,
    e.victim,
    e.target,
    flag(e.unprovoked),
    c.council.article ?? '-',
    c.council.result,
    c.council.assembly ?? '-',
    c.nonMember?.invitation ?? '-',
    c.guarantors.uk,
    c.guarantors.italy,
    flag(d.franceCabinet) +
      flag(d.frenchParliament) +
      flag(d.sovietLeadership) +
      flag(d.czechoslovakGovernment) +
      flag(d.franceAssistsCzechoslovakia),
    flag(c.transit.poland) + flag(c.transit.romania),
    c.convention,
    flag(w?.treatyInForce) + flag(w?.czechoslovakSovietInForce),
    w?.locarno ?? '-',
    w?.leagueMembers?.join(',') ?? '-',
    w?.locarnoReading ?? '-',
    w?.unavailableTypes?.join(',') ?? '-',
  ].join('|');
}

/** The verdicts the world model uses, memoised by the case's facts (the date matters only through them). */
export function crisisVerdicts(legalCase: LegalCase): CrisisVerdicts {
  const key = caseKey(legalCase);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const { verdicts } = evaluateCase(legalCase);
  const fs = verdicts['franco-soviet'];
  const cs = verdicts['czechoslovak-soviet'];
  const result: CrisisVerdicts = {
    francoSoviet: { outcome: fs.outcome, reason: fs.reason, owed: fs.owed },
    czechoslovakSoviet: { outcome: cs.outcome, reason: cs.reason, owed: cs.owed, types: cs.types },
    locarno: { outcome: verdicts.locarno.outcome, reason: verdicts.locarno.reason },
  };
  memo.set(key, result);
  return result;
}

/** How many distinct legal cases have been evaluated (for the benchmark). */
export function legalMemoSize(): number {
  return memo.size;
}
