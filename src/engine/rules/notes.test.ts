/**
 * The step notes: the facts each step of a rule machine adds to a verdict's
 * path, which the rules X-ray shows a class. Each note function is called
 * directly, branch by branch, on a context built by hand, and the text is the
 * one the step should tell (who voted, which guarantor said what, what help is
 * left), checked against what the step means.
 */
import { describe, expect, it } from 'vitest';
import type { CovenantCouncilContext } from './covenantCouncilMachine';
import { covenantCouncilNote } from './covenantCouncilMachine';
import {
  type CzechoslovakSovietContext,
  czechoslovakSovietHelper,
  czechoslovakSovietNote,
} from './czechoslovakSovietMachine';
import type { IncidentEvent } from './facts';
import { type FrancoSovietPactContext, francoSovietPactNote, pactHelper } from './francoSovietPactMachine';
import { FEASIBILITY } from './lawData';
import type { LocarnoContext } from './locarnoMachine';
import { locarnoNote } from './locarnoMachine';
import type { FrenchAction } from './locarnoRules';
import type { CountryId } from './types';
import { type WorldOverrides, worldFactsOn } from './worldFacts';

const attackOn = (
  victim: CountryId,
  aggressor: CountryId = 'germany',
  target: 'own-territory' | 'ally' | 'other' = 'own-territory',
): IncidentEvent => ({ type: 'incident.attack', aggressor, victim, target, unprovoked: true });

describe('locarnoNote', () => {
  const contextOn = (
    date: string,
    action: FrenchAction,
    verdicts: LocarnoContext['verdicts'] = {},
    overrides: WorldOverrides = {},
  ): LocarnoContext => ({ world: worldFactsOn(date, overrides), action, verdicts });
  const assistance = (basis: 'council-decision' | 'art16-without-recommendation' | 'art15-para7'): FrenchAction => ({
    kind: 'assistance',
    against: 'germany',
    basis,
  });
  const riposte = (unprovoked: boolean): FrenchAction => ({ kind: 'riposte', against: 'germany', unprovoked });

  it('engagement: names the French action judged and Locarno status on the day', () => {
    expect(locarnoNote('engagement', contextOn('1936-01-15', assistance('council-decision')))).toBe(
      'French action judged: an attack on the aggressor to help its victim. Locarno on 15 January 1936: in force.',
    );
    expect(locarnoNote('engagement', contextOn('1936-03-07', riposte(true)))).toBe(
      'French action judged: a riposte into the demilitarised zone. Locarno on 7 March 1936: repudiated by Germany (7 March 1936).',
    );
    expect(locarnoNote('engagement', contextOn('1937-05-01', { kind: 'defence', against: 'germany' }))).toBe(
      'French action judged: resistance to an attack on French territory. Locarno on 1 May 1937: repudiated by Germany, and Belgium released (24 April 1937).',
    );
  });

  it("Art. 2's exception steps: the ground of an assistance action and the reading of Art. 2, nothing for other actions", () => {
    for (const state of ['art2Exceptions', 'art16Exception', 'outsideExceptions']) {
      expect(locarnoNote(state, contextOn('1936-01-15', assistance('art16-without-recommendation'))), state).toBe(
        'Ground of the French action: Art. 16 without a Council recommendation (Protocol I §2); reading of Art. 2: the French reading.',
      );
      expect(
        locarnoNote(state, contextOn('1936-01-15', assistance('art15-para7'), {}, { locarnoReading: 'german' })),
        state,
      ).toBe(
        'Ground of the French action: the liberty of Covenant Art. 15 §7; reading of Art. 2: the German reading (memorandum of 25 May 1935).',
      );
      // A riposte has no League ground: the step says nothing rather than something empty.
      expect(locarnoNote(state, contextOn('1936-01-15', riposte(false))), state).toBeUndefined();
    }
  });

  it('verdictsWeighed: each verdict under its own guarantor, in force (both count)', () => {
    expect(
      locarnoNote(
        'verdictsWeighed',
        contextOn('1936-01-15', assistance('council-decision'), { uk: 'lawful', italy: 'violation-flagrant' }),
      ),
    ).toBe('United Kingdom: lawful; Italy: a flagrant violation.');
    expect(
      locarnoNote(
        'verdictsWeighed',
        contextOn('1936-01-15', assistance('council-decision'), { uk: 'violation-nonflagrant', italy: 'no-view' }),
      ),
    ).toBe('United Kingdom: a violation, not flagrant; Italy: no view.');
  });

  it("verdictsWeighed: after 7 March 1936 it says Italy's verdict does not count", () => {
    expect(locarnoNote('verdictsWeighed', contextOn('1936-03-07', riposte(true), { uk: 'no-view' }))).toBe(
      "United Kingdom: no view (Italy's verdict not counted).",
    );
    // The variant "Locarno without Italy": in force, but Italy left out by the case.
    expect(
      locarnoNote(
        'verdictsWeighed',
        contextOn('1936-01-15', assistance('council-decision'), { uk: 'lawful' }, { guarantors: ['uk'] }),
      ),
    ).toBe("United Kingdom: lawful (Italy's verdict not counted).");
  });

  it('lawful: against a flagrant German breach, a guarantor calling the riposte lawful stands by France (Art. 4 §3)', () => {
    expect(locarnoNote('lawful', contextOn('1936-03-07', riposte(true), { uk: 'lawful' }))).toBe(
      'Britain would stand by France (Art. 4 §3).',
    );
    expect(locarnoNote('lawful', contextOn('1936-01-15', riposte(true), { uk: 'lawful', italy: 'no-view' }))).toBe(
      'Britain would stand by France (Art. 4 §3); Italy would neither oppose nor help.',
    );
    expect(locarnoNote('lawful', contextOn('1936-01-15', riposte(true), { uk: 'no-view', italy: 'lawful' }))).toBe(
      'Britain would neither oppose nor help; Italy would stand by France (Art. 4 §3).',
    );
  });

  it('lawful: for French help to a victim, "lawful" only means the guarantor would not help Germany', () => {
    // Germany breaks no Locarno article by attacking the USSR: Art. 4 §3 gives France no guarantor's help here.
    expect(
      locarnoNote('lawful', contextOn('1936-01-15', assistance('council-decision'), { uk: 'lawful', italy: 'lawful' })),
    ).toBe(
      'Britain holds the French action lawful and would not help Germany; Italy holds the French action lawful and would not help Germany.',
    );
    // A provoked riposte, after Locarno's repudiation: no flagrant German breach either.
    expect(locarnoNote('lawful', contextOn('1936-06-01', riposte(false), { uk: 'lawful' }))).toBe(
      'Britain holds the French action lawful and would not help Germany.',
    );
  });

  it('lawful with no verdict given, and any step without facts of its own: no note', () => {
    expect(locarnoNote('lawful', contextOn('1936-01-15', riposte(true)))).toBeUndefined();
    for (const state of ['zoneDefence', 'ukVerdict', 'italyVerdict', 'opposedFlagrant', 'repudiated', 'noFrenchAction'])
      expect(
        locarnoNote(state, contextOn('1936-01-15', assistance('council-decision'), { uk: 'lawful' })),
        state,
      ).toBeUndefined();
  });
});

