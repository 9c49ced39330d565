/**
 * Italy stops taking part in the League on 11 December 1937 in the game's world
 * (`italy-leaves-league` in scenarios/model/events.json, effect `leaveLeague`),
 * not only in the calendar: the Council of a 1938 crisis does not seat it, the
 * Council of the Rhineland (March 1936) does, and a crisis judged earlier in
 * December 1937 still seats it (`crisisDay`). Source: treaty-and-rules.md §2
 * 'Membership facts'; timeline.md 11 Dec 1937.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { councilTableBefore, createGame, crisisCouncil, renderEntry } from '../index';
import { EVENTS } from '../model/modelData';
import { CALENDAR } from '../rules/lawData';
import { COUNTRY_IDS } from '../rules/types';
import { worldFactsOn } from '../rules/worldFacts';
import { crisisDay, moveById } from '../turn/crisis';
import { legalCaseFor } from './legalCases';
import type { WorldState } from './worldState';

const ITALY_LEAVES = EVENTS.find((e) => e.id === 'italy-leaves-league');

/**
 * Play `as-it-happened` as France with history's orders, each crisis referred
 * to the Council: the world at the start of every month's orders, and every
 * crisis's world before its answer.
 */
function playHistory(seed: string) {
  const scenario = loadScenario('as-it-happened');
  const game = createGame(scenario, { seed, role: 'france' });
  const months = new Map<string, WorldState>();
  const crises: WorldState[] = [];
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      crises.push(world);
      game.send({ type: 'crisis.respond', choice: 'refer-council' });
      continue;
    }
    if (!months.has(world.month)) months.set(world.month, world);
    for (const c of scenario.historicalChoices.france.filter((c) => c.month === world.month))
      for (const action of c.actions) game.send(action);
    game.send({ type: 'turn.end' });
  }
  return { months, crises, final: game.getSnapshot().world };
}

