/**
 * What the month's panel and the map read from the engine (`monthView.ts`):
 * month names, the cost of an order, the convention's clauses, the
 * dispatches' sources, German moves, governments, history's course, the
 * routes west and the Polish delegation's answer, and the legal case of a
 * waiting crisis. Every world is made inside the test that reads it.
 */
import { describe, expect, it } from 'vitest';
import { historyCrises, loadScenario } from '../../testing/scenarios';
import type { LogReason } from '../log/types';
import { CONVENTION, EVENTS, GOVERNMENTS, MODEL, MOVES } from '../model/modelData';
import { initialWorld } from '../scenario/initialWorld';
import { costOf, type GameAction } from '../turn/actions';
import { step } from '../turn/step';
import { CLAUSE_IDS, type CrisisRecord, type WorldState } from '../world/worldState';
import {
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
  transitView,
} from './monthView';

describe('the words and numbers of the month’s panel', () => {
  it('names a month, and costs an order as the rules do', () => {
    expect(monthName('1938-09')).toBe('September 1938');
    const orders: GameAction[] = [
      { type: 'diplomacy.demarche', to: 'poland' },
      { type: 'domestic.rally' },
      { type: 'pass' },
    ];
    for (const action of orders) expect(actionCost(action), action.type).toBe(costOf(action));
    expect(actionCost({ type: 'diplomacy.demarche', to: 'poland' })).toBeGreaterThan(0);
  });

  it('lists the convention’s clauses in order, each with its label, options and source', () => {
    const clauses = conventionClauses();
    expect(clauses.map((c) => c.id)).toEqual([...CLAUSE_IDS]);
    for (const c of clauses) {
      const data = CONVENTION.clauses[c.id];
      expect(c).toEqual({ id: c.id, label: data.label, options: data.options, source: data.source ?? null });
      expect(c.source).not.toBeNull();
    }
  });

  it('gives a dispatch’s title and source by its id, and nothing for an unknown one', () => {
    const event = EVENTS[3];
    if (event === undefined) throw new Error('events');
    expect(eventSource(event.id)).toEqual({ title: event.title, source: event.source });
    expect(event.source).toBeTruthy();
    expect(eventSource('no-such-event')).toBeNull();
  });

  it('gives a German move’s title, day, victim and history by its id, and nothing for an unknown one', () => {
    const move = MOVES[2];
    if (move === undefined) throw new Error('moves');
    expect(moveInfo(move.id)).toEqual({
      title: move.title,
      historical: move.historical,
      victim: move.incident.victim,
      history: move.historicalOutcome,
      britain: move.historicalAnswers?.uk,
    });
    expect(moveInfo('prague')?.britain).toBeNull();
    // Britain's line cites its own sources, not those of France's and Moscow's answers.
    expect(moveInfo(move.id)?.britain?.source).toMatch(/^actors\.md \(Neville Chamberlain\)/);
    expect(moveInfo(move.id)?.history?.text).toContain('Munich Agreement');
    expect(moveInfo('no-such-move')).toBeNull();
  });

  it('names a government by its id, and gives an unknown id back', () => {
    expect(governmentName('blum')).toBe(GOVERNMENTS.blum?.name);
    expect(governmentName('chamberlain')).toBe(GOVERNMENTS.chamberlain?.name);
    expect(governmentName('blum')).not.toBe('blum');
    expect(governmentName('no-such-government')).toBe('no-such-government');
  });

  it('gives history’s course for a role: its months with their orders, words and sources, and its crisis answers', () => {
    const scenario = loadScenario('as-it-happened');
    for (const role of ['france', 'ussr'] as const) {
      const course = historicalCourse(scenario, role);
      const months = scenario.historicalChoices[role];
      expect(course.months).toEqual(
        months.map((c) => ({ month: c.month, actions: c.actions, said: c.said, source: c.source })),
      );
      expect(course.months.length).toBeGreaterThan(0);
      expect(course.crises).toEqual(scenario.historicalChoices.crises[role]);
    }
  });
});

