/**
 * The shapes of the model's conditions: what an event's or a move's data may
 * ask of the world is read, and a slip in it (a status that does not exist, a
 * clause below its weakest option) is refused when the model is loaded.
 * (The condition schema is built at its first use, inside these tests.)
 */
import { describe, expect, it } from 'vitest';
import { conditionSchema } from './changes';

const STATUSES = ['pending', 'done', 'met', 'deterred', 'cancelled'] as const;

describe('conditionSchema', () => {
  it('reads an event not fired', () => {
    expect(conditionSchema.safeParse({ notEvent: 'rhineland' }).success).toBe(true);
    expect(conditionSchema.safeParse({ notEvent: '' }).success).toBe(false);
  });

  it('reads each status of a German move, in and not in it, and no other', () => {
    for (const status of STATUSES) {
      expect(conditionSchema.safeParse({ move: 'rhineland', status }).success, status).toBe(true);
      expect(conditionSchema.safeParse({ moveNot: 'rhineland', status }).success, status).toBe(true);
    }
    expect(conditionSchema.safeParse({ move: 'rhineland', status: 'postponed' }).success).toBe(false);
    expect(conditionSchema.safeParse({ moveNot: 'rhineland', status: '' }).success).toBe(false);
  });

  it('reads a clause agreed at least at an option, from the weakest (0) up, and refuses one below it', () => {
    expect(conditionSchema.parse({ clause: 'trigger', atLeast: 0 })).toEqual({ clause: 'trigger', atLeast: 0 });
    expect(conditionSchema.parse({ clause: 'trigger', atLeast: 2 })).toEqual({ clause: 'trigger', atLeast: 2 });
    expect(conditionSchema.safeParse({ clause: 'trigger', atLeast: -1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ clause: 'no-such-clause', atLeast: 1 }).success).toBe(false);
  });
});
