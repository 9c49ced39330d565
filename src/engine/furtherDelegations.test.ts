/**
 * Romania and Czechoslovakia as delegations (issue 14 §2): Romania answers each
 * crisis's request for Soviet transit through Romania, Czechoslovakia each
 * German move against it up to March 1939, where the model otherwise rolls the
 * die. Answering as the die would gives the worlds of the game without them; a
 * game of five delegations replays exactly from its file; their illegal orders
 * are refused with a reason and change nothing. And Poland, at a crisis of the
 * month before the 1939 talks, answers both the crisis and the talks.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld } from './game';
import { DELEGATION_DATA } from './model/delegationData';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import { initialWorld } from './scenario/initialWorld';
import { scenarioSchema } from './scenario/schema';
import type { CrisisChoice, GameAction } from './turn/actions';
import { crisisResponses } from './turn/crisis';
import { delegationName, delegationRefusal, OPEN_TABLE, orderBy, stepBy, talksAhead } from './turn/delegations';
import { applyOrder, step } from './turn/step';
import { type Delegation, type WorldState, withWorld } from './world/worldState';

const FIVE: Delegation[] = ['france', 'ussr', 'poland', 'romania', 'czechoslovakia'];

/** What the die would answer at the waiting crisis for Poland, Romania and Czechoslovakia. */
function dieAnswers(game: Game, french: CrisisChoice, soviet: CrisisChoice | undefined) {
  const { world } = game.getSnapshot();
  const responses = crisisResponses(world, world.role === 'france' ? french : (soviet ?? french), soviet);
  if (responses === null) throw new Error('no crisis waits');
  return { ...responses.answers.transit, resist: responses.cs.yes };
}

/**
 * Drive a game of `roles` through `scenario`: the USSR's delegation opens contacts each month; each crisis
 * France answers `french`, the USSR `soviet`, and each further delegation `choose(die)`.
 */
function drive(
  scenario: string,
  seed: string,
  roles: Delegation[],
  choose: (die: ReturnType<typeof dieAnswers>, by: Delegation) => GameAction,
  french: CrisisChoice = 'mobilise',
  soviet: CrisisChoice = 'mobilise',
): { game: Game; hashes: string[]; czechoslovakAnswers: number } {
  const game = createGame(loadScenario(scenario), { seed, roles });
  const hashes: string[] = [];
  let czechoslovakAnswers = 0;
  for (let i = 0; i < 80 && game.getSnapshot().phase !== 'ended'; i++) {
    if (game.getSnapshot().phase === 'orders') {
      if (roles.includes('ussr')) game.send({ type: 'convention.open' }, { by: 'ussr' });
      expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
    } else {
      // The USSR's answer where its delegation plays; otherwise the computer's, as the game will have it.
      const die = dieAnswers(game, french, roles.includes('ussr') ? soviet : undefined);
      for (const by of roles.filter((r) => r !== 'france' && r !== 'ussr')) {
        // A further delegation answers only where it is asked (Czechoslovakia: a move against it).
        if (game.legalActions(by).length === 0) continue;
        if (by === 'czechoslovakia') czechoslovakAnswers++;
        const sent = game.send(choose(die, by), { by });
        expect(sent.reason).toBeNull();
      }
      if (roles.includes('ussr'))
        expect(game.send({ type: 'crisis.respond', choice: soviet }, { by: 'ussr' }).accepted);
      expect(game.send({ type: 'crisis.respond', choice: french }, { by: 'france' }).reason).toBeNull();
    }
    hashes.push(hashWorld(game.getSnapshot().world));
  }
  return { game, hashes, czechoslovakAnswers };
}

/** Each further delegation's answer equal to the die's. */
const asTheDie = (die: ReturnType<typeof dieAnswers>, by: Delegation): GameAction => {
  if (by === 'czechoslovakia') return { type: 'czechoslovakia.answer', answer: die.resist ? 'resist' : 'yield' };
  const grant = by === 'romania' ? die.romania : die.poland;
  return { type: 'transit.answer', answer: grant ? 'grant' : 'refuse' };
};

