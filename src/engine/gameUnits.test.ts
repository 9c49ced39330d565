/**
 * The game's surface, function by function (issue 9): why a role, a seed or
 * an option is refused, what `send` says at a crisis and after the end, what a
 * subscriber and the logs see. Every game is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, hashWorld, playOut, replayTurns, roleProblem, simulate } from './game';
import type { Policy } from './policies';
import { initialWorld } from './scenario/initialWorld';
import { type GameAction, MAX_ORDERS_PER_TURN } from './turn/actions';
import type { TurnRecord } from './turn/turnMachine';
import { flatLog } from './world/effects';
import { DELEGATIONS, type Delegation } from './world/worldState';

const ACCEPTED = { accepted: true, reason: null };

describe('roleProblem', () => {
  it('names the roles the scenario offers, one or several, and what was asked, cut to 40 characters', () => {
    const scenario = loadScenario('pact-1935');
    expect(roleProblem(scenario, 'france')).toBeNull();
    expect(roleProblem(scenario, 'poland')).toBeNull();
    const two = { ...scenario, roles: ['france' as const, 'ussr' as const] };
    expect(roleProblem(two, 'germany')).toBe(
      'the scenario "pact-1935" offers the roles france and ussr, not "germany"',
    );
    expect(roleProblem(two, 7)).toBe('the scenario "pact-1935" offers the roles france and ussr, not number');
    expect(roleProblem(two, 'x'.repeat(50))).toBe(
      `the scenario "pact-1935" offers the roles france and ussr, not "${'x'.repeat(40)}"`,
    );
    expect(roleProblem({ ...scenario, roles: ['ussr'] }, 'france')).toBe(
      'the scenario "pact-1935" offers the role ussr, not "france"',
    );
  });
});

describe('createGame', () => {
  it('refuses a bad seed, a role outside the roles, and recorded turns for several delegations, saying why', () => {
    const scenario = loadScenario('pact-1935');
    expect(() => createGame(scenario, { seed: '' })).toThrow(/^createGame: .+/);
    expect(() => createGame(scenario, { seed: 'ok', role: 'ussr', roles: ['france'] })).toThrow(
      'createGame: the role ussr is not among the roles france',
    );
    expect(() =>
      createGame(scenario, { seed: 'ok', roles: ['france', 'ussr'], from: { turns: [], role: 'france' } }),
    ).toThrow('createGame: a game of several delegations starts at the beginning, not from recorded turns');
    expect(() => createGame(scenario, { seed: 'ok', from: { turns: [], role: 'france' } })).not.toThrow();
  });

  it('plays the first of the roles when no role is named, and as the named role a game recorded as the other', () => {
    const scenario = loadScenario('pact-1935');
    expect(createGame(scenario, { seed: 'ok', roles: ['ussr', 'france'] }).getSnapshot().world.role).toBe('ussr');
    expect(createGame(scenario, { seed: 'ok' }).getSnapshot().world.role).toBe('france');
    const taken = createGame(scenario, { seed: 'ok', role: 'ussr', from: { turns: [], role: 'france' } });
    expect(taken.getSnapshot().world.role).toBe('ussr');
  });
});

describe('a game’s send, log and subscribers', () => {
  it('refuses the end of the month at a crisis and after the end, each with its reason', () => {
    const game = createGame(loadScenario('as-it-happened'), { seed: 'game-units' });
    for (let i = 0; i < 100 && game.getSnapshot().phase === 'orders'; i++) game.send({ type: 'turn.end' });
    expect(game.getSnapshot().phase).toBe('crisis');
    expect(game.send({ type: 'turn.end' })).toEqual({ accepted: false, reason: 'a crisis is waiting for your answer' });
    for (let i = 0; i < 200 && game.getSnapshot().phase !== 'ended'; i++) {
      if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'stand-aside' });
      else game.send({ type: 'turn.end' });
    }
    expect(game.getSnapshot().phase).toBe('ended');
    expect(game.send({ type: 'turn.end' })).toEqual({ accepted: false, reason: 'the game is over' });
  });

  it('logs each action with its source (the player’s by default) and refuses options it cannot read', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'game-units' });
    // What a caller outside TypeScript may send (the page's scripts, a game file's log).
    const send = (action: unknown, options: unknown): unknown => Reflect.apply(game.send, game, [action, options]);
    const bad = 'unknown source: expected player, replay or engine';
    expect(send({ type: 'convention.open' }, 42)).toEqual({ accepted: false, reason: bad });
    expect(send({ type: 'convention.open' }, null)).toEqual({ accepted: false, reason: bad });
    expect(send({ type: 'convention.open' }, 'nobody')).toEqual({ accepted: false, reason: bad });
    expect(send({ type: 'convention.open' }, { source: 'nobody' })).toEqual({
      accepted: false,
      reason: bad,
    });
    expect(game.send({ type: 'convention.open' }, 'replay')).toEqual({ accepted: true, reason: null });
    expect(game.send({ type: 'turn.end' })).toEqual({ accepted: true, reason: null });
    const log = game.getLog();
    expect(log.map((r) => [r.source, r.accepted])).toEqual([
      ['player', false],
      ['player', false],
      ['player', false],
      ['player', false],
      ['replay', true],
      ['player', true],
    ]);
    expect(log[4]).toEqual({
      turn: 0,
      month: '1935-05',
      action: { type: 'convention.open' },
      source: 'replay',
      accepted: true,
      reason: null,
    });
    expect(log.every((r) => r.by === undefined)).toBe(true);
  });

  it('says who sent each action in a game of several delegations', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'game-units', roles: ['france', 'ussr'] });
    game.send({ type: 'convention.open' }, { by: 'ussr' });
    game.send({ type: 'convention.open' }, { by: 'romania' });
    expect(game.getLog().map((r) => r.by)).toEqual(['ussr', 'romania']);
    expect(game.getLog()[1]?.accepted).toBe(false);
  });

  it('tells each subscriber of every change until it unsubscribes, and gives the month’s events', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'game-units' });
    const seen: string[] = [];
    const unsubscribe = game.subscribe((snapshot) => seen.push(snapshot.world.month));
    game.send({ type: 'turn.end' });
    expect(seen.at(-1)).toBe('1935-06');
    const count = seen.length;
    expect(count).toBeGreaterThan(0);
    unsubscribe();
    game.send({ type: 'turn.end' });
    expect(seen.length).toBe(count);
    const events = game.getEvents();
    expect(events.length).toBeGreaterThan(0);
    expect(events).toEqual(game.getSnapshot().world.log.flatMap((m) => m.entries));
  });
});

describe('simulate', () => {
  it('reports the ending the world reached', () => {
    const result = simulate(loadScenario('pact-1935'), { seed: 'game-units', policy: 'historical', withLog: false });
    expect(result.world.ending).not.toBeNull();
    expect(result.ending).toBe(result.world.ending);
  });
});

describe('the month’s cap on orders', () => {
  it('takes 50 orders in a month, refuses the 51st saying why, still ends the month, and starts the next afresh', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'game-units' });
    const cap = `a month takes at most ${MAX_ORDERS_PER_TURN} orders; end the month (turn.end)`;
    for (let i = 0; i < MAX_ORDERS_PER_TURN; i++) expect(game.send({ type: 'pass' })).toEqual(ACCEPTED);
    expect(game.send({ type: 'pass' })).toEqual({ accepted: false, reason: cap });
    expect(game.send({ type: 'convention.open' })).toEqual({ accepted: false, reason: cap });
    // A crisis answer is no order: it is refused for its own reason, not the cap's.
    expect(game.send({ type: 'crisis.respond', choice: 'mobilise' })).toEqual({
      accepted: false,
      reason: 'there is no crisis to respond to',
    });
    expect(game.send({ type: 'turn.end' })).toEqual(ACCEPTED);
    expect(game.getSnapshot().world.month).toBe('1935-06');
    expect(game.send({ type: 'pass' })).toEqual(ACCEPTED);
  });
});

describe('send’s options', () => {
  it('takes a known source inside the options, and names an unknown delegation cut to 40 characters', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'game-units' });
    expect(game.send({ type: 'pass' }, { source: 'engine' })).toEqual(ACCEPTED);
    expect(game.getLog().at(-1)?.source).toBe('engine');
    const send = (options: unknown): unknown => Reflect.apply(game.send, game, [{ type: 'pass' }, options]);
    expect(send({ by: 'x'.repeat(50) })).toEqual({
      accepted: false,
      reason: `unknown delegation "${'x'.repeat(40)}": expected one of ${DELEGATIONS.join(', ')}`,
    });
    expect(send({ by: 3 })).toEqual({
      accepted: false,
      reason: `unknown delegation number: expected one of ${DELEGATIONS.join(', ')}`,
    });
  });
});

describe('createGame’s start', () => {
  it('starts from the scenario’s first world with its log, and names every role when the role is not among them', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'game-units' });
    const start = initialWorld(scenario, 'game-units', 'france');
    expect(game.getEvents().length).toBeGreaterThan(0);
    expect(game.getEvents()).toEqual(flatLog(start));
    expect(hashWorld(game.getSnapshot().world)).toBe(hashWorld(start));
    expect(() => createGame(scenario, { seed: 'ok', role: 'ussr', roles: ['france', 'poland'] })).toThrow(
      'createGame: the role ussr is not among the roles france, poland',
    );
  });

  it('gives each side’s capital this month, 0 for a side no delegation plays', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'game-units', role: 'ussr' });
    const { capital } = game.getSnapshot().delegations;
    expect(capital).toEqual({ france: 0, ussr: game.getSnapshot().world.capital });
    expect(capital.ussr).toBeGreaterThan(0);
  });

  it('keeps who gave each recorded order only for turns played by several delegations', () => {
    const scenario = loadScenario('pact-1935');
    const turns: TurnRecord[] = [
      { turn: 0, month: '1935-05', actions: [{ type: 'convention.open' }], by: ['ussr'] },
      { turn: 1, month: '1935-06', actions: [] },
    ];
    const both: Delegation[] = ['france', 'ussr'];
    const byDelegations = createGame(scenario, { seed: 'game-units', from: { turns, role: 'france', roles: both } });
    expect(byDelegations.getSnapshot().turns).toEqual(turns);
    expect(byDelegations.getSnapshot().turns[0]?.by).toEqual(['ussr']);
    expect(byDelegations.getSnapshot().turns[1]).not.toHaveProperty('by');
    // The same turns recorded as one side's: no `by`.
    const asOne = createGame(scenario, { seed: 'game-units', from: { turns, role: 'france' } });
    expect(asOne.getSnapshot().turns[0]).not.toHaveProperty('by');
  });

  it('replays recorded turns from the scenario’s first world, its log kept', () => {
    const scenario = loadScenario('pact-1935');
    const replayed = replayTurns(scenario, 'game-units', 'france', []);
    const start = initialWorld(scenario, 'game-units', 'france');
    expect(replayed.log).toEqual(start.log);
    expect(flatLog(replayed).length).toBeGreaterThan(0);
  });
});

describe('playOut', () => {
  it('records each month’s orders as the policy gave them, and stops a month’s orders at the first the rules refuse', () => {
    const scenario = loadScenario('pact-1935');
    for (const quiet of [false, true]) {
      const given: GameAction[][] = [];
      // Open the talks, then ask for what the rules refuse at once (nothing to submit), then pass.
      const policy: Policy = {
        name: 'units',
        nextOrder: (world) => {
          const month = world.month;
          const already = given.at(-1)?.length ?? 0;
          if (month !== '1935-05' || already >= 3) return { type: 'pass' };
          const order: GameAction[] = [{ type: 'convention.open' }, { type: 'convention.submit' }, { type: 'pass' }];
          const next = order[already] ?? { type: 'pass' };
          if (already === 0) given.push([]);
          given.at(-1)?.push(next);
          return next;
        },
        crisis: () => 'stand-aside',
      };
      const { turns, world } = playOut(initialWorld(scenario, 'game-units', 'france', quiet), policy, quiet);
      expect(world.phase).toBe('ended');
      expect(turns[0]).toEqual({ turn: 0, month: '1935-05', actions: [{ type: 'convention.open' }] });
      expect(turns[1]).toEqual({ turn: 1, month: '1935-06', actions: [] });
      expect(given).toEqual([[{ type: 'convention.open' }, { type: 'convention.submit' }]]);
    }
  });
});
