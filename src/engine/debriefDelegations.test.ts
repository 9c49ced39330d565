/**
 * The debrief of a game of delegations (issue 14 §2, §6): each side's months
 * are its own orders and crisis answers (the actions whose `by` is that side)
 * beside its own history, with its own first divergence; a game of one role
 * gives the debrief it always gave. Every game is built inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { debriefOf, sameOrders } from './debrief';
import { createGame, type Game, hashWorld, simulate } from './game';
import type { Scenario } from './scenario/schema';
import type { CrisisChoice, GameAction } from './turn/actions';
import type { Role } from './world/worldState';

const AS_IT_HAPPENED = loadScenario('as-it-happened');

/** History's orders for `role` in `month`, read from the scenario apart from the debrief. */
function historyOrders(scenario: Scenario, role: Role, month: string): GameAction[] {
  return scenario.historicalChoices[role].filter((c) => c.month === month).flatMap((c) => c.actions);
}

/** What each side gave, month by month, as the test saw it accepted: orders apart, the crisis answer apart. */
interface Given {
  readonly orders: Map<string, GameAction[]>;
  readonly answers: Map<string, CrisisChoice>;
}

const given = (): Given => ({ orders: new Map(), answers: new Map() });

function record(side: Given, month: string, action: GameAction): void {
  if (action.type === 'crisis.respond') side.answers.set(month, action.choice);
  else side.orders.set(month, [...(side.orders.get(month) ?? []), action]);
}

/**
 * France plays history's orders and answers each crisis as history did; the
 * USSR raises the Red Army's readiness whenever it may and answers each crisis
 * otherwise than history.
 */
function playFranceHistoryUssrItsOwn(seed: string): {
  game: Game;
  france: Given;
  ussr: Given;
  moves: Map<string, string>;
} {
  const game = createGame(AS_IT_HAPPENED, { seed, role: 'france', roles: ['france', 'ussr'] });
  const france = given();
  const ussr = given();
  const moves = new Map<string, string>();
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      const move = world.crisis?.move ?? '';
      moves.set(world.month, move);
      const french = AS_IT_HAPPENED.historicalChoices.crises.france[move] ?? 'stand-aside';
      const sovietHistory = AS_IT_HAPPENED.historicalChoices.crises.ussr[move];
      const soviet: CrisisChoice = sovietHistory === 'mobilise' ? 'refer-council' : 'mobilise';
      const frenchAnswer: GameAction = { type: 'crisis.respond', choice: french };
      const sovietAnswer: GameAction = { type: 'crisis.respond', choice: soviet };
      expect(game.send(frenchAnswer, { by: 'france' }).accepted).toBe(true);
      record(france, world.month, frenchAnswer);
      expect(game.send(sovietAnswer, { by: 'ussr' }).accepted).toBe(true);
      record(ussr, world.month, sovietAnswer);
      continue;
    }
    for (const action of historyOrders(AS_IT_HAPPENED, 'france', world.month)) {
      if (game.send(action, { by: 'france' }).accepted) record(france, world.month, action);
    }
    const readiness: GameAction = { type: 'military.readiness' };
    if (game.send(readiness, { by: 'ussr' }).accepted) record(ussr, world.month, readiness);
    expect(game.send({ type: 'turn.end' }, { by: 'ussr' }).accepted).toBe(true);
  }
  expect(game.getSnapshot().phase).toBe('ended');
  return { game, france, ussr, moves };
}

/** The first month a side's orders or crisis answer differ from its history, computed apart from the debrief. */
function firstDivergenceOf(
  side: Given,
  role: Role,
  months: readonly string[],
  moves: ReadonlyMap<string, string>,
): string | null {
  const crises = AS_IT_HAPPENED.historicalChoices.crises[role];
  for (const month of months) {
    const orders = side.orders.get(month) ?? [];
    if (!sameOrders(orders, historyOrders(AS_IT_HAPPENED, role, month))) return month;
    const answer = side.answers.get(month);
    if (answer !== undefined && answer !== crises[moves.get(month) ?? '']) return month;
  }
  return null;
}

