/**
 * The turn machine as a class plays it: where a game starts, which orders it
 * takes, and when a crisis's answers close the turn (one delegation, two
 * sides, or a side and Poland or Romania answering on Soviet transit). Each
 * actor and world is made inside its test.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadScenario } from '../../testing/scenarios';
import { initialWorld } from '../scenario/initialWorld';
import { type Delegation, type WorldState, withWorld } from '../world/worldState';
import { step } from './step';
import { type TurnRecord, turnMachine } from './turnMachine';

/** pact-1935's first month for France, with the given changes. */
function pactWorld(changes: Partial<WorldState> = {}): WorldState {
  return withWorld(initialWorld(loadScenario('pact-1935'), 'turn-machine', 'france'), changes);
}

/** munich-1938 at its first crisis, for France. */
function crisisWorld(): WorldState {
  let world = initialWorld(loadScenario('munich-1938'), 'turn-machine', 'france');
  while (world.phase === 'orders') world = step(world, []);
  if (world.phase !== 'crisis') throw new Error('no crisis');
  return world;
}

function started(world: WorldState, roles?: readonly Delegation[]) {
  return createActor(turnMachine, { input: roles === undefined ? { world } : { world, roles } }).start();
}

describe('where a game starts', () => {
  it('starts with no turns and the world’s own role alone, in the month’s orders', () => {
    const world = pactWorld();
    const snapshot = started(world).getSnapshot();
    expect(snapshot.context.turns).toEqual([]);
    expect(snapshot.context.roles).toEqual(['france']);
    expect(snapshot.context.pending).toEqual([]);
    expect(snapshot.hasTag('orders')).toBe(true);
  });

  it('keeps the turns a branch starts from', () => {
    const world = pactWorld();
    const turns: TurnRecord[] = [{ turn: 1, month: world.month, actions: [] }];
    expect(createActor(turnMachine, { input: { world, turns } }).start().getSnapshot().context.turns).toBe(turns);
  });

  it('goes straight to its end for a world that has ended', () => {
    const snapshot = started(pactWorld({ phase: 'ended' })).getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.hasTag('ended')).toBe(true);
  });

  it('waits for an answer for a world in a crisis', () => {
    const snapshot = started(crisisWorld()).getSnapshot();
    expect(snapshot.hasTag('crisis')).toBe(true);
    expect(snapshot.status).toBe('active');
  });
});

describe('which orders the month takes', () => {
  it('takes an order the rules allow, and none they refuse', () => {
    const actor = started(pactWorld({ capital: 0 }));
    const before = actor.getSnapshot().context.world;
    actor.send({ type: 'turn.order', action: { type: 'diplomacy.demarche', to: 'poland' } });
    actor.send({ type: 'turn.order', action: { type: 'crisis.respond', choice: 'mobilise' } });
    expect(actor.getSnapshot().context.pending).toEqual([]);
    expect(actor.getSnapshot().context.world).toBe(before);
    const rich = started(pactWorld({ capital: 10 }));
    rich.send({ type: 'turn.order', action: { type: 'diplomacy.demarche', to: 'poland' } });
    expect(rich.getSnapshot().context.pending).toEqual([{ type: 'diplomacy.demarche', to: 'poland' }]);
    expect(rich.getSnapshot().context.pendingBy).toEqual(['france']);
  });
});

describe('when a crisis’s answers close the turn', () => {
  it('closes the turn on the answer of a game of one role', () => {
    const crisis = crisisWorld();
    const actor = started(crisis);
    actor.send({ type: 'turn.respond', choice: 'stand-aside' });
    const { context } = actor.getSnapshot();
    expect(context.world.month).not.toBe(crisis.month);
    expect(context.turns).toEqual([
      { turn: crisis.turn, month: crisis.month, actions: [{ type: 'crisis.respond', choice: 'stand-aside' }] },
    ]);
    expect(context.pending).toEqual([]);
    expect(actor.getSnapshot().hasTag('crisis')).toBe(false);
  });

  it('waits for both sides, then closes the turn with each answer and who gave it', () => {
    const crisis = crisisWorld();
    const actor = started(crisis, ['france', 'ussr']);
    actor.send({ type: 'turn.respond', choice: 'mobilise', by: 'france' });
    expect(actor.getSnapshot().context.turns).toEqual([]);
    expect(actor.getSnapshot().context.world).toBe(crisis);
    expect(actor.getSnapshot().context.pendingBy).toEqual(['france']);
    actor.send({ type: 'turn.respond', choice: 'stand-aside', by: 'ussr' });
    const { context } = actor.getSnapshot();
    expect(context.world.month).not.toBe(crisis.month);
    expect(context.turns).toEqual([
      {
        turn: crisis.turn,
        month: crisis.month,
        actions: [
          { type: 'crisis.respond', choice: 'mobilise' },
          { type: 'crisis.respond', choice: 'stand-aside' },
        ],
        by: ['france', 'ussr'],
      },
    ]);
  });

  it('records Poland’s grant on transit and waits for France, whose answer then closes the turn', () => {
    const crisis = crisisWorld();
    const actor = started(crisis, ['france', 'poland']);
    actor.send({ type: 'turn.transit', grant: true });
    const waiting = actor.getSnapshot().context;
    expect(waiting.world).toBe(crisis);
    expect(waiting.turns).toEqual([]);
    expect(waiting.pending).toEqual([{ type: 'transit.answer', answer: 'grant' }]);
    expect(waiting.pendingBy).toEqual(['poland']);
    expect(waiting.table.polandGrants).toBe(true);
    actor.send({ type: 'turn.respond', choice: 'stand-aside', by: 'france' });
    expect(actor.getSnapshot().context.turns[0]?.by).toEqual(['poland', 'france']);
  });

  it('closes the turn on Poland’s refusal when France has answered first', () => {
    const crisis = crisisWorld();
    const actor = started(crisis, ['france', 'poland']);
    actor.send({ type: 'turn.respond', choice: 'mobilise', by: 'france' });
    expect(actor.getSnapshot().context.turns).toEqual([]);
    actor.send({ type: 'turn.transit', grant: false });
    const { context } = actor.getSnapshot();
    expect(context.world.month).not.toBe(crisis.month);
    expect(context.turns).toEqual([
      {
        turn: crisis.turn,
        month: crisis.month,
        actions: [
          { type: 'crisis.respond', choice: 'mobilise' },
          { type: 'transit.answer', answer: 'refuse' },
        ],
        by: ['france', 'poland'],
      },
    ]);
    expect(context.pending).toEqual([]);
  });

  it('closes the turn on Romania’s answer when France has answered first', () => {
    const crisis = crisisWorld();
    const actor = started(crisis, ['france', 'romania']);
    actor.send({ type: 'turn.respond', choice: 'mobilise', by: 'france' });
    const answer = { type: 'transit.answer', answer: 'refuse' } as const;
    actor.send({ type: 'turn.further', action: answer, by: 'romania' });
    const { context } = actor.getSnapshot();
    expect(context.world.month).not.toBe(crisis.month);
    expect(context.turns.map((t) => t.by)).toEqual([['france', 'romania']]);
    expect(context.pending).toEqual([]);
  });
});
