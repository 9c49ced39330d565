import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { debriefOf, KEY_ROLL_MARGIN, keyRollsOf, PHASE_CHANGE_KEYS, ROUTINE_ROLL_RULES, sameOrders } from './debrief';
import { createGame, simulate } from './game';
import type { Explanation } from './log/types';
import { MODEL } from './model/modelData';
import { monthsBetween } from './months';
import { REASONS } from './rules/lawData';
import type { Scenario } from './scenario/schema';
import type { CrisisChoice, GameAction } from './turn/actions';
import { endingText } from './turn/endings';
import type { Role } from './world/worldState';

const AS_IT_HAPPENED = loadScenario('as-it-happened');

/** The month's orders as sorted strings, computed apart from the debrief. */
function ordersKey(actions: readonly GameAction[]): string {
  return actions
    .map((a) => JSON.stringify(Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))))
    .sort()
    .join('|');
}

/** Play a game through `createGame`: history's orders each month, but `override` where it says, and these crisis answers. */
function playInteractive(
  scenario: Scenario,
  seed: string,
  role: Role,
  override: Readonly<Record<string, readonly GameAction[]>>,
  crisisAnswer: (move: string) => CrisisChoice,
) {
  const game = createGame(scenario, { seed, role });
  const refusedMonths: string[] = [];
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      game.send({ type: 'crisis.respond', choice: crisisAnswer(world.crisis?.move ?? '') });
      continue;
    }
    const history = scenario.historicalChoices[role].filter((c) => c.month === world.month).flatMap((c) => c.actions);
    for (const action of override[world.month] ?? history) {
      if (!game.send(action).accepted) refusedMonths.push(world.month);
    }
    game.send({ type: 'turn.end' });
  }
  return { game, refusedMonths };
}

function isInDoubt(e: Explanation): boolean {
  return e.chance !== null && e.chance >= KEY_ROLL_MARGIN && e.chance <= 100 - KEY_ROLL_MARGIN;
}

