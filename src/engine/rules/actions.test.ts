/**
 * What the rule machines record as facts arrive: each guarantor's verdict under
 * its own name, the article the Council was seized under and its vote, a
 * referral to the Assembly, the Locarno verdict the pact received, and France's
 * answer at Prague. Each run is a few transitions, built inside its test.
 */
import { describe, expect, it } from 'vitest';
import { covenantCouncilMachine, covenantCouncilNote } from './covenantCouncilMachine';
import { czechoslovakSovietMachine } from './czechoslovakSovietMachine';
import { francoSovietPactMachine } from './francoSovietPactMachine';
import { locarnoMachine, locarnoNote } from './locarnoMachine';
import { contextOf, finalVerdictOf, sendFact, startRun, stateName } from './ruleRun';
import { worldFactsOn } from './worldFacts';

describe('locarnoMachine records each verdict under the guarantor that gave it', () => {
  it('Britain lawful, Italy flagrant violation: Italy opposes, and the path says who said what', () => {
    const world = worldFactsOn('1936-01-15');
    let run = startRun(
      locarnoMachine,
      { world, action: { kind: 'assistance', against: 'germany', basis: 'council-decision' } },
      locarnoNote,
    );
    run = sendFact(run, { type: 'guarantor.uk', verdict: 'lawful' });
    expect(stateName(run.snapshot)).toBe('italyVerdict');
    run = sendFact(run, { type: 'guarantor.italy', verdict: 'violation-flagrant' });
    expect(contextOf<typeof locarnoMachine>(run.snapshot).verdicts).toEqual({
      uk: 'lawful',
      italy: 'violation-flagrant',
    });
    expect(stateName(run.snapshot)).toBe('opposedFlagrant');
    expect(finalVerdictOf(run)).toEqual({ outcome: 'violation', reason: 'GUARANTOR_OPPOSED' });
    expect(run.path.find((s) => s.state === 'locarno.verdictsWeighed')?.note).toBe(
      'United Kingdom: lawful; Italy: a flagrant violation.',
    );
  });

  it('Britain non-flagrant violation, Italy lawful: the reverse, recorded the other way round', () => {
    const world = worldFactsOn('1936-01-15');
    let run = startRun(locarnoMachine, {
      world,
      action: { kind: 'assistance', against: 'germany', basis: 'art15-para7' },
    });
    run = sendFact(run, { type: 'guarantor.uk', verdict: 'violation-nonflagrant' });
    run = sendFact(run, { type: 'guarantor.italy', verdict: 'lawful' });
    expect(contextOf<typeof locarnoMachine>(run.snapshot).verdicts).toEqual({
      uk: 'violation-nonflagrant',
      italy: 'lawful',
    });
    expect(stateName(run.snapshot)).toBe('opposedNonFlagrant');
  });

  it("after the repudiation only Britain is asked, and a lawful riposte against a flagrant breach has Britain at France's side", () => {
    let run = startRun(
      locarnoMachine,
      { world: worldFactsOn('1936-03-07'), action: { kind: 'riposte', against: 'germany', unprovoked: true } },
      locarnoNote,
    );
    run = sendFact(run, { type: 'guarantor.uk', verdict: 'lawful' });
    expect(contextOf<typeof locarnoMachine>(run.snapshot).verdicts).toEqual({ uk: 'lawful' });
    expect(finalVerdictOf(run)).toEqual({ outcome: 'lawful', reason: null });
    expect(run.path.map((s) => s.note).filter((n) => n !== undefined)).toEqual([
      'French action judged: a riposte into the demilitarised zone. Locarno on 7 March 1936: repudiated by Germany (7 March 1936).',
      "United Kingdom: lawful (Italy's verdict not counted).",
      'Britain would stand by France (Art. 4 §3).',
    ]);
  });
});

