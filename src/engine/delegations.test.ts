/**
 * Delegations on one screen (issue 14 §2): a game whose months take orders
 * from several human roles, each crisis answered by each of them, recorded in
 * a game file with who gave each action, and replayed exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { branchAt } from './branch';
import { createGame, type Game, hashWorld, simulate } from './game';
import { MODEL } from './model/modelData';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import type { CrisisChoice } from './turn/actions';
import type { Delegation, Role } from './world/worldState';

const other = (role: Delegation): Role => (role === 'france' ? 'ussr' : 'france');

/** Pass months (both delegations silent) until a crisis waits or the game ends. */
function passToCrisis(game: Game): void {
  for (let i = 0; i < 80 && game.getSnapshot().phase === 'orders'; i++) game.send({ type: 'turn.end' });
}

describe('a game of several delegations', () => {
  it('reaches the one-role game’s worlds when the second delegation does what the computer would do', () => {
    // In `as-it-happened` the side the player does not play answers each German move as its government
    // did (scripted: no roll of the die), and the computer gives no monthly orders. A second delegation
    // that gives no orders and answers each crisis with that scripted answer must change nothing.
    const scenario = loadScenario('as-it-happened');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom<Role>('france', 'ussr'),
        fc.constantFrom('historical' as const, 'random' as const),
        fc.boolean(),
        (n, role, policy, otherFirst) => {
          const seed = `delegations-${n}`;
          const alone = simulate(scenario, { seed, policy, role, withLog: false });
          const second = other(role);
          const game = createGame(scenario, { seed, role, roles: [role, second] });
          for (const turn of alone.turns) {
            const { world } = game.getSnapshot();
            expect(world.month).toBe(turn.month);
            if (world.phase === 'crisis') {
              const [answer] = turn.actions;
              const move = world.crisis?.move ?? '';
              const scripted = world.script?.crises[second][move];
              expect(answer?.type).toBe('crisis.respond');
              expect(scripted).toBeDefined();
              const send = [
                () => game.send(answer, { by: role }),
                () => game.send({ type: 'crisis.respond', choice: scripted }, { by: second }),
              ];
              for (const sent of otherFirst ? [send[1], send[0]] : send) expect(sent?.().accepted).toBe(true);
            } else {
              for (const action of turn.actions) expect(game.send(action, { by: role }).accepted).toBe(true);
              expect(game.send({ type: 'turn.end' }, { by: otherFirst ? second : role }).accepted).toBe(true);
            }
          }
          const snapshot = game.getSnapshot();
          expect(snapshot.phase).toBe('ended');
          // The same world but for both sides seated (`sides`): as-it-happened scripts each side's initiatives.
          expect(snapshot.world.sides).toEqual(['france', 'ussr']);
          expect(hashWorld({ ...snapshot.world, sides: undefined })).toBe(hashWorld(alone.world));
          // The file records both roles and whose each action is, and replays to the same hash.
          const file = recordGame(scenario, seed, role, snapshot.turns, undefined, [], [role, second]);
          expect(file.format).toBe(3);
          expect(file.roles).toEqual([role, second]);
          expect(parseGameFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
          const replay = replayGame(file, scenario);
          expect(replay.ok).toBe(true);
          expect(hashWorld(replay.world)).toBe(hashWorld(snapshot.world));
        },
      ),
      { numRuns: 6, seed: 1935 },
    );
  });

  it('takes each delegation’s own orders, with its own capital, and records who gave them', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'two-delegations', role: 'france', roles: ['france', 'ussr'] });
    const budget = MODEL.capitalPerMonth.value;
    expect(game.getSnapshot().delegations).toEqual({
      roles: ['france', 'ussr'],
      capital: { france: budget, ussr: budget },
      answered: [],
    });
    // The Soviet-only order is the USSR delegation's to give, and costs the USSR's capital, not France's.
    expect(game.legalActions('ussr')).toContainEqual({ type: 'military.readiness' });
    expect(game.legalActions('france')).not.toContainEqual({ type: 'military.readiness' });
    expect(game.send({ type: 'military.readiness' }, { by: 'ussr' })).toEqual({ accepted: true, reason: null });
    expect(game.send({ type: 'domestic.rally' }, { by: 'france' })).toEqual({ accepted: true, reason: null });
    const cost = (type: 'military.readiness' | 'domestic.rally') => MODEL.actions[type]?.cost ?? 0;
    const { delegations, world } = game.getSnapshot();
    expect(delegations.capital).toEqual({
      france: budget - cost('domestic.rally'),
      ussr: budget - cost('military.readiness'),
    });
    expect(world.role).toBe('france');
    expect(world.capital).toBe(budget - cost('domestic.rally'));
    expect(game.send({ type: 'turn.end' })).toEqual({ accepted: true, reason: null });
    const [first] = game.getSnapshot().turns;
    expect(first?.actions).toEqual([{ type: 'military.readiness' }, { type: 'domestic.rally' }]);
    expect(first?.by).toEqual(['ussr', 'france']);
    // The next month each delegation has its full budget again.
    expect(game.getSnapshot().delegations.capital).toEqual({ france: budget, ussr: budget });
  });

  it('refuses a bad `by` with a reason and changes nothing', () => {
    const scenario = loadScenario('pact-1935');
    const two = createGame(scenario, { seed: 'bad-by', roles: ['france', 'ussr'] });
    const alone = createGame(scenario, { seed: 'bad-by', role: 'france' });
    const before = hashWorld(two.getSnapshot().world);
    const tries: [Game, unknown, string][] = [
      [
        two,
        { by: 'italy' },
        'unknown delegation "italy": expected one of france, ussr, poland, romania, czechoslovakia, britain',
      ],
      [two, { by: 'britain' }, 'the British delegation does not play in this game (its roles: france, ussr)'],
      [two, { by: 'poland' }, 'the Polish delegation does not play in this game (its roles: france, ussr)'],
      [
        two,
        { by: 7 },
        'unknown delegation number: expected one of france, ussr, poland, romania, czechoslovakia, britain',
      ],
      [two, { by: 'france', source: 'nobody' }, 'unknown source: expected player, replay or engine'],
      [two, { by: 'france' }, 'only the Soviet side can do that'],
      [alone, { by: 'ussr' }, 'the Soviet delegation does not play in this game (its roles: france)'],
    ];
    for (const [game, options, reason] of tries) {
      const start = hashWorld(game.getSnapshot().world);
      // @ts-expect-error: what a caller outside TypeScript may pass
      expect(game.send({ type: 'military.readiness' }, options)).toEqual({ accepted: false, reason });
      expect(hashWorld(game.getSnapshot().world)).toBe(start);
      expect(game.getSnapshot().delegations.capital.france).toBe(MODEL.capitalPerMonth.value);
      expect(game.getLog().at(-1)).toMatchObject({ accepted: false, reason });
    }
    expect(hashWorld(two.getSnapshot().world)).toBe(before);
    expect(two.getSnapshot().turns).toEqual([]);
    // A game of one role still takes `send(action)` and `send(action, source)` as before, with no `by` in its records.
    expect(alone.send({ type: 'domestic.rally' }, 'replay').accepted).toBe(true);
    expect(alone.getLog().at(-1)).not.toHaveProperty('by');
    expect(() => createGame(scenario, { seed: 'x', role: 'france', roles: ['ussr'] })).toThrow(
      'createGame: the role france is not among the roles ussr',
    );
    expect(() => createGame(scenario, { seed: 'x', roles: ['ussr', 'ussr'] })).toThrow(
      'createGame: the role ussr is given twice',
    );
    // Two to five delegations on one screen (issue 14 §2): six are refused, five are seated.
    const six = ['france', 'ussr', 'poland', 'romania', 'czechoslovakia', 'britain'] as const;
    expect(() => createGame(scenario, { seed: 'x', roles: six })).toThrow(
      'createGame: a game seats at most 5 delegations, not 6',
    );
    expect(createGame(scenario, { seed: 'x', roles: six.slice(0, 5) }).getSnapshot().delegations.roles).toHaveLength(5);
  });

  it('waits for every delegation’s crisis answer, then resolves the crisis with each side’s answer', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'crisis-delegations', roles: ['france', 'ussr'] });
    passToCrisis(game);
    const waiting = game.getSnapshot();
    expect(waiting.phase).toBe('crisis');
    const hash = hashWorld(waiting.world);
    const french: CrisisChoice = 'refer-council';
    const soviet: CrisisChoice = 'mobilise';
    expect(game.send({ type: 'crisis.respond', choice: french }, { by: 'france' }).accepted).toBe(true);
    // France has answered: the crisis still waits, for the USSR, and the world is as it was.
    const half = game.getSnapshot();
    expect(half.phase).toBe('crisis');
    expect(hashWorld(half.world)).toBe(hash);
    expect(half.delegations.answered).toEqual(['france']);
    expect(game.legalActions('france')).toEqual([]);
    expect(game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' })).toEqual({
      accepted: false,
      reason: 'the French delegation has already answered this crisis',
    });
    expect(game.send({ type: 'turn.end' }, { by: 'ussr' }).reason).toBe('a crisis is waiting for your answer');
    expect(game.send({ type: 'crisis.respond', choice: soviet }, { by: 'ussr' }).accepted).toBe(true);
    const after = game.getSnapshot();
    expect(after.phase).not.toBe('crisis');
    const record = after.world.crises.at(-1);
    expect(record?.answers).toEqual({ france: french, ussr: soviet });
    const turn = after.turns.at(-1);
    expect(turn?.actions).toEqual([
      { type: 'crisis.respond', choice: french },
      { type: 'crisis.respond', choice: soviet },
    ]);
    expect(turn?.by).toEqual(['france', 'ussr']);
    expect(after.delegations.answered).toEqual([]);
    // The same game as one role: the computer answers for the USSR, by its rule and a roll of the die.
    const alone = createGame(scenario, { seed: 'crisis-delegations', role: 'france' });
    passToCrisis(alone);
    alone.send({ type: 'crisis.respond', choice: french });
    expect(alone.getSnapshot().turns.at(-1)?.by).toBeUndefined();
    expect(alone.getSnapshot().world.crises.at(-1)?.answers.france).toBe(french);
  });

  it('records a game of two delegations in a file that replays exactly, and notices a changed `by`', () => {
    const scenario = loadScenario('pact-1935');
    const seed = 'file-delegations';
    const game = createGame(scenario, { seed, roles: ['ussr', 'france'] });
    game.send({ type: 'convention.open' }, { by: 'france' });
    game.send({ type: 'military.readiness' }, { by: 'ussr' });
    game.send({ type: 'turn.end' });
    game.send({ type: 'diplomacy.demarche', to: 'romania' }, { by: 'france' });
    game.send({ type: 'turn.end' });
    passToCrisis(game);
    game.send({ type: 'crisis.respond', choice: 'ask-guarantors' }, { by: 'ussr' });
    game.send({ type: 'crisis.respond', choice: 'invoke-protocol' }, { by: 'france' });
    const { turns, world } = game.getSnapshot();
    const file = recordGame(scenario, seed, 'ussr', turns, undefined, [], ['ussr', 'france']);
    expect(file.turns[0]?.by).toEqual(['france', 'ussr']);
    const text = JSON.stringify(file);
    const parsed = parseGameFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(world));
    // The same actions given by the other delegation are another game: the replay says where it differs.
    const swapped = {
      ...parsed.value,
      turns: parsed.value.turns.map((t, i) => (i === 0 ? { ...t, by: t.by?.map(other) } : t)),
    };
    // Taken over as one role (branchDelegations.test.ts): the delegations' months before it, then one role.
    const branch = branchAt(parsed.value, scenario, { turn: 1, role: 'france' });
    expect(branch.ok && branch.value.branchedFrom.roles).toEqual(['ussr', 'france']);
    const changed = replayGame(swapped, scenario);
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.divergence.kind).toBe('hash');
  });
});
