/**
 * The Polish delegation (issue 14 §2): a third delegation that answers each
 * crisis's request for Soviet transit, where the model otherwise rolls the die
 * for Poland. Without it every game is as before; with it, a Polish answer
 * equal to the die's gives the same worlds, and a game file replays exactly.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld, simulate } from './game';
import { DELEGATION_DATA } from './model/delegationData';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import { scenarioSchema } from './scenario/schema';
import type { CrisisChoice, GameAction } from './turn/actions';
import { crisisResponses } from './turn/crisis';
import { askedAtCrisis, delegationName } from './turn/delegations';
import type { Delegation, Role } from './world/worldState';

/** What the die would answer for Poland at the waiting crisis, given France's and the USSR's answers. */
function dieAnswer(game: Game, french: CrisisChoice, soviet: CrisisChoice | undefined): boolean {
  const { world } = game.getSnapshot();
  const responses = crisisResponses(world, world.role === 'france' ? french : (soviet ?? french), soviet);
  if (responses === null) throw new Error('no crisis waits');
  return responses.answers.transit.poland;
}

/**
 * Play `game` with France's recorded turns (from a one-role game), the USSR's
 * delegation (if any) silent and answering each crisis `soviet`, and the Polish
 * delegation answering each crisis with `poland(die)`.
 */
function playAlong(
  game: Game,
  turns: readonly { readonly actions: readonly GameAction[] }[],
  soviet: CrisisChoice | undefined,
  poland: (die: boolean) => boolean,
): string[] {
  const hashes: string[] = [];
  for (const turn of turns) {
    const { world } = game.getSnapshot();
    if (world.phase === 'ended') break;
    if (world.phase === 'crisis') {
      const [answer] = turn.actions;
      if (answer?.type !== 'crisis.respond') throw new Error('a crisis turn answers the crisis');
      // The Polish delegation answers first, where it is asked (never at the invasion of Poland): the crisis waits.
      if (askedAtCrisis(world, 'poland')) {
        const grant = poland(dieAnswer(game, answer.choice, soviet));
        const sent = game.send({ type: 'transit.answer', answer: grant ? 'grant' : 'refuse' }, { by: 'poland' });
        expect(sent.accepted).toBe(true);
        expect(game.getSnapshot().world).toBe(world);
      }
      if (soviet !== undefined) expect(game.send({ type: 'crisis.respond', choice: soviet }, { by: 'ussr' }).accepted);
      expect(game.send(answer, { by: 'france' }).accepted).toBe(true);
    } else {
      for (const action of turn.actions) expect(game.send(action, { by: 'france' }).accepted).toBe(true);
      expect(game.send({ type: 'turn.end' }, { by: 'poland' }).accepted).toBe(true);
    }
    hashes.push(hashWorld(game.getSnapshot().world));
  }
  return hashes;
}

