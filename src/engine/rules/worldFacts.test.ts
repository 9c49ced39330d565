/**
 * The legal facts of a day, read from the calendar: League membership and
 * taking part, Council seats by their dates, the Czechoslovak-Soviet treaty's
 * first day, Locarno's status. Every world is built inside its test.
 */
import { describe, expect, it } from 'vitest';
import { CALENDAR } from './lawData';
import { COUNTRY_IDS } from './types';
import { countryName, isEuropean, isMember, isParticipatingMember, locarnoStatusOn, worldFactsOn } from './worldFacts';

describe('worldFacts', () => {
  it('a state marked as never a Member (Japan) takes no part', () => {
    expect(isMember(CALENDAR, 'japan', '1936-01-01')).toBe(false);
    expect(isParticipatingMember(CALENDAR, 'japan', '1936-01-01')).toBe(false);
    expect(isParticipatingMember(CALENDAR, 'france', '1936-01-01')).toBe(true);
  });

  it('no state takes part outside its membership: Germany after 21 Oct 1935, the USSR before 18 Sept 1934', () => {
    expect(isParticipatingMember(CALENDAR, 'germany', '1935-10-20')).toBe(true);
    expect(isParticipatingMember(CALENDAR, 'germany', '1935-10-21')).toBe(false);
    expect(isParticipatingMember(CALENDAR, 'ussr', '1934-09-17')).toBe(false);
    expect(isParticipatingMember(CALENDAR, 'ussr', '1934-09-18')).toBe(true);
  });

  it('the League Members of a day, from the calendar', () => {
    // On 1 May 1937 every state the engine knows is a Member, but Germany (out from 21 Oct 1935) and Japan.
    expect(worldFactsOn('1937-05-01').leagueMembers).toEqual(
      COUNTRY_IDS.filter((state) => state !== 'germany' && state !== 'japan'),
    );
    expect(worldFactsOn('1935-06-01').leagueMembers).toContain('germany');
  });

  it('the Czechoslovak-Soviet treaty is in force from its signature, 16 May 1935 (the model reading)', () => {
    expect(worldFactsOn('1935-05-15').czechoslovakSovietInForce).toBe(false);
    expect(worldFactsOn('1935-05-16').czechoslovakSovietInForce).toBe(true);
    expect(worldFactsOn('1935-05-15', { czechoslovakSovietInForce: true }).czechoslovakSovietInForce).toBe(true);
  });

  it("a permanent seat counts from its first day: Germany's from 14 Sept 1926", () => {
    expect(worldFactsOn('1926-09-13').councilPermanent).not.toContain('germany');
    expect(worldFactsOn('1926-09-14').councilPermanent).toContain('germany');
    expect(worldFactsOn('1935-10-21').councilPermanent).toEqual(['uk', 'france', 'italy', 'ussr']);
  });

  it('Locarno counts as in force until a dated status says otherwise', () => {
    expect(locarnoStatusOn({ ...CALENDAR, locarnoStatus: [] }, '1937-01-01')).toBe('in-force');
    expect(worldFactsOn('1936-03-06').locarno).toBe('in-force');
    expect(worldFactsOn('1936-03-06').guarantors).toEqual(['uk', 'italy']);
    expect(worldFactsOn('1936-03-07').guarantors).toEqual(['uk']);
  });

  it('names and geography come from countries.json', () => {
    expect(countryName('ussr')).toBe('Soviet Union');
    expect(isEuropean('germany')).toBe(true);
    expect(isEuropean('japan')).toBe(false);
  });
});
