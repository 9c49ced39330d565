import { describe, expect, it } from 'vitest';
import { recordGame, simulate, type WorldState, worldsOf } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { cuesOf } from './gameSound';

const scenario = loadScenario('as-it-happened');
const played = simulate(scenario, { seed: 'sound-cues', policy: 'historical' });
const file = recordGame(scenario, 'sound-cues', 'france', played.turns);
const worlds = worldsOf(file, scenario);
const pairs = worlds.slice(1).map((after, i) => ({ before: worlds[i] as WorldState, after }));
const endMonth = { type: 'turn.end' } as const;

describe('the sound cues of a step of the game', () => {
  it('sounds the alarm exactly when Germany moves (a crisis opens)', () => {
    const alarms = pairs.filter(({ before, after }) => cuesOf(before, after, endMonth).includes('alarm'));
    expect(alarms.length).toBeGreaterThan(0);
    for (const { before, after } of pairs) {
      expect(cuesOf(before, after, endMonth).includes('alarm')).toBe(
        after.phase === 'crisis' && before.phase !== 'crisis',
      );
    }
  });

  it('taps the telegraph when a new month brings dispatches, and only then', () => {
    let telegraphs = 0;
    for (const { before, after } of pairs) {
      const news = (after.log.find((m) => m.month === after.month)?.entries ?? []).some((e) => e.kind === 'event');
      const cue = cuesOf(before, after, endMonth).includes('telegraph');
      expect(cue).toBe(news && after.month !== before.month);
      if (cue) telegraphs++;
    }
    expect(telegraphs).toBeGreaterThan(0);
  });

  it('strikes the gavel when a crisis goes to the Council, and stamps the convention when it is signed', () => {
    const { before, after } = pairs[0] ?? { before: worlds[0], after: worlds[1] };
    if (before === undefined || after === undefined) throw new Error('no months played');
    expect(cuesOf(after, after, { type: 'crisis.respond', choice: 'refer-council' })).toEqual(['gavel']);
    expect(cuesOf(after, after, { type: 'crisis.respond', choice: 'invoke-protocol' })).toEqual([]);
    const signed: WorldState = { ...after, convention: { ...after.convention, phase: 'signed' } };
    expect(cuesOf(after, signed, { type: 'convention.submit' })).toEqual(['stamp']);
    expect(cuesOf(signed, signed, { type: 'convention.submit' })).toEqual([]);
  });
});
