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
  type FurtherDelegation,
  type Game,
  type GameAction,
  type GameFile,
  guaranteeAsked,
  isSide,
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

/** A further delegation's answer as a test gave it, with the world's month and phase when it gave it. */
export interface GivenAnswer {
  readonly month: string;
  readonly by: FurtherDelegation;
  readonly action: GameAction;
  readonly move: string | null;
  readonly phase: 'orders' | 'crisis';
}

/**
 * Play `game` to its ending: the sides give no orders and stand aside at every crisis; each further delegation of
 * `further`, whenever the rules ask it something (Britain may be asked two things at one crisis), gives the answer
 * `pick` chooses among those they allow. Returns the answers given, in order; throws if one is refused.
 */
export function playFurtherToEnd(
  game: Game,
  further: readonly FurtherDelegation[],
  pick: (legal: readonly GameAction[]) => GameAction = (legal) => legal.at(-1) ?? { type: 'pass' },
): GivenAnswer[] {
  const given: GivenAnswer[] = [];
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    for (const by of further) {
      for (let legal = game.legalActions(by); legal.length > 0; legal = game.legalActions(by)) {
        const action = pick(legal);
        const sent = game.send(action, { by });
        if (!sent.accepted) throw new Error(`${by}: ${action.type} refused: ${sent.reason}`);
        given.push({
          month: world.month,
          by,
          action,
          move: world.crisis?.move ?? null,
          phase: world.phase === 'crisis' ? 'crisis' : 'orders',
        });
      }
    }
    const sides = game.getSnapshot().delegations.roles.filter(isSide);
    if (game.getSnapshot().phase === 'crisis') {
      for (const by of sides) game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by });
    } else game.send({ type: 'turn.end' }, { by: sides[0] ?? 'france' });
  }
  if (game.getSnapshot().phase !== 'ended') throw new Error('the game did not end');
  return given;
}
