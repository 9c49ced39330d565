/**
 * The debrief of a game, as data (issue 12 §4, issue 14 §6): month by month,
 * the player's orders beside the choices history made (the scenario's
 * `historicalChoices`), the historical events that fired, diverged or did not
 * come, each crisis with its verdicts and their citations, and the key rolls
 * with their odds. Ids, codes and numbers drawn from the world, its log and
 * the scenario; the words a class reads are rendered in the browser
 * (`src/debrief/`). Pure: it reads what it is given and changes nothing.
 */
import type { Explanation, LogEntry, LogParams, LogReason } from './log/types';
import { DELEGATION_DATA, type DecisionWords, historyNoteFor, historySaid } from './model/delegationData';
import { ENDINGS, EVENTS, MODEL, MOVES } from './model/modelData';
import { formatMonth, type YearMonth } from './months';
import { REASONS } from './rules/lawData';
import type { LocarnoOutcome, ReasonCode, TreatyId, TreatyOutcome } from './rules/types';
import type { Scenario } from './scenario/schema';
import type { CrisisChoice, GameAction } from './turn/actions';
import { endingCase } from './turn/endings';
import type { TurnRecord } from './turn/turnMachine';
import { variantTitles } from './variants/variants';
import {
  type CrisisRecord,
  type Delegation,
  type FurtherDelegation,
  isSide,
  type Role,
  type WorldState,
} from './world/worldState';

/**
 * A roll is key when its outcome was in real doubt: a chance from this many in
 * 100 up to 100 minus this many. The debrief's own choice of what to show a
 * class, not a fact of history.
 */
export const KEY_ROLL_MARGIN = 10;

/**
 * The rolls a player may make month after month: a démarche, at the model's
 * fixed odds (`model.json` `transit.demarcheChance`), and Moscow's proposals
 * for collective security, at odds that change with the governments in London
 * and Paris (`collectiveSecurity.answer`, by its label). Each is in doubt, but
 * a class learns nothing from the twentieth alike: the debrief counts them by
 * their odds (`Debrief.routineRolls`) instead of listing them among the key
 * rolls, unless one changed the course of the game.
 */
export const ROUTINE_ROLL_RULES: readonly string[] = ['roll.demarche', MODEL.collectiveSecurity.answer.label];

/** The log sentence of a routine order made but not rolled, worn down by repetition, by the rule it would roll. */
const UNROLLED_KEYS: Readonly<Record<string, string>> = { 'roll.demarche': 'demarche.deaf' };

/**
 * The log sentences that report a change of phase (of the game or of the
 * convention talks): a decision recorded on one of these is a key decision,
 * whatever its odds. Germany's move opens a crisis; staff talks open; the
 * approvers sign the draft or send it back; an event stalls, revives or breaks
 * off the talks; Poland's answer in 1939, Moscow's deal with Berlin and the
 * triple alliance change the game's course; Germany backs down or goes to war.
 */
export const PHASE_CHANGE_KEYS: readonly string[] = [
  'move',
  'negotiation.staff-talks',
  'negotiation.phase',
  'decision.early-soviet-german-deal',
  'decision.poland-refuses-transit',
  'decision.moscow-declines-alliance',
  'decision.triple-alliance',
  'crisis.backDown',
];

/**
 * Sentences whose decision changes a phase only when the next entry says so:
 * of the approvers who judge a draft, the one whose answer signs it or sends
 * it back to drafting.
 */
export const DECISIVE_WHEN_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  'negotiation.approval': ['negotiation.convention-signed', 'negotiation.clause-reopened'],
};

/** A historical event as the debrief names it: its id, title and date. */
export interface DebriefEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
}

/** A decision or roll worth showing a class: where it was logged, and its explanation as the engine recorded it. */
export interface KeyRoll {
  readonly month: YearMonth;
  /** The log entry it belongs to: its kind, id, sentence key and parameters. */
  readonly entry: { readonly kind: string; readonly id: string; readonly key: string; readonly params: LogParams };
  /** The reason's own sentence key and parameters (a crisis's "Britain's verdict", …), if it has one. */
  readonly reasonKey: string | null;
  readonly reasonParams: LogParams;
  readonly explanation: Explanation;
  /** The chance in 100 (null for a threshold rule), the die's roll, and the outcome: copied from the explanation. */
  readonly chance: number | null;
  readonly roll: number | null;
  readonly yes: boolean;
  /** Why it is key: its odds were in doubt (`odds`), it changed a phase (`phase`), or both. */
  readonly why: readonly ('odds' | 'phase')[];
}

