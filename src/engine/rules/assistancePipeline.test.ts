import { describe, expect, it } from 'vitest';
import type { FactRequest } from './assistancePipeline';
import { assistancePipeline, caseFactSource, evaluateCase, hollowTreaties, runPipeline } from './assistancePipeline';
import type { FactEvent } from './facts';
import type { LegalCase } from './legalCase';
import type { TreatyVerdict } from './types';
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

/** The requests a case's pipeline makes, as `machine.state`, answered from the case. */
function requestsOf(legalCase: LegalCase): string[] {
  const pipeline = assistancePipeline(worldFactsOn(legalCase.date), legalCase.event);
  const source = caseFactSource(legalCase);
  const asked: string[] = [];
  let step = pipeline.next();
  while (!step.done) {
    asked.push(`${step.value.machine}.${step.value.state}`);
    step = pipeline.next(source(step.value));
  }
  return asked;
}

describe('France and Czechoslovakia', () => {
  const onCzechoslovakia = (over: Partial<LegalCase> = {}): LegalCase => ({
    ...GERMANY_ATTACKS_USSR,
    id: 'germany-attacks-czechoslovakia',
    date: '1938-09-20',
    event: {
      kind: 'attack',
      aggressor: 'germany',
      victim: 'czechoslovakia',
      target: 'own-territory',
      unprovoked: true,
    },
    decisions: { ...GERMANY_ATTACKS_USSR.decisions, franceAssistsCzechoslovakia: true },
    ...over,
  });

  it('asks first whether France assists Czechoslovakia, citing the Protocol that makes Soviet help depend on it', () => {
    const pipeline = assistancePipeline(worldFactsOn('1938-09-20'), onCzechoslovakia().event);
    const first = pipeline.next();
    expect(first.done).toBe(false);
    if (!first.done)
      expect(first.value).toEqual({
        machine: 'czechoslovakSoviet',
        state: 'frenchCondition',
        awaits: ['decision.franceAssistsVictim'],
        cite: 'Czechoslovak-Soviet Treaty, Protocol of Signature; Franco-Czechoslovak treaties of 1924 and 1925',
        summary: 'Does France give Czechoslovakia assistance? Soviet help is owed only if it does.',
      });
    expect(() => pipeline.next({ type: 'convention.level', level: 'none' })).toThrow(
      'expected decision.franceAssistsVictim, got convention.level',
    );
  });

  it('does not ask it of a threat: consultation owes no help', () => {
    const threat = onCzechoslovakia({
      event: { ...GERMANY_ATTACKS_USSR.event, kind: 'threat', victim: 'czechoslovakia' },
    });
    expect(requestsOf(threat)).not.toContain('czechoslovakSoviet.frenchCondition');
    expect(evaluateCase(threat).verdicts.locarno.path.map((s) => s.state)).toEqual([
      'locarno.engagement',
      'locarno.noFrenchAction',
    ]);
  });

  it('France acting against Germany: the Council route gives the ground, and its steps head the Locarno path', () => {
    const { verdicts } = evaluateCase(onCzechoslovakia());
    const states = verdicts.locarno.path.map((s) => s.state);
    expect(states.slice(0, 2)).toEqual(['covenantCouncil.awaitingSeizure', 'covenantCouncil.disputeSeized']);
    expect(states.indexOf('locarno.engagement')).toBeGreaterThan(states.indexOf('covenantCouncil.disputeSeized'));
    expect(verdicts.locarno.path.find((s) => s.state === 'locarno.engagement')?.note).toBe(
      'French action judged: an attack on the aggressor to help its victim. Locarno on 20 September 1938: repudiated by Germany, and Belgium released (24 April 1937).',
    );
    expect(verdicts['czechoslovak-soviet'].owed).toBe(true);
  });

  it('France acting against a state outside Locarno: no Council question, and Locarno does not reach the action', () => {
    const poland = onCzechoslovakia({
      event: {
        kind: 'attack',
        aggressor: 'poland',
        victim: 'czechoslovakia',
        target: 'own-territory',
        unprovoked: true,
      },
    });
    expect(requestsOf(poland).filter((r) => r.startsWith('covenantCouncil'))).toEqual([]);
    const { locarno } = evaluateCase(poland).verdicts;
    expect(locarno.path.map((s) => s.state)).toEqual(['locarno.engagement', 'locarno.notAgainstCounterpart']);
    expect(locarno.path[0]?.note).toBe(
      'French action judged: an attack on the aggressor to help its victim. Locarno on 20 September 1938: repudiated by Germany, and Belgium released (24 April 1937).',
    );
  });
});

