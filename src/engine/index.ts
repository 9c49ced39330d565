/**
 * The engine's public surface: the only module scenes, ui, audio and the
 * command-line tools import from. Pure TypeScript: no Phaser, no DOM.
 *
 * Its layers, bottom up; a file imports only from its own layer or below (layers.test.ts):
 *   surface   game, batch, branch, policies, strategy, debrief, futures, log/render, view/, index
 *   scenario/ (schema, the world a scenario starts from) · save/ (game files, replay, comparisons)
 *   turn/ (a month: orders, crisis, events, endings) · negotiation/ (the convention's talks)
 *   model/ (data, decisions, factors; perceptions and the derived facts computed from a world)
 *   world/ (the state, its effects and legal cases) · rules/ (treaties) · base (dates, months, hash, random, memo, validation, log/inSentence)
 */
export { outcomeTable, runBatch } from './batch';
export { type Branch, type BranchPoint, branchAt, saveBranch } from './branch';
export { formatDate, type IsoDate, isIsoDate } from './dates';
export {
  type Debrief,
  type DebriefCrisis,
  type DebriefEvent,
  type DebriefMonth,
  type DebriefOfOptions,
  type DebriefSide,
  type DebriefVerdict,
  debriefOf,
  type FurtherAnswer,
  KEY_ROLL_MARGIN,
  type KeyRoll,
  PHASE_CHANGE_KEYS,
  ROUTINE_ROLL_RULES,
  type RoutineRolls,
} from './debrief';
export * from './futures';
export {
  type ActionRecord,
  createGame,
  type Delegations,
  type Game,
  type GameSnapshot,
  hashWorld,
  replayTurns,
  roleProblem,
  type SendOptions,
  type SimulationResult,
  type Source,
  simulate,
} from './game';
export {
  GAME_RECORD_COLUMNS,
  type GameRecord,
  gameRecord,
  gameRecordCsvRow,
  type TransitAnswer,
  transitAnswer,
} from './gameRecord';
export { inSentence } from './log/inSentence';
export {
  choiceWords,
  countryWords,
  explanationSources,
  LOG_TEXT,
  type LogText,
  listWords,
  logTextSchema,
  type RenderedEntry,
  renderEntry,
  renderExplanation,
  renderSentence,
  ruleWords,
} from './log/render';
export type { ExplainedTerm, Explanation, LogParams, LogReason, LogValue } from './log/types';
export {
  BRITISH_VERDICTS,
  type BritishVerdict,
  CZECHOSLOVAK_ANSWERS,
  type CzechoslovakAnswer,
  DELEGATION_DATA,
  DEMARCHE_ANSWERS,
  type DecisionWords,
  GUARANTEE_ANSWERS,
  type GuaranteeAnswer,
  historyNoteFor,
  historySaid,
  STAND_ANSWERS,
  type StandAnswer,
  TESCHEN_ANSWERS,
  type TeschenAnswer,
} from './model/delegationData';
export {
  CONVENTION,
  GOVERNMENTS,
  MODEL,
  MODEL_SCHEMAS,
  MOVES,
  modelProblemsWith,
  referenceProblems,
} from './model/modelData';
export type { Effects, HistoricalEvent } from './model/modelSchemas';
export { addMonths, formatMonth } from './months';
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
export { COUNTRIES, LAW_SCHEMAS, REASONS } from './rules/lawData';
export { CASE_DATE_RANGE, type LegalCase, parseLegalCase, parseLegalCaseText } from './rules/legalCase';
export { RULE_MACHINE_IDS, RULE_MACHINES, type RuleMachine, type RuleMachineId } from './rules/ruleMachines';
export * from './rules/types';
export { countryName, leagueStanding, type WorldFacts, worldFactsOn } from './rules/worldFacts';
export { turnsOutsideScenario } from './save/gameFile';
export * from './save/share';
export { initialWorld } from './scenario/initialWorld';
export { parseScenario, parseScenarioText } from './scenario/loadScenario';
export { type Scenario, sidesOf } from './scenario/schema';
export { shippedDataProblems } from './shippedData';
export { round, wilson95 } from './stats';
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
  sentActionTypes,
} from './turn/actions';
export { boundToGermany } from './turn/crisis';
export { askedAtCrisis, delegationName, guaranteeAsked, standAsked, teschenAsked } from './turn/delegations';
export { classifyEnding, ENDING_IDS, type EndingId, endingCase, endingsMet, endingText } from './turn/endings';
export { eventsDuring } from './turn/history';
export { applyOrder, endOrders, step } from './turn/step';
export type { TurnRecord } from './turn/turnMachine';
export { type Parsed, type Problem, parseJsonText, parseWith, problemsFromZod, shippedValue } from './validation';
export { type PatchOp, type Variant, variantSchema } from './variants/variantSchema';
export {
  normalVariants,
  parseVariant,
  transitGrantedBy,
  VARIANT_IDS,
  VARIANTS,
  variantById,
  variantFileProblems,
  variantsProblem,
  variantTitles,
  withVariants,
} from './variants/variants';
export { crisisPaths, possibleVerdictPaths, type VerdictPath } from './verdictPaths';
export { ENGINE_VERSION } from './version';
export {
  type CouncilChamber,
  type CouncilTable,
  type Counting,
  councilChamberOfCase,
  councilTableBefore,
  crisisCouncil,
  type DisputeParty,
  type GuarantorView,
  type MemberVote,
  type PartyRole,
  type SeatedMember,
  type Session,
  type Vote,
} from './view/councilChamber';
export { answeredCrisisCase } from './view/crisisReplay';
export {
  actionCost,
  conventionClauses,
  crisisCase,
  crisisJudgedNote,
  delegationTransitAnswer,
  dispatchesAfterCrisis,
  eventSource,
  governmentName,
  historicalCourse,
  monthName,
  moveInfo,
  type TransitView,
  transitAsked,
  transitView,
} from './view/monthView';
export { type DraftVerdict, type OrderOdds, type OrderRoll, orderOdds } from './view/orderOdds';
export { newEntries, type StanceCause, type StanceChange, stanceChanges } from './view/stanceChanges';
export { flatLog } from './world/effects';
export {
  completeVerdictTable,
  legalEvaluations,
  resetVerdictMemo,
  type VerdictTable,
  verdictMemoTable,
  verdictTablePaths,
  verdictTableProblems,
} from './world/legalCases';
export { SHIPPED_VERDICTS } from './world/legalCasesTable';
export {
  CLAUSE_IDS,
  type ClauseId,
  type CrisisRecord,
  DELEGATIONS,
  type Delegation,
  type FurtherDelegation,
  isSide,
  type LogEntry,
  MAX_DELEGATIONS,
  ROLES,
  type Role,
  type WorldState,
} from './world/worldState';