describe('covenantCouncilNote', () => {
  const contextOn = (date: string, extra: Partial<CovenantCouncilContext> = {}): CovenantCouncilContext => ({
    world: worldFactsOn(date),
    parties: ['germany', 'ussr'],
    article: null,
    invitation: null,
    result: null,
    referredToAssembly: false,
    ...extra,
  });

  it('at a voting step: the permanent members who vote, all of them where the parties count (Arts. 10, 11, 16)', () => {
    // 1 May 1937: Britain, France, Italy (taking part until December 1937) and the USSR; Germany has left.
    for (const state of ['art10Advice', 'art11Emergency', 'art16Recommendation'])
      expect(covenantCouncilNote(state, contextOn('1937-05-01')), state).toBe(
        'Permanent members voting: United Kingdom, France, Italy, Soviet Union. Elected seats are not modelled (UNCONFIRMED per year).',
      );
  });

  it('at the Art. 15 report: a party on the Council is left out of the count', () => {
    expect(covenantCouncilNote('art15Report', contextOn('1937-05-01'))).toBe(
      'Permanent members voting: United Kingdom, France, Italy; left out as parties: Soviet Union. Elected seats are not modelled (UNCONFIRMED per year).',
    );
    // 1 June 1935: Germany still held its seat; both parties are left out.
    expect(covenantCouncilNote('art15Report', contextOn('1935-06-01', { parties: ['germany', 'ussr'] }))).toBe(
      'Permanent members voting: United Kingdom, France, Italy; left out as parties: Germany, Soviet Union. Elected seats are not modelled (UNCONFIRMED per year).',
    );
    // Neither party on the Council: nobody is left out, and the note does not pretend otherwise.
    expect(covenantCouncilNote('art15Report', contextOn('1937-05-01', { parties: ['poland', 'czechoslovakia'] }))).toBe(
      'Permanent members voting: United Kingdom, France, Italy, Soviet Union. Elected seats are not modelled (UNCONFIRMED per year).',
    );
  });

  it('when a dispute is seized: whether the aggressor is a League Member that day', () => {
    expect(covenantCouncilNote('disputeSeized', contextOn('1937-05-01'))).toBe(
      'Germany is not a League Member on 1 May 1937.',
    );
    expect(covenantCouncilNote('disputeSeized', contextOn('1935-06-01', { parties: ['italy', 'ussr'] }))).toBe(
      'Italy is a League Member on 1 June 1935.',
    );
  });

  it('after the vote: the vote as recorded; before it, nothing', () => {
    expect(covenantCouncilNote('reportByMajority', contextOn('1937-05-01', { result: 'majority-only' }))).toBe(
      'Vote: a majority only.',
    );
    expect(covenantCouncilNote('recommendationIssued', contextOn('1937-05-01', { result: 'unanimous' }))).toBe(
      'Vote: unanimous.',
    );
    expect(covenantCouncilNote('awaitingSeizure', contextOn('1937-05-01'))).toBeUndefined();
    expect(covenantCouncilNote('art17Invitation', contextOn('1937-05-01', { article: 16 }))).toBeUndefined();
  });
});

