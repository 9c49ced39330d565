import { describe, expect, it } from 'vitest';
import { createGame, crisisCouncil } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { crisesOfGame } from './councilView';

describe('the crisis review of a finished game', () => {
  it('finds every crisis the game recorded, with the world it opened in and the answer given', () => {
    const scenario = loadScenario('as-it-happened');
    const game = createGame(scenario, { seed: 'review', role: 'france' });
    for (let i = 0; i < 200 && game.getSnapshot().phase !== 'ended'; i++) {
      if (game.getSnapshot().world.phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'refer-council' });
      else game.send({ type: 'turn.end' });
    }
    const { world, turns } = game.getSnapshot();
    const found = crisesOfGame(scenario, 'review', 'france', turns);
    expect(found.map((c) => c.before.crisis?.move)).toEqual(world.crises.map((c) => c.move));
    expect(found.length).toBeGreaterThan(0);
    for (const { before, choice } of found) {
      expect(choice).toBe('refer-council');
      expect(crisisCouncil(before, choice)?.seized).toBe(true);
    }
  });
});
