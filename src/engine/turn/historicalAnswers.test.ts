/**
 * In the replay of history (`as-it-happened`), the side the player does not
 * play answers each German move as its government did, and the log says what
 * that government did besides, where the move's data tells it
 * (moves.json `historicalAnswers`): France took the Rhineland to the League
 * Council; the Red Army entered eastern Poland on 17 September 1939. Before,
 * "Moscow stands aside, as its government did" was all a class read of
 * September 1939.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { renderEntry } from '../log/render';
import type { LogEntry } from '../log/types';
import { MOVES } from '../model/modelData';

/** The crisis entry of `move` in a historical game of as-it-happened played by `role`. */
function crisisOf(role: 'france' | 'ussr', move: string): LogEntry {
  const { log, world } = simulate(loadScenario('as-it-happened'), {
    seed: 'historical-answers',
    policy: 'historical',
    role,
  });
  const month = world.crises.find((c) => c.move === move)?.month;
  const entry = log.find((e) => e.kind === 'crisis' && e.month === month);
  if (entry === undefined) throw new Error(`no crisis of ${move}`);
  return entry;
}

describe('history’s answers, told with what the governments did besides', () => {
  it('the USSR at the invasion of Poland: standing aside from Germany, the Red Army entered Poland on 17 September', () => {
    const entry = crisisOf('france', 'poland');
    const reason = entry.reasons?.find((r) => r.key === 'crisis.answer.scriptedNote');
    expect(reason?.params).toEqual({ side: 'ussr', choice: 'stand-aside', move: 'poland' });
    const text = renderEntry(entry).factors.join('\n');
    expect(text).toContain(
      'Moscow stands aside, as its government did; in history, after its pact with Germany of 23 August, the Red Army entered eastern Poland on 17 September, against Poland, not Germany',
    );
  });

  it('tells what the government did besides as history, in a game where that history did not come (no pact with Germany)', () => {
    // Seeds of as-it-happened played as France until one has no Molotov-Ribbentrop Pact and Germany invades Poland.
    const games = Array.from({ length: 40 }, (_, i) =>
      simulate(loadScenario('as-it-happened'), { seed: `no-pact-${i}`, policy: 'historical', role: 'france' }),
    );
    const game = games.find(
      ({ world }) => !world.fired.includes('molotov-ribbentrop') && world.crises.some((c) => c.move === 'poland'),
    );
    if (game === undefined) throw new Error('no game of 40 without the pact reached the invasion of Poland');
    const month = game.world.crises.find((c) => c.move === 'poland')?.month;
    const entry = game.log.find((e) => e.kind === 'crisis' && e.month === month);
    if (entry === undefined) throw new Error('no crisis entry');
    const text = renderEntry(entry).factors.join('\n');
    expect(text).toContain('as its government did; in history, after its pact with Germany of 23 August');
    expect(text).not.toContain('as its government did: after its pact');
  });

  it('France at the Rhineland: no military action, the matter taken to the League Council', () => {
    const text = renderEntry(crisisOf('ussr', 'rhineland')).factors.join('\n');
    expect(text).toMatch(
      /Paris stands aside, as its government did; in history, it took no military action, but took the matter to the League Council/,
    );
  });

  it('a move without a note keeps the plain sentence, and every note names its source in the history files', () => {
    const entry = crisisOf('france', 'anschluss');
    expect(entry.reasons?.some((r) => r.key === 'crisis.answer.scripted')).toBe(true);
    expect(entry.reasons?.some((r) => r.key === 'crisis.answer.scriptedNote')).toBe(false);
    const noted = MOVES.filter((m) => m.historicalAnswers !== undefined);
    expect(noted.map((m) => m.id)).toEqual(['rhineland', 'sudetenland', 'poland']);
    for (const move of noted) expect(move.historicalAnswers?.source, move.id).toMatch(/^timeline\.md /);
  });
});
