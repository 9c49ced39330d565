/** The rule helpers beside the machines, tested as the plain functions they are. */
import { describe, expect, it } from 'vitest';
import { deliveryFor, feasibleTypes, needsTransit, typesLostToTransit } from './assistanceRules';
import { councilVote, excludesParties, isAdoptedByGuidance, isUnanimousUnder } from './covenantRules';
import { CALENDAR } from './lawData';
import { countingGuarantors, isCoveredByArt2, isLocarnoCounterpart, isViolationVerdict } from './locarnoRules';
import {
  assistanceBasis,
  FRANCO_SOVIET_PARTIES,
  hasRecommendation,
  helperFor,
  isAgainstOwnTerritory,
  isReportAdopted,
  isWithinThreePartyLimits,
  leagueRoute,
  needsLocarnoCheck,
} from './pactRules';
import { isMember, isParticipatingMember, locarnoStatusOn, worldFactsOn } from './worldFacts';

describe('covenantRules', () => {
  it('leaves the parties out of the count only for Art. 15 reports', () => {
    expect([10, 11, 15, 16, 17].filter((a) => excludesParties(a as 10))).toEqual([15]);
    expect(isUnanimousUnder(15, 'unanimous-excluding-parties')).toBe(true);
    expect(isUnanimousUnder(11, 'unanimous-excluding-parties')).toBe(false);
    expect(isUnanimousUnder(16, 'unanimous')).toBe(true);
    expect(isUnanimousUnder(15, 'majority-only')).toBe(false);
  });

  it('adopts an Art. 16 recommendation without the parties only under the 1921 guidance', () => {
    expect(isAdoptedByGuidance(16, 'unanimous-excluding-parties')).toBe(true);
    expect(isAdoptedByGuidance(11, 'unanimous-excluding-parties')).toBe(false);
    expect(isAdoptedByGuidance(16, 'none')).toBe(false);
  });

  it('names the permanent members who vote, and the parties left out under Art. 15', () => {
    const world = worldFactsOn('1937-05-01');
    expect(councilVote(world, 11, ['germany', 'ussr'])).toEqual({
      voters: ['uk', 'france', 'italy', 'ussr'],
      excluded: [],
    });
    expect(councilVote(world, 15, ['germany', 'ussr'])).toEqual({
      voters: ['uk', 'france', 'italy'],
      excluded: ['ussr'],
    });
    expect(councilVote(worldFactsOn('1938-03-01'), 11, ['germany', 'ussr']).voters).not.toContain('italy');
    expect(councilVote(worldFactsOn('1934-06-01'), 11, ['germany', 'poland']).voters).not.toContain('ussr');
  });
});

describe('locarnoRules', () => {
  it('binds France towards Germany and Belgium only', () => {
    expect(isLocarnoCounterpart('germany')).toBe(true);
    expect(isLocarnoCounterpart('belgium')).toBe(true);
    expect(isLocarnoCounterpart('italy')).toBe(false);
  });

  it("counts Italy's verdict only while Locarno is in force", () => {
    expect(countingGuarantors('in-force')).toEqual(['uk', 'italy']);
    expect(countingGuarantors('repudiated')).toEqual(['uk']);
    expect(countingGuarantors('belgium-released')).toEqual(['uk']);
  });

  it('covers help without a recommendation on the French reading only', () => {
    expect(isCoveredByArt2('art16-without-recommendation', 'french')).toBe(true);
    expect(isCoveredByArt2('art16-without-recommendation', 'german')).toBe(false);
    expect(isCoveredByArt2('council-decision', 'german')).toBe(true);
    expect(isCoveredByArt2('art15-para7', 'german')).toBe(true);
  });

  it('treats only violations as blocking verdicts', () => {
    expect(
      ['lawful', 'no-view', 'violation-flagrant', 'violation-nonflagrant'].filter((v) =>
        isViolationVerdict(v as 'lawful'),
      ),
    ).toEqual(['violation-flagrant', 'violation-nonflagrant']);
  });
});

