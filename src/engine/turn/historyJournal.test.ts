/**
 * What the month's dispatches write in the log, and whom the British
 * delegation's answer binds: a dispatch read loudly (kind, id, params,
 * reasons) for an event rolled, scripted or diverged from, and the guarantee's
 * answer deciding its own event only. Every world is built inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry } from '../log/types';
import { initialWorld } from '../scenario/initialWorld';
import type { Journal } from '../world/effects';
import { type WorldState, withMove, withWorld } from '../world/worldState';
import { dispatches, GUARANTEE, guaranteeWaits } from './history';

/** pact-1935 at `month`, quiet, with the given changes. */
function worldAt(month: string, changes: Partial<WorldState> = {}): WorldState {
  return withWorld(initialWorld(loadScenario('pact-1935'), 'history-journal', 'france', true), { month, ...changes });
}

/** June 1936 with the convention being drafted: the British protest and the Polish refusal may come (a roll each). */
function draftingIn1936(changes: Partial<WorldState> = {}): WorldState {
  const base = worldAt('1936-06');
  return withWorld(base, { convention: { ...base.convention, phase: 'drafting' }, ...changes });
}

/** The entries of one loud dispatch, and the world after it. */
function loudly(world: WorldState): { after: WorldState; entries: LogEntry[] } {
  const journal: Journal = [];
  const after = dispatches(world, journal);
  return { after, entries: journal };
}

/** The first die state, from 1, under which the dispatches of `world` fire (or do not fire) `id`. */
function rngWhere(world: WorldState, id: string, fires: boolean): number {
  for (let rng = 1; rng < 5000; rng++) {
    if (dispatches(withWorld(world, { rng }), null).fired.includes(id) === fires) return rng;
  }
  throw new Error(`no die state where ${id} ${fires ? 'fires' : 'does not fire'}`);
}

describe('a dispatch in the log', () => {
  it('logs a rolled event with its id and the die’s decision as its reason, and nothing diverged', () => {
    const world = draftingIn1936();
    const rolled = withWorld(world, { rng: rngWhere(world, 'polish-refusal', true) });
    const { after, entries } = loudly(rolled);
    expect(after.fired).toContain('polish-refusal');
    const entry = entries.find((e) => e.id === 'polish-refusal');
    expect(entry).toMatchObject({ kind: 'event', key: 'event', params: { event: 'polish-refusal' } });
    expect(entry?.reasons).toHaveLength(1);
    expect(entry?.reasons?.[0]?.key).toBeNull();
    expect(entry?.reasons?.[0]?.explanation?.yes).toBe(true);
    expect(entries.filter((e) => e.kind === 'diverged')).toEqual([]);
    // Every entry is an event that fired.
    expect(entries.every((e) => e.kind === 'event' && after.fired.includes(e.id))).toBe(true);
  });

  it('logs a scripted event without a reason (no die, no delegation decided it)', () => {
    const world = draftingIn1936({
      script: { crises: { france: {}, ussr: {} }, events: ['polish-refusal'], moves: [] },
    });
    const { after, entries } = loudly(world);
    expect(after.fired).toContain('polish-refusal');
    const entry = entries.find((e) => e.id === 'polish-refusal');
    expect(entry).toEqual({
      month: '1936-06',
      kind: 'event',
      id: 'polish-refusal',
      key: 'event',
      params: { event: 'polish-refusal' },
    });
  });

  it('logs a fixed event the world has diverged from: marked fired, its effects not applied', () => {
    const base = worldAt('1937-06');
    const governments = { ...base.governments, france: 'blum' };
    const diverged = withWorld(base, { governments, levels: { ...base.levels, frenchWill: 90 } });
    const { after, entries } = loudly(diverged);
    expect(after.fired).toContain('blum-resigns');
    expect(after.governments.france).toBe('blum');
    expect(entries).toContainEqual({
      month: '1937-06',
      kind: 'diverged',
      id: 'blum-resigns',
      key: 'diverged',
      params: { event: 'blum-resigns' },
    });
    expect(entries.some((e) => e.kind === 'event' && e.id === 'blum-resigns')).toBe(false);
    // As history had it: Blum resigns, and the log says so as an event, not a divergence.
    const historical = withWorld(diverged, { levels: { ...base.levels, frenchWill: 50 } });
    const played = loudly(historical);
    expect(played.after.governments.france).not.toBe('blum');
    expect(played.entries.some((e) => e.kind === 'diverged')).toBe(false);
    expect(played.entries).toContainEqual(
      expect.objectContaining({ kind: 'event', id: 'blum-resigns', params: { event: 'blum-resigns' } }),
    );
  });
});

describe('the British delegation’s answer on its guarantee', () => {
  it('decides its own event only: the other events of the month roll as they would without it', () => {
    const world = draftingIn1936();
    for (const fires of [true, false]) {
      const rolled = withWorld(world, { rng: rngWhere(world, 'polish-refusal', fires) });
      const without = dispatches(rolled, null).fired;
      for (const answer of ['guarantee', 'decline'] as const) {
        const answered = dispatches(withWorld(rolled, { britainGuarantee: answer }), null);
        expect(answered.fired).toEqual(without);
      }
    }
  });

  it('waits for a dispatch only while the game goes on', () => {
    const base = worldAt('1939-03');
    const premises = withWorld(base, {
      moves: withMove(base.moves, GUARANTEE.move, { status: 'done', month: '1939-03', postponed: 0 }),
    });
    expect(premises.month < GUARANTEE.last).toBe(true);
    expect(guaranteeWaits(premises)).toBe(true);
    expect(guaranteeWaits(withWorld(premises, { phase: 'crisis' }))).toBe(true);
    expect(guaranteeWaits(withWorld(premises, { phase: 'ended' }))).toBe(false);
  });
});
