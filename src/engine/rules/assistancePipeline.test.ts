import { describe, expect, it } from 'vitest';
import type { FactRequest } from './assistancePipeline';
import { assistancePipeline, caseFactSource, evaluateCase, runPipeline } from './assistancePipeline';
import type { LegalCase } from './legalCase';
import { worldFactsOn } from './worldFacts';

const GERMANY_ATTACKS_USSR: LegalCase = {
  id: 'germany-attacks-ussr',
  date: '1937-05-01',
  event: { kind: 'attack', aggressor: 'germany', victim: 'ussr', target: 'own-territory', unprovoked: true },
  council: { result: 'none' },
  guarantors: { uk: 'lawful', italy: 'no-view' },
  decisions: {
    franceCabinet: true,
    frenchParliament: true,
    sovietLeadership: true,
    czechoslovakGovernment: true,
    franceAssistsCzechoslovakia: false,
  },
  transit: { poland: false, romania: false },
  convention: 'none',
};

describe('assistancePipeline', () => {
  it('pauses at each step that needs a fact, in the order of the rules', () => {
    const pipeline = assistancePipeline(worldFactsOn(GERMANY_ATTACKS_USSR.date), GERMANY_ATTACKS_USSR.event);
    const source = caseFactSource(GERMANY_ATTACKS_USSR);
    const asked: string[] = [];
    let step = pipeline.next();
    while (!step.done) {
      const request: FactRequest = step.value;
      asked.push(`${request.machine}.${request.state}: ${request.awaits.join('|')}`);
      step = pipeline.next(source(request));
    }
    expect(asked).toEqual([
      'covenantCouncil.awaitingSeizure: council.seize',
      'covenantCouncil.art17Invitation: nonMember.invitation',
      'covenantCouncil.art16Recommendation: council.result',
      'locarno.ukVerdict: guarantor.uk',
      'francoSovietPact.frenchCabinet: decision.franceCabinet',
      'francoSovietPact.frenchChambers: decision.frenchParliament',
      'francoSovietPact.militaryConvention: convention.level',
      'czechoslovakSoviet.czechoslovakGovernment: decision.czechoslovakGovernment',
    ]);
    expect(step.value['franco-soviet'].outcome).toBe('rendered');
  });

  it('lets a different answer at a pause change the verdict', () => {
    const source = caseFactSource(GERMANY_ATTACKS_USSR);
    const verdicts = runPipeline(
      assistancePipeline(worldFactsOn(GERMANY_ATTACKS_USSR.date), GERMANY_ATTACKS_USSR.event),
      (request) =>
        request.awaits.includes('guarantor.uk')
          ? { type: 'guarantor.uk', verdict: 'violation-flagrant' }
          : source(request),
    );
    expect(verdicts['franco-soviet']).toMatchObject({ outcome: 'blocked', reason: 'GUARANTOR_OPPOSED', owed: true });
    expect(verdicts.locarno.path.map((s) => s.state)).toContain('locarno.opposedFlagrant');
  });

  it('refuses an answer the waiting machine did not ask for', () => {
    const pipeline = assistancePipeline(worldFactsOn(GERMANY_ATTACKS_USSR.date), GERMANY_ATTACKS_USSR.event);
    pipeline.next();
    expect(() => pipeline.next({ type: 'convention.level', level: 'signed' })).toThrow(/waits for council\.seize/);
  });

  it('splices the Council and Locarno steps into the Franco-Soviet path where they ran', () => {
    const { verdicts } = evaluateCase(GERMANY_ATTACKS_USSR);
    const states = verdicts['franco-soviet'].path.map((s) => s.state);
    const at = (state: string) => states.indexOf(state);
    expect(at('francoSovietPact.leagueRoute')).toBeLessThan(at('covenantCouncil.awaitingSeizure'));
    expect(at('covenantCouncil.noRecommendation')).toBeLessThan(at('francoSovietPact.route17'));
    expect(at('francoSovietPact.locarnoCheck')).toBeLessThan(at('locarno.engagement'));
    expect(at('locarno.lawful')).toBeLessThan(at('francoSovietPact.frenchCabinet'));
  });

  it('records a missing convention as a practical obstacle and improvised delivery', () => {
    const { verdicts } = evaluateCase(GERMANY_ATTACKS_USSR);
    expect(verdicts['franco-soviet'].delivery).toBe('improvised');
    expect(verdicts['franco-soviet'].obstacles).toContain('NO_CONVENTION');
    const signed = evaluateCase({ ...GERMANY_ATTACKS_USSR, convention: 'signed' });
    expect(signed.verdicts['franco-soviet'].delivery).toBe('planned');
    expect(signed.verdicts['franco-soviet'].obstacles).not.toContain('NO_CONVENTION');
  });
});