describe('the Soviet routes west on the map', () => {
  it('are granted from the model’s threshold, wavering from half of it, refused below', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'routes', 'france');
    const at = MODEL.transit.grantedAt;
    const half = Math.ceil(at / 2);
    const status = (poland: number, romania: number) => {
      const view = transitView({ ...world, transit: { ...world.transit, poland, romania } });
      return [view.poland, view.romania];
    };
    expect(status(at, at - 1)).toEqual([
      { chance: at, status: 'granted' },
      { chance: at - 1, status: 'wavering' },
    ]);
    expect(status(half, half - 1)).toEqual([
      { chance: half, status: 'wavering' },
      { chance: half - 1, status: 'refused' },
    ]);
    expect(status(100, 0).map((v) => v.status)).toEqual(['granted', 'refused']);
  });

  it('shows the route a rule variant opens as granted, whatever the state’s standing (as its crisis answers)', () => {
    const world = initialWorld(loadScenario('pact-1935'), 'routes', 'france', true, ['poland-grants-transit']);
    const view = transitView({ ...world, transit: { ...world.transit, poland: 0, romania: 0 } });
    expect(view.poland).toEqual({ chance: 100, status: 'granted' });
    expect(view.romania).toEqual({ chance: 0, status: 'refused' });
  });
});

/** A world whose log holds `reasons` in the month `month`, and whose crises are `crises`. */
function worldWith(month: string, reasons: LogReason[], crises: Partial<CrisisRecord>[]): WorldState {
  const world = initialWorld(loadScenario('pact-1935'), 'polish-answer', 'france');
  const at = month as WorldState['month'];
  return {
    ...world,
    log: [
      {
        month: at,
        entries: [
          { month: at, kind: 'move', id: 'm', key: 'move' },
          { month: at, kind: 'crisis', id: 'c', key: 'crisis.war', reasons },
        ],
      },
    ],
    // The view reads only the month and the move of a crisis record.
    crises: crises.map((c) => c as CrisisRecord),
  };
}

describe('a transit delegation’s answer on the route', () => {
  const asked = (grant: boolean | undefined, to = 'poland'): LogReason => ({
    key: 'crisis.transit.delegation',
    params: grant === undefined ? { to } : { to, grant },
  });

  it('is its answer at the crisis of that month, granted only for a yes', () => {
    const crises = [
      { move: 'anschluss', month: '1938-03' as const },
      { move: 'sudetenland', month: '1938-09' as const },
      { move: 'prague', month: '1939-03' as const },
    ];
    expect(delegationTransitAnswer(worldWith('1938-09', [asked(true)], crises), 'poland')).toEqual({
      answer: 'granted',
      month: '1938-09',
      move: 'sudetenland',
    });
    expect(delegationTransitAnswer(worldWith('1938-09', [asked(false)], crises), 'poland')?.answer).toBe('refused');
    expect(delegationTransitAnswer(worldWith('1938-09', [asked(undefined)], crises), 'poland')?.answer).toBe('refused');
  });

  it('names no move where no crisis of that month is recorded', () => {
    expect(delegationTransitAnswer(worldWith('1938-06', [asked(true)], []), 'poland')).toEqual({
      answer: 'granted',
      month: '1938-06',
      move: '',
    });
  });

  it('is Romania’s own answer for the route through Romania, and not Poland’s', () => {
    const crises = [{ move: 'sudetenland', month: '1938-09' as const }];
    const romanian = worldWith('1938-09', [asked(true, 'romania')], crises);
    expect(delegationTransitAnswer(romanian, 'romania')).toEqual({
      answer: 'granted',
      month: '1938-09',
      move: 'sudetenland',
    });
    expect(delegationTransitAnswer(worldWith('1938-09', [asked(false, 'romania')], crises), 'romania')?.answer).toBe(
      'refused',
    );
    expect(delegationTransitAnswer(worldWith('1938-09', [asked(true)], crises), 'romania')).toBeNull();
  });

  it('is not Romania’s answer, nor another reason about Poland', () => {
    expect(delegationTransitAnswer(worldWith('1938-09', [asked(true, 'romania')], []), 'poland')).toBeNull();
    expect(
      delegationTransitAnswer(
        worldWith('1938-09', [{ key: 'crisis.ukVerdict', params: { to: 'poland' } }], []),
        'poland',
      ),
    ).toBeNull();
    expect(delegationTransitAnswer(worldWith('1938-09', [{ key: 'crisis.ukVerdict' }], []), 'poland')).toBeNull();
    expect(
      delegationTransitAnswer(worldWith('1938-09', [{ key: 'crisis.transit.delegation' }], []), 'poland'),
    ).toBeNull();
  });
});

