/**
 * The shapes of the model's conditions: what an event's or a move's data may
 * ask of the world is read, and a slip in it (a status that does not exist, a
 * clause below its weakest option) is refused when the model is loaded.
 * (Each test makes its own condition schema, so that it is built inside the test.)
 */
import { describe, expect, it } from 'vitest';
import { makeConditionSchema } from './changes';

const STATUSES = ['pending', 'done', 'met', 'deterred', 'cancelled'] as const;

describe('conditionSchema', () => {
  it('reads every kind of condition, each with its own fields', () => {
    const conditionSchema = makeConditionSchema();
    for (const condition of [
      { event: 'rhineland' },
      { notEvent: 'rhineland' },
      { move: 'rhineland', status: 'done' },
      { moveNot: 'rhineland', status: 'met' },
      { level: 'tension', atLeast: 40, atMost: 90 },
      { level: 'frenchWill' },
      { convention: ['signed', 'inForce'] },
      { government: { france: 'blum-1', uk: ['baldwin', 'chamberlain'], ussr: 'stalin', romania: 'tatarescu' } },
      { noDeal: true },
      { noTripleAlliance: true },
      { clause: 'trigger', atLeast: 1 },
    ]) {
      expect(conditionSchema.parse(condition), JSON.stringify(condition)).toEqual(condition);
    }
  });

  it('refuses an empty event, a level out of range, an empty list of governments, a false flag, an unknown kind', () => {
    const conditionSchema = makeConditionSchema();
    for (const bad of [
      { event: '' },
      { level: 'tension', atLeast: 101 },
      { level: 'nerve' },
      { government: { france: [] } },
      { government: { italy: 'mussolini' } },
      { noDeal: false },
      { noTripleAlliance: false },
      { convention: 'signed' },
      { event: 'rhineland', extra: 1 },
      { weather: 'fine' },
    ]) {
      expect(conditionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('reads an event not fired', () => {
    const conditionSchema = makeConditionSchema();
    expect(conditionSchema.safeParse({ notEvent: 'rhineland' }).success).toBe(true);
    expect(conditionSchema.safeParse({ notEvent: '' }).success).toBe(false);
  });

  it('reads each status of a German move, in and not in it, and no other', () => {
    const conditionSchema = makeConditionSchema();
    for (const status of STATUSES) {
      expect(conditionSchema.safeParse({ move: 'rhineland', status }).success, status).toBe(true);
      expect(conditionSchema.safeParse({ moveNot: 'rhineland', status }).success, status).toBe(true);
    }
    expect(conditionSchema.safeParse({ move: 'rhineland', status: 'postponed' }).success).toBe(false);
    expect(conditionSchema.safeParse({ moveNot: 'rhineland', status: '' }).success).toBe(false);
  });

  it('reads a clause agreed at least at an option, from the weakest (0) up, and refuses one below it', () => {
    const conditionSchema = makeConditionSchema();
    expect(conditionSchema.parse({ clause: 'trigger', atLeast: 0 })).toEqual({ clause: 'trigger', atLeast: 0 });
    expect(conditionSchema.parse({ clause: 'trigger', atLeast: 2 })).toEqual({ clause: 'trigger', atLeast: 2 });
    expect(conditionSchema.safeParse({ clause: 'trigger', atLeast: -1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ clause: 'no-such-clause', atLeast: 1 }).success).toBe(false);
  });
});