describe('the Romanian and Czechoslovak delegations', () => {
  it('have their decisions as data, each answer sourced, counterfactuals marked, a grant’s reach told', () => {
    const romania = DELEGATION_DATA.romania;
    expect(delegationName('romania')).toBe('Romanian');
    expect(delegationName('czechoslovakia')).toBe('Czechoslovak');
    expect(romania.decisions.transitAtCrisis.historical).toBe('refuse');
    expect(romania.decisions.transitAtCrisis.options.refuse.source).toMatch(/King Carol/);
    expect(romania.decisions.transitAtCrisis.options.grant.source).toMatch(/Ragsdale/);
    expect(romania.decisions.transitAtCrisis.options.grant.assumption).toMatch(/counterfactual/i);
    expect(romania.grantReach.opens).toMatch(/air/);
    expect(romania.grantReach.limits).toMatch(/rail/i);
    const stand = DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis;
    expect(stand.historical).toBe('accept');
    expect(stand.lastMonth).toBe('1939-03');
    expect(stand.options.accept.source).toMatch(/29–30 Sept 1938/);
    expect(stand.options.resist.source).toMatch(/Beneš/);
    for (const option of Object.values(stand.options)) expect(option.source ?? option.assumption).toBeTruthy();
  });

  it('answering as the die would, give the worlds of the game without them (two and five delegations)', () => {
    for (const [scenario, seed] of [
      ['munich-1938', 'five-same-1'],
      ['munich-1938', 'five-same-2'],
      ['pact-1935', 'five-same-3'],
    ] as const) {
      const two = drive(scenario, seed, ['france', 'ussr'], asTheDie);
      const five = drive(scenario, seed, FIVE, asTheDie);
      expect(five.hashes).toEqual(two.hashes);
      expect(five.czechoslovakAnswers, 'Czechoslovakia answered a move against it').toBeGreaterThan(0);
      // France alone with Romania and Czechoslovakia: the computer answers for the USSR, as in a game of one role.
      const alone = drive(scenario, seed, ['france'], asTheDie);
      const three = drive(scenario, seed, ['france', 'romania', 'czechoslovakia'], asTheDie);
      expect(three.hashes).toEqual(alone.hashes);
    }
  });

  it('a five-delegation game answering against the die replays exactly from its file', () => {
    const scenario = loadScenario('munich-1938');
    const seed = 'five-against';
    const against = (die: ReturnType<typeof dieAnswers>, by: Delegation): GameAction =>
      by === 'czechoslovakia'
        ? { type: 'czechoslovakia.answer', answer: die.resist ? 'accept' : 'resist' }
        : { type: 'transit.answer', answer: (by === 'romania' ? die.romania : die.poland) ? 'refuse' : 'grant' };
    const { game, hashes } = drive('munich-1938', seed, FIVE, against);
    expect(hashes).not.toEqual(drive('munich-1938', seed, ['france', 'ussr'], asTheDie).hashes);
    const snapshot = game.getSnapshot();
    const file = recordGame(scenario, seed, 'france', snapshot.turns, undefined, [], FIVE);
    expect(file.roles).toEqual(FIVE);
    const given = (role: Delegation) => file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === role));
    expect(given('romania').length).toBeGreaterThan(0);
    expect(given('romania').every((a) => a.type === 'transit.answer')).toBe(true);
    expect(given('czechoslovakia').length).toBeGreaterThan(0);
    expect(given('czechoslovakia').every((a) => a.type === 'czechoslovakia.answer')).toBe(true);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(replay.scenarioChanged).toBe(false);
    expect(hashWorld(replay.world)).toBe(hashWorld(snapshot.world));
  });

  it('records the Romanian answer as the crisis’s transit, and the Czechoslovak acceptance as a threat', () => {
    const granting = drive('munich-1938', 'five-record', FIVE, (die, by) =>
      by === 'romania' ? { type: 'transit.answer', answer: 'grant' } : asTheDie(die, by),
    );
    const accepting = drive('munich-1938', 'five-record', FIVE, (die, by) =>
      by === 'czechoslovakia' ? { type: 'czechoslovakia.answer', answer: 'accept' } : asTheDie(die, by),
    );
    const [first] = granting.game.getSnapshot().world.crises;
    expect(first?.move).toBe('sudetenland');
    expect(first?.transit.romania).toBe(true);
    const [sudeten] = accepting.game.getSnapshot().world.crises;
    // Accepted terms: no attack is left; the Czechoslovak-Soviet treaty asks consultation only, and no one fights.
    expect(sudeten?.verdicts['czechoslovak-soviet']).toMatchObject({ outcome: 'consultation' });
    expect(sudeten?.result).not.toBe('war');
    expect(sudeten?.metBy).not.toContain('czechoslovakia');
  });

  it('refuse the new delegations’ illegal orders with a reason, and change nothing', () => {
    const game = createGame(loadScenario('pact-1935'), { seed: 'five-refused', roles: FIVE });
    const tries: [unknown, Delegation, string][] = [
      [
        { type: 'military.readiness' },
        'romania',
        'the Romanian delegation answers requests for Soviet transit; it gives no other orders',
      ],
      [
        { type: 'transit.answer', answer: 'grant' },
        'romania',
        'no request for Soviet transit is before Romania: one comes with a crisis, or before the 1939 talks',
      ],
      [
        { type: 'transit.answer', answer: 'grant' },
        'czechoslovakia',
        'the Czechoslovak delegation answers German moves against Czechoslovakia; it gives no other orders',
      ],
      [
        { type: 'czechoslovakia.answer', answer: 'resist' },
        'czechoslovakia',
        'no German move against Czechoslovakia waits for its answer',
      ],
      [
        { type: 'czechoslovakia.answer', answer: 'accept' },
        'france',
        'only the Czechoslovak delegation answers for Czechoslovakia',
      ],
    ];
    for (const [action, by, reason] of tries) {
      const before = hashWorld(game.getSnapshot().world);
      expect(game.send(action, { by })).toEqual({ accepted: false, reason });
      expect(hashWorld(game.getSnapshot().world)).toBe(before);
    }
    expect(game.legalActions('romania')).toEqual([]);
    expect(game.legalActions('czechoslovakia')).toEqual([]);
    // At the Rhineland crisis (no move against Czechoslovakia) Romania answers, once; Czechoslovakia is not asked.
    while (game.getSnapshot().phase === 'orders') game.send({ type: 'turn.end' });
    const { world } = game.getSnapshot();
    expect(world.crisis?.move).toBe('rhineland');
    expect(game.legalActions('czechoslovakia')).toEqual([]);
    expect(game.send({ type: 'czechoslovakia.answer', answer: 'resist' }, { by: 'czechoslovakia' }).reason).toBe(
      'no German move against Czechoslovakia waits for its answer',
    );
    expect(game.send({ type: 'transit.answer', answer: 'refuse' }, { by: 'romania' }).accepted).toBe(true);
    expect(game.send({ type: 'transit.answer', answer: 'grant' }, { by: 'romania' }).reason).toBe(
      'the Romanian delegation has already answered this crisis',
    );
    expect(game.send({ type: 'transit.answer', answer: 'grant', for: 'talks' }, { by: 'romania' }).reason).toMatch(
      /^the Romanian delegation answers for the 1939 talks in the month’s orders before them, not at a crisis/,
    );
    expect(game.getSnapshot().world).toBe(world);
    expect(game.getSnapshot().delegations.answered).toEqual(['romania']);
    // Czechoslovakia decides up to March 1939 only (timeline.md, 15 Mar 1939).
    const later = withWorld(world, { month: '1939-05' });
    expect(
      delegationRefusal(later, OPEN_TABLE, { type: 'czechoslovakia.answer', answer: 'resist' }, 'czechoslovakia'),
    ).toBe('Czechoslovakia no longer decides: its decisions end with March 1939');
  });

  it('are offered where the scenario lists them: Czechoslovakia only by scenarios that start while it decides', () => {
    expect(loadScenario('munich-1938').roles).toEqual([...FIVE, 'britain']);
    expect(loadScenario('talks-1939').roles).toEqual(['france', 'ussr', 'poland', 'romania', 'britain']);
    expect(() => createGame(loadScenario('talks-1939'), { seed: 'x', roles: ['france', 'czechoslovakia'] })).toThrow(
      'createGame: the scenario "talks-1939" offers the roles france and ussr and poland and romania and britain, not "czechoslovakia"',
    );
    const talks = { ...loadScenario('talks-1939'), roles: FIVE };
    const parsed = scenarioSchema.safeParse(talks);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(
      'a scenario starting after 1939-03 cannot offer czechoslovakia: its decisions end with 1939-03',
    );
  });
});