describe('the French action Locarno judges outside the pact', () => {
  it('an attack on France: legitimate defence', () => {
    const onFrance: LegalCase = {
      ...GERMANY_ATTACKS_USSR,
      event: { kind: 'attack', aggressor: 'germany', victim: 'france', target: 'own-territory', unprovoked: true },
    };
    expect(evaluateCase(onFrance).verdicts.locarno.path.map((s) => s.state)).toEqual([
      'locarno.engagement',
      'locarno.legitimateDefence',
    ]);
  });

  it('a threat to France: no French action yet', () => {
    const threat: LegalCase = {
      ...GERMANY_ATTACKS_USSR,
      event: { ...GERMANY_ATTACKS_USSR.event, kind: 'threat', victim: 'france' },
    };
    expect(evaluateCase(threat).verdicts.locarno).toMatchObject({ outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' });
  });
});

describe('treaty verdicts: practical obstacles and delivery', () => {
  it('lists a practical reason once among the obstacles, a letter reason never', () => {
    const objects = evaluateCase({
      ...GERMANY_ATTACKS_USSR,
      guarantors: { uk: 'violation-flagrant', italy: 'no-view' },
    });
    expect(objects.verdicts['franco-soviet']).toMatchObject({
      reason: 'GUARANTOR_OPPOSED',
      obstacles: ['GUARANTOR_OPPOSED'],
    });
    const german = evaluateCase({
      ...GERMANY_ATTACKS_USSR,
      date: '1936-01-15',
      world: { treatyInForce: true, locarnoReading: 'german' },
    });
    expect(german.verdicts['franco-soviet']).toMatchObject({
      reason: 'LOCARNO_PROTOCOL_II',
      owed: true,
      obstacles: [],
    });
    const cutOff = evaluateCase({
      ...GERMANY_ATTACKS_USSR,
      event: { kind: 'attack', aggressor: 'germany', victim: 'france', target: 'own-territory', unprovoked: true },
      world: { unavailableTypes: ['economic', 'naval', 'expeditionary_by_sea'] },
    });
    expect(cutOff.verdicts['franco-soviet']).toMatchObject({ reason: 'NO_TRANSIT', obstacles: ['NO_TRANSIT'] });
  });

  it('a verdict never owed lists no obstacles and no delivery', () => {
    const declined = evaluateCase({ ...GERMANY_ATTACKS_USSR, date: '1935-12-01' });
    expect(declined.verdicts['franco-soviet']).toMatchObject({ owed: false, obstacles: [], delivery: null });
  });
});

describe('hollowTreaties', () => {
  const verdict = (over: Partial<TreatyVerdict>): TreatyVerdict => ({
    outcome: 'blocked',
    reason: 'NO_TRANSIT',
    helper: 'ussr',
    types: [],
    owed: true,
    obstacles: [],
    delivery: null,
    path: [],
    ...over,
  });
  const verdicts = (fs: TreatyVerdict, cs: TreatyVerdict) => {
    const { verdicts: base } = evaluateCase(GERMANY_ATTACKS_USSR);
    return { ...base, 'franco-soviet': fs, 'czechoslovak-soviet': cs };
  };

  it('is owed help stopped for a practical reason', () => {
    expect(
      hollowTreaties(verdicts(verdict({}), verdict({ reason: 'POLITICAL_REFUSAL', outcome: 'declined' }))),
    ).toEqual(['franco-soviet', 'czechoslovak-soviet']);
  });

  it('is not help never owed, help stopped by the letter, or help without a reason', () => {
    const notOwed = verdict({ owed: false });
    const letter = verdict({ reason: 'LOCARNO_PROTOCOL_II' });
    const noReason = verdict({ reason: null, outcome: 'declined' });
    expect(hollowTreaties(verdicts(notOwed, letter))).toEqual([]);
    expect(hollowTreaties(verdicts(noReason, verdict({ outcome: 'rendered', reason: null })))).toEqual([]);
  });
});

describe('caseFactSource', () => {
  const ask = (legalCase: LegalCase, ...awaits: FactEvent['type'][]) =>
    caseFactSource(legalCase)({ machine: 'covenantCouncil', state: 'test', awaits });

  it('seizes the Council under the case article, else Art. 11 for a threat and Art. 16 for an attack', () => {
    const threat: LegalCase = {
      ...GERMANY_ATTACKS_USSR,
      event: { ...GERMANY_ATTACKS_USSR.event, kind: 'threat' },
    };
    expect(ask(threat, 'council.seize')).toEqual({ type: 'council.seize', article: 11 });
    expect(ask(GERMANY_ATTACKS_USSR, 'council.seize')).toEqual({ type: 'council.seize', article: 16 });
    expect(ask({ ...threat, council: { result: 'none', article: 10 } }, 'council.seize')).toEqual({
      type: 'council.seize',
      article: 10,
    });
  });

  it('refers an Art. 15 dispute to the Assembly only where the case says the Assembly voted, and gives its vote', () => {
    const referred: LegalCase = {
      ...GERMANY_ATTACKS_USSR,
      council: { result: 'none', article: 15, assembly: 'adopted' },
    };
    expect(ask(referred, 'council.result', 'council.referToAssembly')).toEqual({ type: 'council.referToAssembly' });
    expect(ask(GERMANY_ATTACKS_USSR, 'council.result', 'council.referToAssembly')).toEqual({
      type: 'council.result',
      result: 'none',
    });
    expect(ask(referred, 'assembly.result')).toEqual({ type: 'assembly.result', adopted: true });
    const failed: LegalCase = { ...referred, council: { result: 'none', article: 15, assembly: 'not-adopted' } };
    expect(ask(failed, 'assembly.result')).toEqual({ type: 'assembly.result', adopted: false });
  });

  it('cannot answer what a case does not hold, and says which question it was', () => {
    // A referral alone, where the case names no Assembly vote: nothing in the case answers it.
    expect(() => ask(GERMANY_ATTACKS_USSR, 'council.referToAssembly')).toThrow(
      'a legal case cannot answer covenantCouncil.test (council.referToAssembly)',
    );
  });
});

describe('a French action no assistance treaty covers (treaty-and-rules.md §5.8)', () => {
  const onAustria = (over: Partial<LegalCase> = {}): LegalCase => ({
    ...GERMANY_ATTACKS_USSR,
    id: 'germany-attacks-austria',
    date: '1938-03-12',
    event: { kind: 'attack', aggressor: 'germany', victim: 'austria', target: 'own-territory', unprovoked: true },
    guarantors: { uk: 'violation-nonflagrant', italy: 'no-view' },
    ...over,
  });

  it('asks whether France acts, citing Locarno’s judging of any French action, before the League route it takes', () => {
    const pipeline = assistancePipeline(worldFactsOn('1938-03-12'), onAustria().event);
    let step = pipeline.next();
    const requests: FactRequest[] = [];
    while (!step.done) {
      requests.push(step.value);
      step = pipeline.next(caseFactSource(onAustria())(step.value));
    }
    const acts = requests.filter((r) => r.awaits.includes('decision.franceCabinet'));
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ machine: 'locarno', state: 'engagement' });
    expect(acts[0]?.cite).toContain('§5.8');
    expect(acts[0]?.summary).toContain('Locarno judges any French action against Germany');
    const order = requests.map((r) => `${r.machine}.${r.state}`);
    expect(order.indexOf('locarno.engagement')).toBeLessThan(order.indexOf('covenantCouncil.awaitingSeizure'));
  });

  it('refuses another decision for France’s, even a yes or no', () => {
    for (const [victim, type] of [
      ['austria', 'decision.franceCabinet'],
      ['czechoslovakia', 'decision.franceAssistsVictim'],
    ] as const) {
      const legalCase = onAustria({ event: { ...onAustria().event, victim } });
      const pipeline = assistancePipeline(worldFactsOn(legalCase.date), legalCase.event);
      let step = pipeline.next();
      while (!step.done && !step.value.awaits.includes(type)) {
        step = pipeline.next(caseFactSource(legalCase)(step.value));
      }
      expect(step.done, victim).toBe(false);
      expect(() => pipeline.next({ type: 'decision.frenchParliament', yes: true })).toThrow(
        `expected ${type}, got decision.frenchParliament`,
      );
    }
  });

  it('judges France’s war over Austria as a French action: Britain objecting, a violation; France not acting, none', () => {
    expect(evaluateCase(onAustria()).verdicts.locarno).toMatchObject({
      outcome: 'violation',
      reason: 'GUARANTOR_OPPOSED',
    });
    const staysOut = onAustria({ decisions: { ...GERMANY_ATTACKS_USSR.decisions, franceCabinet: false } });
    expect(evaluateCase(staysOut).verdicts.locarno).toMatchObject({
      outcome: 'not-engaged',
      reason: 'NO_FRENCH_ACTION',
    });
    expect(requestsOf(staysOut)).not.toContain('covenantCouncil.awaitingSeizure');
  });

  it('asks nothing of a France that is itself the aggressor, nor of an attack on the USSR the treaty judged', () => {
    const franceAttacks = onAustria({
      event: { kind: 'attack', aggressor: 'france', victim: 'poland', target: 'own-territory', unprovoked: true },
    });
    expect(requestsOf(franceAttacks)).not.toContain('locarno.engagement');
    // Its own attack is a French action, judged by whom it strikes: Art. 2 binds France towards Germany, not Poland.
    // (It had read "no French action to judge" beside France's attack.)
    const judged = evaluateCase(franceAttacks).verdicts.locarno;
    expect(judged).toMatchObject({ outcome: 'not-engaged', reason: 'NOT_AGAINST_LOCARNO_PARTY' });
    expect(judged.path[0]?.note).toMatch(/^French action judged: an attack by France on another state\./);
    const onGermany = onAustria({
      event: { kind: 'attack', aggressor: 'france', victim: 'germany', target: 'own-territory', unprovoked: true },
    });
    expect(evaluateCase(onGermany).verdicts.locarno.outcome).toBe('violation');
    const notInForce = { ...GERMANY_ATTACKS_USSR, date: '1935-06-01' };
    expect(evaluateCase(notInForce).verdicts['franco-soviet'].reason).toBe('NOT_IN_FORCE');
    expect(requestsOf(notInForce)).not.toContain('locarno.engagement');
    expect(evaluateCase(notInForce).verdicts.locarno).toMatchObject({ reason: 'NO_FRENCH_ACTION' });
  });
});
