/**
 * The names of the factors a decision rule can weigh: each reads a number from
 * 0 to 100 off the world state (`factors.ts`). The weights are data.
 */
export const FACTOR_IDS = [
  'frenchWill',
  'sovietWill',
  'sovietDrift',
  'redArmyReadiness',
  'germanReadiness',
  'britishCommitment',
  'italianAlignment',
  'tension',
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
