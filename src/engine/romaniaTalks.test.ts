/**
 * Romania's answer to Voroshilov's question of 14 August 1939 (timeline.md):
 * where a Romanian delegation plays, it answers in the month before the talks,
 * as Poland does. An agreement leaves the question to Poland, as the model has
 * it without Romania (the same worlds); a refusal makes the talks fail on
 * transit whatever Poland answers. The file records it and replays exactly.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld } from './game';
import { DELEGATION_DATA } from './model/delegationData';
import { recordGame, replayGame } from './save/gameFile';
import { crisisResponses } from './turn/crisis';
import type { Delegation } from './world/worldState';

/** Play `roles` in talks-1939 to July 1939: months ended, crises answered (Poland and Romania as the die). */
function toJuly(seed: string, roles: Delegation[]): Game {
  const game = createGame(loadScenario('talks-1939'), { seed, roles });
  for (let i = 0; i < 10 && game.getSnapshot().world.month < '1939-07'; i++) {
    const { phase, world } = game.getSnapshot();
    if (phase === 'ended') break;
    if (phase === 'orders') {
      game.send({ type: 'turn.end' });
      continue;
    }
    const transit = crisisResponses(world, 'stand-aside', 'stand-aside')?.answers.transit;
    for (const by of ['poland', 'romania'] as const) {
      if (!roles.includes(by)) continue;
      const grant = transit?.[by] === true;
      expect(game.send({ type: 'transit.answer', answer: grant ? 'grant' : 'refuse' }, { by }).reason).toBeNull();
    }
    game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'ussr' });
    game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
  }
  expect(game.getSnapshot().world.month).toBe('1939-07');
  return game;
}

const talksIds = ['poland-refuses-transit', 'romania-refuses-transit', 'moscow-declines-alliance', 'triple-alliance'];
const talksOutcome = (game: Game) =>
  game
    .getSnapshot()
    .world.log.flatMap((m) => m.entries)
    .find((e) => talksIds.includes(e.id));

describe('the Romanian delegation before the 1939 talks', () => {
  it('has its answer as data: history’s a refusal, the agreement a counterfactual', () => {
    const talks = DELEGATION_DATA.romania.decisions.transitInTalks1939;
    expect(talks.when).toBe('talks');
    expect(talks.historical).toBe('refuse');
    expect(talks.cite).toMatch(/14 Aug 1939/);
    expect(talks.options.grant.assumption).toMatch(/counterfactual/i);
  });

  it('agreeing, gives the worlds of the game without it; refusing, the talks fail on transit; the file replays', () => {
    const scenario = loadScenario('talks-1939');
    for (const seed of ['romania-talks-a', 'romania-talks-b', 'romania-talks-c']) {
      const withoutRomania = toJuly(seed, ['france', 'ussr', 'poland']);
      withoutRomania.send({ type: 'transit.answer', answer: 'grant' }, { by: 'poland' });
      withoutRomania.send({ type: 'turn.end' });
      expect(talksOutcome(withoutRomania)?.id).not.toBe('poland-refuses-transit');
      for (const grant of [true, false]) {
        const roles: Delegation[] = ['france', 'ussr', 'poland', 'romania'];
        const game = toJuly(seed, roles);
        expect(game.legalActions('romania')).toEqual([
          { type: 'transit.answer', answer: 'refuse' },
          { type: 'transit.answer', answer: 'grant' },
        ]);
        const july = hashWorld(game.getSnapshot().world);
        const answer = { type: 'transit.answer', answer: grant ? 'grant' : 'refuse' } as const;
        expect(game.send(answer, { by: 'romania' }).accepted).toBe(true);
        expect(hashWorld(game.getSnapshot().world)).toBe(july);
        expect(game.send(answer, { by: 'romania' }).reason).toBe(
          'the Romanian delegation has already answered for the talks',
        );
        game.send({ type: 'transit.answer', answer: 'grant' }, { by: 'poland' });
        game.send({ type: 'turn.end' });
        const { world, turns } = game.getSnapshot();
        expect(world.romaniaTalks).toBeUndefined();
        if (grant) {
          expect(hashWorld(world)).toBe(hashWorld(withoutRomania.getSnapshot().world));
        } else {
          expect(talksOutcome(game)?.id).toBe('romania-refuses-transit');
          expect(talksOutcome(game)?.reasons).toContainEqual({
            key: 'crisis.transit.delegation',
            params: { to: 'romania', grant: false },
          });
          expect(world.tripleAlliance).toBeNull();
        }
        const file = recordGame(scenario, seed, 'france', turns, undefined, [], roles);
        const replay = replayGame(file, scenario);
        expect(replay.ok).toBe(true);
        expect(hashWorld(replay.world)).toBe(hashWorld(world));
      }
    }
  });

  it('is refused at a crisis and outside the month before the talks, with a reason, changing nothing', () => {
    const game = createGame(loadScenario('talks-1939'), { seed: 'romania-early', roles: ['france', 'romania'] });
    if (game.getSnapshot().phase === 'orders') {
      const before = hashWorld(game.getSnapshot().world);
      const sent = game.send({ type: 'transit.answer', answer: 'grant' }, { by: 'romania' });
      expect(sent.reason).toMatch(/^no request for Soviet transit is before Romania/);
      expect(hashWorld(game.getSnapshot().world)).toBe(before);
    }
    const sent = game.send({ type: 'transit.answer', answer: 'grant', for: 'talks' }, { by: 'romania' });
    expect(sent.accepted).toBe(false);
  });
});
