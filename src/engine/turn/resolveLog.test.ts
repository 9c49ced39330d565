/**
 * The month's resolution (`resolveMonth`) called directly, loudly, on worlds
 * built inside each test: Moscow's early deal with Berlin (and the months,
 * drift and alliances that rule it out), Germany's move (tried and postponed,
 * made, or brought by a script), with the entries each writes; and the
 * rounding of the monthly drifts. The same month played quietly must leave the
 * same world.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry } from '../log/types';
import { contextFor } from '../model/derived';
import { ACTORS, decisionRule, MODEL } from '../model/modelData';
import { type RngState, rollPercent } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { LEVEL_IDS, type WorldState } from '../world/worldState';
import { moveById } from './crisis';
import { applyDrifts, resolveMonth, stochasticRound } from './resolve';

/** A scenario's first world, loud, from the seed "resolve", with `changes`. */
function start(scenario: string, changes: Partial<WorldState> = {}): WorldState {
  return { ...initialWorld(loadScenario(scenario), 'resolve', 'france'), ...changes };
}

/** The month resolved loudly from the die's state `i * 7919` (checked against the same month played quietly). */
function month(world: WorldState, i: number): { after: WorldState; entries: LogEntry[] } {
  const from = { ...world, rng: (i * 7919) as RngState };
  const entries: LogEntry[] = [];
  const after = resolveMonth(from, entries);
  expect(resolveMonth(from, null)).toEqual(after);
  return { after, entries };
}

/** The first month (of 200 die states) whose entries `wanted` accepts. */
function monthWhere(world: WorldState, wanted: (entries: LogEntry[]) => boolean) {
  for (let i = 1; i < 200; i++) {
    const m = month(world, i);
    if (wanted(m.entries)) return { ...m, i };
  }
  throw new Error('no die state gives that month');
}

/** talks-1939's first world (April 1939, Poland's move still to come), Moscow drifted far towards Berlin. */
const drifted = (changes: Partial<WorldState> = {}) => {
  const world = start('talks-1939', changes);
  return { ...world, levels: { ...world.levels, sovietDrift: 90 }, ...changes };
};

describe('Moscow’s early deal with Berlin', () => {
  it('is logged with Moscow’s roll, and ends the month before Germany or the convention moves', () => {
    // March 1939: Prague is open to Germany, and would be tried but for the deal.
    const start = drifted({ month: '1939-03' });
    const world = {
      ...start,
      moves: { ...start.moves, prague: { status: 'pending' as const, month: null, postponed: 0 } },
    };
    const { after, entries } = monthWhere(world, (e) => e.some((x) => x.id === 'early-soviet-german-deal'));
    expect(entries).toEqual([
      {
        month: world.month,
        kind: 'decision',
        id: 'early-soviet-german-deal',
        key: 'decision.early-soviet-german-deal',
        reasons: [expect.objectContaining({ key: null })],
      },
    ]);
    const roll = entries[0]?.reasons?.[0]?.explanation;
    expect(roll?.rule).toBe(decisionRule('ussr', 'dealWithGermany').label);
    expect(roll?.yes).toBe(true);
    expect(after.sovietGermanDeal).toBe(world.month);
    expect(after.moves).toEqual(world.moves);
    expect(after.convention).toEqual(world.convention);
    expect(after.phase).toBe('orders');
  });

  it('is not sought once the triple alliance is made, before its first month, from history’s month, or under the drift', () => {
    const cases: WorldState[] = [
      drifted({ tripleAlliance: '1939-04' }),
      drifted({ sovietGermanDeal: '1939-03' }),
      drifted({ month: MODEL.endings.historicalDeal }),
      { ...drifted(), month: '1936-12' },
    ];
    const calm = drifted();
    cases.push({ ...calm, levels: { ...calm.levels, sovietDrift: 0 } });
    for (const world of cases)
      for (let i = 1; i < 30; i++) {
        const { after, entries } = month(world, i);
        expect(after.sovietGermanDeal).toBe(world.sovietGermanDeal);
        expect(entries.map((e) => e.id)).not.toContain('early-soviet-german-deal');
      }
  });

  it('is sought from its first month', () => {
    const world = drifted({ month: MODEL.endings.earlyDealFrom });
    const { after } = monthWhere(world, (e) => e.some((x) => x.id === 'early-soviet-german-deal'));
    expect(after.sovietGermanDeal).toBe(MODEL.endings.earlyDealFrom);
  });

  it('rolls its die only when sought: refused, the month goes on with the die after Moscow’s roll', () => {
    const world = drifted();
    const refused = monthWhere(world, (e) => !e.some((x) => x.id === 'early-soviet-german-deal'));
    expect(refused.after.sovietGermanDeal).toBeNull();
    // No deal sought (the triple alliance made): the same month rolls one die fewer.
    const allied = month({ ...world, tripleAlliance: '1939-04' }, refused.i);
    expect(allied.after.rng).not.toBe(refused.after.rng);
    expect(allied.after.moves).toEqual(refused.after.moves);
  });
});