describe('the debrief of a recorded game', () => {
  const result = simulate(AS_IT_HAPPENED, { seed: 'debrief-test', policy: 'alliance-first' });
  const debrief = debriefOf(AS_IT_HAPPENED, result.world, result.turns);

  it('lists every month of the game once, in order, from the start to the last turn', () => {
    const months = debrief.months.map((m) => m.month);
    expect(new Set(months).size).toBe(months.length);
    expect(months[0]).toBe(AS_IT_HAPPENED.start);
    expect(months.at(-1)).toBe(result.world.month);
    expect(months.length).toBe(monthsBetween(AS_IT_HAPPENED.start, result.world.month) + 1);
    expect([...months].sort()).toEqual(months);
    expect(debrief.months[0]?.label).toBe('May 1935');
  });

  it("puts the player's orders and crisis answers in their months, and history's beside them", () => {
    for (const month of debrief.months) {
      const given = result.turns.filter((t) => t.month === month.month).flatMap((t) => t.actions);
      expect(ordersKey(month.orders)).toBe(ordersKey(given.filter((a) => a.type !== 'crisis.respond')));
      const history = AS_IT_HAPPENED.historicalChoices.france.filter((c) => c.month === month.month);
      expect(ordersKey(month.history.orders)).toBe(ordersKey(history.flatMap((c) => c.actions)));
      expect(month.history.sources).toEqual(history.map((c) => c.source));
    }
  });

  it('marks a divergence exactly where the orders or the crisis answer differ from history, and the first one', () => {
    const expected = debrief.months
      .filter((m) => {
        const history = AS_IT_HAPPENED.historicalChoices.france
          .filter((c) => c.month === m.month)
          .flatMap((c) => c.actions);
        const crisis = result.world.crises.find((c) => c.month === m.month);
        const historyAnswer =
          crisis === undefined ? undefined : AS_IT_HAPPENED.historicalChoices.crises.france[crisis.move];
        return ordersKey(m.orders) !== ordersKey(history) || (crisis !== undefined && crisis.answer !== historyAnswer);
      })
      .map((m) => m.month);
    expect(expected.length).toBeGreaterThan(0);
    expect(debrief.months.filter((m) => m.diverged).map((m) => m.month)).toEqual(expected);
    expect(debrief.firstDivergence).toBe(expected[0]);
    expect(debrief.months.filter((m) => m.firstDivergence).map((m) => m.month)).toEqual([expected[0]]);
  });

  it("has the world's crises, with their verdicts, reasons and citations", () => {
    expect(debrief.crises.map((c) => [c.move, c.month, c.answer, c.result])).toEqual(
      result.world.crises.map((c) => [c.move, c.month, c.answer, c.result]),
    );
    expect(debrief.crises.length).toBeGreaterThan(0);
    for (const [i, crisis] of debrief.crises.entries()) {
      const record = result.world.crises[i];
      if (record === undefined) throw new Error('a crisis the world does not have');
      expect(debrief.months.find((m) => m.month === crisis.month)?.crises).toContainEqual(crisis);
      expect(crisis.historyAnswer).toBe(AS_IT_HAPPENED.historicalChoices.crises.france[record.move] ?? null);
      for (const verdict of crisis.verdicts) {
        const recorded = record.verdicts[verdict.treaty];
        expect([verdict.outcome, verdict.reason]).toEqual([recorded.outcome, recorded.reason]);
        expect(verdict.citation).toBe(recorded.reason === null ? null : REASONS[recorded.reason].source);
        expect(verdict.reasonTitle).toBe(recorded.reason === null ? null : REASONS[recorded.reason].title);
        expect(verdict.hollow).toBe(record.hollow.includes(verdict.treaty));
      }
    }
  });

  it("keeps every roll in doubt and every phase-changing decision, with the explanations' own odds", () => {
    const expected = result.log.flatMap((entry, i) => {
      const next = result.log[i + 1];
      const decisive =
        entry.key === 'negotiation.approval' &&
        next?.month === entry.month &&
        ['negotiation.convention-signed', 'negotiation.clause-reopened'].includes(next.key);
      return (entry.reasons ?? [])
        .filter((r) => {
          if (r.explanation === undefined) return false;
          const phase =
            decisive || PHASE_CHANGE_KEYS.includes(entry.key) || (r.key !== null && PHASE_CHANGE_KEYS.includes(r.key));
          // A démarche's roll is counted among the routine rolls, not listed, unless a phase turned on it.
          if (ROUTINE_ROLL_RULES.includes(r.explanation.rule)) return phase;
          // A chance of 0 or 100 decided nothing by the die.
          if (r.explanation.chance === 0 || r.explanation.chance === 100) return false;
          return isInDoubt(r.explanation) || phase;
        })
        .map((r) => ({ month: entry.month, explanation: r.explanation }));
    });
    const inGame = expected.filter((e) => debrief.months.some((m) => m.month === e.month));
    expect(debrief.keyRolls.length).toBe(inGame.length);
    expect(debrief.keyRolls.length).toBeGreaterThan(0);
    for (const [i, roll] of debrief.keyRolls.entries()) {
      expect(roll.explanation).toBe(inGame[i]?.explanation);
      expect([roll.chance, roll.roll, roll.yes]).toEqual([
        roll.explanation.chance,
        roll.explanation.roll,
        roll.explanation.yes,
      ]);
      if (roll.why.includes('odds')) {
        expect(roll.chance).toBeGreaterThanOrEqual(KEY_ROLL_MARGIN);
        expect(roll.chance).toBeLessThanOrEqual(100 - KEY_ROLL_MARGIN);
      }
    }
    // In as-it-happened Germany moves when it did (the scenario's script): no die decides a move there.
    expect(debrief.keyRolls.some((r) => r.entry.key === 'move.scripted')).toBe(false);
    expect(debrief.keyRolls.some((r) => r.why.includes('phase'))).toBe(true);
    // Of the approvers who judged a draft, only the one whose answer decided it is kept.
    const approvals = debrief.keyRolls.filter((r) => r.entry.key === 'negotiation.approval');
    expect(approvals.length).toBeGreaterThan(0);
    expect(approvals.length).toBeLessThan(
      result.log.filter((e) => e.key === 'negotiation.approval' && debrief.months.some((m) => m.month === e.month))
        .length,
    );
  });

  it('counts the démarches, each rolled at the model’s fixed odds, by state instead of listing them as key rolls', () => {
    const demarches = result.log.filter((e) => e.key.startsWith('demarche.') && e.reasons?.some((r) => r.explanation));
    expect(demarches.length).toBeGreaterThan(3);
    const states = [...new Set(demarches.map((e) => String(e.params?.to)))];
    expect(debrief.routineRolls.map((r) => [r.rule, r.to, r.chance])).toEqual(
      states.map((to) => ['roll.demarche', to, MODEL.transit.demarcheChance]),
    );
    for (const counted of debrief.routineRolls) {
      const own = demarches.filter((e) => e.params?.to === counted.to);
      expect(counted.rolls).toBe(own.length);
      // The die favoured a démarche when the state softened, or would have but for its ceiling.
      expect(counted.yes).toBe(own.filter((e) => e.key !== 'demarche.unmoved').length);
      expect([counted.first, counted.last]).toEqual([own[0]?.month, own.at(-1)?.month]);
      const deaf = result.log.filter(
        (e) =>
          e.key === 'demarche.deaf' && e.params?.to === counted.to && debrief.months.some((m) => m.month === e.month),
      );
      expect(counted.unrolled).toBe(deaf.length);
    }
    expect(debrief.keyRolls.some((r) => r.explanation.rule === 'roll.demarche')).toBe(false);
  });

  it('names the ending with its text and the historians’ note', () => {
    expect(debrief.ending?.id).toBe(result.ending);
    expect(debrief.ending?.text.length).toBeGreaterThan(20);
    expect(debrief.ending?.historians.length).toBeGreaterThan(20);
  });
});