describe('the Polish delegation', () => {
  it('has its decision as data, each answer sourced, the granting one marked as counterfactual', () => {
    const decision = DELEGATION_DATA.poland.decisions.transitAtCrisis;
    expect(decision.historical).toBe('refuse');
    expect(decision.options.refuse.source).toMatch(/FRUS 1939/);
    expect(decision.options.grant.assumption).toMatch(/counterfactual/i);
    expect(delegationName('poland')).toBe('Polish');
  });

  it('answering as the die would, gives the worlds of the game without Poland (one and two other delegations)', () => {
    const scenario = loadScenario('pact-1935');
    for (const seed of ['poland-same-1', 'poland-same-2', 'poland-same-3']) {
      const alone = simulate(scenario, { seed, policy: 'random', role: 'france', withLog: false });
      expect(alone.world.crises.length).toBeGreaterThan(0);
      // France and Poland: the computer still answers for the USSR (its roll is rolled as before).
      const withPoland = createGame(scenario, { seed, roles: ['france', 'poland'] });
      playAlong(withPoland, alone.turns, undefined, (die) => die);
      expect(hashWorld(withPoland.getSnapshot().world)).toBe(hashWorld(alone.world));
      // France, the USSR and Poland against France and the USSR: the same answers, Poland's the die's.
      const drive = (roles: Delegation[]): string[] => {
        const game = createGame(scenario, { seed, roles });
        const hashes: string[] = [];
        for (let i = 0; i < 80 && game.getSnapshot().phase !== 'ended'; i++) {
          if (game.getSnapshot().phase === 'orders') {
            game.send({ type: 'convention.open' }, { by: 'ussr' });
            expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
          } else {
            if (roles.includes('poland') && askedAtCrisis(game.getSnapshot().world, 'poland')) {
              const grant = dieAnswer(game, 'refer-council', 'mobilise');
              expect(
                game.send({ type: 'transit.answer', answer: grant ? 'grant' : 'refuse' }, { by: 'poland' }).accepted,
              ).toBe(true);
            }
            expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'ussr' }).accepted).toBe(true);
            expect(game.send({ type: 'crisis.respond', choice: 'refer-council' }, { by: 'france' }).accepted).toBe(
              true,
            );
          }
          hashes.push(hashWorld(game.getSnapshot().world));
        }
        expect(game.getSnapshot().world.crises.length, 'crises answered').toBeGreaterThan(0);
        return hashes;
      };
      const twoHashes = drive(['france', 'ussr']);
      expect(drive(['france', 'ussr', 'poland'])).toEqual(twoHashes);
    }
  });

  it('changes the crisis when it answers against the die, and a three-delegation game replays exactly from its file', () => {
    const scenario = loadScenario('pact-1935');
    const seed = 'poland-grants';
    const game = createGame(scenario, { seed, roles: ['france', 'ussr', 'poland'] });
    const grants: boolean[] = [];
    for (let i = 0; i < 80 && game.getSnapshot().phase !== 'ended'; i++) {
      if (game.getSnapshot().phase === 'orders') {
        expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
        continue;
      }
      // Poland answers against the die each time (grants where the die refuses: the counterfactual).
      const grant = !dieAnswer(game, 'mobilise', 'mobilise');
      grants.push(grant);
      expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'ussr' }).accepted).toBe(true);
      expect(game.send({ type: 'transit.answer', answer: grant ? 'grant' : 'refuse' }, { by: 'poland' }).accepted).toBe(
        true,
      );
      expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'france' }).accepted).toBe(true);
    }
    const snapshot = game.getSnapshot();
    expect(grants.length).toBeGreaterThan(0);
    // Each crisis records Poland's answer, not the die's.
    expect(snapshot.world.crises.slice(0, grants.length).map((c) => c.transit.poland)).toEqual(grants);
    const file = recordGame(scenario, seed, 'france', snapshot.turns, undefined, [], ['france', 'ussr', 'poland']);
    expect(file.format).toBe(3);
    expect(file.roles).toEqual(['france', 'ussr', 'poland']);
    const polish = file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === 'poland'));
    expect(polish.every((a) => a.type === 'transit.answer')).toBe(true);
    expect(polish.length).toBe(grants.length);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(replay.scenarioChanged).toBe(false);
    expect(hashWorld(replay.world)).toBe(hashWorld(snapshot.world));
    // The same file without the Polish answers is another game: the replay says where it parts.
    const without = {
      ...parsed.value,
      roles: ['france', 'ussr'] as Delegation[],
      turns: parsed.value.turns.map((t) => ({
        ...t,
        actions: t.actions.filter((_, i) => t.by?.[i] !== 'poland'),
        by: t.by?.filter((r) => r !== 'poland'),
      })),
    };
    expect(replayGame(without, scenario).ok).toBe(false);
  });

  it('refuses the Polish delegation’s illegal orders with a reason, and changes nothing', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'poland-refused', roles: ['france', 'ussr', 'poland'] });
    const tries: [unknown, Delegation, string][] = [
      [
        { type: 'military.readiness' },
        'poland',
        'the Polish delegation answers requests for Soviet transit; it gives no other orders',
      ],
      [
        { type: 'diplomacy.demarche', to: 'poland' },
        'poland',
        'the Polish delegation answers requests for Soviet transit; it gives no other orders',
      ],
      [
        { type: 'transit.answer', answer: 'grant' },
        'poland',
        'no request for Soviet transit is before Poland: one comes with a crisis, or before the 1939 talks',
      ],
      [
        { type: 'transit.answer', answer: 'grant' },
        'france',
        'only the Polish or Romanian delegation answers a request for Soviet transit',
      ],
      [
        { type: 'transit.answer', answer: 'yes' },
        'poland',
        'not a valid transit.answer action: answer: expected one of refuse, grant, got "yes"',
      ],
    ];
    for (const [action, by, reason] of tries) {
      const before = hashWorld(game.getSnapshot().world);
      expect(game.send(action, { by })).toEqual({ accepted: false, reason });
      expect(hashWorld(game.getSnapshot().world)).toBe(before);
    }
    expect(game.legalActions('poland')).toEqual([]);
    // At a crisis: its two answers, once.
    for (let i = 0; i < 80 && game.getSnapshot().phase === 'orders'; i++) game.send({ type: 'turn.end' });
    expect(game.getSnapshot().phase).toBe('crisis');
    expect(game.legalActions('poland')).toEqual([
      { type: 'transit.answer', answer: 'refuse' },
      { type: 'transit.answer', answer: 'grant' },
    ]);
    expect(game.send({ type: 'crisis.respond', choice: 'mobilise' }, { by: 'poland' }).reason).toBe(
      'the Polish delegation answers requests for Soviet transit; it gives no other orders',
    );
    expect(game.send({ type: 'transit.answer', answer: 'refuse' }, { by: 'poland' }).accepted).toBe(true);
    expect(game.getSnapshot().delegations.answered).toEqual(['poland']);
    expect(game.send({ type: 'transit.answer', answer: 'grant' }, { by: 'poland' })).toEqual({
      accepted: false,
      reason: 'the Polish delegation has already answered this crisis',
    });
    expect(game.legalActions('poland')).toEqual([]);
    // Poland spends no political capital.
    expect(Object.keys(game.getSnapshot().delegations.capital)).toEqual(['france', 'ussr']);
  });

  it('joins France or the USSR: a game’s first role is never Poland, and Poland plays only where the scenario offers it', () => {
    const pact = loadScenario('pact-1935');
    expect(() => createGame(pact, { seed: 'x', roles: ['poland', 'france'] })).toThrow(
      "createGame: a game's first role is France or the USSR, not poland (it joins as a further delegation)",
    );
    expect(() => createGame(pact, { seed: 'x', roles: ['france', 'poland', 'poland'] })).toThrow(
      'createGame: the role poland is given twice',
    );
    const history = loadScenario('as-it-happened');
    expect(history.roles).not.toContain('poland');
    expect(() => createGame(history, { seed: 'x', roles: ['france', 'poland'] })).toThrow(
      'createGame: the scenario "as-it-happened" offers the roles france and ussr, not "poland"',
    );
    const ussrFirst = createGame(pact, { seed: 'x', roles: ['ussr', 'poland'] });
    expect(ussrFirst.getSnapshot().world.role).toBe('ussr' satisfies Role);
  });
});

