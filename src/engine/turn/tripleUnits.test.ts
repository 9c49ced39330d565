/**
 * The talks of August 1939 (`resolveTripleAlliance`) called directly, on worlds
 * built inside each test: which of the four ends the talks reach (Poland
 * refuses, Romania refuses, Moscow declines, the alliance), the entry each
 * writes and its reasons in order, what the world keeps, and that the same
 * talks played quietly leave the same world.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry } from '../log/types';
import { decide } from '../model/decide';
import { contextFor } from '../model/derived';
import { decisionRule, MODEL } from '../model/modelData';
import { initialWorld } from '../scenario/initialWorld';
import type { WorldState } from '../world/worldState';
import { resolveTripleAlliance } from './triple';

/** talks-1939's first world, with Moscow drifted to `drift` (100 declines the alliance, 0 wants it). */
function talks(drift = 0, variants: readonly string[] = []): WorldState {
  const world = initialWorld(loadScenario('talks-1939'), 'triple', 'france', false, variants);
  return { ...world, levels: { ...world.levels, sovietDrift: drift } };
}

/** The talks resolved loudly (checked against the same talks played quietly), and the entry they wrote. */
function resolve(world: WorldState, polandGrants?: boolean): { after: WorldState; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const after = resolveTripleAlliance(world, entries, polandGrants);
  expect(resolveTripleAlliance(world, null, polandGrants)).toEqual(after);
  return { after, entries };
}

const polandRule = decisionRule('poland', 'transit1939');
const moscowRule = decisionRule('ussr', 'tripleAlliance');

