/**
 * The engine's public surface: the only module scenes, ui, audio and the
 * command-line tools import from. Pure TypeScript: no Phaser, no DOM.
 */
export { formatDate, type IsoDate, isIsoDate } from './dates';
export {
  type Debrief,
  type DebriefCrisis,
  type DebriefEvent,
  type DebriefMonth,
  type DebriefVerdict,
  debriefOf,
  KEY_ROLL_MARGIN,
  type KeyRoll,
  PHASE_CHANGE_KEYS,
} from './debrief';
export * from './futures';
export {
  type ActionRecord,
  createGame,
  type Game,
  type GameSnapshot,
  hashWorld,
  replayTurns,
  type SimulationResult,
  type Source,
  simulate,
} from './game';
export { type GameRecord, gameRecord, type TransitAnswer, transitAnswer } from './gameRecord';
export {
  countryWords,
  explanationSources,
  LOG_TEXT,
  type LogText,
  logTextSchema,
  type RenderedEntry,
  renderEntry,
  renderExplanation,
  renderSentence,
  ruleWords,
} from './log/render';
export type { ExplainedTerm, Explanation, LogParams, LogReason, LogValue } from './log/types';
export { formatMonth } from './months';
export { POLICY_NAMES, type Policy, type PolicyChoice, type PolicyName, policyLabel } from './policies';
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
export { RULE_MACHINE_IDS, RULE_MACHINES, type RuleMachine, type RuleMachineId } from './rules/ruleMachines';
export * from './rules/types';
export { countryName, type WorldFacts, worldFactsOn } from './rules/worldFacts';
export * from './save/share';
export { parseScenario, parseScenarioText } from './scenario/loadScenario';
export type { Scenario } from './scenario/schema';
export {
  ANY_MOVE,
  looksLikeStrategy,
  parseStrategy,
  parseStrategyText,
  STRATEGY_FORMAT,
  type Strategy,
  type StrategyOrder,
  strategyCrisisChoice,
  strategyPolicy,
} from './strategy';
export {
  CRISIS_CHOICES,
  type CrisisChoice,
  type GameAction,
  legalActions,
  MONTHLY_ORDERS,
  refusal,
} from './turn/actions';
export { classifyEnding, ENDING_IDS, type EndingId, endingsMet, endingText } from './turn/endings';
export { applyOrder, endOrders, step } from './turn/step';
export type { TurnRecord } from './turn/turnMachine';
export type { Parsed, Problem } from './validation';
export { type PatchOp, type Variant, variantSchema } from './variants/variantSchema';
export {
  normalVariants,
  parseVariant,
  VARIANT_IDS,
  VARIANTS,
  variantById,
  variantsProblem,
  withVariants,
} from './variants/variants';
export { ENGINE_VERSION } from './version';
export { answeredCrisisCase } from './view/crisisReplay';
export {
  actionCost,
  conventionClauses,
  crisisCase,
  eventSource,
  governmentName,
  historicalCourse,
  monthName,
  moveInfo,
  type TransitView,
  transitView,
} from './view/monthView';
export { flatLog } from './world/effects';
export { initialWorld } from './world/initialWorld';
export {
  CLAUSE_IDS,
  type ClauseId,
  type CrisisRecord,
  type LogEntry,
  ROLES,
  type Role,
  type WorldState,
} from './world/worldState';