describe('Germany’s move', () => {
  // Germany's roll, where no script brings the move (rhineland-1936 itself brings it in March 1936: see below).
  const rolled = () => ({ ...start('rhineland-1936'), script: null });

  it('postponed: logged with Germany’s roll, and counted', () => {
    const world = rolled();
    const { after, entries } = monthWhere(world, (e) => e.some((x) => x.kind === 'postponed'));
    const entry = entries.find((e) => e.kind === 'postponed');
    expect(entry).toMatchObject({ month: world.month, kind: 'postponed', id: 'rhineland', key: 'postponed' });
    expect(entry?.params).toEqual({ move: 'rhineland' });
    expect(entry?.reasons).toHaveLength(1);
    expect(entry?.reasons?.[0]?.explanation).toMatchObject({ rule: moveById('rhineland').attempt.label, yes: false });
    expect(after.moves.rhineland).toEqual({
      ...world.moves.rhineland,
      postponed: (world.moves.rhineland?.postponed ?? 0) + 1,
    });
    expect(after.phase).toBe('orders');
    expect(after.crisis).toBeNull();
  });

  it('made: the crisis opens, logged with Germany’s roll', () => {
    const world = rolled();
    const { after, entries } = monthWhere(world, (e) => e.some((x) => x.kind === 'move'));
    const entry = entries.find((e) => e.kind === 'move');
    expect(entry).toMatchObject({ kind: 'move', id: 'rhineland', params: { move: 'rhineland' } });
    expect(entry?.reasons?.[0]?.explanation).toMatchObject({ rule: moveById('rhineland').attempt.label, yes: true });
    expect(after.phase).toBe('crisis');
    expect(after.crisis?.move).toBe('rhineland');
    expect(after.moves.rhineland).toEqual(world.moves.rhineland);
  });

  it('comes in rhineland-1936’s first month whatever the die: the scenario scripts it (its lesson is that crisis)', () => {
    for (let i = 0; i < 20; i++) {
      const { after } = month(start('rhineland-1936'), i);
      expect(after.phase, `seed ${i}`).toBe('crisis');
      expect(after.crisis?.move).toBe('rhineland');
      expect(after.month).toBe('1936-03');
    }
  });

  it('brought by a script in its historical month: no roll, the script as its reason', () => {
    const world = start('as-it-happened');
    const m = { ...world, month: '1936-03' };
    const { after, entries } = month(m, 1);
    const entry = entries.find((e) => e.kind === 'move');
    expect(entry?.reasons).toEqual([{ key: 'move.scripted', params: { move: 'rhineland' } }]);
    expect(after.crisis?.move).toBe('rhineland');
    // A month that is not the move's historical one: Germany rolls as in any game.
    const later = month({ ...m, month: '1936-04' }, 1);
    const tried = later.entries.find((e) => e.kind === 'move' || e.kind === 'postponed');
    expect(tried?.reasons?.[0]?.explanation?.rule).toBe(moveById('rhineland').attempt.label);
  });

  it('waits for its opening month, and for what it requires', () => {
    const world = start('rhineland-1936');
    for (let i = 1; i < 30; i++) {
      const early = month({ ...world, month: '1936-02' }, i);
      expect(early.entries.filter((e) => e.kind === 'move' || e.kind === 'postponed')).toEqual([]);
      expect(early.after.moves).toEqual(world.moves);
    }
    // The Anschluss is open in 1938-03 but requires the Rhineland's end: Germany tries nothing else meanwhile.
    const anschluss = moveById('anschluss');
    const waiting = {
      ...world,
      month: anschluss.opens,
      moves: { ...world.moves, rhineland: { status: 'done' as const, month: '1936-03', postponed: 0 } },
    };
    const tried = monthWhere(waiting, (e) => e.some((x) => x.kind === 'postponed' || x.kind === 'move'));
    expect(tried.entries.find((e) => e.kind === 'postponed' || e.kind === 'move')?.id).toBe('anschluss');
  });
});

describe('the monthly drifts', () => {
  it('round a score at random in proportion to its remainder (stochasticRound)', () => {
    const seen = new Set<number>();
    const got: unknown[] = [];
    const expected: unknown[] = [];
    for (let i = 1; i < 500; i++) {
      const rng = (i * 7919) as RngState;
      const [roll, next] = rollPercent(rng);
      seen.add(roll);
      got.push(
        stochasticRound(17, 10, rng),
        stochasticRound(-17, 10, rng),
        stochasticRound(1, 3, rng),
        stochasticRound(20, 10, rng),
        stochasticRound(-20, 10, rng),
      );
      expected.push(
        [roll < 70 ? 2 : 1, next],
        [roll < 70 ? -2 : -1, next],
        [roll < 33 ? 1 : 0, next],
        [2, rng],
        [-2, rng],
      );
    }
    expect(got).toEqual(expected);
    // The rolls tried include those equal to each chance (a roll equal to the chance does not round up).
    expect([seen.has(70), seen.has(33), seen.has(69), seen.has(32)]).toEqual([true, true, true, true]);
  });

  it('round plainly, with no die, on history’s fast-forward; at random with the die in a game', () => {
    const world = start('pact-1935');
    const context = contextFor(world);
    const plain = applyDrifts(world, false, context);
    expect(plain.rng).toBe(world.rng);
    expect(applyDrifts(world, false, context)).toEqual(plain);
    const rolled = applyDrifts(world, true, context);
    expect(rolled.rng).not.toBe(world.rng);
    expect(plain.levels).not.toEqual(world.levels);
    // Each level moves by at most the sum of its drifts' limits, and with plain rounding by the rounded scores.
    const drifts = Object.values(ACTORS).flatMap((actor) => actor?.monthly ?? []);
    for (const level of LEVEL_IDS) {
      const limit = drifts.filter((d) => d.level === level).reduce((sum, d) => sum + d.limit, 0);
      expect(Math.abs(rolled.levels[level] - world.levels[level])).toBeLessThanOrEqual(limit);
      expect(Math.abs(rolled.levels[level] - plain.levels[level])).toBeLessThanOrEqual(
        drifts.filter((d) => d.level === level).length,
      );
    }
  });
});
