/**
 * A game of several delegations played headless for the tests: each month
 * every delegation gives its first legal order that no other delegation may
 * give (or else its first that is not a pass, if it has one), and each crisis
 * is answered by every delegation in turn (Poland refusing transit, as it did; Britain holding France back, standing
 * aside at the Sudeten crisis, and guaranteeing Poland after Prague). Poland takes Teschen, as it did (its first order).
 */
import {
  type CrisisChoice,
  createGame,
  type Delegation,
  type GameFile,
  guaranteeAsked,
  recordGame,
  type Scenario,
  standAsked,
} from '../engine';

export function playDelegations(
  scenario: Scenario,
  seed: string,
  roles: readonly Delegation[],
  months: number,
  answer: CrisisChoice = 'refer-council',
): GameFile {
  const game = createGame(scenario, { seed, roles });
  for (let month = 0; month < months && game.getSnapshot().phase !== 'ended'; month++) {
    if (game.getSnapshot().phase === 'crisis') {
      // The Polish delegation answers the request for Soviet transit as Poland did, the British delegation holds
      // France back (the model's reading of Britain's refusal of force in 1936); the sides answer `answer`.
      for (const by of roles) {
        // At the crisis its guarantee to Poland follows, Britain also guarantees Poland, as on 31 Mar 1939.
        if (by === 'britain' && guaranteeAsked(game.getSnapshot().world))
          game.send({ type: 'britain.guarantee', answer: 'guarantee' }, { by });
        // At the Sudeten crisis, Britain stands aside, as at Munich (29–30 Sept 1938).
        if (by === 'britain' && standAsked(game.getSnapshot().world))
          game.send({ type: 'britain.stand', answer: 'aside' }, { by });
        game.send(
          by === 'poland'
            ? { type: 'transit.answer', answer: 'refuse' }
            : by === 'britain'
              ? { type: 'britain.answer', answer: 'violation-nonflagrant' }
              : { type: 'crisis.respond', choice: answer },
          { by },
        );
      }
      continue;
    }
    for (const by of roles) {
      const mine = game.legalActions(by).filter((a) => a.type !== 'pass' && a.type !== 'crisis.respond');
      const others = roles.filter((r) => r !== by).flatMap((r) => game.legalActions(r).map((a) => JSON.stringify(a)));
      const order = mine.find((a) => !others.includes(JSON.stringify(a))) ?? mine[0];
      if (order !== undefined) game.send(order, { by });
    }
    game.send({ type: 'turn.end' });
  }
  const { turns, world } = game.getSnapshot();
  return recordGame(scenario, seed, world.role, turns, undefined, world.variants, roles);
}