describe('the legal case of a waiting crisis', () => {
  it('assumes France, its Chambers and the USSR act, and is dated and titled as the crisis', () => {
    const [first] = historyCrises('month-view', 'france', 'stand-aside');
    if (first === undefined) throw new Error('no crisis');
    const shown = crisisCase(first.before);
    const move = MOVES.find((m) => m.id === first.before.crisis?.move);
    expect(shown?.legalCase.title).toBe(move?.title);
    expect(shown?.legalCase.decisions.franceCabinet).toBe(true);
    expect(shown?.legalCase.decisions.frenchParliament).toBe(true);
    expect(shown?.legalCase.decisions.sovietLeadership).toBe(true);
    expect(shown?.result.verdicts['franco-soviet'].path.length).toBeGreaterThan(0);
    expect(crisisCase(first.after)).toBeNull();
    const crisis = first.before.crisis;
    if (crisis === null) throw new Error('no crisis');
    expect(crisisCase({ ...first.before, crisis: { ...crisis, move: 'no-such-move' } })).toBeNull();
  });

  it('once answered, takes Britain’s verdict and the routes the crisis was given, not the model’s expectation', () => {
    const [first] = historyCrises('month-view', 'france', 'stand-aside');
    if (first === undefined) throw new Error('no crisis');
    const expected = crisisCase(first.before)?.legalCase;
    if (expected === undefined) throw new Error('no case');
    for (const uk of ['lawful', 'violation-nonflagrant', 'no-view'] as const) {
      const transit = { poland: !expected.transit.poland, romania: !expected.transit.romania };
      const given = crisisCase(first.before, { uk, transit })?.legalCase;
      expect(given?.guarantors.uk).toBe(uk);
      expect(given?.transit).toEqual(transit);
    }
    // A verdict the legal engine does not know leaves the expected one.
    expect(
      crisisCase(first.before, { uk: 'no-such-verdict', transit: expected.transit })?.legalCase.guarantors.uk,
    ).toBe(expected.guarantors.uk);
  });
});

describe('the dispatches a crisis came before', () => {
  it('at the Rhineland (7 March 1936): the month’s later dispatches, in date order, the treaty in force on the 27th among them', () => {
    let world = initialWorld(loadScenario('rhineland-1936'), 'later-dispatches', 'france');
    while (world.phase === 'orders') world = step(world, []);
    expect(world.crisis?.move).toBe('rhineland');
    const found = dispatchesAfterCrisis(world);
    expect(found?.judged).toBe('1936-03-07');
    expect(found?.judged).toBe(crisisCase(world)?.legalCase.date);
    const later = found?.later ?? [];
    expect(later.map((d) => d.date)).toEqual([...later.map((d) => d.date)].sort());
    expect(later.every((d) => d.date > '1936-03-07' && d.date.startsWith('1936-03'))).toBe(true);
    expect(later).toContainEqual({ date: '1936-03-27', title: 'The treaty enters into force' });
    // The crisis's own month only, and nothing once it is answered.
    expect(dispatchesAfterCrisis({ ...world, crisis: null })).toBeNull();
    // What the crisis screen and the log command say of it, in one sentence.
    expect(crisisJudgedNote(world)).toBe(
      "The crisis is judged as on 7 March 1936, before what this month's later dispatches tell: 12 March 1936, The Senate votes for ratification; 19 March 1936, Molotov to Le Temps; 27 March 1936, The treaty enters into force.",
    );
    expect(crisisJudgedNote({ ...world, crisis: null })).toBeNull();
  });

  it('says nothing where no dispatch of the month is dated after the crisis’s day', () => {
    let world = initialWorld(loadScenario('rhineland-1936'), 'later-dispatches', 'france');
    while (world.phase === 'orders') world = step(world, []);
    const month = world.log.find((m) => m.month === world.month);
    const withoutEvents = {
      ...world,
      log: world.log.map((m) => (m === month ? { ...m, entries: m.entries.filter((e) => e.kind !== 'event') } : m)),
    };
    expect(dispatchesAfterCrisis(withoutEvents)?.later).toEqual([]);
    expect(crisisJudgedNote(withoutEvents)).toBeNull();
  });
});