describe('the debrief of a game of two delegations', () => {
  it("lists each side's own orders beside its own history, France following history, the USSR not", () => {
    const { game, france, ussr, moves } = playFranceHistoryUssrItsOwn('debrief-delegations');
    const { world, turns } = game.getSnapshot();
    const debrief = debriefOf(AS_IT_HAPPENED, world, turns);
    const sides = debrief.sides ?? [];
    expect(sides.map((s) => s.role)).toEqual(['france', 'ussr']);
    const [french, soviet] = sides;
    if (french === undefined || soviet === undefined) throw new Error('a side is missing');
    // The world's role's months are the debrief's own months.
    expect(french.months).toBe(debrief.months);
    expect(french.firstDivergence).toBe(debrief.firstDivergence);

    const months = debrief.months.map((m) => m.month);
    expect(soviet.months.map((m) => m.month)).toEqual(months);
    let followed = 0;
    let sovietOrders = 0;
    for (const [i, month] of debrief.months.entries()) {
      const ussrMonth = soviet.months[i];
      if (ussrMonth === undefined) throw new Error(`no Soviet month ${month.month}`);
      // Each side's orders are exactly what that side gave, in the order given.
      expect(month.orders).toEqual(france.orders.get(month.month) ?? []);
      expect(ussrMonth.orders).toEqual(ussr.orders.get(month.month) ?? []);
      expect(month.crisisAnswer).toBe(france.answers.get(month.month) ?? null);
      expect(ussrMonth.crisisAnswer).toBe(ussr.answers.get(month.month) ?? null);
      // The USSR's readiness is never listed as France's (only the Soviet side can give it).
      expect(month.orders).not.toContainEqual({ type: 'military.readiness' });
      sovietOrders += ussrMonth.orders.length;
      // Each side stands beside its own history.
      expect(month.history.orders).toEqual(historyOrders(AS_IT_HAPPENED, 'france', month.month));
      expect(ussrMonth.history.orders).toEqual(historyOrders(AS_IT_HAPPENED, 'ussr', month.month));
      for (const crisis of ussrMonth.crises) {
        expect(ussrMonth.history.crisisAnswer).toBe(AS_IT_HAPPENED.historicalChoices.crises.ussr[crisis.move]);
        expect(month.history.crisisAnswer).toBe(AS_IT_HAPPENED.historicalChoices.crises.france[crisis.move]);
        expect(crisis.answer).toBe(ussrMonth.crisisAnswer);
        expect(crisis.answer).not.toBe(crisis.historyAnswer);
      }
      // Where France gave all of history's orders (and history's answer), France did not diverge.
      const all = historyOrders(AS_IT_HAPPENED, 'france', month.month);
      if (sameOrders(france.orders.get(month.month) ?? [], all)) {
        followed++;
        expect(month.diverged).toBe(false);
      }
      // A month of a crisis: the USSR answered otherwise than history, so its month diverged.
      if (ussrMonth.crises.length > 0) expect(ussrMonth.diverged).toBe(true);
    }
    expect(sovietOrders).toBeGreaterThan(0);
    expect(followed).toBeGreaterThan(months.length / 2);
    expect(world.crises.length).toBeGreaterThan(0);

    // Each side's first divergence is its own.
    expect(french.firstDivergence).toBe(firstDivergenceOf(france, 'france', months, moves));
    expect(soviet.firstDivergence).toBe(firstDivergenceOf(ussr, 'ussr', months, moves));
    expect(soviet.firstDivergence).not.toBeNull();
    expect(soviet.firstDivergence).not.toBe(french.firstDivergence);
    for (const side of sides) {
      const flagged = side.months.filter((m) => m.firstDivergence).map((m) => m.month);
      expect(flagged).toEqual(side.firstDivergence === null ? [] : [side.firstDivergence]);
    }

    // Read-only: the debrief changes nothing, and roles given or read from the turns give the same debrief.
    expect(hashWorld(game.getSnapshot().world)).toBe(hashWorld(world));
    expect(debriefOf(AS_IT_HAPPENED, world, turns, { roles: ['france', 'ussr'] })).toEqual(debrief);
  });

  it("gives the world's role the one-role game's months when the USSR only answers as history did", () => {
    const seed = 'debrief-delegations-same';
    const alone = simulate(AS_IT_HAPPENED, { seed, policy: 'historical', role: 'france' });
    const game = createGame(AS_IT_HAPPENED, { seed, role: 'france', roles: ['france', 'ussr'] });
    for (const turn of alone.turns) {
      const { world } = game.getSnapshot();
      if (world.phase === 'crisis') {
        const scripted = world.script?.crises.ussr[world.crisis?.move ?? ''];
        for (const action of turn.actions) expect(game.send(action, { by: 'france' }).accepted).toBe(true);
        expect(game.send({ type: 'crisis.respond', choice: scripted }, { by: 'ussr' }).accepted).toBe(true);
      } else {
        for (const action of turn.actions) expect(game.send(action, { by: 'france' }).accepted).toBe(true);
        expect(game.send({ type: 'turn.end' }, { by: 'ussr' }).accepted).toBe(true);
      }
    }
    const { world, turns } = game.getSnapshot();
    // The same world but for both sides seated (`sides`): as-it-happened scripts each side's initiatives.
    expect(hashWorld({ ...world, sides: undefined })).toBe(hashWorld(alone.world));
    const two = debriefOf(AS_IT_HAPPENED, world, turns);
    const one = debriefOf(AS_IT_HAPPENED, alone.world, alone.turns);
    expect(two.months).toEqual(one.months);
    expect(two.firstDivergence).toBe(one.firstDivergence);
    expect(two.crises).toEqual(one.crises);
    // The USSR gave no orders: it diverged exactly where history gave it some; its crisis answers were history's.
    const soviet = two.sides?.find((s) => s.role === 'ussr');
    for (const month of soviet?.months ?? []) {
      expect(month.orders).toEqual([]);
      expect(month.diverged).toBe(historyOrders(AS_IT_HAPPENED, 'ussr', month.month).length > 0);
    }
    expect(soviet?.months.length).toBe(two.months.length);
  });
});

