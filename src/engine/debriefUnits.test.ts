/**
 * The debrief, function by function (issue 9): each game is played inside its
 * test, and what the debrief prints is checked against the game's world and
 * log, the model's events and endings and the law's reasons.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { changesPhase, debriefOf, isInDoubt, keyRollsOf, routineRollsOf, sameOrders } from './debrief';
import { simulate } from './game';
import type { Explanation, LogEntry } from './log/types';
import { ENDINGS, EVENTS, MOVES } from './model/modelData';
import { REASONS } from './rules/lawData';

function roll(chance: number | null, yes = true, rule = 'roll.resume'): Explanation {
  return {
    rule,
    bias: { weight: 0, source: null },
    terms: [],
    total: chance ?? 0,
    threshold: chance === null ? 0 : null,
    chance,
    roll: chance === null ? null : 3,
    yes,
  };
}

describe('sameOrders', () => {
  it('is the same orders whatever the order of the orders or of their fields, and not with one more', () => {
    expect(
      sameOrders(
        [{ type: 'diplomacy.demarche', to: 'poland' }, { type: 'convention.open' }],
        [{ type: 'convention.open' }, { to: 'poland', type: 'diplomacy.demarche' }],
      ),
    ).toBe(true);
    expect(
      sameOrders([{ type: 'diplomacy.demarche', to: 'poland' }], [{ type: 'diplomacy.demarche', to: 'romania' }]),
    ).toBe(false);
    expect(sameOrders([{ type: 'convention.open' }], [{ type: 'convention.open' }, { type: 'convention.open' }])).toBe(
      false,
    );
    expect(sameOrders([{ type: 'convention.open' }, { type: 'convention.open' }], [{ type: 'convention.open' }])).toBe(
      false,
    );
    expect(sameOrders([], [])).toBe(true);
  });
});

describe('changesPhase and keyRollsOf', () => {
  const entry = (key: string, reasons: LogEntry['reasons'], params?: LogEntry['params']): LogEntry => ({
    month: '1937-02',
    kind: 'decision',
    id: 'x',
    key,
    ...(params === undefined ? {} : { params }),
    ...(reasons === undefined ? {} : { reasons }),
  });

  it('counts an approval as decisive only when the signing or a reopened clause follows it', () => {
    const approval = entry('negotiation.approval', []);
    expect(changesPhase(approval, entry('negotiation.convention-signed', []))).toBe(true);
    expect(changesPhase(approval, entry('negotiation.offer', []))).toBe(false);
    expect(changesPhase(approval, undefined)).toBe(false);
    expect(changesPhase(entry('negotiation.offer', []), entry('negotiation.convention-signed', []))).toBe(false);
  });

  it('keeps a roll whose odds were in doubt, or whose own reason changed a phase, with empty parameters by default', () => {
    const rolls = keyRollsOf(
      entry('negotiation.offer', [
        { key: 'reason.sure', explanation: roll(95) },
        { key: 'move', explanation: roll(95, false) },
        { key: null, explanation: roll(50) },
        { key: 'reason.none' },
      ]),
    );
    expect(rolls.map((r) => [r.reasonKey, r.why])).toEqual([
      ['move', ['phase']],
      [null, ['odds']],
    ]);
    expect(rolls[0]).toMatchObject({
      month: '1937-02',
      entry: { kind: 'decision', id: 'x', key: 'negotiation.offer', params: {} },
      reasonParams: {},
      chance: 95,
      roll: 3,
      yes: false,
    });
    const withParams = keyRollsOf(
      entry('negotiation.offer', [{ key: null, params: { state: 'poland' }, explanation: roll(40) }], {
        clause: 'transit',
      }),
    );
    expect(withParams[0]?.entry.params).toEqual({ clause: 'transit' });
    expect(withParams[0]?.reasonParams).toEqual({ state: 'poland' });
    expect(keyRollsOf(entry('negotiation.offer', undefined))).toEqual([]);
  });

  it('leaves a démarche’s roll to the routine count, unless a phase turned on it, and counts it by state, with the range of its odds', () => {
    const demarche = (month: string, to: string, yes: boolean, chance = 40): LogEntry => ({
      ...entry(
        yes ? 'demarche.softens' : 'demarche.unmoved',
        [{ key: null, explanation: roll(chance, yes, 'roll.demarche') }],
        { to },
      ),
      month,
    });
    expect(keyRollsOf(demarche('1936-01', 'poland', true))).toEqual([]);
    expect(keyRollsOf(entry('move', [{ key: null, explanation: roll(40, true, 'roll.demarche') }]))).toHaveLength(1);
    expect(keyRollsOf(entry('x', [{ key: null, explanation: roll(40, true, 'roll.transit.poland') }]))).toHaveLength(1);
    const counted = routineRollsOf([
      { month: '1936-01', entries: [demarche('1936-01', 'poland', true), demarche('1936-01', 'romania', false)] },
      { month: '1936-02', entries: [entry('x', [{ key: null, explanation: roll(50) }])] },
      { month: '1936-03', entries: [demarche('1936-03', 'poland', false), demarche('1936-03', 'poland', true, 60)] },
      { month: '1936-05', entries: [demarche('1936-05', 'poland', true)] },
      // Worn down by repetition: no roll, but counted with its state.
      {
        month: '1936-06',
        entries: [entry('demarche.deaf', [], { to: 'poland' }), entry('demarche.deaf', [], { to: 'poland' })],
      },
    ]);
    // By state, with the range of the odds it was rolled at (a démarche's are fixed; a test of two here).
    expect(counted).toEqual([
      {
        rule: 'roll.demarche',
        to: 'poland',
        chance: 40,
        chanceTo: 60,
        rolls: 4,
        yes: 3,
        unrolled: 2,
        first: '1936-01',
        last: '1936-05',
      },
      {
        rule: 'roll.demarche',
        to: 'romania',
        chance: 40,
        chanceTo: 40,
        rolls: 1,
        yes: 0,
        unrolled: 0,
        first: '1936-01',
        last: '1936-01',
      },
    ]);
  });

  it('keeps no roll whose outcome was certain, 0 or 100 in 100, even where a phase changed, but a threshold rule there', () => {
    const certain = [
      { key: 'crisis.backDown', explanation: roll(0, false) },
      { key: null, explanation: roll(100) },
      { key: null, explanation: roll(null) },
    ];
    expect(keyRollsOf(entry('move', certain)).map((r) => r.chance)).toEqual([null]);
    expect(keyRollsOf(entry('crisis.unopposed', certain))).toEqual([]);
  });

  it('keeps every roll of an entry that changed a phase, its odds in doubt or not', () => {
    const rolls = keyRollsOf(
      entry('move', [
        { key: 'reason.sure', explanation: roll(99) },
        { key: null, explanation: roll(null) },
      ]),
    );
    expect(rolls.map((r) => r.why)).toEqual([['phase'], ['phase']]);
    expect(isInDoubt(roll(null))).toBe(false);
  });
});

describe('debriefOf', () => {
  it('names the rule variants a game was played under, by their titles, and none under history’s rules', () => {
    const scenario = loadScenario('pact-1935');
    const varied = simulate(scenario, { seed: 'variants', policy: 'random', variants: ['poland-grants-transit'] });
    expect(debriefOf(scenario, varied.world, varied.turns).variants).toEqual(['Poland grants transit']);
    const plain = simulate(scenario, { seed: 'variants', policy: 'random' });
    expect(debriefOf(scenario, plain.world, plain.turns).variants).toEqual([]);
  });

  it('shows each month’s events as the log has them, beside history’s, and what history had that did not happen', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'alliance-first' });
    const debrief = debriefOf(scenario, world, turns);
    const titled = (id: string) => {
      const event = EVENTS.find((e) => e.id === id);
      return { id, title: event?.title ?? id, date: event?.date ?? '' };
    };
    let missedSome = false;
    let firedSome = false;
    // The first month this game logged each event in (an event history dated in a crisis's month comes after it).
    const loggedIn = new Map<string, string>();
    for (const { month, entries } of world.log) {
      for (const e of entries)
        if ((e.kind === 'event' || e.kind === 'diverged') && !loggedIn.has(e.id)) loggedIn.set(e.id, month);
    }
    for (const month of debrief.months) {
      const entries = world.log.find((m) => m.month === month.month)?.entries ?? [];
      const fired = entries.filter((e) => e.kind === 'event').map((e) => titled(e.id));
      const diverged = entries.filter((e) => e.kind === 'diverged').map((e) => titled(e.id));
      // History's events only: a model event (no confidence: no timeline row) is never history's.
      const history = EVENTS.filter((e) => e.confidence !== undefined && e.date.startsWith(month.month)).map((e) =>
        titled(e.id),
      );
      expect(month.history.events.map((e) => e.id)).not.toContain('british-protest');
      expect(month.history.events.map((e) => e.id)).not.toContain('polish-refusal');
      expect(month.events.fired, month.month).toEqual(fired);
      expect(month.events.diverged, month.month).toEqual(diverged);
      expect(month.history.events, month.month).toEqual(history);
      const happened = new Set([...fired, ...diverged].map((e) => e.id));
      expect(month.events.missed, month.month).toEqual(
        history.filter((e) => !happened.has(e.id) && !loggedIn.has(e.id)),
      );
      expect(month.events.elsewhen, month.month).toEqual(
        history.flatMap((event) => {
          const when = happened.has(event.id) ? undefined : loggedIn.get(event.id);
          return when === undefined ? [] : [{ event, month: when }];
        }),
      );
      missedSome ||= month.events.missed.length > 0;
      firedSome ||= fired.length > 0;
      expect(month.history.sources).toEqual(
        scenario.historicalChoices[world.role].filter((c) => c.month === month.month).map((c) => c.source),
      );
      for (const r of month.keyRolls) expect(r.month).toBe(month.month);
    }
    expect(firedSome).toBe(true);
    expect(missedSome).toBe(true);
    expect(debrief.keyRolls).toEqual(debrief.months.flatMap((m) => m.keyRolls));
    expect(debrief.keyRolls.length).toBeGreaterThan(0);
  });

  it('names each crisis’s move and gives each treaty’s verdict with the law’s reason, cited, and whether it was hollow', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'alliance-first' });
    const debrief = debriefOf(scenario, world, turns);
    expect(debrief.crises.length).toBe(world.crises.length);
    expect(debrief.crises.length).toBeGreaterThan(0);
    debrief.crises.forEach((crisis, i) => {
      const record = world.crises[i];
      if (record === undefined) throw new Error('no record');
      expect(crisis.title).toBe(MOVES.find((m) => m.id === record.move)?.title);
      expect(crisis.verdicts.map((v) => v.treaty)).toEqual(['franco-soviet', 'czechoslovak-soviet', 'locarno']);
      const verdicts = [
        record.verdicts['franco-soviet'],
        record.verdicts['czechoslovak-soviet'],
        record.verdicts.locarno,
      ];
      crisis.verdicts.forEach((v, j) => {
        const given = verdicts[j];
        expect(v.outcome).toBe(given?.outcome);
        const reason = given?.reason === null || given === undefined ? undefined : REASONS[given.reason];
        expect(v.reasonTitle).toBe(reason?.title ?? null);
        expect(v.reasonText).toBe(reason?.text ?? null);
        expect(v.citation).toBe(reason?.source ?? null);
        expect(v.hollow).toBe(record.hollow.includes(v.treaty));
      });
    });
    const reasoned = debrief.crises.flatMap((c) => c.verdicts).filter((v) => v.reason !== null);
    expect(reasoned.length).toBeGreaterThan(0);
    for (const v of reasoned) expect(v.reasonTitle).not.toBeNull();
    expect(debrief.crises.flatMap((c) => c.verdicts).some((v) => v.reason === null && v.reasonTitle === null)).toBe(
      true,
    );
  });

  it('gives the ending’s text and historians, none before the end, and an unknown move by its id', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'historical' });
    const ending = ENDINGS.find((e) => e.id === world.ending);
    expect(debriefOf(scenario, world, turns).ending).toEqual({
      id: ending?.id,
      title: ending?.title,
      text: ending?.text,
      // The dead letter's text offers no alternatives: no case.
      case: null,
      historians: ending?.historians,
      historical: ending?.historical,
    });
    expect(debriefOf(scenario, { ...world, ending: null }, turns).ending).toBeNull();
    const [first] = world.crises;
    if (first === undefined) throw new Error('no crisis');
    const odd = debriefOf(scenario, { ...world, crises: [{ ...first, move: 'danzig' }] }, turns);
    expect(odd.crises[0]?.title).toBe('danzig');
  });

  it('marks the first month whose orders or crisis answer differ from history’s, and no month before it', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'alliance-first' });
    const debrief = debriefOf(scenario, world, turns);
    const firsts = debrief.months.filter((m) => m.firstDivergence);
    expect(firsts.length).toBe(1);
    const first = firsts[0];
    expect(debrief.firstDivergence).toBe(first?.month);
    const at = debrief.months.findIndex((m) => m.firstDivergence);
    expect(debrief.months.slice(0, at).every((m) => !m.diverged)).toBe(true);
    expect(first?.diverged).toBe(true);
    // A month with a crisis answer other than history's diverges, its orders alike or not.
    for (const m of debrief.months)
      if (m.crisisAnswer !== null && m.history.crisisAnswer !== null && m.crisisAnswer !== m.history.crisisAnswer)
        expect(m.diverged).toBe(true);
    // History's own orders and answers: a month that gives them does not diverge.
    const historical = simulate(scenario, { seed: 'debrief-units', policy: 'historical' });
    const same = debriefOf(scenario, historical.world, historical.turns).months.filter(
      (m) =>
        sameOrders(m.orders, m.history.orders) &&
        (m.crisisAnswer === null || m.crisisAnswer === m.history.crisisAnswer),
    );
    expect(same.length).toBeGreaterThan(0);
    for (const m of same) expect(m.diverged, m.month).toBe(false);
  });
});

describe('debriefOf, month by month', () => {
  it('lists each month once, a month of a crisis (two turn records) too, and its history’s answer', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'historical' });
    const debrief = debriefOf(scenario, world, turns);
    const distinct = [...new Set(turns.map((t) => t.month))];
    expect(turns.length).toBeGreaterThan(distinct.length);
    expect(debrief.months.map((m) => m.month)).toEqual(distinct);
    // History's answers given as history gave them: those crisis months do not diverge.
    const answered = debrief.months.filter((m) => m.crisisAnswer !== null && m.crisisAnswer === m.history.crisisAnswer);
    expect(answered.length).toBeGreaterThan(0);
    for (const m of answered) if (sameOrders(m.orders, m.history.orders)) expect(m.diverged, m.month).toBe(false);
    expect(answered.some((m) => sameOrders(m.orders, m.history.orders))).toBe(true);
  });

  it('takes a month’s history answer from the crisis history answered, whichever comes first', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'historical' });
    const real = world.crises.find((c) => scenario.historicalChoices.crises[world.role][c.move] !== undefined);
    if (real === undefined) throw new Error('no crisis history answered');
    const expected = scenario.historicalChoices.crises[world.role][real.move];
    const twice = { ...world, crises: [{ ...real, move: 'danzig' }, real] };
    const month = debriefOf(scenario, twice, turns).months.find((m) => m.month === real.month);
    expect(month?.crises.map((c) => c.historyAnswer)).toEqual([null, expected]);
    expect(month?.history.crisisAnswer).toBe(expected);
  });

  it('names the events, the diverged ones and unknown ones, and keeps an approval followed by the signing as a key roll', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'historical' });
    const month = turns[1]?.month ?? '';
    const known = EVENTS[0];
    if (known === undefined) throw new Error('no event');
    const entry = (kind: string, id: string, key: string, reasons?: LogEntry['reasons']): LogEntry => ({
      month,
      kind,
      id,
      key,
      ...(reasons === undefined ? {} : { reasons }),
    });
    const entries: LogEntry[] = [
      entry('event', 'an-event-of-another-model', 'event.fired'),
      entry('diverged', known.id, 'event.diverged'),
      entry('negotiation', 'approval', 'negotiation.approval', [{ key: null, explanation: roll(95) }]),
      entry('negotiation', 'signed', 'negotiation.convention-signed'),
    ];
    const log = world.log.map((m) => (m.month === month ? { ...m, entries } : m));
    expect(log.some((m) => m.month === month)).toBe(true);
    const debriefMonth = debriefOf(scenario, { ...world, log }, turns).months.find((m) => m.month === month);
    expect(debriefMonth?.events.fired).toEqual([
      { id: 'an-event-of-another-model', title: 'an-event-of-another-model', date: '' },
    ]);
    expect(debriefMonth?.events.diverged).toEqual([{ id: known.id, title: known.title, date: known.date }]);
    // The approval's odds (95) were not in doubt: it is a key roll because the signing follows it.
    expect(debriefMonth?.keyRolls.map((r) => [r.entry.key, r.why])).toEqual([['negotiation.approval', ['phase']]]);
  });

  it('gives the ending the world reached, whichever it is', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'debrief-units', policy: 'historical' });
    for (const ending of ENDINGS)
      expect(debriefOf(scenario, { ...world, ending: ending.id }, turns).ending?.id).toBe(ending.id);
  });
});

describe('sameOrders, fields in any order', () => {
  it('reads an offer’s three fields in every order as the same order, and another option as another', () => {
    const a = { type: 'convention.offer', clause: 'transit', option: 2 } as const;
    const orders = [
      { clause: 'transit', option: 2, type: 'convention.offer' } as const,
      { option: 2, type: 'convention.offer', clause: 'transit' } as const,
      { option: 2, clause: 'transit', type: 'convention.offer' } as const,
      { type: 'convention.offer', option: 2, clause: 'transit' } as const,
      { clause: 'transit', type: 'convention.offer', option: 2 } as const,
    ];
    for (const b of orders) expect(sameOrders([a], [b]), JSON.stringify(b)).toBe(true);
    expect(sameOrders([a], [{ ...a, option: 1 }])).toBe(false);
  });
});
