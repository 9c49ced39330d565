/**
 * The game's surface, function by function (issue 9): why a role, a seed or
 * an option is refused, what `send` says at a crisis and after the end, what a
 * subscriber and the logs see. Every game is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, roleProblem, simulate } from './game';

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
