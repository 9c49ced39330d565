/**
 * A read-only view of a game for the browser: labels and costs of actions, the
 * convention's clauses, the sources of the month's dispatches, and the legal
 * case behind a crisis. Pure: it reads the world and the model data, and
 * changes nothing in how a game plays.
 */
import { formatDate } from '../dates';
import { contextFor, expectedAnswers } from '../model/derived';
import { CONVENTION, EVENTS, GOVERNMENTS, MOVES } from '../model/modelData';
import { formatMonth as formatYearMonth, type YearMonth } from '../months';
import { evaluateCase } from '../rules/assistancePipeline';
import { GUARANTOR_VERDICTS, type LegalCase } from '../rules/legalCase';
import type { CaseResult } from '../rules/types';
import type { Scenario } from '../scenario/schema';
import { costOf, type GameAction } from '../turn/actions';
import { crisisDay } from '../turn/crisis';
import { rulesOf } from '../variants/variants';
import { legalCaseFor } from '../world/legalCases';
import { CLAUSE_IDS, type ClauseId, type CrisisRecord, type WorldState } from '../world/worldState';

/** "September 1938" for "1938-09". */
export function monthName(month: string): string {
  return formatYearMonth(month);
}

/** Political capital an action costs. */
export function actionCost(action: GameAction): number {
  return costOf(action);
}

/** The convention's clauses in order, each with its label and options (weak first). */
export function conventionClauses(): {
  id: ClauseId;
  label: string;
  options: readonly string[];
  source: string | null;
}[] {
  return CLAUSE_IDS.map((id) => {
    const clause = CONVENTION.clauses[id];
    return { id, label: clause.label, options: clause.options, source: clause.source ?? null };
  });
}

/** The source and title of a historical event, by its id (the dispatches). */
export function eventSource(id: string): { title: string; source: string | null } | null {
  const event = EVENTS.find((e) => e.id === id);
  return event === undefined ? null : { title: event.title, source: event.source ?? null };
}

/** A German move's title and its victim, by id. */
export function moveInfo(id: string): {
  title: string;
  historical: string;
  victim: string;
  /** What came of it in history, with its source (moves.json `historicalOutcome`), or null. */
  history: { readonly text: string; readonly source: string } | null;
  /** What Britain did as a Locarno guarantor in history (moves.json `historicalAnswers.uk`), or null. */
  britain: { readonly text: string; readonly source: string } | null;
} | null {
  const move = MOVES.find((m) => m.id === id);
  return move === undefined
    ? null
    : {
        title: move.title,
        historical: move.historical,
        victim: move.incident.victim,
        history: move.historicalOutcome ?? null,
        britain: move.historicalAnswers?.uk ?? null,
      };
}

/**
 * The legal case behind the crisis waiting in `world` (as the engine reads it
 * when the crisis opens: both sides assumed to act), with the full verdicts and
 * their cited paths; null when there is no crisis. Britain's verdict and the
 * transit states' answers are the model's expectation, or `given`: the ones
 * the crisis record holds once it is answered (a delegation's among them).
 */
export function crisisCase(
  world: WorldState,
  given?: {
    readonly uk?: string;
    /** The transit answers given; a state left out (never asked) answers as the model expects. */
    readonly transit?: Partial<CrisisRecord['transit']>;
  },
): { legalCase: LegalCase; result: CaseResult } | null {
  const move = MOVES.find((m) => m.id === world.crisis?.move);
  if (move === undefined) return null;
  // The others' answers as the model expects them, or, once the crisis is answered, as they were given.
  const expected = expectedAnswers(contextFor(world));
  const uk = GUARANTOR_VERDICTS.find((verdict) => verdict === given?.uk);
  const answers = {
    ...expected,
    ...(uk === undefined ? {} : { uk }),
    transit: { ...expected.transit, ...given?.transit },
    franceActs: true,
    sovietActs: true,
    parliament: true,
  };
  const legalCase = { ...legalCaseFor(world, move.incident, answers, crisisDay(world, move)), title: move.title };
  return { legalCase, result: evaluateCase(legalCase) };
}

/**
 * Which transit states were asked at the crisis `record` records, in the
 * world after it: a delegation answered for the state, or its die was told
 * (the model rolls both states' answers at every crisis, but tells them, and
 * they matter, only where Soviet forces would march). An answer never asked
 * was given by no one: the verdicts after the crisis take the model's
 * expected answer for it, as the map does (a 5% die "granted" Poland's
 * passage at Munich in a replay of history, beside a map saying refused).
 */
export function transitAsked(world: WorldState, record: CrisisRecord): CrisisRecord['transit'] {
  const asked = { poland: false, romania: false };
  const entries = world.log.find((m) => m.month === record.month)?.entries ?? [];
  for (const entry of entries) {
    if (entry.kind !== 'crisis') continue;
    for (const reason of entry.reasons ?? []) {
      for (const state of ['poland', 'romania'] as const) {
        const byDelegation = reason.key === 'crisis.transit.delegation' && reason.params?.to === state;
        const byDie = reason.explanation?.rule === `roll.transit.${state}`;
        if (byDelegation || byDie) asked[state] = true;
      }
    }
  }
  return asked;
}

