/**
 * The side that made a démarche takes the seat again after its answer, in a game
 * of delegations resumed from its autosave: the démarche found from the month's
 * orders, and only while the engine still waits for its answer.
 */
import { describe, expect, it } from 'vitest';
import { createGame, type Delegation } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { waitingDemarche } from './demarcheSeat';

const ROLES: Delegation[] = ['france', 'ussr', 'romania'];
const demarche = { type: 'diplomacy.demarche', to: 'romania' } as const;

describe('the démarche waiting in a resumed game of delegations', () => {
  it('is the last order, a démarche to a further delegation that plays: its side takes the seat again', () => {
    expect(waitingDemarche([{ action: demarche, by: 'ussr' }], ROLES)).toEqual({ by: 'ussr', to: 'romania' });
    expect(
      waitingDemarche(
        [
          { action: { type: 'domestic.rally' }, by: 'france' },
          { action: demarche, by: 'ussr' },
        ],
        ROLES,
      ),
    ).toEqual({ by: 'ussr', to: 'romania' });
    // Another order after it: the die has settled it. No Romanian delegation: the die answers. Nothing given: none.
    expect(
      waitingDemarche(
        [
          { action: demarche, by: 'ussr' },
          { action: { type: 'domestic.rally' }, by: 'france' },
        ],
        ROLES,
      ),
    ).toBeNull();
    expect(waitingDemarche([{ action: demarche, by: 'ussr' }], ['france', 'ussr'])).toBeNull();
    expect(waitingDemarche([], ROLES)).toBeNull();
    expect(waitingDemarche([{ action: 'not an order', by: 'ussr' }], ROLES)).toBeNull();
  });

  it('agrees with the engine: the démarche waits for Romania after the Soviet order, and not after another', () => {
    const game = createGame(loadScenario('munich-1938'), { seed: 'resumed-demarche', roles: ROLES });
    expect(game.send(demarche, { by: 'ussr' }).accepted).toBe(true);
    expect(game.legalActions('romania').map((a) => a.type)).toContain('demarche.answer');
    expect(game.send({ type: 'pass' }, { by: 'france' }).accepted).toBe(true);
    expect(game.legalActions('romania').map((a) => a.type)).not.toContain('demarche.answer');
  });
});