describe('the Polish delegation before the 1939 talks', () => {
  /** Play `roles` in talks-1939 to its month of July 1939: months ended, crises answered (Poland as the die). */
  function toJuly(seed: string, roles: Delegation[]): Game {
    const scenario = loadScenario('talks-1939');
    const game = createGame(scenario, { seed, roles });
    for (let i = 0; i < 10 && game.getSnapshot().world.month < '1939-07'; i++) {
      const { phase } = game.getSnapshot();
      if (phase === 'ended') break;
      if (phase === 'orders') {
        expect(game.legalActions('poland')).toEqual([]);
        game.send({ type: 'turn.end' });
        continue;
      }
      if (roles.includes('poland')) {
        const grant = dieAnswer(game, 'stand-aside', 'stand-aside');
        game.send({ type: 'transit.answer', answer: grant ? 'grant' : 'refuse' }, { by: 'poland' });
      }
      game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'ussr' });
      game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
    }
    expect(game.getSnapshot().world.month).toBe('1939-07');
    return game;
  }
  const talksIds = ['poland-refuses-transit', 'moscow-declines-alliance', 'triple-alliance'];
  const talksOutcome = (game: Game) =>
    game
      .getSnapshot()
      .world.log.flatMap((m) => m.entries)
      .find((e) => talksIds.includes(e.id));

  it('answers Voroshilov’s question in July 1939 instead of the die: as the die, the same worlds; against it, another', () => {
    for (const seed of ['talks-a', 'talks-b', 'talks-c', 'talks-d']) {
      const two = toJuly(seed, ['france', 'ussr']);
      two.send({ type: 'turn.end' });
      const rolled = talksOutcome(two);
      expect(rolled, 'the talks were resolved').toBeDefined();
      const dieGrants = rolled?.id !== 'poland-refuses-transit';
      for (const grant of [dieGrants, !dieGrants]) {
        const three = toJuly(seed, ['france', 'ussr', 'poland']);
        expect(three.legalActions('poland')).toEqual([
          { type: 'transit.answer', answer: 'refuse' },
          { type: 'transit.answer', answer: 'grant' },
        ]);
        const july = hashWorld(three.getSnapshot().world);
        expect(
          three.send({ type: 'transit.answer', answer: grant ? 'grant' : 'refuse' }, { by: 'poland' }).accepted,
        ).toBe(true);
        // The answer waits for the month's end, and is given once.
        expect(hashWorld(three.getSnapshot().world)).toBe(july);
        expect(three.send({ type: 'transit.answer', answer: 'grant' }, { by: 'poland' }).reason).toBe(
          'the Polish delegation has already answered for the talks',
        );
        expect(three.legalActions('poland')).toEqual([]);
        three.send({ type: 'turn.end' });
        const outcome = talksOutcome(three);
        if (grant === dieGrants) {
          expect(hashWorld(three.getSnapshot().world)).toBe(hashWorld(two.getSnapshot().world));
        }
        expect(outcome?.id === 'poland-refuses-transit').toBe(!grant);
        expect(outcome?.reasons?.[0]).toMatchObject({ key: 'crisis.transit.delegation', params: { grant } });
        // The file records the answer in July's turn, by Poland, and replays exactly.
        const scenario = loadScenario('talks-1939');
        const { turns, world } = three.getSnapshot();
        const file = recordGame(scenario, seed, 'france', turns, undefined, [], ['france', 'ussr', 'poland']);
        const replay = replayGame(file, scenario);
        expect(replay.ok).toBe(true);
        expect(hashWorld(replay.world)).toBe(hashWorld(world));
      }
    }
  });
});