describe('pactRules', () => {
  it('finds the helper as the other party', () => {
    expect(helperFor(FRANCO_SOVIET_PARTIES, 'ussr')).toBe('france');
    expect(helperFor(FRANCO_SOVIET_PARTIES, 'france')).toBe('ussr');
    expect(helperFor(FRANCO_SOVIET_PARTIES, 'czechoslovakia')).toBeNull();
  });

  it('applies Protocol I (own territory) and Protocol IV (Germany) limits', () => {
    expect(isAgainstOwnTerritory(FRANCO_SOVIET_PARTIES, 'ussr', 'own-territory')).toBe(true);
    expect(isAgainstOwnTerritory(FRANCO_SOVIET_PARTIES, 'ussr', 'other')).toBe(false);
    expect(isAgainstOwnTerritory(FRANCO_SOVIET_PARTIES, 'czechoslovakia', 'own-territory')).toBe(false);
    expect(isWithinThreePartyLimits(FRANCO_SOVIET_PARTIES, 'germany')).toBe(true);
    expect(isWithinThreePartyLimits(FRANCO_SOVIET_PARTIES, 'italy')).toBe(false);
  });

  it('chooses the League route and the ground of a French action from what the Council did', () => {
    expect(leagueRoute({ article: 16, invitation: 'refuse-and-war', outcome: 'no-unanimity' })).toBe('art17');
    expect(leagueRoute({ article: 16, invitation: 'accept', outcome: 'no-unanimity' })).toBe('art16');
    expect(leagueRoute({ article: 15, invitation: null, outcome: 'report-only' })).toBe('art15');
    expect(assistanceBasis({ article: 16, invitation: null, outcome: 'recommendation' })).toBe('council-decision');
    expect(assistanceBasis({ article: 16, invitation: null, outcome: 'no-unanimity' })).toBe(
      'art16-without-recommendation',
    );
    expect(assistanceBasis({ article: 15, invitation: null, outcome: 'no-unanimity' })).toBe('art15-para7');
    expect(assistanceBasis({ article: 15, invitation: null, outcome: 'recommendation' })).toBe(
      'art16-without-recommendation',
    );
  });

  it('runs the Locarno check only for France acting against Germany or Belgium', () => {
    expect(needsLocarnoCheck('france', 'germany')).toBe(true);
    expect(needsLocarnoCheck('france', 'belgium')).toBe(true);
    expect(needsLocarnoCheck('ussr', 'germany')).toBe(false);
    expect(needsLocarnoCheck('ussr', 'belgium')).toBe(false);
    expect(needsLocarnoCheck(null, 'germany')).toBe(false);
    expect(needsLocarnoCheck('france', 'poland')).toBe(false);
    expect(needsLocarnoCheck('france', 'italy')).toBe(false);
  });

  it('reads an adopted report only under Art. 15, and a recommendation only under Arts. 16 and 17', () => {
    expect(isReportAdopted({ article: 15, invitation: null, outcome: 'recommendation' })).toBe(true);
    expect(isReportAdopted({ article: 16, invitation: null, outcome: 'recommendation' })).toBe(false);
    expect(isReportAdopted({ article: 15, invitation: null, outcome: 'report-only' })).toBe(false);
    expect(hasRecommendation({ article: 16, invitation: null, outcome: 'recommendation' })).toBe(true);
    expect(hasRecommendation({ article: 16, invitation: 'refuse-and-war', outcome: 'recommendation' })).toBe(true);
    expect(hasRecommendation({ article: 15, invitation: null, outcome: 'recommendation' })).toBe(false);
    expect(hasRecommendation({ article: 16, invitation: null, outcome: 'no-unanimity' })).toBe(false);
  });
});

describe('assistanceRules', () => {
  it('needs transit for Soviet air and land help only', () => {
    expect(needsTransit('ussr', 'france')).toBe(true);
    expect(needsTransit('france', 'ussr')).toBe(false);
    expect(feasibleTypes('ussr', 'czechoslovakia', { poland: false, romania: false }, [])).toEqual(['economic']);
    expect(feasibleTypes('ussr', 'czechoslovakia', { poland: false, romania: true }, [])).toEqual([
      'economic',
      'air',
      'land_via_transit',
    ]);
    expect(typesLostToTransit('ussr', 'czechoslovakia', { poland: false, romania: false }, ['air'])).toEqual([
      'land_via_transit',
    ]);
  });

  it('drops what the situation rules out, and knows no route the treaties never ask for', () => {
    expect(feasibleTypes('france', 'ussr', {}, ['offensive_in_west'])).toEqual(['economic']);
    expect(feasibleTypes('poland', 'ussr', {}, [])).toEqual([]);
  });

  it('maps the convention to how prepared help is', () => {
    expect(deliveryFor('none')).toBe('improvised');
    expect(deliveryFor('staff-contacts')).toBe('prepared');
    expect(deliveryFor('signed')).toBe('planned');
  });
});

describe('worldFacts', () => {
  it('reads treaty dates and Locarno status from the calendar, day by day', () => {
    expect(worldFactsOn('1936-03-26').francoSovietInForce).toBe(false);
    expect(worldFactsOn('1936-03-27').francoSovietInForce).toBe(true);
    expect(locarnoStatusOn(CALENDAR, '1936-03-06')).toBe('in-force');
    expect(locarnoStatusOn(CALENDAR, '1936-03-07')).toBe('repudiated');
    expect(locarnoStatusOn(CALENDAR, '1937-04-24')).toBe('belgium-released');
  });

  it('knows League membership by date (Germany out from 21 Oct 1935, USSR in from 18 Sept 1934)', () => {
    expect(isMember(CALENDAR, 'germany', '1935-10-20')).toBe(true);
    expect(isMember(CALENDAR, 'germany', '1935-10-21')).toBe(false);
    expect(isMember(CALENDAR, 'ussr', '1934-09-17')).toBe(false);
    expect(isMember(CALENDAR, 'ussr', '1934-09-18')).toBe(true);
    expect(isMember(CALENDAR, 'czechoslovakia', '1939-03-15')).toBe(false);
    expect(isMember(CALENDAR, 'japan', '1936-01-01')).toBe(false);
  });

  it('keeps Italy a Member after it stops taking part (Dec 1937)', () => {
    expect(isMember(CALENDAR, 'italy', '1938-01-01')).toBe(true);
    expect(isParticipatingMember(CALENDAR, 'italy', '1937-12-10')).toBe(true);
    expect(isParticipatingMember(CALENDAR, 'italy', '1937-12-11')).toBe(false);
  });

  it('lets a case override what the date gives, and says so', () => {
    const world = worldFactsOn('1936-01-01', {
      treatyInForce: true,
      locarno: 'repudiated',
      leagueMembers: ['germany'],
    });
    expect(world).toMatchObject({ francoSovietInForce: true, locarno: 'repudiated', leagueMembers: ['germany'] });
    expect(world.overridden).toEqual(['leagueMembers', 'locarno', 'treatyInForce']);
    expect(world.councilPermanent).toEqual([]);
  });
});
