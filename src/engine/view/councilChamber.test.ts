/**
 * What the League Council chamber shows a class, checked fast and case by
 * case (the long property over thousands of games is
 * `councilChamber.property.test.ts`, which the mutation run leaves out): who
 * sits and who is a party, whose vote counts under which article, who votes
 * against and by which rule, what the votes add up to, the Assembly, the empty
 * seats and the Locarno guarantors. Every chamber, world and vote is made
 * inside the test that checks it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyCrises, SCENARIOS_DIR } from '../../testing/scenarios';
import { CALENDAR, COUNCIL_VOTE_RULES } from '../rules/lawData';
import { type LegalCase, parseLegalCaseText } from '../rules/legalCase';
import type { CountryId, SeatId } from '../rules/types';
import { countryName, worldFactsOn } from '../rules/worldFacts';
import { CRISIS_CHOICES } from '../turn/actions';
import { crisisDay, crisisResponses } from '../turn/crisis';
import {
  absentSeats,
  assemblyTally,
  assemblyVotes,
  councilChamberOfCase,
  councilTableBefore,
  councilTally,
  councilVotes,
  crisisCouncil,
  type MemberVote,
  type PartyRole,
  type Vote,
} from './councilChamber';

/** A legal case file of scenarios/cases, read and checked. */
function caseFile(name: string): LegalCase {
  const parsed = parseLegalCaseText(readFileSync(join(SCENARIOS_DIR, 'cases', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}

const RULES = COUNCIL_VOTE_RULES;
/** "source; assumption", as the chamber cites a rule that has both. */
const both = (rule: { source?: string; assumption?: string }) => `${rule.source}; ${rule.assumption}`;

function voteOf(votes: readonly MemberVote[], state: SeatId): MemberVote {
  const vote = votes.find((v) => v.state === state);
  if (vote === undefined) throw new Error(`${state} has no vote`);
  return vote;
}

const against = (votes: readonly MemberVote[]) => votes.filter((v) => v.vote === 'against').map((v) => v.state);

/** A hand-made vote, for the tallies. */
function member(state: CountryId, party: PartyRole | null, vote: Vote): MemberVote {
  return { state, name: state, party, counting: 'counts', vote, rule: '', ruleSource: '' };
}

describe('councilVotes: each seated member’s vote for a result', () => {
  const seated = ['uk', 'france', 'italy', 'germany', 'ussr'] as const;

  it('has every member vote for a unanimous result, the accused too', () => {
    const votes = councilVotes(seated, ['germany', 'ussr'], 16, 'unanimous');
    expect(against(votes)).toEqual([]);
    expect(voteOf(votes, 'germany').rule).toBe(RULES.others.text);
    expect(votes.map((v) => v.state)).toEqual([...seated]);
    expect(votes.map((v) => v.name)).toEqual(seated.map((s) => countryName(s)));
  });

  it('has the accused vote against, by its rule, when only the others agreed; the victim votes for by its own', () => {
    const votes = councilVotes(seated, ['germany', 'ussr'], 16, 'unanimous-excluding-parties');
    expect(against(votes)).toEqual(['germany']);
    const accused = voteOf(votes, 'germany');
    expect(accused.party).toBe('aggressor');
    expect(accused.rule).toBe(RULES.aggressor.text);
    expect(accused.ruleSource).toBe(both(RULES.aggressor));
    const victim = voteOf(votes, 'ussr');
    expect(victim.party).toBe('victim');
    expect(victim.vote).toBe('for');
    expect(victim.rule).toBe(RULES.victim.text);
    // The victim's rule has no source: the model's assumption alone is cited.
    expect(victim.ruleSource).toBe(RULES.victim.assumption);
    const other = voteOf(votes, 'uk');
    expect(other.party).toBeNull();
    expect(other.rule).toBe(RULES.others.text);
    expect(other.ruleSource).toBe(RULES.others.assumption);
  });

  it('names one dissenter, the first of the model’s order, where one vote is enough to fail', () => {
    for (const [article, result] of [
      [11, 'none'],
      [16, 'none'],
      [15, 'majority-only'],
    ] as const) {
      const votes = councilVotes(seated, ['germany', 'ussr'], article, result);
      expect(against(votes), `${article} ${result}`).toEqual(['italy', 'germany']);
      expect(voteOf(votes, 'italy').rule).toBe(RULES.dissent.text);
      expect(voteOf(votes, 'italy').ruleSource).toBe(both(RULES.dissent));
    }
  });

  it('gives the withheld vote to the elected seats, not to Britain, once Italy no longer sits', () => {
    const table = ['uk', 'france', 'ussr', 'elected', 'germany', 'poland'] as const;
    for (const [article, result] of [
      [16, 'none'],
      [11, 'none'],
      [15, 'majority-only'],
    ] as const) {
      const votes = councilVotes(table, ['germany', 'poland'], article, result);
      expect(against(votes), `${article} ${result}`).toEqual(['elected', 'germany']);
      expect(voteOf(votes, 'elected').name).toBe(RULES.elected.name);
      expect(voteOf(votes, 'elected').rule).toBe(RULES.dissent.text);
    }
    // With Italy at the table, Italy withholds it and the elected seats vote with the others.
    const withItaly = councilVotes(['uk', 'italy', 'elected', 'germany', 'ussr'], ['germany', 'ussr'], 16, 'none');
    expect(against(withItaly)).toEqual(['italy', 'germany']);
    expect(voteOf(withItaly, 'elected').vote).toBe('for');
  });

  it('denies a majority when an Art. 15 report fails altogether: half the others, rounded up, vote against', () => {
    const table = ['uk', 'france', 'italy', 'poland', 'romania', 'germany', 'ussr'] as const;
    const votes = councilVotes(table, ['germany', 'ussr'], 15, 'none');
    // Five members are not parties: three withhold their votes, in the model's order.
    expect(against(votes)).toEqual(['uk', 'italy', 'poland', 'germany']);
    expect(councilTally(votes, 15)).toBe('none');
    const four = councilVotes(['uk', 'france', 'italy', 'poland', 'germany'], ['germany', 'ussr'], 15, 'none');
    expect(against(four)).toEqual(['uk', 'italy', 'germany']);
    expect(councilTally(four, 15)).toBe('none');
  });

  it('puts the members the model’s order does not name after those it does, in their seating order', () => {
    // Germany and Japan are not in the dissent order; France is.
    const votes = councilVotes(['germany', 'japan', 'france'], ['ussr', 'czechoslovakia'], 15, 'none');
    expect(against(votes)).toEqual(['germany', 'france']);
    const one = councilVotes(['germany', 'japan'], ['ussr', 'czechoslovakia'], 11, 'none');
    expect(against(one)).toEqual(['germany']);
  });

  it('says whose vote counts under each article: the parties’ under Arts. 10 and 11, not under 15, and under 16 by the letter only', () => {
    const counting = (article: 10 | 11 | 15 | 16) =>
      councilVotes(seated, ['germany', 'ussr'], article, 'none').map((v) => `${v.state}:${v.counting}`);
    for (const article of [10, 11] as const)
      expect(counting(article)).toEqual([
        'uk:counts',
        'france:counts',
        'italy:counts',
        'germany:counts',
        'ussr:counts',
      ]);
    expect(counting(15)).toEqual(['uk:counts', 'france:counts', 'italy:counts', 'germany:left-out', 'ussr:left-out']);
    expect(counting(16)).toEqual([
      'uk:counts',
      'france:counts',
      'italy:counts',
      'germany:left-out-in-practice',
      'ussr:left-out-in-practice',
    ]);
  });
});

describe('councilTally: the result the votes add up to', () => {
  it('is unanimous when all vote for, unanimous apart from the parties when only a party votes against', () => {
    expect(councilTally([member('uk', null, 'for'), member('germany', 'aggressor', 'for')], 16)).toBe('unanimous');
    expect(
      councilTally(
        [member('uk', null, 'for'), member('germany', 'aggressor', 'against'), member('ussr', 'victim', 'for')],
        16,
      ),
    ).toBe('unanimous-excluding-parties');
  });

  it('is a majority report only under Art. 15, and only with more than half of the others for', () => {
    const three = [
      member('uk', null, 'for'),
      member('france', null, 'for'),
      member('italy', null, 'against'),
      member('germany', 'aggressor', 'against'),
    ];
    expect(councilTally(three, 15)).toBe('majority-only');
    expect(councilTally(three, 16)).toBe('none');
    expect(councilTally(three, 11)).toBe('none');
    const even = [member('uk', null, 'for'), member('italy', null, 'against')];
    expect(councilTally(even, 15)).toBe('none');
  });
});

describe('the Assembly (Art. 15 §10)', () => {
  const members = ['uk', 'france', 'italy', 'poland', 'romania', 'belgium', 'germany', 'ussr'] as const;
  const council = ['uk', 'france', 'italy', 'germany', 'ussr'] as const;

  it('adopts a report with every Council member for and the accused against, its vote left out', () => {
    const votes = assemblyVotes(members, council, ['germany', 'ussr'], true);
    expect(votes.map((v) => v.state)).toEqual([...members]);
    expect(against(votes)).toEqual(['germany']);
    // Under Art. 15 the parties' votes are left out, for Council members too.
    expect(voteOf(votes, 'germany').counting).toBe('left-out');
    expect(voteOf(votes, 'ussr').counting).toBe('left-out');
    expect(voteOf(votes, 'poland').counting).toBe('counts');
    expect(voteOf(votes, 'poland').rule).toBe(RULES.others.text);
    expect(assemblyTally(votes, council)).toBe(true);
  });

  it('fails when one Council member present withholds its vote, the others of the Assembly voting for', () => {
    const votes = assemblyVotes(members, council, ['germany', 'ussr'], false);
    expect(against(votes)).toEqual(['italy', 'germany']);
    expect(voteOf(votes, 'italy').rule).toBe(RULES.dissent.text);
    expect(assemblyTally(votes, council)).toBe(false);
  });

  it('names its dissenter among the Council members present in the Assembly only', () => {
    // Britain sits on the Council but is not among the Assembly's members here: Belgium withholds.
    const votes = assemblyVotes(
      ['belgium', 'poland', 'germany', 'ussr'],
      ['uk', 'belgium'],
      ['germany', 'ussr'],
      false,
    );
    expect(against(votes)).toEqual(['belgium', 'germany']);
  });

  it('gives parties without a Council seat their roles: the accused against, the victim for', () => {
    const votes = assemblyVotes(['uk', 'poland', 'czechoslovakia'], ['uk'], ['poland', 'czechoslovakia'], true);
    const accused = voteOf(votes, 'poland');
    expect([accused.party, accused.vote, accused.counting, accused.rule]).toEqual([
      'aggressor',
      'against',
      'left-out',
      RULES.aggressor.text,
    ]);
    expect(accused.ruleSource).toBe(both(RULES.aggressor));
    const victim = voteOf(votes, 'czechoslovakia');
    expect([victim.party, victim.vote, victim.counting, victim.rule]).toEqual([
      'victim',
      'for',
      'left-out',
      RULES.victim.text,
    ]);
    expect(victim.ruleSource).toBe(RULES.victim.assumption);
    expect(voteOf(votes, 'uk').ruleSource).toBe(RULES.others.assumption);
  });

  it('carries a report with every Council member for and more than half of the rest, the parties left out', () => {
    const council2 = ['uk', 'france'] as const;
    const base = [member('uk', null, 'for'), member('france', null, 'for'), member('germany', 'aggressor', 'against')];
    expect(assemblyTally(base, council2)).toBe(true);
    expect(assemblyTally([...base, member('poland', null, 'for'), member('romania', null, 'against')], council2)).toBe(
      false,
    );
    expect(
      assemblyTally(
        [...base, member('poland', null, 'for'), member('romania', null, 'against'), member('belgium', null, 'for')],
        council2,
      ),
    ).toBe(true);
    expect(
      assemblyTally([...base.slice(1), member('uk', null, 'against'), member('poland', null, 'for')], council2),
    ).toBe(false);
  });
});

describe('the empty permanent seats', () => {
  it('says a seat is not yet held, with its date, before the USSR joined', () => {
    const absent = absentSeats(worldFactsOn('1934-06-01'));
    expect(absent.map((a) => a.state)).toEqual(['ussr']);
    expect(absent[0]?.why).toBe('no seat yet: a permanent member from 18 September 1934');
    expect(absent[0]?.name).toBe(countryName('ussr'));
    expect(absent[0]?.source).toBe(CALENDAR.leagueMembers.ussr?.source);
  });

  it('has no empty seat in March 1935, and says who left the League or stopped taking part later', () => {
    expect(absentSeats(worldFactsOn('1935-03-20'))).toEqual([]);
    const absent = absentSeats(worldFactsOn('1938-06-01'));
    expect(absent.map((a) => [a.state, a.why])).toEqual([
      ['italy', 'stopped taking part from 11 December 1937'],
      ['germany', 'left the League: a Member until 20 October 1935'],
    ]);
    expect(absent.map((a) => a.source)).toEqual([
      CALENDAR.leagueMembers.italy?.source,
      CALENDAR.leagueMembers.germany?.source,
    ]);
    // On the day Italy stopped taking part its seat is already empty; Germany's is still held on its last day.
    expect(absentSeats(worldFactsOn('1937-12-11')).map((a) => a.state)).toEqual(['italy', 'germany']);
    expect(absentSeats(worldFactsOn('1935-10-20')).map((a) => a.state)).toEqual([]);
    expect(absentSeats(worldFactsOn('1935-10-21')).map((a) => a.state)).toEqual(['germany']);
  });

  it('says a seat is empty because its holder is not a Member in a case that says so', () => {
    const world = worldFactsOn('1937-03-01', { leagueMembers: ['france', 'italy', 'ussr', 'poland'] });
    const absent = absentSeats(world);
    expect(absent.map((a) => [a.state, a.why])).toEqual([
      ['uk', 'not a League Member in this case'],
      ['germany', 'left the League: a Member until 20 October 1935'],
    ]);
    expect(absent[0]?.source).toBe(CALENDAR.leagueMembers.uk?.source);
  });
});

describe('the chamber of a legal case', () => {
  it('seats a Member party without a seat under Art. 11, whose vote counts, so the others’ agreement is not enough', () => {
    // The case keeps Germany a League Member (a what-if): a non-Member would not sit (the next test).
    const chamber = councilChamberOfCase(caseFile('germany-threatens-ussr-1937'));
    expect(chamber.date).toBe('1937-02-01');
    expect(chamber.seized).toBe(true);
    expect(chamber.article).toBe(11);
    expect(chamber.council.cite).toMatch(/^Covenant Art\. 11/);
    expect(chamber.council.needs).toMatch(/parties included/);
    expect(chamber.council.members.map((m) => m.state)).toEqual([
      'uk',
      'france',
      'italy',
      'ussr',
      'elected',
      'germany',
    ]);
    // The elected seats sit as one place, named as the data names them, for with the others.
    const elected = voteOf(chamber.council.members, 'elected');
    expect([elected.name, elected.party, elected.vote]).toEqual([RULES.elected.name, null, 'for']);
    expect(elected.rule).toBe(`${RULES.elected.text} ${RULES.others.text}`);
    expect(elected.ruleSource).toBe(both(RULES.elected));
    expect(chamber.parties).toEqual([
      {
        state: 'germany',
        name: countryName('germany'),
        role: 'aggressor',
        member: true,
        seated: false,
        atTable: true,
      },
      { state: 'ussr', name: countryName('ussr'), role: 'victim', member: true, seated: true, atTable: true },
    ]);
    expect(chamber.council.result).toBe('unanimous-excluding-parties');
    expect(chamber.council.tally).toBe('unanimous-excluding-parties');
    expect(chamber.council.reached).toBe(false);
    expect(chamber.council.tallyOutcome).toBe('no-unanimity');
    expect(chamber.outcome).toBe('no-unanimity');
    expect([chamber.council.votesFor, chamber.council.votesAgainst]).toEqual([5, 1]);
    expect(chamber.council.body).toBe('council');
    expect(chamber.assembly).toBeNull();
    expect(chamber.referred).toBe(false);
    expect(chamber.end).toEqual(chamber.path.at(-1));
    expect(chamber.end.state.startsWith('covenantCouncil.')).toBe(true);
    expect(chamber.electedSeats).toBe(CALENDAR.councilNonPermanent.note);
    expect(chamber.partiesRule).toEqual({ text: RULES.parties.text, source: both(RULES.parties) });
    expect(councilChamberOfCase(caseFile('germany-threatens-ussr-1937'), false).seized).toBe(false);
  });

  it('keeps a non-Member no Art. 17 invitation reached away from the table: Germany at the Sudeten threat', () => {
    const chamber = councilChamberOfCase(caseFile('germany-threatens-czechoslovakia-1938'));
    expect(chamber.article).toBe(11);
    expect(chamber.invitation).toBeNull();
    expect(chamber.parties.map((p) => [p.state, p.member, p.atTable])).toEqual([
      ['germany', false, false],
      ['czechoslovakia', true, true],
    ]);
    expect(chamber.council.members.map((m) => m.state)).not.toContain('germany');
    // The votes shown still lead where the case's result led.
    expect(chamber.council.tally).toBe(chamber.council.result);
  });

  it('keeps a non-Member that refused the Art. 17 invitation and went to war away from the table', () => {
    const chamber = councilChamberOfCase(caseFile('czechoslovakia-cut-off'));
    expect(chamber.invitation).toBe('refuse-and-war');
    expect(chamber.article).toBe(16);
    expect(chamber.council.cite).toMatch(/^Covenant Art\. 16/);
    expect(chamber.council.needs).toMatch(/1921 guidance/);
    expect(chamber.parties.map((p) => [p.state, p.member, p.seated, p.atTable])).toEqual([
      ['germany', false, false, false],
      ['czechoslovakia', true, false, true],
    ]);
    // Italy no longer sits: the vote withheld is the elected seats', not Britain's (councilVotes.json dissent).
    expect(chamber.council.members.map((m) => `${m.state}:${m.vote}`)).toEqual([
      'uk:for',
      'france:for',
      'ussr:for',
      'elected:against',
      'czechoslovakia:for',
    ]);
    expect(chamber.absent.map((a) => a.state)).toEqual(['italy', 'germany']);
  });

  it('seats a Member party without a permanent seat beside the permanent members', () => {
    const chamber = councilChamberOfCase(caseFile('poland-attacks-ussr'));
    expect(chamber.invitation).toBeNull();
    expect(chamber.council.members.map((m) => `${m.state}:${m.party ?? '-'}:${m.vote}`)).toEqual([
      'uk:-:for',
      'france:-:for',
      'italy:-:against',
      'ussr:victim:for',
      'elected:-:for',
      'poland:aggressor:against',
    ]);
    expect(chamber.parties.map((p) => [p.state, p.member, p.seated, p.atTable])).toEqual([
      ['poland', true, false, true],
      ['ussr', true, true, true],
    ]);
    expect([chamber.council.votesFor, chamber.council.votesAgainst]).toEqual([4, 2]);
  });

  it('reaches a recommendation on a unanimous vote', () => {
    const chamber = councilChamberOfCase(caseFile('council-recommends-germany-a-member'));
    expect(chamber.council.tally).toBe('unanimous');
    expect(chamber.council.reached).toBe(true);
    expect(chamber.council.tallyOutcome).toBe('recommendation');
    expect(chamber.outcome).toBe('recommendation');
    expect(chamber.council.votesAgainst).toBe(0);
  });

  it('shows an Art. 15 majority report as a report only, its votes short of what the article needs', () => {
    const chamber = councilChamberOfCase(caseFile('article-15-report-fails'));
    expect(chamber.article).toBe(15);
    expect(chamber.council.cite).toMatch(/^Covenant Art\. 15/);
    expect(chamber.council.needs).toMatch(/left out/);
    expect(chamber.council.tally).toBe('majority-only');
    expect(chamber.council.tallyOutcome).toBe('report-only');
    expect(chamber.council.reached).toBe(false);
    expect([chamber.council.votesFor, chamber.council.votesAgainst]).toEqual([4, 2]);
  });

  it('shows the Assembly’s vote where the Council referred the dispute, adopted or not', () => {
    const adopted = councilChamberOfCase(caseFile('assembly-adopts-report'));
    expect(adopted.referred).toBe(true);
    expect(adopted.council.reached).toBe(false);
    expect(adopted.outcome).toBe('recommendation');
    const assembly = adopted.assembly;
    expect(assembly?.body).toBe('assembly');
    expect(assembly?.cite).toBe('Covenant Art. 15 §10');
    expect(assembly?.needs).toMatch(/majority of the other Members/);
    expect([assembly?.result, assembly?.tally, assembly?.reached, assembly?.tallyOutcome]).toEqual([
      'adopted',
      'adopted',
      true,
      null,
    ]);
    // The case's League: nine Members, Germany among them, and the Council's elected seats as one place; only the
    // accused votes against.
    expect(assembly?.members.length).toBe(10);
    expect(assembly?.members.at(-1)?.state).toBe('elected');
    expect([assembly?.votesFor, assembly?.votesAgainst]).toEqual([9, 1]);
    const legalCase = caseFile('assembly-adopts-report');
    const failed = councilChamberOfCase({ ...legalCase, council: { ...legalCase.council, assembly: 'not-adopted' } });
    expect([failed.assembly?.result, failed.assembly?.tally, failed.assembly?.reached]).toEqual([
      'not-adopted',
      'not-adopted',
      false,
    ]);
    expect([failed.assembly?.votesFor, failed.assembly?.votesAgainst]).toEqual([8, 2]);
  });

  it('shows the Assembly of the day’s participating Members where the case does not name them', () => {
    const legalCase = caseFile('assembly-adopts-report');
    const { world, ...rest } = legalCase;
    const chamber = councilChamberOfCase({
      ...rest,
      date: '1938-06-01',
      event: { ...rest.event, aggressor: 'poland' },
    });
    const states = chamber.assembly?.members.map((m) => m.state) ?? [];
    expect(states.length).toBeGreaterThan(3);
    // Italy stopped taking part in December 1937, Germany left in 1935, Austria in March 1938.
    for (const gone of ['italy', 'germany', 'austria'] as const) expect(states).not.toContain(gone);
    expect(states).toContain('uk');
    expect(world?.leagueMembers).toContain('germany');
  });

  it('says whether the treaties’ verdicts passed through this Council vote', () => {
    expect(councilChamberOfCase(caseFile('germany-attacks-ussr-1937')).usedByVerdicts).toBe(true);
    expect(councilChamberOfCase(caseFile('poland-attacks-ussr')).usedByVerdicts).toBe(false);
  });

  it('counts Italy’s Locarno verdict only while Locarno is in force, and says from when it does not', () => {
    const before = councilChamberOfCase(caseFile('italy-objects-while-locarno-in-force'));
    expect(before.guarantors).toEqual([
      { state: 'uk', name: countryName('uk'), verdict: 'lawful', counts: true, note: 'its verdict counts.' },
      {
        state: 'italy',
        name: countryName('italy'),
        verdict: 'violation-flagrant',
        counts: true,
        note: 'its verdict counts.',
      },
    ]);
    const after = councilChamberOfCase(caseFile('germany-attacks-ussr-britain-objects'));
    expect(after.guarantors.map((g) => [g.state, g.verdict, g.counts])).toEqual([
      ['uk', 'violation-nonflagrant', true],
      ['italy', 'lawful', false],
    ]);
    expect(after.guarantors[1]?.note).toBe(
      "its verdict does not count: from 7 March 1936 only Britain's does (treaty-and-rules.md §5.8).",
    );
  });
});

describe('the chamber of a crisis in play', () => {
  it('is the chamber of the crisis’s own day, with the answers that resolve it', () => {
    const [first] = historyCrises('chamber-crisis', 'france', 'refer-council');
    if (first === undefined) throw new Error('no crisis in as-it-happened');
    const responses = crisisResponses(first.before, 'refer-council');
    if (responses === null) throw new Error('no responses');
    const chamber = crisisCouncil(first.before, 'refer-council');
    expect(chamber?.date).toBe(crisisDay(first.before, responses.move).date);
    expect(chamber?.seized).toBe(responses.councilSeized);
    expect(chamber?.parties.map((p) => p.role)).toEqual(['aggressor', 'victim']);
    expect(chamber?.parties[1]?.state).toBe(responses.move.incident.victim);
    expect(crisisCouncil(first.after, 'refer-council')).toBeNull();
  });

  it('says whether a side waited for the Council’s word: a referral, or the Protocol only without its override', () => {
    const [first] = historyCrises('chamber-waited', 'france', 'refer-council');
    if (first === undefined) throw new Error('no crisis in as-it-happened');
    // as-it-happened scripts the USSR's answer (it stood aside at the Rhineland): France's alone decides.
    expect(crisisResponses(first.before, 'refer-council')?.sovietChoice).toBe('stand-aside');
    expect(crisisCouncil(first.before, 'refer-council')?.waited).toBe(true);
    expect(crisisCouncil(first.before, 'invoke-protocol')?.waited).toBe(false);
    expect(crisisCouncil(first.before, 'mobilise')?.waited).toBe(false);
    // Under the variant that takes Protocol I's override away, invoking it waits for a recommendation too.
    const noOverride = { ...first.before, variants: ['no-protocol-override'] };
    expect(crisisCouncil(noOverride, 'invoke-protocol')?.waited).toBe(true);
    // A legal case has no answers.
    expect(councilChamberOfCase(caseFile('poland-attacks-ussr')).waited).toBeNull();
  });
});

describe('the Council table before a class answers (presentation mode)', () => {
  it('is the same for every answer: the chamber of each answer with its votes left out', () => {
    const crises = historyCrises('chamber-table', 'france', 'stand-aside');
    expect(crises.length).toBeGreaterThan(2);
    for (const { before, after } of crises) {
      const table = councilTableBefore(before);
      if (table === null) throw new Error(`no table for ${before.crisis?.move}`);
      for (const choice of CRISIS_CHOICES) {
        const chamber = crisisCouncil(before, choice);
        if (chamber === null) throw new Error(`no chamber for ${choice}`);
        expect(table.date).toBe(chamber.date);
        expect(table.article).toBe(chamber.article);
        expect(table.parties).toEqual(chamber.parties);
        expect(table.members).toEqual(
          chamber.council.members.map((m) => ({ state: m.state, name: m.name, party: m.party, counting: m.counting })),
        );
        expect([table.needs, table.cite]).toEqual([chamber.council.needs, chamber.council.cite]);
        expect(table.absent).toEqual(chamber.absent);
        expect(table.partiesRule).toEqual(chamber.partiesRule);
        expect(table.electedSeats).toBe(chamber.electedSeats);
      }
      // Once answered, no crisis waits, and there is no table.
      expect(councilTableBefore(after)).toBeNull();
    }
  });
});
