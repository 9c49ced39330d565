/**
 * The engine's public surface: the only module scenes, ui, audio and the
 * command-line tools import from. Pure TypeScript: no Phaser, no DOM.
 */
export { formatDate, type IsoDate, isIsoDate } from './dates';
export {
  type AssistancePipeline,
  assistancePipeline,
  caseFactSource,
  evaluateCase,
  type FactRequest,
  type FactSource,
  hollowTreaties,
  runPipeline,
} from './rules/assistancePipeline';
export {
  ASSISTANCE_NAMES,
  describeCase,
  hollowExplanation,
  locarnoHeadline,
  pathLandmarks,
  TREATY_NAMES,
  treatyHeadline,
} from './rules/describeCase';
export type { FactEvent, FactEventType, Incident } from './rules/facts';
export { COUNTRIES, REASONS } from './rules/lawData';
export { CASE_DATE_RANGE, type LegalCase, parseLegalCase, parseLegalCaseText } from './rules/legalCase';
export * from './rules/types';
export { countryName, type WorldFacts, worldFactsOn } from './rules/worldFacts';
export type { Parsed, Problem } from './validation';