describe('Italy stops taking part in the League on 11 December 1937 (the game’s world)', () => {
  it('is a fixed event of 11 December 1937 that takes Italy out of the world’s League Members, with its sources', () => {
    expect(ITALY_LEAVES?.date).toBe('1937-12-11');
    expect(ITALY_LEAVES?.kind).toBe('fixed');
    expect(ITALY_LEAVES?.effects.leaveLeague).toEqual(['italy']);
    expect(ITALY_LEAVES?.source).toContain('timeline.md 11 Dec 1937');
    expect(ITALY_LEAVES?.source).toContain("treaty-and-rules.md §2 'Membership facts'");
    // The calendar's own date, so the world and the calendar agree.
    const italy = CALENDAR.leagueMembers.italy;
    expect(italy !== undefined && 'stopsParticipating' in italy ? italy.stopsParticipating : null).toBe(
      ITALY_LEAVES?.date,
    );
  });

  it('leaves Italy out of the world after December 1937, logs it that month with its text, and keeps Germany out', () => {
    const { months, final } = playHistory('italy-league-a');
    expect(months.get('1937-11')?.leagueMembers).toContain('italy');
    // The month's events are the dispatches its orders follow: in December 1937 Italy is already out.
    expect(months.get('1937-12')?.leagueMembers).not.toContain('italy');
    expect(months.get('1938-01')?.leagueMembers).not.toContain('italy');
    expect(final.leagueMembers).not.toContain('italy');
    expect(final.leagueMembers).not.toContain('germany');
    // Since November 1937 Italy has left, and the victims of the German moves done (annexed or occupied): no other Member.
    const annexed = (['anschluss', 'prague'] as const)
      .filter((move) => final.moves[move]?.status === 'done')
      .map((move) => (move === 'anschluss' ? 'austria' : 'czechoslovakia'));
    expect(
      months
        .get('1937-11')
        ?.leagueMembers.filter((s) => !final.leagueMembers.includes(s))
        .sort(),
    ).toEqual(['italy', ...annexed].sort());

    const logged = final.log
      .flatMap((m) => m.entries)
      .filter((e) => e.kind === 'event' && e.id === 'italy-leaves-league');
    expect(logged.map((e) => e.month)).toEqual(['1937-12']);
    const [entry] = logged;
    if (entry === undefined) throw new Error('italy-leaves-league was not logged');
    expect(renderEntry(entry).text).toContain('Italy announces its withdrawal from the League and stops taking part');
  });

  it('seats Italy at the Rhineland’s Council (March 1936) and not at a 1938 crisis’s, where its seat is empty with why', () => {
    const { crises } = playHistory('italy-league-b');
    const rhineland = crises.find((w) => w.month === '1936-03');
    const later = crises.filter((w) => w.month >= '1938-01');
    if (rhineland === undefined) throw new Error('no Rhineland crisis in as-it-happened');
    expect(later.length).toBeGreaterThan(0);

    const before = councilTableBefore(rhineland);
    expect(before?.members.map((m) => m.state)).toContain('italy');
    expect(before?.absent.map((a) => a.state)).not.toContain('italy');

    for (const world of later) {
      expect(world.leagueMembers).not.toContain('italy');
      const table = councilTableBefore(world);
      if (table === null) throw new Error(`no Council table in ${world.month}`);
      expect(table.date >= '1938-01-01').toBe(true);
      expect(table.members.map((m) => m.state)).not.toContain('italy');
      expect(table.absent.find((a) => a.state === 'italy')).toEqual({
        state: 'italy',
        name: 'Italy',
        why: 'stopped taking part from 11 December 1937',
        source:
          CALENDAR.leagueMembers.italy !== undefined && 'source' in CALENDAR.leagueMembers.italy
            ? CALENDAR.leagueMembers.italy.source
            : null,
      });
      // No answer seats it either, nor gives it a vote, and the Assembly (if the dispute goes there) leaves it out.
      for (const choice of ['refer-council', 'invoke-protocol', 'stand-aside'] as const) {
        const chamber = crisisCouncil(world, choice);
        expect(chamber?.council.members.map((m) => m.state)).not.toContain('italy');
        expect(chamber?.assembly?.members.map((m) => m.state) ?? []).not.toContain('italy');
      }
    }
  });

  it('still seats Italy at a crisis judged earlier in December 1937, before it stopped taking part', () => {
    const { months } = playHistory('italy-league-c');
    const december = months.get('1937-12');
    const january = months.get('1938-01');
    if (december === undefined || january === undefined) throw new Error('the game did not reach January 1938');
    // December 1937's world once the month's events have fired: Italy is already out of the list.
    expect(december.fired).toContain('italy-leaves-league');
    expect(december.leagueMembers).not.toContain('italy');
    const move = moveById('anschluss');
    const day = crisisDay(december, move);
    expect(day.date).toBe('1937-12-01');
    expect(day.leagueMembers).toContain('italy');
    // The day's list is the world's own with Italy put back, in COUNTRY_IDS' order, and no state that had left before.
    expect(day.leagueMembers).toEqual(COUNTRY_IDS.filter((s) => december.leagueMembers.includes(s) || s === 'italy'));
    expect(day.leagueMembers).not.toContain('germany');
    // Italy leaving later in the month says nothing of the Franco-Soviet treaty, in force since 1936.
    expect(december.francoSovietInForce).toBe(true);
    expect(day.treatyInForce).toBe(true);
    // A month with no state leaving later: the day has no list of its own (the world's is read).
    expect(crisisDay(january, move)).toEqual({ date: '1938-01-01', treatyInForce: true, law: day.law });
    const answers = {
      councilResult: 'none',
      uk: 'no-view',
      italy: 'no-view',
      franceActs: false,
      parliament: false,
      sovietActs: false,
      czechoslovakActs: false,
      transit: { poland: false, romania: false },
    } as const;
    const onTheDay = legalCaseFor(december, move.incident, answers, day);
    expect(onTheDay.world?.leagueMembers).toContain('italy');
    expect(worldFactsOn(onTheDay.date, onTheDay.world).councilPermanent).toContain('italy');
    // A month later the same move is judged without Italy.
    const after = legalCaseFor(january, move.incident, answers, crisisDay(january, move));
    expect(worldFactsOn(after.date, after.world).councilPermanent).not.toContain('italy');
  });
});

describe('a state a German move annexes or occupies stops taking part in the League', () => {
  it('takes Austria out from the Anschluss done, and Czechoslovakia from Prague done, not before', () => {
    const { months, final } = playHistory('annexed-league');
    expect(final.moves.anschluss?.status).toBe('done');
    expect(final.moves.prague?.status).toBe('done');
    const anschluss = final.moves.anschluss?.month ?? '';
    const prague = final.moves.prague?.month ?? '';
    for (const [month, world] of months) {
      expect(world.leagueMembers.includes('austria'), month).toBe(month <= anschluss);
      expect(world.leagueMembers.includes('czechoslovakia'), month).toBe(month <= prague);
    }
    expect(final.leagueMembers).not.toContain('austria');
    expect(final.leagueMembers).not.toContain('czechoslovakia');
  });
});
