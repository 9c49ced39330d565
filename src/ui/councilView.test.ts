import { describe, expect, it } from 'vitest';
import { createGame, crisisCouncil, MOVES } from '../engine';
import { timelineFor } from '../glossary/timeline';
import { loadScenario } from '../testing/scenarios';
import { crisesOfGame, historicalCouncilOf, invitationWords } from './councilView';

describe('the crisis review of a finished game', () => {
  it('finds every crisis the game recorded, with the world it opened in and the answer given', () => {
    const scenario = loadScenario('as-it-happened');
    const game = createGame(scenario, { seed: 'review', role: 'france' });
    for (let i = 0; i < 200 && game.getSnapshot().phase !== 'ended'; i++) {
      if (game.getSnapshot().world.phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'refer-council' });
      else game.send({ type: 'turn.end' });
    }
    const { world, turns } = game.getSnapshot();
    const found = crisesOfGame({ scenario, seed: 'review', role: 'france', turns });
    expect(found.map((c) => c.before.crisis?.move)).toEqual(world.crises.map((c) => c.move));
    expect(found.length).toBeGreaterThan(0);
    for (const { before, choice } of found) {
      expect(choice).toBe('refer-council');
      expect(crisisCouncil(before, choice)?.seized).toBe(true);
    }
  });

  it('finds every crisis of a game under a rule variant, played under it', () => {
    const scenario = loadScenario('pact-1935');
    for (const seed of ['review-v0', 'review-v1', 'review-v2']) {
      const game = createGame(scenario, { seed, role: 'france', variants: ['no-protocol-override'] });
      for (let i = 0; i < 200 && game.getSnapshot().phase !== 'ended'; i++) {
        if (game.getSnapshot().world.phase === 'crisis')
          game.send({ type: 'crisis.respond', choice: 'invoke-protocol' });
        else game.send({ type: 'turn.end' });
      }
      const { world, turns } = game.getSnapshot();
      const found = crisesOfGame({ scenario, seed, role: 'france', turns, variants: world.variants });
      expect(found.map((c) => `${c.before.month} ${c.before.crisis?.move}`)).toEqual(
        world.crises.map((c) => `${c.month} ${c.move}`),
      );
      for (const { before } of found) expect(before.variants).toEqual(['no-protocol-override']);
    }
  });
});

describe("the non-Member's answer to the Art. 17 invitation", () => {
  it("is said as the legal case's supposition, never as what the state did", () => {
    const scenario = loadScenario('rhineland-1936');
    const game = createGame(scenario, { seed: 'invitation', role: 'france' });
    for (let i = 0; i < 20 && game.getSnapshot().world.phase === 'orders'; i++) game.send({ type: 'turn.end' });
    const chamber = crisisCouncil(game.getSnapshot().world, 'refer-council');
    expect(chamber?.invitation).toBe('refuse-and-war');
    if (chamber === null) return;
    // The Rhineland: no war came in history, and the Council found a breach on 19 March 1936 (timeline.md).
    const crisis = invitationWords(chamber, 'Germany', 'crisis');
    expect(crisis).toMatch(/^The treaties are judged on one supposition: .* Germany refuses and goes to war/);
    expect(crisis).toContain("Whether it went to war in this game is the crisis's outcome");
    expect(invitationWords(chamber, 'Germany', 'case')).toContain("What it did in history is the case's summary");
    expect(invitationWords({ ...chamber, invitation: 'accept' }, 'Germany', 'case')).toMatch(/Germany accepts \($/);
  });
});

describe('what the Council did in history, beside the game’s vote', () => {
  it('tells the Rhineland’s finding of 19 March 1936 under Locarno, sourced to its timeline row, and nothing for the rest', () => {
    const rhineland = historicalCouncilOf('rhineland');
    expect(rhineland?.text).toContain('on 19 March 1936 found that Germany had broken Versailles Art. 43 and Locarno');
    // A finding, not Art. 16 measures: the game's own vote is under Art. 16, history's was not.
    expect(rhineland?.text).toContain('not a recommendation of measures under Art. 16');
    const rows = timelineFor(rhineland?.source ?? '').flatMap((t) => (t.kind === 'row' ? [t.row.date] : []));
    expect(rows).toContain('14–19 Mar 1936');
    // No other move came before the Council in the timeline.
    for (const move of MOVES.filter((m) => m.id !== 'rhineland'))
      expect(historicalCouncilOf(move.id), move.id).toBeNull();
    expect(historicalCouncilOf(undefined)).toBeNull();
  });
});