describe('czechoslovakSovietNote', () => {
  const contextOn = (
    incident: IncidentEvent | null,
    extra: Partial<CzechoslovakSovietContext> = {},
  ): CzechoslovakSovietContext => ({
    world: worldFactsOn('1938-09-20'),
    incident,
    franceAssists: null,
    transit: {},
    ...extra,
  });

  it('partyCheck names the victim; before an incident, nothing', () => {
    expect(czechoslovakSovietNote('partyCheck', contextOn(attackOn('czechoslovakia')))).toBe('Victim: Czechoslovakia.');
    expect(czechoslovakSovietNote('partyCheck', contextOn(attackOn('ussr')))).toBe('Victim: Soviet Union.');
    expect(czechoslovakSovietNote('partyCheck', contextOn(null))).toBeUndefined();
  });

  it("obligationArises: France's help comes first, then the other party owes help", () => {
    expect(
      czechoslovakSovietNote('obligationArises', contextOn(attackOn('czechoslovakia'), { franceAssists: true })),
    ).toBe('France assists the victim; Soviet Union owes help.');
    expect(czechoslovakSovietNote('obligationArises', contextOn(attackOn('ussr'), { franceAssists: true }))).toBe(
      'France assists the victim; Czechoslovakia owes help.',
    );
    // No party is the victim: nobody owes help, and the note names nobody.
    expect(czechoslovakSovietNote('obligationArises', contextOn(attackOn('france')))).toBeUndefined();
    expect(czechoslovakSovietNote('obligationArises', contextOn(null))).toBeUndefined();
  });

  it('noFrenchAssistance says France does not assist', () => {
    expect(
      czechoslovakSovietNote('noFrenchAssistance', contextOn(attackOn('czechoslovakia'), { franceAssists: false })),
    ).toBe('France does not assist the victim.');
  });

  it('rendered: the kinds of Soviet help that could reach Czechoslovakia, by the transit answers', () => {
    expect(
      czechoslovakSovietNote(
        'rendered',
        contextOn(attackOn('czechoslovakia'), { transit: { poland: false, romania: true } }),
      ),
    ).toBe('Feasible: economic help, air forces, land forces through Poland or Romania.');
    expect(czechoslovakSovietNote('rendered', contextOn(attackOn('czechoslovakia')))).toBe('Feasible: economic help.');
  });

  it('steps without facts of their own: no note', () => {
    for (const state of ['peace', 'inForceCheck', 'europeanCheck', 'frenchCondition', 'sovietLeadership'])
      expect(czechoslovakSovietNote(state, contextOn(attackOn('czechoslovakia'))), state).toBeUndefined();
  });

  it('the helper is the other party, and nobody before the incident', () => {
    expect(czechoslovakSovietHelper(contextOn(attackOn('czechoslovakia')))).toBe('ussr');
    expect(czechoslovakSovietHelper(contextOn(attackOn('ussr')))).toBe('czechoslovakia');
    expect(czechoslovakSovietHelper(contextOn(attackOn('poland')))).toBeNull();
    expect(czechoslovakSovietHelper(contextOn(null))).toBeNull();
  });
});