describe('the talks of August 1939', () => {
  it('fail when Poland’s die refuses: the die’s reason only, two rolls spent, nothing else changed', () => {
    const world = talks();
    const { after, entries } = resolve(world);
    const [poland, rng1] = decide(polandRule, contextFor(world), world.rng);
    const [, rng2] = decide(moscowRule, contextFor(world), rng1);
    expect(poland.yes).toBe(false);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      month: world.month,
      kind: 'decision',
      id: 'poland-refuses-transit',
      key: 'decision.poland-refuses-transit',
    });
    expect(entries[0]?.reasons).toHaveLength(1);
    expect(entries[0]?.reasons?.[0]).toMatchObject({ key: null, explanation: { rule: polandRule.label, yes: false } });
    expect(after.rng).toBe(rng2);
    expect(after.tripleAlliance).toBeNull();
    expect(after.transit).toEqual(world.transit);
  });

  it('take the Polish delegation’s answer instead of the die, which is still rolled', () => {
    const world = talks(100);
    const refused = resolve(world, false);
    expect(refused.entries.map((e) => e.id)).toEqual(['poland-refuses-transit']);
    expect(refused.entries[0]?.reasons).toEqual([
      { key: 'crisis.transit.delegation', params: { to: 'poland', grant: false } },
    ]);
    const granted = resolve(world, true);
    expect(granted.after.rng).toBe(refused.after.rng);
    expect(granted.after.rng).not.toBe(world.rng);
    expect(granted.entries.map((e) => e.id)).toEqual(['moscow-declines-alliance']);
  });

  it('Moscow declines when it has drifted towards Berlin: Poland’s answer, then Moscow’s rule', () => {
    const world = talks(100);
    const { after, entries } = resolve(world, true);
    expect(entries[0]).toMatchObject({ kind: 'decision', key: 'decision.moscow-declines-alliance' });
    expect(entries[0]?.reasons).toHaveLength(2);
    expect(entries[0]?.reasons?.[0]).toEqual({
      key: 'crisis.transit.delegation',
      params: { to: 'poland', grant: true },
    });
    expect(entries[0]?.reasons?.[1]).toMatchObject({ key: null, explanation: { rule: moscowRule.label, yes: false } });
    expect(after.tripleAlliance).toBeNull();
  });

  it('make the alliance: the month kept, Polish transit raised to the granted level, never lowered', () => {
    const world = talks(0);
    const { after, entries } = resolve(world, true);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      month: world.month,
      kind: 'decision',
      id: 'triple-alliance',
      key: 'decision.triple-alliance',
    });
    expect(entries[0]?.reasons?.map((r) => r.key ?? r.explanation?.rule)).toEqual([
      'crisis.transit.delegation',
      moscowRule.label,
    ]);
    expect(entries[0]?.reasons?.[1]?.explanation?.yes).toBe(true);
    expect(after.tripleAlliance).toBe(world.month);
    expect(after.transit).toEqual({ ...world.transit, poland: MODEL.transit.grantedAt });
    expect(world.transit.poland).toBeLessThan(MODEL.transit.grantedAt);
    const open = { ...world, transit: { ...world.transit, poland: MODEL.transit.grantedAt + 5 } };
    expect(resolve(open, true).after.transit.poland).toBe(MODEL.transit.grantedAt + 5);
    // The world the talks started from is left as it was.
    expect(world.tripleAlliance).toBeNull();
  });

  it('under the rule variant where Poland grants passage, Poland’s die says yes', () => {
    const world = talks(0, ['poland-grants-transit']);
    const { after, entries } = resolve(world);
    expect(entries.map((e) => e.id)).toEqual(['triple-alliance']);
    expect(entries[0]?.reasons?.[0]).toMatchObject({ key: null, explanation: { chance: 100, yes: true } });
    expect(after.tripleAlliance).toBe(world.month);
  });

  it('with a Romanian delegation: its refusal ends the talks, its agreement leaves them to Poland; spent either way', () => {
    const refusing = { ...talks(0), romaniaTalks: false };
    const refused = resolve(refusing, true);
    expect(refused.entries.map((e) => e.key)).toEqual(['decision.romania-refuses-transit']);
    expect(refused.entries[0]?.kind).toBe('decision');
    expect(refused.entries[0]?.id).toBe('romania-refuses-transit');
    expect(refused.entries[0]?.reasons).toEqual([
      { key: 'crisis.transit.delegation', params: { to: 'poland', grant: true } },
      { key: 'crisis.transit.delegation', params: { to: 'romania', grant: false } },
    ]);
    expect(refused.after.tripleAlliance).toBeNull();
    expect(refused.after.romaniaTalks).toBeUndefined();
    // Poland refuses first: its refusal is what the log tells, with Romania's answer after it.
    const both = resolve(refusing, false);
    expect(both.entries[0]?.id).toBe('poland-refuses-transit');
    expect(both.entries[0]?.reasons?.[1]).toEqual({
      key: 'crisis.transit.delegation',
      params: { to: 'romania', grant: false },
    });
    const agreeing = resolve({ ...talks(0), romaniaTalks: true }, true);
    expect(agreeing.entries[0]?.id).toBe('triple-alliance');
    expect(agreeing.entries[0]?.reasons?.map((r) => r.key ?? r.explanation?.rule)).toEqual([
      'crisis.transit.delegation',
      'crisis.transit.delegation',
      moscowRule.label,
    ]);
    expect(agreeing.after.romaniaTalks).toBeUndefined();
    const declining = resolve({ ...talks(100), romaniaTalks: true }, true);
    expect(declining.entries[0]?.reasons?.map((r) => r.key ?? r.explanation?.rule)).toEqual([
      'crisis.transit.delegation',
      'crisis.transit.delegation',
      moscowRule.label,
    ]);
  });

  it('are not held after a Soviet-German deal or an alliance already made: no roll, no entry, the Romanian answer spent', () => {
    for (const changes of [{ sovietGermanDeal: '1939-05' }, { tripleAlliance: '1939-05' }]) {
      const world = { ...talks(0), ...changes, romaniaTalks: true };
      const { after, entries } = resolve(world, true);
      expect(entries).toEqual([]);
      expect(after.rng).toBe(world.rng);
      expect(after.romaniaTalks).toBeUndefined();
      expect(after).toEqual({ ...world, romaniaTalks: undefined });
      const plain = { ...talks(0), ...changes };
      expect(resolve(plain, true).after).toBe(plain);
    }
  });
});