describe('the debrief of a game of one role', () => {
  it('names the further delegations a game seated, in the order of its roles, and none in a game of the sides alone', () => {
    const scenario = loadScenario('munich-1938');
    const roles = ['france', 'britain', 'ussr', 'poland'] as const;
    const { world, turns } = createGame(scenario, { seed: 'further-named', roles }).getSnapshot();
    expect(debriefOf(scenario, world, turns, { roles }).further).toEqual(['britain', 'poland']);
    expect(debriefOf(scenario, world, turns, { roles: ['france', 'ussr'] }).further).toBeUndefined();
  });

  it('is the debrief it always was: all of each turn’s actions are the role’s, and there are no sides', () => {
    for (const role of ['france', 'ussr'] as const) {
      const result = simulate(AS_IT_HAPPENED, { seed: `debrief-one-${role}`, policy: 'alliance-first', role });
      const debrief = debriefOf(AS_IT_HAPPENED, result.world, result.turns);
      expect('sides' in debrief).toBe(false);
      expect(debriefOf(AS_IT_HAPPENED, result.world, result.turns, { roles: [role] })).toEqual(debrief);
      let first: string | null = null;
      for (const month of debrief.months) {
        const actions = result.turns.filter((t) => t.month === month.month).flatMap((t) => t.actions);
        const answer = actions.find((a) => a.type === 'crisis.respond');
        expect(month.orders).toEqual(actions.filter((a) => a.type !== 'crisis.respond'));
        expect(month.crisisAnswer).toBe(answer?.type === 'crisis.respond' ? answer.choice : null);
        expect(month.history.orders).toEqual(historyOrders(AS_IT_HAPPENED, role, month.month));
        const history = month.crises.map((c) => AS_IT_HAPPENED.historicalChoices.crises[role][c.move]).find(Boolean);
        const diverged =
          !sameOrders(month.orders, month.history.orders) ||
          (month.crisisAnswer !== null && month.crisisAnswer !== (history ?? null));
        expect(month.diverged).toBe(diverged);
        if (diverged && first === null) first = month.month;
        expect(month.firstDivergence).toBe(diverged && first === month.month);
      }
      expect(debrief.firstDivergence).toBe(first);
      expect(debrief.crises.map((c) => c.answer)).toEqual(result.world.crises.map((c) => c.answer));
      expect(debrief.crises.map((c) => c.answers)).toEqual(result.world.crises.map((c) => c.answers));
    }
  });
});