/** The routine rolls of one kind, at one state, counted over the game (`ROUTINE_ROLL_RULES`). */
export interface RoutineRolls {
  /** The roll's rule (`roll.demarche`) and the state it was made at (`params.to` of its log entries), if any. */
  readonly rule: string;
  readonly to: string | null;
  /** The lowest and the highest chance in 100 they were rolled at (the same for a démarche: the model's fixed odds). */
  readonly chance: number;
  readonly chanceTo: number;
  readonly rolls: number;
  /** How many the die favoured. */
  readonly yes: number;
  /** How many more were made at that state and rolled no die, worn down by repetition ("demarche.deaf"). */
  readonly unrolled: number;
  /** The months of the first and the last. */
  readonly first: YearMonth;
  readonly last: YearMonth;
}

/** One treaty's verdict at a crisis, with the reason's words and its citation (`scenarios/law/reasons.json`). */
export interface DebriefVerdict {
  readonly treaty: TreatyId;
  readonly outcome: TreatyOutcome | LocarnoOutcome;
  readonly reason: ReasonCode | null;
  readonly reasonTitle: string | null;
  readonly reasonText: string | null;
  /** The reason's citation, or null where the verdict has no reason code. */
  readonly citation: string | null;
  readonly hollow: boolean;
}

/** A crisis as the debrief shows it: the record, the move's title, history's answer, the verdicts in words. */
export interface DebriefCrisis {
  readonly move: string;
  readonly title: string;
  readonly month: YearMonth;
  readonly answer: string;
  /** History's answer to this move for the player's side, or null if the scenario scripts none. */
  readonly historyAnswer: CrisisChoice | null;
  readonly answers: CrisisRecord['answers'];
  readonly uk: string;
  readonly result: CrisisRecord['result'];
  readonly metBy: CrisisRecord['metBy'];
  readonly verdicts: readonly DebriefVerdict[];
}

/** One month of the game. */
export interface DebriefMonth {
  readonly month: YearMonth;
  /** `March 1936`. */
  readonly label: string;
  /** The player's orders, in the order given (the crisis answer apart). */
  readonly orders: readonly GameAction[];
  /** The player's answer to the month's crisis, if one opened. */
  readonly crisisAnswer: CrisisChoice | null;
  readonly history: {
    readonly orders: readonly GameAction[];
    /** What history did, in words, for each of its choices this month (`said` in the scenario). */
    readonly said: readonly string[];
    /** Where each of history's choices comes from. */
    readonly sources: readonly string[];
    /** History's answer to the month's crisis, if one opened and the scenario scripts it. */
    readonly crisisAnswer: CrisisChoice | null;
    /** The events of `events.json` dated in this month. */
    readonly events: readonly DebriefEvent[];
  };
  /** The player's orders or crisis answer differ from history's. */
  readonly diverged: boolean;
  /** This is the first month they differ. */
  readonly firstDivergence: boolean;
  readonly events: {
    /** Historical events that fired this month. */
    readonly fired: readonly DebriefEvent[];
    /** Fixed events the world had moved away from: history took another turn. */
    readonly diverged: readonly DebriefEvent[];
    /**
     * The class's own side's decisions in history (`decidedBy` in events.json: Moscow's offer of 1937, France's
     * call-up of September 1938), which its orders and answers make in this game: told as history's, not as this game's.
     */
    readonly own: readonly DebriefEvent[];
    /** Events history dated in this month that did not happen in this game. */
    readonly missed: readonly DebriefEvent[];
    /** Events history dated in this month that this game logged in another month (`month`, e.g. "1936-04"). */
    readonly elsewhen: readonly { readonly event: DebriefEvent; readonly month: string }[];
  };
  readonly crises: readonly DebriefCrisis[];
  readonly keyRolls: readonly KeyRoll[];
}

