/**
 * The step-by-step runner of the rule machines: the path it records (a
 * reading or a note only where a step has one), what a run waits for, and the
 * programming errors it refuses loudly rather than passing over: a nested
 * machine, a state without its citation, a fact nobody asked for, a verdict
 * asked of a run that has none. The small machines here are built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { francoSovietPactMachine } from './francoSovietPactMachine';
import { locarnoMachine, locarnoNote } from './locarnoMachine';
import { awaitsOf, finalVerdictOf, isDone, metaOf, sendFact, startRun, stateName } from './ruleRun';
import type { StepMeta } from './types';
import { worldFactsOn } from './worldFacts';

type TinyEvent = { type: 'go' } | { type: 'stop' };

describe('ruleRun', () => {
  it('records a reading and a note only on the steps that have one', () => {
    const run = startRun(
      locarnoMachine,
      { world: worldFactsOn('1936-06-01'), action: { kind: 'riposte', against: 'germany', unprovoked: true } },
      locarnoNote,
    );
    const [engagement, repudiated, ukVerdict] = run.path;
    expect(run.path.map((s) => s.state)).toEqual(['locarno.engagement', 'locarno.repudiated', 'locarno.ukVerdict']);
    // engagement: letter, no reading, a note.
    expect(engagement).toBeDefined();
    expect(Object.keys(engagement ?? {}).sort()).toEqual(['cite', 'kind', 'note', 'state', 'summary']);
    // repudiated: the model's DECISION, no note.
    expect(repudiated).toMatchObject({ reading: 'DECISION', kind: 'practice' });
    expect(Object.keys(repudiated ?? {}).sort()).toEqual(['cite', 'kind', 'reading', 'state', 'summary']);
    expect(Object.keys(ukVerdict ?? {}).sort()).toEqual(['cite', 'kind', 'state', 'summary']);
  });

  it('runs without a note function, and then no step has a note', () => {
    const run = startRun(locarnoMachine, { world: worldFactsOn('1936-06-01'), action: { kind: 'none' } });
    expect(run.path.map((s) => s.state)).toEqual(['locarno.engagement', 'locarno.noFrenchAction']);
    expect(run.path.some((s) => 'note' in s)).toBe(false);
  });

  it('a finished run waits for nothing, and says so when sent a fact', () => {
    const run = startRun(locarnoMachine, { world: worldFactsOn('1936-06-01'), action: { kind: 'none' } });
    expect(isDone(run)).toBe(true);
    expect(awaitsOf(run)).toEqual([]);
    expect(() => sendFact(run, { type: 'guarantor.uk', verdict: 'lawful' })).toThrow(
      'locarno.noFrenchAction waits for nothing, not guarantor.uk',
    );
    expect(finalVerdictOf(run)).toEqual({ outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' });
  });

  it('refuses a fact the state does not wait for, naming every fact it does wait for', () => {
    const run = startRun(francoSovietPactMachine, { world: worldFactsOn('1937-05-01') });
    expect(awaitsOf(run)).toEqual(['incident.threat', 'incident.attack', 'incident.zoneViolation']);
    expect(() => sendFact(run, { type: 'decision.franceCabinet', yes: true })).toThrow(
      'francoSovietPact.peace waits for incident.threat or incident.attack or incident.zoneViolation, not decision.franceCabinet',
    );
  });

  it('asks no verdict of a run still waiting', () => {
    const run = startRun(francoSovietPactMachine, { world: worldFactsOn('1937-05-01') });
    expect(() => finalVerdictOf(run)).toThrow('francoSovietPact.peace is not a final state with a verdict');
  });

  it('asks no verdict of a final state that carries none', () => {
    const meta: StepMeta = { cite: 'test', kind: 'letter', summary: 'the end, with no verdict' };
    const machine = setup({ types: { meta: {} as StepMeta } }).createMachine({
      id: 'tiny',
      initial: 'end',
      states: { end: { type: 'final', meta } },
    });
    const run = startRun(machine, undefined);
    expect(isDone(run)).toBe(true);
    expect(() => finalVerdictOf(run)).toThrow('tiny.end is not a final state with a verdict');
  });

  it('a waiting state whose meta names no event waits for nothing', () => {
    const machine = setup({ types: { meta: {} as StepMeta, events: {} as TinyEvent } }).createMachine({
      id: 'tiny',
      initial: 'waiting',
      states: {
        waiting: { meta: { cite: 'test', kind: 'letter', summary: 'waits' }, on: { go: 'end' } },
        end: { type: 'final', meta: { cite: 'test', kind: 'letter', summary: 'end' } },
      },
    });
    const run = startRun(machine, undefined);
    expect(isDone(run)).toBe(false);
    expect(awaitsOf(run)).toEqual([]);
  });

  it('refuses a nested machine and a state without its citation', () => {
    const nested = setup({ types: { meta: {} as StepMeta } }).createMachine({
      id: 'nested',
      initial: 'outer',
      states: { outer: { initial: 'inner', states: { inner: {} } } },
    });
    expect(() => startRun(nested, undefined)).toThrow('rule machines are flat; got state {"outer":"inner"}');
    const uncited = setup({ types: { meta: {} as StepMeta } }).createMachine({
      id: 'uncited',
      initial: 'bare',
      states: { bare: {} },
    });
    expect(() => startRun(uncited, undefined)).toThrow('state uncited.bare has no meta');
  });

  it('stateName and metaOf read the current state', () => {
    const run = startRun(francoSovietPactMachine, { world: worldFactsOn('1937-05-01') });
    expect(stateName(run.snapshot)).toBe('peace');
    expect(metaOf(run.snapshot).awaits).toEqual(['incident.threat', 'incident.attack', 'incident.zoneViolation']);
  });
});
