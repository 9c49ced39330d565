/**
 * The four legal machines and the citations of their guards, by machine id:
 * what the rules X-ray draws, read from the definitions themselves.
 */
import type { AnyStateMachine } from 'xstate';
import { COVENANT_COUNCIL_GUARD_CITES, covenantCouncilMachine } from './covenantCouncilMachine';
import { CZECHOSLOVAK_SOVIET_GUARD_CITES, czechoslovakSovietMachine } from './czechoslovakSovietMachine';
import { FRANCO_SOVIET_GUARD_CITES, francoSovietPactMachine } from './francoSovietPactMachine';
import { LOCARNO_GUARD_CITES, locarnoMachine } from './locarnoMachine';
import type { Citation } from './types';

/** The ids of the legal machines, as they prefix the states of a verdict's path. */
export const RULE_MACHINE_IDS = ['francoSovietPact', 'covenantCouncil', 'locarno', 'czechoslovakSoviet'] as const;
export type RuleMachineId = (typeof RULE_MACHINE_IDS)[number];

export interface RuleMachine {
  readonly machine: AnyStateMachine;
  /** What each named guard implements. */
  readonly guardCites: Readonly<Record<string, Citation>>;
  /** A title for players and teachers. */
  readonly title: string;
}

export const RULE_MACHINES: Readonly<Record<RuleMachineId, RuleMachine>> = {
  francoSovietPact: {
    machine: francoSovietPactMachine,
    guardCites: FRANCO_SOVIET_GUARD_CITES,
    title: 'The Franco-Soviet treaty (1935) and its Protocol of Signature',
  },
  covenantCouncil: {
    machine: covenantCouncilMachine,
    guardCites: COVENANT_COUNCIL_GUARD_CITES,
    title: "The League Council's procedure under the Covenant",
  },
  locarno: {
    machine: locarnoMachine,
    guardCites: LOCARNO_GUARD_CITES,
    title: 'Locarno, the Rhineland Pact (1925)',
  },
  czechoslovakSoviet: {
    machine: czechoslovakSovietMachine,
    guardCites: CZECHOSLOVAK_SOVIET_GUARD_CITES,
    title: 'The Czechoslovak-Soviet treaty (1935)',
  },
};