/** An event the class's own side decided in history, which the game left to its orders (`decidedBy`, history.ts). */
const isOwnDecision = (entry: LogEntry) => entry.kind === 'diverged' && entry.key === 'diverged.ownDecision';

/**
 * One side's months in a game of delegations (issue 14 §2): its own orders and
 * crisis answers (the actions whose `by` is that side) beside its own history
 * (`historicalChoices[role]`, and the crises' answers history gave for it), and
 * its own first divergence. Each month's events, crises and key rolls are the
 * game's, as in `Debrief.months`; a crisis's `answer` is this side's.
 */
export interface DebriefSide {
  readonly role: Role;
  readonly months: readonly DebriefMonth[];
  readonly firstDivergence: YearMonth | null;
}

/**
 * A further delegation's answer in a game of delegations (Poland, Romania,
 * Czechoslovakia, Britain): the question it was asked (its decision in
 * `delegations.json`), its answer, and history's beside it.
 */
export interface FurtherAnswer {
  readonly month: YearMonth;
  readonly by: FurtherDelegation;
  /** The decision's key in `delegations.json` (`transitAtCrisis`, `verdictAtCrisis`, `teschen`, …). */
  readonly decision: string;
  /** The question as the delegation read it: the decision's label. */
  readonly question: string;
  /** The German move of the crisis it answered at; null for an answer in the month's orders. */
  readonly move: string | null;
  /** The answer's id (one of the decision's options) and its label. */
  readonly answer: string;
  readonly answerLabel: string;
  /** History's answer in words, as the delegation's screen said it (`historySaid`). */
  readonly history: string;
  /** Whether the answer differs from history's; null where history gave none among the options (a note says why). */
  readonly differs: boolean | null;
}

/** The whole debrief: the game's months, its first divergence and its ending. */
export interface Debrief {
  readonly scenario: string;
  readonly title: string;
  /** The world's role (the game's first role): `months`, `firstDivergence` and `crises` are its side's. */
  readonly role: Role;
  readonly months: readonly DebriefMonth[];
  readonly firstDivergence: YearMonth | null;
  /**
   * A game of delegations only (absent in a game of one role): each side a
   * delegation played (France, the USSR), in the order of the game's roles;
   * the world's role's entry has the same months as `months`.
   */
  readonly sides?: readonly DebriefSide[];
  /**
   * The further delegations a game of delegations seated (Poland, Romania, Czechoslovakia, Britain), in the order of
   * its roles: named among who played.
   */
  readonly further?: readonly FurtherDelegation[];
  /** With `further`: each further delegation's answers, month by month, beside history's. */
  readonly furtherAnswers?: readonly FurtherAnswer[];
  readonly ending: {
    readonly id: string;
    readonly title: string;
    readonly text: string;
    /** Which of the text's alternatives this game took, in a sentence; null where the text offers none. */
    readonly case: string | null;
    readonly historians: string;
    readonly historical: boolean;
  } | null;
  readonly crises: readonly DebriefCrisis[];
  readonly keyRolls: readonly KeyRoll[];
  /** The routine rolls, counted by kind and state, not listed among `keyRolls` (`ROUTINE_ROLL_RULES`). */
  readonly routineRolls: readonly RoutineRolls[];
  /** The titles of the rule variants the game was played under (empty under history's rules). */
  readonly variants: readonly string[];
}

/** An action as a string that does not depend on the order of its fields (each field once, in code-unit order). */
function actionKey(action: GameAction): string {
  const fields: Readonly<Record<string, unknown>> = action;
  return JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((key) => [key, fields[key]]),
  );
}