/**
 * The day the waiting crisis is judged on (its case's date, `crisisDay`), and
 * the dispatches of its month dated after that day, in date order: a class
 * reads the whole month's dispatches before the crisis opens, so the crisis
 * panel says which of them came later (the Franco-Soviet treaty in force on 27
 * March 1936, after the Rhineland on the 7th). Null when no crisis waits.
 */
export function dispatchesAfterCrisis(
  world: WorldState,
): { readonly judged: string; readonly later: readonly { readonly date: string; readonly title: string }[] } | null {
  const move = MOVES.find((m) => m.id === world.crisis?.move);
  if (move === undefined) return null;
  const judged = crisisDay(world, move).date;
  const ids = new Set(
    (world.log.find((m) => m.month === world.month)?.entries ?? []).filter((e) => e.kind === 'event').map((e) => e.id),
  );
  const later = EVENTS.filter((e) => ids.has(e.id) && e.date.length === 10 && e.date > judged)
    .map((e) => ({ date: e.date, title: e.title }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { judged, later };
}

/**
 * What the crisis screen and the `log` command say where a crisis is judged before dispatches of its month dated
 * after its day (`dispatchesAfterCrisis`), or null where none is.
 */
export function crisisJudgedNote(world: WorldState): string | null {
  const found = dispatchesAfterCrisis(world);
  if (found === null || found.later.length === 0) return null;
  const later = found.later.map((d) => `${formatDate(d.date)}, ${d.title}`).join('; ');
  return `The crisis is judged as on ${formatDate(found.judged)}, before what this month's later dispatches tell: ${later}.`;
}

/** History's choices for a role in a scenario, month by month, with crisis answers by move. */
export function historicalCourse(scenario: Scenario, role: WorldState['role']) {
  return {
    months: scenario.historicalChoices[role].map((c) => ({
      month: c.month,
      actions: c.actions,
      said: c.said,
      source: c.source,
    })),
    crises: scenario.historicalChoices.crises[role],
  };
}

/** A transit state's answer as the map shows it: its chance of granting passage in a crisis, and a word for it. */
export interface TransitView {
  readonly chance: number;
  readonly status: 'refused' | 'wavering' | 'granted';
}

/**
 * The Soviet routes west: granted at the model's threshold (a crisis is expected
 * to find the route open), wavering from half of it, refused below.
 */
export function transitView(world: WorldState): Record<'poland' | 'romania', TransitView> {
  // A rule variant may make a state always grant passage (transit.alwaysGrants): its chance is then 100, as at a crisis.
  const { grantedAt, alwaysGrants } = rulesOf(world).model.transit;
  const view = (state: 'poland' | 'romania'): TransitView => {
    const chance = alwaysGrants.includes(state) ? 100 : world.transit[state];
    return { chance, status: chance >= grantedAt ? 'granted' : chance * 2 >= grantedAt ? 'wavering' : 'refused' };
  };
  return { poland: view('poland'), romania: view('romania') };
}

/** A transit state's delegation's answer to a crisis's request for Soviet transit, as the map shows it. */
export interface DelegationTransitAnswer {
  readonly answer: 'granted' | 'refused';
  /** The month of the crisis it answered. */
  readonly month: string;
  /** The German move of that crisis. */
  readonly move: string;
}

/**
 * The last answer the delegation of `state` (Poland or Romania) gave to a
 * crisis's request for Soviet transit in `world` (treaty-and-rules.md §5.2
 * TRANSIT_ANSWER, practice: a delegation answers for its state instead of the
 * die), or null where no delegation plays that state or none has been asked
 * yet: from that crisis on, the route through it is the delegation's answer,
 * not the state's standing. Read from the crisis's log entry (`crisis.transit.delegation`).
 */
export function delegationTransitAnswer(
  world: WorldState,
  state: 'poland' | 'romania',
): DelegationTransitAnswer | null {
  let found: DelegationTransitAnswer | null = null;
  for (const month of world.log) {
    for (const entry of month.entries) {
      const params = entry.reasons?.find(
        (r) => r.key === 'crisis.transit.delegation' && r.params?.to === state,
      )?.params;
      if (params === undefined) continue;
      const crisis = world.crises.findLast((c) => c.month === entry.month);
      found = {
        answer: params.grant === true ? 'granted' : 'refused',
        month: entry.month,
        move: crisis?.move ?? '',
      };
    }
  }
  return found;
}

/** A government's name, by its id in the world state ("blum" → "Blum (Popular Front)"); the id if unknown. */
export function governmentName(id: string, month?: YearMonth): string {
  const government = Object.entries(GOVERNMENTS).find(([key]) => key === id)?.[1];
  if (government === undefined) return id;
  // Before it took office (the model follows Laval's line from May 1935), it is named as things stood then.
  if (month !== undefined && government.before !== undefined && month < government.from.slice(0, 7)) {
    return government.before;
  }
  return government.name;
}