describe('the Polish delegation at a crisis of the month before the 1939 talks', () => {
  /** talks-1939 in July 1939 (the die's own months before), with the Prague move reopened so that it comes now. */
  function julyWithAMove(): WorldState {
    let world = initialWorld(loadScenario('talks-1939'), 'july-crisis', 'france', true);
    while (world.month < '1939-07' && world.phase !== 'ended') {
      world = step(world, world.phase === 'crisis' ? [{ type: 'crisis.respond', choice: 'stand-aside' }] : []);
    }
    expect(talksAhead(world)).toBe(true);
    return withWorld(world, { moves: { ...world.moves, prague: { status: 'pending', month: null, postponed: 0 } } });
  }
  const talksIds = ['poland-refuses-transit', 'moscow-declines-alliance', 'triple-alliance'];
  const talksOutcome = (world: WorldState) => world.log.flatMap((m) => m.entries).find((e) => talksIds.includes(e.id));
  const roles: Delegation[] = ['france', 'ussr', 'poland'];
  const answers = (grant: boolean, forTalks: boolean): GameAction => ({
    type: 'transit.answer',
    answer: grant ? 'grant' : 'refuse',
    ...(forTalks ? { for: 'talks' as const } : {}),
  });
  const crisisTurn = (extra: GameAction[], extraBy: Delegation[]) => ({
    actions: [
      ...extra,
      { type: 'crisis.respond', choice: 'stand-aside' } as const,
      { type: 'crisis.respond', choice: 'stand-aside' } as const,
    ],
    by: [...extraBy, 'ussr', 'france'] as Delegation[],
  });

  it('keeps an answer given before the crisis, and asks it at the crisis if none was given; as the die, the same world', () => {
    const july = julyWithAMove();
    // Two delegations: the crisis comes, and the die answers for Poland at the crisis and for the talks.
    const twoCrisis = stepBy(july, ['france', 'ussr'], [], []);
    expect(twoCrisis.phase).toBe('crisis');
    expect(twoCrisis.month).toBe('1939-07');
    const die = crisisResponses(twoCrisis, 'stand-aside', 'stand-aside')?.answers.transit.poland ?? false;
    const plain = crisisTurn([], []);
    const twoAfter = stepBy(twoCrisis, ['france', 'ussr'], plain.actions, plain.by);
    const dieTalks = talksOutcome(twoAfter)?.id !== 'poland-refuses-transit';
    for (const talks of [dieTalks, !dieTalks]) {
      // The answer given in July's orders is kept in the world while the crisis waits…
      const inCrisis = stepBy(july, roles, [answers(talks, false)], ['poland']);
      expect(inCrisis.phase).toBe('crisis');
      expect(inCrisis.polandTalks).toBe(talks);
      // …and spent when the crisis is resolved: Poland answers the crisis alone, its talks answer stands.
      const { actions, by } = crisisTurn([answers(die, false)], ['poland']);
      const after = stepBy(inCrisis, roles, actions, by);
      expect(after.polandTalks).toBeUndefined();
      expect(talksOutcome(after)?.reasons?.[0]).toMatchObject({
        key: 'crisis.transit.delegation',
        params: { grant: talks },
      });
      if (talks === dieTalks) expect(hashWorld(after)).toBe(hashWorld(twoAfter));
      // No answer before the crisis: it is asked at the crisis, and the crisis waits for it.
      const asked = stepBy(july, roles, [], []);
      expect(asked.polandTalks).toBeUndefined();
      const withoutTalks = crisisTurn([answers(die, false)], ['poland']);
      expect(stepBy(asked, roles, withoutTalks.actions, withoutTalks.by).phase).toBe('crisis');
      const both = crisisTurn([answers(die, false), answers(talks, true)], ['poland', 'poland']);
      const answered = stepBy(asked, roles, both.actions, both.by);
      expect(answered.month).toBe('1939-08');
      expect(hashWorld(answered)).toBe(hashWorld(after));
    }
  });
});