describe('the debrief of a game played through createGame', () => {
  it('finds the first divergence in the month the class left history, and no other where it followed it', () => {
    const { game, refusedMonths } = playInteractive(
      AS_IT_HAPPENED,
      'debrief-interactive',
      'france',
      { '1935-07': [{ type: 'domestic.rally' }] },
      (move) => AS_IT_HAPPENED.historicalChoices.crises.france[move] ?? 'stand-aside',
    );
    const { world, turns } = game.getSnapshot();
    const debrief = debriefOf(AS_IT_HAPPENED, world, turns);
    expect(debrief.firstDivergence).toBe('1935-07');
    // Elsewhere the class gave history's orders: it diverged only where the rules refused one of them.
    const diverged = debrief.months.filter((m) => m.diverged).map((m) => m.month);
    expect(diverged).toEqual(['1935-07', ...new Set(refusedMonths)].sort());
    expect(debrief.crises.every((c) => c.answer === c.historyAnswer)).toBe(true);
  });

  it('marks a crisis answer that differs from history as a divergence', () => {
    const { game } = playInteractive(AS_IT_HAPPENED, 'debrief-crisis', 'france', {}, () => 'mobilise');
    const { world, turns } = game.getSnapshot();
    const debrief = debriefOf(AS_IT_HAPPENED, world, turns);
    const differing = debrief.crises.filter((c) => c.historyAnswer !== 'mobilise');
    expect(differing.length).toBeGreaterThan(0);
    for (const crisis of differing) {
      expect(debrief.months.find((m) => m.month === crisis.month)?.diverged).toBe(true);
      expect(debrief.months.find((m) => m.month === crisis.month)?.crisisAnswer).toBe('mobilise');
    }
  });
});

describe('the debrief of a game still being played', () => {
  it('covers the months played so far, and has no ending yet', () => {
    const game = createGame(AS_IT_HAPPENED, { seed: 'debrief-midgame', role: 'ussr' });
    for (let i = 0; i < 6; i++) {
      if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'stand-aside' });
      else game.send({ type: 'turn.end' });
    }
    const { world, turns } = game.getSnapshot();
    const debrief = debriefOf(AS_IT_HAPPENED, world, turns);
    expect(debrief.ending).toBeNull();
    expect(debrief.role).toBe('ussr');
    expect(debrief.months.map((m) => m.month)).toEqual([...new Set(turns.map((t) => t.month))]);
    expect(debrief.months.map((m) => m.month)).not.toContain(world.month);
  });
});