describe('the schemas of a Polish delegation', () => {
  const scenario = loadScenario('pact-1935');
  const file = recordGame(
    scenario,
    'schema',
    'france',
    [{ turn: 0, month: scenario.start, actions: [{ type: 'pass' }], by: ['france'] }],
    undefined,
    [],
    ['france', 'poland'],
  );

  it('accept Poland as a further delegation in a game file', () => {
    expect(parseGameFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });

  it('refuse a Polish order that is not a transit answer, and a transit answer by a side', () => {
    const polishOrder = { ...file, turns: [{ ...file.turns[0], actions: [{ type: 'pass' }], by: ['poland'] }] };
    expect(parseGameFile(polishOrder)).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'turns[0].actions[0]',
          message: 'the poland delegation gives only transit.answer, demarche.answer or poland.teschen, not pass',
        },
      ],
    });
    const frenchAnswer = {
      ...file,
      turns: [{ ...file.turns[0], actions: [{ type: 'transit.answer', answer: 'grant' }], by: ['france'] }],
    };
    expect(parseGameFile(frenchAnswer)).toMatchObject({
      ok: false,
      problems: [
        { path: 'turns[0].by[0]', message: 'only the Polish or Romanian delegation gives transit.answer, not france' },
      ],
    });
    expect(parseGameFile({ ...file, roles: ['poland', 'france'] })).toMatchObject({ ok: false });
  });

  it('refuse a scenario offering Poland without France and the USSR, or a role twice', () => {
    const raw = { ...scenario };
    expect(scenarioSchema.safeParse({ ...raw, roles: ['france', 'ussr', 'poland'] }).success).toBe(true);
    const lonely = scenarioSchema.safeParse({ ...raw, roles: ['france', 'poland'] });
    expect(lonely.error?.issues.map((i) => i.message)).toEqual([
      'a scenario offering poland offers France and the USSR too',
    ]);
    const twice = scenarioSchema.safeParse({ ...raw, roles: ['france', 'ussr', 'poland', 'poland'] });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['the role poland is offered twice']);
  });
});
