/**
 * Moscow's proposals for collective security in the debrief: a class that pressed them month after month sees them
 * counted by their odds (how many, at what odds, how many London and Paris took up), not listed one by one among
 * the rolls that mattered, unless one turned the course of the game.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { debriefOf } from './debrief';
import { createGame } from './game';
import { MODEL } from './model/modelData';

describe("Moscow's proposals for collective security in the debrief", () => {
  it('are counted by their odds among the routine rolls, each count true of the log', () => {
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed: 'collective-security-debrief', role: 'ussr' });
    for (let month = 0; month < 14; month++) {
      game.send({ type: 'diplomacy.collectiveSecurity' });
      game.send({ type: 'turn.end' });
      if (game.getSnapshot().world.phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'stand-aside' });
    }
    const { world, turns } = game.getSnapshot();
    const rule = MODEL.collectiveSecurity.answer.label;
    const pressed = world.log
      .flatMap((m) => m.entries)
      .filter((e) => e.key === 'collectiveSecurity.answered' || e.key === 'collectiveSecurity.rebuffed');
    expect(pressed.length).toBeGreaterThan(10);
    const debrief = debriefOf(scenario, world, turns);
    const counted = debrief.routineRolls.filter((r) => r.rule === rule);
    expect(counted.reduce((n, r) => n + r.rolls, 0)).toBe(pressed.length);
    expect(counted.reduce((n, r) => n + r.yes, 0)).toBe(
      pressed.filter((e) => e.key === 'collectiveSecurity.answered').length,
    );
    for (const r of counted) expect(r.to).toBeNull();
    expect(debrief.keyRolls.some((r) => r.explanation.rule === rule)).toBe(false);
  });
});