describe('a démarche to a transit state whose delegation plays', () => {
  /** The die's answer to a démarche to `to` in `world`: what the one-role engine's order does. */
  const byTheDie = (world: WorldState, to: 'poland' | 'romania') => {
    const after = applyOrder(world, { type: 'diplomacy.demarche', to }, false);
    const entry = after.log.at(-1)?.entries.at(-1);
    return { after, moved: entry?.key !== 'demarche.unmoved' };
  };

  it('waits for the delegation’s answer; as the die, the same world; against it, another; the file replays', () => {
    const scenario = loadScenario('pact-1935');
    for (const [to, seed] of [
      ['poland', 'demarche-1'],
      ['poland', 'demarche-2'],
      ['romania', 'demarche-3'],
      ['romania', 'demarche-4'],
    ] as const) {
      const roles: Delegation[] = ['france', to];
      const start = createGame(scenario, { seed, roles }).getSnapshot().world;
      const die = byTheDie(start, to);
      for (const moved of [die.moved, !die.moved]) {
        const game = createGame(scenario, { seed, roles });
        const before = game.getSnapshot().world;
        expect(game.send({ type: 'diplomacy.demarche', to }, { by: 'france' }).accepted).toBe(true);
        // The démarche waits: the world is unchanged until the state's delegation answers.
        expect(game.getSnapshot().world).toBe(before);
        expect(game.legalActions(to)).toEqual([
          { type: 'demarche.answer', answer: 'unmoved' },
          { type: 'demarche.answer', answer: 'moved' },
        ]);
        expect(game.send({ type: 'demarche.answer', answer: moved ? 'moved' : 'unmoved' }, { by: to }).accepted).toBe(
          true,
        );
        const { world } = game.getSnapshot();
        if (moved === die.moved) expect(hashWorld(world)).toBe(hashWorld(die.after));
        else expect(hashWorld(world)).not.toBe(hashWorld(die.after));
        expect(world.log.at(-1)?.entries.at(-1)?.reasons?.[0]).toMatchObject({
          key: 'demarche.delegation',
          params: { to, moved },
        });
        expect(game.send({ type: 'demarche.answer', answer: 'moved' }, { by: to }).reason).toBe(
          `no démarche to ${to} waits for the ${delegationName(to)} delegation's answer`,
        );
        game.send({ type: 'turn.end' });
        const snapshot = game.getSnapshot();
        const file = recordGame(scenario, seed, 'france', snapshot.turns, undefined, [], roles);
        const replay = replayGame(file, scenario);
        expect(replay.ok ? null : replay).toBeNull();
        expect(hashWorld(replay.world)).toBe(hashWorld(snapshot.world));
      }
    }
  });

  it('is answered by the die, as before, when another action comes first; answers out of turn are refused', () => {
    const scenario = loadScenario('pact-1935');
    const roles: Delegation[] = ['france', 'ussr', 'poland'];
    const game = createGame(scenario, { seed: 'demarche-first', roles });
    const start = game.getSnapshot().world;
    expect(game.send({ type: 'demarche.answer', answer: 'moved' }, { by: 'poland' }).reason).toBe(
      "no démarche to poland waits for the Polish delegation's answer",
    );
    expect(game.send({ type: 'demarche.answer', answer: 'moved' }, { by: 'france' }).reason).toBe(
      'only the Polish or Romanian delegation answers a démarche',
    );
    expect(game.send({ type: 'diplomacy.demarche', to: 'poland' }, { by: 'france' }).accepted).toBe(true);
    expect(game.send({ type: 'convention.open' }, { by: 'ussr' }).accepted).toBe(true);
    // The Soviet order came first: the démarche was settled by the die, then the Soviet order given.
    const settledWorld = byTheDie(start, 'poland').after;
    const expected = orderBy(settledWorld, OPEN_TABLE, { type: 'convention.open' }, 'ussr')[0];
    expect(hashWorld(game.getSnapshot().world)).toBe(hashWorld(expected));
    expect(game.legalActions('poland')).toEqual([]);
  });
});