describe('francoSovietPactNote', () => {
  const contextOn = (
    incident: IncidentEvent | null,
    extra: Partial<FrancoSovietPactContext> = {},
    date = '1937-05-01',
    overrides: WorldOverrides = {},
  ): FrancoSovietPactContext => ({
    world: worldFactsOn(date, overrides),
    incident,
    council: null,
    locarno: null,
    transit: {},
    convention: null,
    ...extra,
  });

  it('inForceCheck: the date and whether the treaty is in force, and when the case set it', () => {
    expect(francoSovietPactNote('inForceCheck', contextOn(attackOn('ussr'), {}, '1936-03-27'))).toBe(
      '27 March 1936: in force.',
    );
    expect(francoSovietPactNote('inForceCheck', contextOn(attackOn('ussr'), {}, '1936-03-07'))).toBe(
      '7 March 1936: not in force.',
    );
    expect(
      francoSovietPactNote('inForceCheck', contextOn(attackOn('ussr'), {}, '1935-12-01', { treatyInForce: true })),
    ).toBe('1 December 1935: in force (set by the case).');
    // Another override does not make the treaty's status "set by the case".
    expect(
      francoSovietPactNote('inForceCheck', contextOn(attackOn('ussr'), {}, '1935-12-01', { locarnoReading: 'german' })),
    ).toBe('1 December 1935: not in force.');
  });

  it('europeanCheck names the aggressor; before an incident, nothing', () => {
    expect(francoSovietPactNote('europeanCheck', contextOn(attackOn('ussr', 'japan')))).toBe('Aggressor: Japan.');
    expect(francoSovietPactNote('europeanCheck', contextOn(null))).toBeUndefined();
  });

  it('ownTerritoryCheck names the victim and the target of an attack only', () => {
    expect(francoSovietPactNote('ownTerritoryCheck', contextOn(attackOn('ussr', 'germany', 'ally')))).toBe(
      'Victim: Soviet Union; target: ally.',
    );
    expect(francoSovietPactNote('ownTerritoryCheck', contextOn(attackOn('france')))).toBe(
      'Victim: France; target: own-territory.',
    );
    expect(
      francoSovietPactNote(
        'ownTerritoryCheck',
        contextOn({ type: 'incident.threat', aggressor: 'germany', victim: 'ussr' }),
      ),
    ).toBeUndefined();
    expect(francoSovietPactNote('ownTerritoryCheck', contextOn(null))).toBeUndefined();
  });

  it('obligationArises names the party that owes help', () => {
    expect(francoSovietPactNote('obligationArises', contextOn(attackOn('ussr')))).toBe('France owes help.');
    expect(francoSovietPactNote('obligationArises', contextOn(attackOn('france')))).toBe('Soviet Union owes help.');
    expect(francoSovietPactNote('obligationArises', contextOn(attackOn('czechoslovakia')))).toBeUndefined();
    expect(pactHelper(contextOn(null))).toBeNull();
  });

  it('rendered: the kinds of help left, then what the military convention makes of them', () => {
    const none = FEASIBILITY.delivery.none.text;
    expect(none).toContain('improvised');
    expect(francoSovietPactNote('rendered', contextOn(attackOn('ussr'), { convention: 'none' }))).toBe(
      `Feasible: an offensive in the west, economic help. ${none}`,
    );
    expect(
      francoSovietPactNote(
        'rendered',
        contextOn(attackOn('france'), { convention: 'signed', transit: { poland: true, romania: false } }),
      ),
    ).toBe(
      `Feasible: economic help, naval forces, troops sent by sea, air forces, land forces through Poland or Romania. ${FEASIBILITY.delivery.signed.text}`,
    );
    // Before the convention is known, the note does not invent one.
    expect(francoSovietPactNote('rendered', contextOn(attackOn('france')))).toBe(
      'Feasible: economic help, naval forces, troops sent by sea.',
    );
  });

  it('steps without facts of their own: no note', () => {
    for (const state of ['peace', 'partyCheck', 'leagueRoute', 'locarnoCheck', 'frenchCabinet', 'militaryConvention'])
      expect(francoSovietPactNote(state, contextOn(attackOn('ussr'), { convention: 'none' })), state).toBeUndefined();
  });
});