/** Two lists of orders are the same orders, whatever their order within the month. */
export function sameOrders(a: readonly GameAction[], b: readonly GameAction[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(actionKey).sort();
  const right = b.map(actionKey).sort();
  return left.every((key, i) => key === right[i]);
}

function eventOf(id: string): DebriefEvent {
  const event = EVENTS.find((e) => e.id === id);
  return event === undefined ? { id, title: id, date: '' } : { id, title: event.title, date: event.date };
}

/** Whether a roll's odds were in doubt: a chance between the margin and 100 minus it. */
export function isInDoubt(explanation: Explanation): boolean {
  return (
    explanation.chance !== null && explanation.chance >= KEY_ROLL_MARGIN && explanation.chance <= 100 - KEY_ROLL_MARGIN
  );
}

/** Whether the decisions on `entry` changed a phase of the game or the talks (`next` is the entry after it in its month). */
export function changesPhase(entry: LogEntry, next: LogEntry | undefined): boolean {
  if (PHASE_CHANGE_KEYS.includes(entry.key)) return true;
  const followers = DECISIVE_WHEN_FOLLOWED_BY[entry.key];
  return followers !== undefined && next !== undefined && followers.includes(next.key);
}

/**
 * Whether a roll's outcome was certain: a chance of 0 or 100 in 100 (Germany weighing a coalition too weak to
 * move it). No die decided it, so it is no roll that mattered, even on an entry that changed a phase.
 */
function isCertain(explanation: Explanation): boolean {
  return explanation.chance === 0 || explanation.chance === 100;
}

/** Whether a reason's decision changed a phase: its entry did (`entryPhase`), or its own sentence says so. */
function turnsPhase(entryPhase: boolean, reason: LogReason): boolean {
  return entryPhase || (reason.key !== null && PHASE_CHANGE_KEYS.includes(reason.key));
}

/** Whether a roll is routine: of a kind the debrief counts (`ROUTINE_ROLL_RULES`), and no phase turned on it. */
function isRoutine(explanation: Explanation, phase: boolean): boolean {
  return ROUTINE_ROLL_RULES.includes(explanation.rule) && !phase;
}

/** The key rolls of one log entry, in order (`next` is the entry after it in its month); routine rolls are not. */
export function keyRollsOf(entry: LogEntry, next?: LogEntry): KeyRoll[] {
  const reasons = entry.reasons;
  if (reasons === undefined) return [];
  const phase = changesPhase(entry, next);
  const rolls: KeyRoll[] = [];
  for (const reason of reasons) {
    const explanation = reason.explanation;
    if (explanation === undefined) continue;
    const turned = turnsPhase(phase, reason);
    const why: ('odds' | 'phase')[] = [];
    if (isInDoubt(explanation)) why.push('odds');
    if (turned) why.push('phase');
    if (why.length === 0 || isRoutine(explanation, turned) || isCertain(explanation)) continue;
    rolls.push({
      month: entry.month,
      entry: { kind: entry.kind, id: entry.id, key: entry.key, params: entry.params ?? {} },
      reasonKey: reason.key,
      reasonParams: reason.params ?? {},
      explanation,
      chance: explanation.chance,
      roll: explanation.roll,
      yes: explanation.yes,
      why,
    });
  }
  return rolls;
}

/** The state a routine roll's entry was made at (`params.to`), if any. */
const stateOf = (entry: LogEntry): string | null => (typeof entry.params?.to === 'string' ? entry.params.to : null);

/** How routine rolls are counted: by rule and state. */
const countKey = (rule: string, to: string | null): string => `${rule} ${to ?? ''}`;

/** The game's routine rolls, counted by rule and state in the order of their first roll. */
export function routineRollsOf(log: WorldState['log']): RoutineRolls[] {
  const counted = new Map<string, RoutineRolls>();
  /** The orders worn down to no roll, by rule and state. */
  const unrolled = new Map<string, number>();
  for (const { month, entries } of log) {
    entries.forEach((entry, i) => {
      for (const rule of ROUTINE_ROLL_RULES) {
        if (entry.key !== UNROLLED_KEYS[rule]) continue;
        const key = countKey(rule, stateOf(entry));
        unrolled.set(key, (unrolled.get(key) ?? 0) + 1);
      }
      const phase = changesPhase(entry, entries[i + 1]);
      for (const reason of entry.reasons ?? []) {
        const explanation = reason.explanation;
        if (explanation === undefined || explanation.chance === null) continue;
        if (!isRoutine(explanation, turnsPhase(phase, reason))) continue;
        const to = stateOf(entry);
        const key = countKey(explanation.rule, to);
        const before = counted.get(key);
        counted.set(key, {
          rule: explanation.rule,
          to,
          chance: Math.min(before?.chance ?? explanation.chance, explanation.chance),
          chanceTo: Math.max(before?.chanceTo ?? explanation.chance, explanation.chance),
          rolls: (before?.rolls ?? 0) + 1,
          yes: (before?.yes ?? 0) + (explanation.yes ? 1 : 0),
          unrolled: 0,
          first: before?.first ?? month,
          last: month,
        });
      }
    });
  }
  // The orders made and not rolled go with the count of their rule and state.
  return [...counted.values()].map((rolls) => ({
    ...rolls,
    unrolled: unrolled.get(countKey(rolls.rule, rolls.to)) ?? 0,
  }));
}

function verdictOf(
  treaty: TreatyId,
  verdict: { readonly outcome: TreatyOutcome | LocarnoOutcome; readonly reason: ReasonCode | null },
  hollow: readonly string[],
): DebriefVerdict {
  const reason = verdict.reason === null ? undefined : REASONS[verdict.reason];
  return {
    treaty,
    outcome: verdict.outcome,
    reason: verdict.reason,
    reasonTitle: reason?.title ?? null,
    reasonText: reason?.text ?? null,
    citation: reason?.source ?? null,
    hollow: hollow.includes(treaty),
  };
}

function crisisOf(record: CrisisRecord, scenario: Scenario, role: Role): DebriefCrisis {
  return {
    move: record.move,
    title: MOVES.find((m) => m.id === record.move)?.title ?? record.move,
    month: record.month,
    answer: record.answer,
    historyAnswer: scenario.historicalChoices.crises[role][record.move] ?? null,
    answers: record.answers,
    uk: record.uk,
    result: record.result,
    metBy: record.metBy,
    verdicts: [
      verdictOf('franco-soviet', record.verdicts['franco-soviet'], record.hollow),
      verdictOf('czechoslovak-soviet', record.verdicts['czechoslovak-soviet'], record.hollow),
      verdictOf('locarno', record.verdicts.locarno, record.hollow),
    ],
  };
}

/** What `debriefOf` may be told beside the game. */
export interface DebriefOfOptions {
  /**
   * The human roles of a game of delegations, the game's first role first (`GameSnapshot.delegations.roles`).
   * Without them, the roles are read from the turns: the world's role and every delegation that gave an action.
   */
  readonly roles?: readonly Delegation[];
}

/** The delegations that gave an action in the recorded turns, the world's role first. */
function delegationsOf(world: WorldState, turns: readonly TurnRecord[]): Delegation[] {
  const found: Delegation[] = [world.role];
  for (const turn of turns) for (const by of turn.by ?? []) if (!found.includes(by)) found.push(by);
  return found;
}

/**
 * One side's months: its own orders and crisis answer each month (an action
 * whose `by` is `side`; every action in a game of one role, whose turns have no
 * `by`, is the world's role's) beside history's for that side, with the first
 * month they differ. `crises` are the game's crises as that side sees them.
 */
function sideMonths(
  scenario: Scenario,
  world: WorldState,
  turns: readonly TurnRecord[],
  side: Role,
  crises: readonly DebriefCrisis[],
): { months: DebriefMonth[]; firstDivergence: YearMonth | null } {
  const entriesByMonth = new Map<YearMonth, readonly LogEntry[]>(world.log.map((m) => [m.month, m.entries]));
  /** The month this game logged each historical event in (or took another turn from it), the first if several. */
  const firedIn = new Map<string, YearMonth>();
  /** The class's own side's initiatives in history (`decidedBy`): told once, in the month the game logged them. */
  const ownIds = new Set<string>();
  for (const { month, entries } of world.log) {
    for (const entry of entries) {
      if ((entry.kind === 'event' || entry.kind === 'diverged') && !firedIn.has(entry.id)) firedIn.set(entry.id, month);
      if (isOwnDecision(entry)) ownIds.add(entry.id);
    }
  }
  const turnMonths: YearMonth[] = [];
  for (const turn of turns) if (!turnMonths.includes(turn.month)) turnMonths.push(turn.month);
  let firstDivergence: YearMonth | null = null;
  const months = turnMonths.map((month): DebriefMonth => {
    const given = turns
      .filter((t) => t.month === month)
      .flatMap((t) => t.actions.filter((_, i) => (t.by?.[i] ?? world.role) === side));
    const orders = given.filter((a) => a.type !== 'crisis.respond');
    const answer = given.find((a) => a.type === 'crisis.respond');
    const crisisAnswer = answer?.type === 'crisis.respond' ? answer.choice : null;
    const choices = scenario.historicalChoices[side].filter((c) => c.month === month);
    const monthCrises = crises.filter((c) => c.month === month);
    const historyAnswer = monthCrises.map((c) => c.historyAnswer).find((a) => a !== null) ?? null;
    const historyOrders = choices.flatMap((c) => c.actions);
    const diverged = !sameOrders(orders, historyOrders) || (crisisAnswer !== null && historyAnswer !== crisisAnswer);
    const first = diverged && firstDivergence === null;
    if (first) firstDivergence = month;
    const entries = entriesByMonth.get(month) ?? [];
    const fired = entries.filter((e) => e.kind === 'event').map((e) => eventOf(e.id));
    const divergedEvents = entries.filter((e) => e.kind === 'diverged' && !isOwnDecision(e)).map((e) => eventOf(e.id));
    const ownEvents = entries.filter(isOwnDecision).map((e) => eventOf(e.id));
    // History's events of the month: a model event (no timeline row behind it, so no confidence: Britain's
    // protest, Poland's refusal as the talks advance) has a date of the model's, never one of history.
    const historyEvents = EVENTS.filter((e) => e.confidence !== undefined && e.date.slice(0, 7) === month).map((e) =>
      eventOf(e.id),
    );
    const happened = new Set([...fired, ...divergedEvents, ...ownEvents].map((e) => e.id));
    return {
      month,
      label: formatMonth(month),
      orders,
      crisisAnswer,
      history: {
        orders: historyOrders,
        said: choices.map((c) => c.said),
        sources: choices.map((c) => c.source),
        crisisAnswer: historyAnswer,
        events: historyEvents,
      },
      diverged,
      firstDivergence: first,
      events: {
        fired,
        diverged: divergedEvents,
        own: ownEvents,
        missed: historyEvents.filter((e) => !happened.has(e.id) && !firedIn.has(e.id)),
        // An initiative of the class's own side is told in the month the game logged it, not as history's elsewhen.
        elsewhen: historyEvents.flatMap((event) => {
          const other = happened.has(event.id) || ownIds.has(event.id) ? undefined : firedIn.get(event.id);
          return other === undefined ? [] : [{ event, month: other }];
        }),
      },
      crises: monthCrises,
      keyRolls: entries.flatMap((entry, i) => keyRollsOf(entry, entries[i + 1])),
    };
  });
  return { months, firstDivergence };
}

/** Each crisis as one side of a game of delegations saw it: that side's answer, and history's for it. */
function sideCrises(scenario: Scenario, world: WorldState, side: Role): DebriefCrisis[] {
  return world.crises.map((record) => ({ ...crisisOf(record, scenario, side), answer: record.answers[side] }));
}

/**
 * Which decision of `delegations.json` a further delegation's action answers: a request for transit at a crisis
 * (`transitAtCrisis`) or for the 1939 talks (`for: 'talks'`, or Romania's answer in the month's orders), a démarche,
 * Teschen, Czechoslovakia's stand, Britain's verdict, guarantee and stand. Null for an action no delegation answers.
 */
function furtherDecision(by: FurtherDelegation, action: GameAction, atCrisis: boolean): [string, DecisionWords] | null {
  switch (action.type) {
    case 'transit.answer': {
      if (by !== 'poland' && by !== 'romania') return null;
      const { decisions } = DELEGATION_DATA[by];
      return action.for === 'talks' || !atCrisis
        ? ['transitInTalks1939', decisions.transitInTalks1939]
        : ['transitAtCrisis', decisions.transitAtCrisis];
    }
    case 'demarche.answer':
      return by === 'poland' || by === 'romania' ? ['demarche', DELEGATION_DATA[by].decisions.demarche] : null;
    case 'poland.teschen':
      return ['teschen', DELEGATION_DATA.poland.decisions.teschen];
    case 'czechoslovakia.answer':
      return ['standAtCrisis', DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis];
    case 'britain.answer':
      return ['verdictAtCrisis', DELEGATION_DATA.britain.decisions.verdictAtCrisis];
    case 'britain.guarantee':
      return ['guaranteeToPoland', DELEGATION_DATA.britain.decisions.guaranteeToPoland];
    case 'britain.stand':
      return ['standAtSudeten', DELEGATION_DATA.britain.decisions.standAtSudeten];
    default:
      return null;
  }
}

/**
 * The further delegations' answers, in the order they were given: each action a turn records `by` a further
 * delegation, with the question it answered and history's answer. A turn with a crisis answer is a crisis's.
 */
export function furtherAnswersOf(world: WorldState, turns: readonly TurnRecord[]): FurtherAnswer[] {
  return turns.flatMap((turn) => {
    const atCrisis = turn.actions.some((a) => a.type === 'crisis.respond');
    const move = atCrisis ? (world.crises.find((c) => c.month === turn.month)?.move ?? null) : null;
    return turn.actions.flatMap((action, i): FurtherAnswer[] => {
      const by = turn.by?.[i];
      if (by === undefined || isSide(by) || !('answer' in action)) return [];
      const found = furtherDecision(by, action, atCrisis);
      if (found === null) return [];
      const [decision, words] = found;
      return [
        {
          month: turn.month,
          by,
          decision,
          question: words.label,
          move,
          answer: action.answer,
          answerLabel: words.options[action.answer]?.label ?? action.answer,
          history: historySaid(words, move),
          differs: historyNoteFor(words, move) === null ? action.answer !== words.historical : null,
        },
      ];
    });
  });
}

/**
 * The debrief of a game: every month it covered (from the first turn to the
 * last, each once), the player's orders beside history's, the events, the
 * crises and the key rolls, the first divergence and the ending.
 *
 * @example
 * const { world, turns } = game.getSnapshot();
 * const debrief = debriefOf(scenario, world, turns);
 */
export function debriefOf(
  scenario: Scenario,
  world: WorldState,
  turns: readonly TurnRecord[],
  options: DebriefOfOptions = {},
): Debrief {
  const role = world.role;
  const delegations = options.roles ?? delegationsOf(world, turns);
  const ofDelegations = delegations.length > 1 || turns.some((t) => t.by !== undefined);
  // In a game of one role, `answer` is the player's; in a game of delegations, each side's is in `answers`.
  const crises = ofDelegations
    ? sideCrises(scenario, world, role)
    : world.crises.map((record) => crisisOf(record, scenario, role));
  const { months, firstDivergence } = sideMonths(scenario, world, turns, role, crises);
  // The sides in the order of the game's roles (the world's role first if the roles do not name it).
  const order = [...(delegations.includes(role) ? [] : [role]), ...delegations.filter(isSide)];
  const sides: DebriefSide[] | undefined = ofDelegations
    ? order.map((side) =>
        side === role
          ? { role, months, firstDivergence }
          : { role: side, ...sideMonths(scenario, world, turns, side, sideCrises(scenario, world, side)) },
      )
    : undefined;
  const further = delegations.filter((d): d is FurtherDelegation => !isSide(d));
  const ending = ENDINGS.find((e) => e.id === world.ending);
  return {
    scenario: scenario.id,
    title: scenario.title,
    role,
    months,
    firstDivergence,
    variants: variantTitles(world.variants ?? []),
    ...(sides === undefined ? {} : { sides }),
    ...(further.length === 0 ? {} : { further, furtherAnswers: furtherAnswersOf(world, turns) }),
    ending:
      ending === undefined
        ? null
        : {
            id: ending.id,
            title: ending.title,
            text: ending.text,
            case: endingCase(world, ending.id),
            historians: ending.historians,
            historical: ending.historical,
          },
    crises,
    keyRolls: months.flatMap((m) => m.keyRolls),
    routineRolls: routineRollsOf(world.log),
  };
}
