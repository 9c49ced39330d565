/**
 * The names of the factors a decision rule can weigh: each reads a number from
 * 0 to 100 off the world state (`factors.ts`). The weights are data.
 */
import { LEVEL_IDS } from '../world/worldState';

/** In the order `readFactor` (factors.ts) numbers them: a new factor goes with a case of its own there. */
export const FACTOR_IDS = [
  // Every level of the world state is a factor as it stands.
  ...LEVEL_IDS,
  'redArmyDoubt',
  'britishAloofness',
  'conventionLevel',
  'conventionCredibility',
  'conventionStrength',
  'transitPoland',
  'transitRomania',
  'transitBest',
  'frenchGovernmentSupport',
  'britishGovernmentSupport',
  'sovietTrustInFrance',
  'frenchTrustInUssr',
  'britishStance',
  'polishHostility',
  'staffPressure',
  'deterrence',
  'frenchHelpOwed',
  'sovietHelpDeliverable',
  'coalition',
  'alliedVictim',
  'westernCredibility',
  'movesDone',
  'munich',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];