describe('covenantCouncilMachine records the procedure', () => {
  it('starts unseized, with no vote and no referral', () => {
    const run = startRun(covenantCouncilMachine, { world: worldFactsOn('1937-05-01'), parties: ['germany', 'ussr'] });
    expect(contextOf<typeof covenantCouncilMachine>(run.snapshot)).toMatchObject({
      article: null,
      invitation: null,
      result: null,
      referredToAssembly: false,
    });
  });

  it('records the article, the vote, and a referral to the Assembly', () => {
    let run = startRun(
      covenantCouncilMachine,
      { world: worldFactsOn('1935-06-01'), parties: ['italy', 'ussr'] },
      covenantCouncilNote,
    );
    run = sendFact(run, { type: 'council.seize', article: 15 });
    expect(contextOf<typeof covenantCouncilMachine>(run.snapshot).article).toBe(15);
    expect(stateName(run.snapshot)).toBe('art15Report');
    run = sendFact(run, { type: 'council.referToAssembly' });
    expect(contextOf<typeof covenantCouncilMachine>(run.snapshot).referredToAssembly).toBe(true);
    expect(stateName(run.snapshot)).toBe('assemblyReferral');
  });

  it('records the vote, and the path shows it', () => {
    let run = startRun(
      covenantCouncilMachine,
      { world: worldFactsOn('1935-06-01'), parties: ['italy', 'ussr'] },
      covenantCouncilNote,
    );
    run = sendFact(run, { type: 'council.seize', article: 15 });
    run = sendFact(run, { type: 'council.result', result: 'majority-only' });
    expect(contextOf<typeof covenantCouncilMachine>(run.snapshot)).toMatchObject({
      article: 15,
      result: 'majority-only',
      referredToAssembly: false,
    });
    expect(run.path.at(-1)).toMatchObject({
      state: 'covenantCouncil.reportByMajority',
      note: 'Vote: a majority only.',
    });
  });
});

describe('francoSovietPactMachine records the Locarno verdict it receives', () => {
  it('a lawful verdict is kept as given, and France is asked next', () => {
    let run = startRun(francoSovietPactMachine, { world: worldFactsOn('1937-05-01') });
    run = sendFact(run, {
      type: 'incident.attack',
      aggressor: 'germany',
      victim: 'ussr',
      target: 'own-territory',
      unprovoked: true,
    });
    run = sendFact(run, {
      type: 'council.outcome',
      report: { article: 16, invitation: 'refuse-and-war', outcome: 'no-unanimity' },
    });
    expect(stateName(run.snapshot)).toBe('locarnoCheck');
    run = sendFact(run, { type: 'locarno.verdict', outcome: 'lawful', reason: null });
    expect(contextOf<typeof francoSovietPactMachine>(run.snapshot).locarno).toEqual({
      outcome: 'lawful',
      reason: null,
    });
    expect(stateName(run.snapshot)).toBe('frenchCabinet');
  });
});

describe("czechoslovakSovietMachine records France's answer at Prague", () => {
  const attack = {
    type: 'incident.attack',
    aggressor: 'germany',
    victim: 'czechoslovakia',
    target: 'own-territory',
    unprovoked: true,
  } as const;

  it('France assists: recorded true, and the USSR is asked', () => {
    let run = startRun(czechoslovakSovietMachine, { world: worldFactsOn('1938-09-20') });
    run = sendFact(run, attack);
    run = sendFact(run, { type: 'decision.franceAssistsVictim', yes: true });
    expect(contextOf<typeof czechoslovakSovietMachine>(run.snapshot).franceAssists).toBe(true);
    expect(stateName(run.snapshot)).toBe('sovietLeadership');
  });

  it('France does not: recorded false, and the treaty does not apply', () => {
    let run = startRun(czechoslovakSovietMachine, { world: worldFactsOn('1938-09-20') });
    run = sendFact(run, attack);
    run = sendFact(run, { type: 'decision.franceAssistsVictim', yes: false });
    expect(contextOf<typeof czechoslovakSovietMachine>(run.snapshot).franceAssists).toBe(false);
    expect(finalVerdictOf(run)).toEqual({ outcome: 'not-applicable', reason: 'NO_FRENCH_ASSISTANCE' });
  });
});