describe('the pieces of a debrief', () => {
  it('compares orders whatever their order in the month and their fields’ order', () => {
    const a: GameAction[] = [{ type: 'domestic.rally' }, { type: 'diplomacy.demarche', to: 'poland' }];
    const b: GameAction[] = [{ to: 'poland', type: 'diplomacy.demarche' }, { type: 'domestic.rally' }];
    expect(sameOrders(a, b)).toBe(true);
    expect(sameOrders(a, [{ type: 'domestic.rally' }, { type: 'diplomacy.demarche', to: 'romania' }])).toBe(false);
    expect(sameOrders(a, [{ type: 'domestic.rally' }])).toBe(false);
  });

  it('keeps a roll at the margins of doubt and leaves out a near-certain one', () => {
    const roll = (chance: number): Explanation => ({
      rule: 'roll.resume',
      bias: { weight: chance, source: null },
      terms: [],
      total: chance,
      threshold: null,
      chance,
      roll: 5,
      yes: true,
    });
    const entry = (chance: number) => ({
      month: '1936-01',
      kind: 'action',
      id: 'x',
      key: 'negotiation.resume-failed',
      reasons: [{ key: null, explanation: roll(chance) }],
    });
    expect(keyRollsOf(entry(KEY_ROLL_MARGIN))).toHaveLength(1);
    expect(keyRollsOf(entry(100 - KEY_ROLL_MARGIN))).toHaveLength(1);
    expect(keyRollsOf(entry(KEY_ROLL_MARGIN - 1))).toHaveLength(0);
    expect(keyRollsOf(entry(100 - KEY_ROLL_MARGIN + 1))).toHaveLength(0);
    expect(keyRollsOf({ ...entry(95), key: 'move' })[0]?.why).toEqual(['phase']);
  });
});

describe("the debrief's historical events", () => {
  it('tells an event this game logged a month later as told then, never as missing from the game', () => {
    const scenario = loadScenario('as-it-happened');
    const game = createGame(scenario, { seed: 'walk', role: 'ussr' });
    for (let i = 0; i < 200 && game.getSnapshot().phase !== 'ended'; i++) {
      if (game.getSnapshot().world.phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'refer-council' });
      else game.send({ type: 'turn.end' });
    }
    const { world, turns } = game.getSnapshot();
    const { months } = debriefOf(scenario, world, turns);
    const logged = new Map<string, string>();
    for (const { month, entries } of world.log) {
      for (const e of entries)
        if ((e.kind === 'event' || e.kind === 'diverged') && !logged.has(e.id)) logged.set(e.id, month);
    }
    let elsewhen = 0;
    for (const month of months) {
      // "Not in this game" only of events the game never logged.
      for (const event of month.events.missed) expect(logged.has(event.id), `${month.month} ${event.id}`).toBe(false);
      for (const { event, month: when } of month.events.elsewhen) {
        expect(logged.get(event.id)).toBe(when);
        expect(when).not.toBe(month.month);
        elsewhen += 1;
      }
    }
    // Poland's Teschen (30 September 1938) comes with October's dispatches, after Munich: told in October. The
    // Council's finding of 19 March 1936 comes in its own month, after the Rhineland's crisis (`afterMoves`).
    const elsewhenOf = (month: string) =>
      months.find((m) => m.month === month)?.events.elsewhen.map((e) => `${e.event.id} ${e.month}`);
    expect(elsewhenOf('1938-09')).toContain('poland-takes-teschen 1938-10');
    expect(logged.get('council-finds-violation')).toBe('1936-03');
    expect(elsewhen).toBeGreaterThan(0);
  });
});

describe('the ending in the debrief', () => {
  it('says which of the ending’s alternatives the game took, and nothing where the text offers none', () => {
    const scenario = loadScenario('rhineland-1936');
    const seen = new Map<string, string | null>();
    for (let i = 0; i < 120 && seen.size < 3; i++) {
      const { world, turns } = simulate(scenario, { seed: `ending-case-${i}`, policy: 'random' });
      const ending = debriefOf(scenario, world, turns).ending;
      if (ending === null) throw new Error('a finished game without its ending');
      const key = ending.id === 'isolated-france' ? `isolated-france ${world.war === null ? 'peace' : 'war'}` : 'other';
      if (!seen.has(key)) seen.set(key, ending.case);
      if (ending.id !== 'isolated-france' && (endingText(ending.id).cases ?? []).length === 0)
        expect(ending.case).toBeNull();
    }
    expect(seen.get('isolated-france war')).toMatch(/^In this game France went to war with Germany/);
    expect(seen.get('isolated-france peace')).toMatch(
      /^In this game France had not gone to war with Germany when the game ended/,
    );
  });
});
