/**
 * The League Council chamber (issue 12 §2): who sat at the Council table on
 * the day of a crisis or a legal case, the parties to the dispute, who may not
 * vote under the article in play, each member's vote, and whether the
 * unanimity that article needs was reached; the Locarno guarantors' verdicts
 * beside it; and the Assembly where a case goes there.
 *
 * The engine records only the Council's result (unanimous, unanimous apart
 * from the parties, a majority only, none), never who voted how. So the votes
 * are derived here from that very result, by the rules in
 * `scenarios/law/councilVotes.json` (each the model's assumption, with its
 * source), and the procedure is run by the engine's own Covenant machine
 * (`councilStage`) on the same facts: the tally of the votes shown always
 * leads the machine to the outcome the legal engine reached (tested over
 * thousands of seeded games). Pure: it changes nothing in how a game plays.
 */
import { formatDate } from '../dates';
import { caseFactSource, councilStage, evaluateCase, type FactSource } from '../rules/assistancePipeline';
import { excludesParties } from '../rules/covenantRules';
import type { Incident } from '../rules/facts';
import { CALENDAR, COUNCIL_VOTE_RULES } from '../rules/lawData';
import type { CouncilArticle, CouncilResult, GuarantorVerdict, LegalCase } from '../rules/legalCase';
import { countingGuarantors, type Guarantor } from '../rules/locarnoRules';
import {
  type CouncilOutcome,
  type CountryId,
  ELECTED_SEAT,
  type PathStep,
  type SeatId,
  TREATY_IDS,
} from '../rules/types';
import { countryName, isParticipatingMember, type WorldFacts, worldFactsOn } from '../rules/worldFacts';
import { CRISIS_CHOICES, type CrisisChoice } from '../turn/actions';
import { crisisDay, crisisResponses } from '../turn/crisis';
import { rulesOf } from '../variants/variants';
import { legalCaseFor } from '../world/legalCases';
import type { WorldState } from '../world/worldState';

export type Vote = 'for' | 'against';
export type PartyRole = 'aggressor' | 'victim';

/** How a member's vote counts towards the unanimity the article needs. */
export type Counting =
  /** Its vote counts (Covenant Art. 5 §1: the parties count unless an article says they do not). */
  | 'counts'
  /** A party to an Art. 15 report: its vote is left out (Art. 15 §6-7, §10). */
  | 'left-out'
  /** A party under Art. 16: counted by the letter (Art. 5 §1), left out by the 1921 guidance (practice). */
  | 'left-out-in-practice';

export interface MemberVote {
  /** A state, or the elected seats as one place (`ELECTED_SEAT`: their holders are unconfirmed). */
  readonly state: SeatId;
  readonly name: string;
  /** Its role in the dispute, if it is a party. */
  readonly party: PartyRole | null;
  readonly counting: Counting;
  readonly vote: Vote;
  /** The rule that gave this vote, in words (`scenarios/law/councilVotes.json`). */
  readonly rule: string;
  /** Where the rule comes from: its source, or "the model's assumption". */
  readonly ruleSource: string;
}

export interface DisputeParty {
  readonly state: CountryId;
  readonly name: string;
  readonly role: PartyRole;
  /** A League Member on the day (a non-Member is invited under Art. 17). */
  readonly member: boolean;
  /** It holds a permanent Council seat on the day. */
  readonly seated: boolean;
  /** It sits at the table for this dispute (`parties` in councilVotes.json). */
  readonly atTable: boolean;
}

/** A vote of the Council or the Assembly, with the rule it was judged by. */
export interface Session {
  readonly body: 'council' | 'assembly';
  readonly members: readonly MemberVote[];
  /** What the article needs, in one sentence, and its citation. */
  readonly needs: string;
  readonly cite: string;
  /** The result the legal engine used. */
  readonly result: CouncilResult | 'adopted' | 'not-adopted';
  /** The result the votes shown add up to. */
  readonly tally: CouncilResult | 'adopted' | 'not-adopted';
  /** Did the vote reach what the article needs (the engine's own machine says so of the tally)? */
  readonly reached: boolean;
  /** What the engine's Covenant machine makes of the tally (for the Council; the Assembly's is `reached`). */
  readonly tallyOutcome: CouncilOutcome | null;
  readonly votesFor: number;
  readonly votesAgainst: number;
}

export interface GuarantorView {
  readonly state: Guarantor;
  readonly name: string;
  readonly verdict: GuarantorVerdict;
  /** Its verdict counts in the Locarno check (treaty-and-rules.md §5.8: Italy's only while Locarno is in force). */
  readonly counts: boolean;
  /** Why it counts or not, with the date from calendar.json. */
  readonly note: string;
}

/** A permanent seat of the calendar empty on the day, and why (calendar.json, with its source). */
export interface AbsentSeat {
  readonly state: CountryId;
  readonly name: string;
  readonly why: string;
  readonly source: string;
}

export interface CouncilChamber {
  readonly date: string;
  /** Did anyone bring the dispute before the Council? (Always true for a legal case.) */
  readonly seized: boolean;
  /** The article the vote was taken under (a dispute with a non-Member reaches Art. 16 through Art. 17). */
  readonly article: CouncilArticle;
  /** The non-Member's answer to the Art. 17 invitation, if one was made. */
  readonly invitation: 'accept' | 'refuse-and-war' | null;
  readonly parties: readonly DisputeParty[];
  readonly council: Session;
  readonly assembly: Session | null;
  /** The Covenant machine's steps, as the legal engine runs them on these facts. */
  readonly path: readonly PathStep[];
  /** The step the procedure ended at, with its citation and whether it is letter or practice. */
  readonly end: PathStep;
  readonly outcome: CouncilOutcome;
  /** The Council sent the dispute to the Assembly instead of voting (Art. 15 §9-10). */
  readonly referred: boolean;
  /** Did the treaties' verdicts pass through this Council vote (or were they decided before the League route)? */
  readonly usedByVerdicts: boolean;
  /**
   * At a crisis: did a side wait for the Council's word before acting (it referred the crisis, or invoked the
   * Protocol where a rule variant takes away its override)? Null for a legal case, which has no answers.
   */
  readonly waited: boolean | null;
  readonly guarantors: readonly GuarantorView[];
  /** Permanent seats empty on the day: a state that left the League, stopped taking part, or had no seat yet. */
  readonly absent: readonly AbsentSeat[];
  /** Why the elected seats are not shown (calendar.json). */
  readonly electedSeats: string;
  /** The rule that seats the parties, and its provenance (councilVotes.json). */
  readonly partiesRule: { readonly text: string; readonly source: string };
}

/** What each article needs, and its citation (treaty-and-rules.md §2). */
const NEEDS: Readonly<Record<CouncilArticle, { needs: string; cite: string }>> = {
  10: {
    needs: 'Advice needs every member present to agree, the parties included (no exception is written into Art. 10).',
    cite: 'Covenant Art. 10; Art. 5 §1',
  },
  11: {
    needs: "Every member present must agree, the parties included: the parties' votes count under Art. 11.",
    cite: 'Covenant Art. 11 §1; Art. 5 §1',
  },
  15: {
    needs:
      'A report binds if every member agrees apart from the parties, whose votes are left out (Art. 15 §6); otherwise Members keep their liberty (§7).',
    cite: 'Covenant Art. 15 §6-7',
  },
  16: {
    needs:
      "A recommendation of forces needs every member to agree (Art. 5 §1). The 1921 guidance left the accused's and the victim's votes out of the opinion that a breach had occurred; the model extends that practice to a recommendation.",
    cite: 'Covenant Art. 16 §2; Art. 5 §1; League Assembly resolutions of 4 Oct 1921',
  },
};

const ASSEMBLY_NEEDS = {
  needs:
    "The Assembly's report has the force of a unanimous Council report if every Council member present and a majority of the other Members agree, the parties left out.",
  cite: 'Covenant Art. 15 §10',
};

const provenance = (rule: { source?: string; assumption?: string }) =>
  [rule.source, rule.assumption].filter((s) => s !== undefined).join('; ') || "the model's assumption";

function countingOf(article: CouncilArticle, party: PartyRole | null): Counting {
  if (party === null) return 'counts';
  if (excludesParties(article)) return 'left-out';
  return article === 16 ? 'left-out-in-practice' : 'counts';
}

/** Members whose vote counts for "unanimous apart from the parties": everyone who is not a party. */
const nonParty = (m: { party: PartyRole | null }) => m.party === null;

/** A place's name at the table: a state's, or the elected seats' (councilVotes.json `elected`). */
function seatName(seat: SeatId): string {
  return seat === ELECTED_SEAT ? COUNCIL_VOTE_RULES.elected.name : countryName(seat);
}

/**
 * Each seated member's vote for `result`, by the rules of councilVotes.json.
 * Against: the aggressor (unless all agreed), and, when the result is short of
 * unanimity apart from the parties, the dissenters in the model's order
 * (enough to deny a majority when the result is "none" under Art. 15).
 */
export function councilVotes(
  seated: readonly SeatId[],
  parties: readonly [CountryId, CountryId],
  article: CouncilArticle,
  result: CouncilResult,
): MemberVote[] {
  const rules = COUNCIL_VOTE_RULES;
  const roleOf = (state: SeatId): PartyRole | null =>
    state === parties[0] ? 'aggressor' : state === parties[1] ? 'victim' : null;
  const othersAgreed = result === 'unanimous' || result === 'unanimous-excluding-parties';
  const nonParties = seated.filter((s) => roleOf(s) === null);
  // Who withholds its vote: none if the others agreed; one for a majority report, or
  // wherever one vote is enough to fail; enough to deny a majority for "none" under Art. 15.
  const dissentOrder = [
    ...rules.dissent.order.filter((s) => nonParties.includes(s)),
    ...nonParties.filter((s) => !rules.dissent.order.includes(s)),
  ];
  let against = 0;
  if (!othersAgreed) against = result === 'none' && article === 15 ? Math.ceil(nonParties.length / 2) : 1;
  const dissenters = dissentOrder.slice(0, Math.max(against, 0));
  return seated.map((state): MemberVote => {
    const party = roleOf(state);
    const base = { state, name: seatName(state), party, counting: countingOf(article, party) };
    if (party === 'aggressor' && result !== 'unanimous')
      return { ...base, vote: 'against', rule: rules.aggressor.text, ruleSource: provenance(rules.aggressor) };
    if (party === 'victim')
      return { ...base, vote: 'for', rule: rules.victim.text, ruleSource: provenance(rules.victim) };
    if (dissenters.includes(state))
      return { ...base, vote: 'against', rule: rules.dissent.text, ruleSource: provenance(rules.dissent) };
    if (state === ELECTED_SEAT)
      return {
        ...base,
        vote: 'for',
        rule: `${rules.elected.text} ${rules.others.text}`,
        ruleSource: provenance(rules.elected),
      };
    return { ...base, vote: 'for', rule: rules.others.text, ruleSource: provenance(rules.others) };
  });
}

/** The Council result that `votes` add up to (parties told apart by `party`). */
export function councilTally(votes: readonly MemberVote[], article: CouncilArticle): CouncilResult {
  if (votes.every((v) => v.vote === 'for')) return 'unanimous';
  const others = votes.filter(nonParty);
  if (others.every((v) => v.vote === 'for')) return 'unanimous-excluding-parties';
  const yes = others.filter((v) => v.vote === 'for').length;
  return article === 15 && yes * 2 > others.length ? 'majority-only' : 'none';
}

/**
 * The Assembly's votes: the Council members present (the elected seats among them, as one place) and the other
 * Members the model knows.
 */
export function assemblyVotes(
  members: readonly CountryId[],
  councilMembers: readonly SeatId[],
  parties: readonly [CountryId, CountryId],
  adopted: boolean,
): MemberVote[] {
  const result: CouncilResult = adopted ? 'unanimous-excluding-parties' : 'none';
  const present = councilMembers.filter((s) => s === ELECTED_SEAT || members.includes(s));
  // Art. 15 §10 fails as soon as one Council member present (not a party) withholds its vote.
  const seatedVotes = councilVotes(present, parties, 16, result);
  const rules = COUNCIL_VOTE_RULES;
  const elected = present.filter((s) => s === ELECTED_SEAT);
  return [...members, ...elected].map((state): MemberVote => {
    const onCouncil = seatedVotes.find((v) => v.state === state);
    if (onCouncil !== undefined) return { ...onCouncil, counting: countingOf(15, onCouncil.party) };
    const party: PartyRole | null = state === parties[0] ? 'aggressor' : state === parties[1] ? 'victim' : null;
    const base = { state, name: seatName(state), party, counting: countingOf(15, party) };
    if (party === 'aggressor')
      return { ...base, vote: 'against', rule: rules.aggressor.text, ruleSource: provenance(rules.aggressor) };
    if (party === 'victim')
      return { ...base, vote: 'for', rule: rules.victim.text, ruleSource: provenance(rules.victim) };
    return { ...base, vote: 'for', rule: rules.others.text, ruleSource: provenance(rules.others) };
  });
}

/** Whether Assembly votes carry a report under Art. 15 §10 (the parties left out). */
export function assemblyTally(votes: readonly MemberVote[], councilMembers: readonly SeatId[]): boolean {
  const others = votes.filter(nonParty);
  const council = others.filter((v) => councilMembers.includes(v.state));
  const rest = others.filter((v) => !councilMembers.includes(v.state));
  const restFor = rest.filter((v) => v.vote === 'for').length;
  return council.every((v) => v.vote === 'for') && (rest.length === 0 || restFor * 2 > rest.length);
}

/** The calendar's permanent seats not at the table on the day, each with why (its dates from calendar.json). */
export function absentSeats(world: WorldFacts): AbsentSeat[] {
  const date = world.date;
  return CALENDAR.councilPermanent
    .filter((seat) => !world.councilPermanent.includes(seat.state))
    .filter((seat, i, all) => all.findIndex((s) => s.state === seat.state) === i)
    .map((seat) => {
      const member = CALENDAR.leagueMembers[seat.state];
      let why: string | null = null;
      if (seat.from !== null && date < seat.from) why = `no seat yet: a permanent member from ${formatDate(seat.from)}`;
      else if (member !== undefined && !('member' in member)) {
        if (member.until !== null && date > member.until)
          why = `left the League: a Member until ${formatDate(member.until)}`;
        else if (member.stopsParticipating !== undefined && date >= member.stopsParticipating)
          why = `stopped taking part from ${formatDate(member.stopsParticipating)}`;
      }
      if (why === null && seat.until !== undefined && date > seat.until)
        why = `its seat ended on ${formatDate(seat.until)}`;
      return {
        state: seat.state,
        name: countryName(seat.state),
        why: why ?? 'not a League Member in this case',
        source:
          member !== undefined && 'source' in member && member.source !== undefined
            ? member.source
            : (seat.source ?? ''),
      };
    });
}

/** Run the Covenant machine on the case's facts, as the legal engine does, with the result from `source`. */
function runCouncil(world: WorldFacts, incident: Incident, source: FactSource) {
  const stage = councilStage(world, incident);
  let step = stage.next();
  while (!step.done) step = stage.next(source(step.value));
  return step.value;
}

/** The League Members taking part on the day, among the states the model knows (the Assembly it can show). */
function assemblyMembers(world: WorldFacts): CountryId[] {
  if (world.overridden.includes('leagueMembers')) return [...world.leagueMembers];
  return world.leagueMembers.filter((s) => isParticipatingMember(CALENDAR, s, world.date));
}

/** The Council chamber of a legal case: its Council (and Assembly) vote, from the case's own result. */
export function councilChamberOfCase(
  legalCase: LegalCase,
  seized = true,
  waited: boolean | null = null,
): CouncilChamber {
  const world = worldFactsOn(legalCase.date, legalCase.world);
  const incident = legalCase.event;
  const parties: [CountryId, CountryId] = [incident.aggressor, incident.victim];
  const source = caseFactSource(legalCase);
  const { report, path } = runCouncil(world, incident, source);
  const article = report.article;
  const result = legalCase.council.result;
  const seated = world.councilPermanent;
  // The permanent members, and the elected seats as one place (their holders are unconfirmed: calendar.json).
  const council: readonly SeatId[] = [...seated, ELECTED_SEAT];
  // A party that is a Member sits for the dispute (Art. 4 §5); a non-Member only once it accepts the Art. 17
  // invitation (one that refused and went to war does not, nor one no invitation reached: an Art. 11 threat).
  const onTheDay = assemblyMembers(world);
  const sits = (state: CountryId) =>
    seated.includes(state) || onTheDay.includes(state) || (report.invitation === 'accept' && state === parties[0]);
  const table = [...council, ...parties.filter((p) => !seated.includes(p) && sits(p))];
  const members = councilVotes(table, parties, article, result);
  const tally = councilTally(members, article);
  // The machine's own verdict on the tally: the votes shown must lead where the engine's result led.
  const tallied = runCouncil(world, incident, (request) =>
    request.awaits.includes('council.result') ? { type: 'council.result', result: tally } : source(request),
  );
  const referred = path.some((s) => s.state === 'covenantCouncil.assemblyReferral');
  const count = (votes: readonly MemberVote[], vote: Vote) => votes.filter((v) => v.vote === vote).length;
  const councilSession: Session = {
    body: 'council',
    members,
    ...NEEDS[article],
    result,
    tally,
    reached: !referred && tallied.report.outcome === 'recommendation',
    tallyOutcome: tallied.report.outcome,
    votesFor: count(members, 'for'),
    votesAgainst: count(members, 'against'),
  };
  let assembly: Session | null = null;
  if (referred) {
    const adopted = legalCase.council.assembly === 'adopted';
    const votes = assemblyVotes(assemblyMembers(world), council, parties, adopted);
    const carried = assemblyTally(votes, council);
    assembly = {
      body: 'assembly',
      members: votes,
      ...ASSEMBLY_NEEDS,
      result: adopted ? 'adopted' : 'not-adopted',
      tally: carried ? 'adopted' : 'not-adopted',
      reached: carried,
      tallyOutcome: null,
      votesFor: count(votes, 'for'),
      votesAgainst: count(votes, 'against'),
    };
  }
  const end = path.at(-1);
  if (end === undefined) throw new Error('the Council procedure left no step');
  const partiesView = parties.map(
    (state, i): DisputeParty => ({
      state,
      name: countryName(state),
      role: i === 0 ? 'aggressor' : 'victim',
      member: world.leagueMembers.includes(state),
      seated: seated.includes(state),
      atTable: sits(state),
    }),
  );
  const counting = countingGuarantors(world.locarno);
  const repudiated = CALENDAR.locarnoStatus.find((e) => e.status === 'repudiated')?.from ?? world.date;
  const { verdicts } = evaluateCase(legalCase);
  return {
    date: legalCase.date,
    seized,
    article,
    invitation: report.invitation,
    parties: partiesView,
    council: councilSession,
    assembly,
    path,
    end,
    outcome: report.outcome,
    referred,
    usedByVerdicts: TREATY_IDS.some((id) => verdicts[id].path.some((s) => s.state.startsWith('covenantCouncil.'))),
    waited,
    guarantors: (['uk', 'italy'] as const).map((g) => ({
      state: g,
      name: countryName(g),
      verdict: legalCase.guarantors[g],
      counts: counting.includes(g),
      note: counting.includes(g)
        ? 'its verdict counts.'
        : `its verdict does not count: from ${formatDate(repudiated)} only Britain's does (treaty-and-rules.md §5.8).`,
    })),
    absent: absentSeats(world),
    electedSeats: CALENDAR.councilNonPermanent.note,
    partiesRule: { text: COUNCIL_VOTE_RULES.parties.text, source: provenance(COUNCIL_VOTE_RULES.parties) },
  };
}

/**
 * The Council chamber of the crisis waiting in `before`, as the player's
 * answer `choice` resolves it: the answers come from the engine's own
 * `crisisResponses` (the same function that resolves the crisis), so the
 * Council's result is the one the legal engine used.
 */
export function crisisCouncil(before: WorldState, choice: CrisisChoice): CouncilChamber | null {
  const responses = crisisResponses(before, choice);
  if (responses === null) return null;
  const { move, answers, councilSeized, franceChoice, sovietChoice } = responses;
  const legalCase = legalCaseFor(before, move.incident, answers, crisisDay(before, move));
  // Only a referral waits for a recommendation, and the Protocol too where a variant takes away its override.
  const override = rulesOf(before).calendar.protocolPointI.overrideWithoutRecommendation;
  const waits = (c: CrisisChoice) => c === 'refer-council' || (c === 'invoke-protocol' && !override);
  return councilChamberOfCase(legalCase, councilSeized, waits(franceChoice) || waits(sovietChoice));
}

/** A member at the Council table before the vote: its seat, and whether its vote will count. */
export interface SeatedMember {
  readonly state: SeatId;
  readonly name: string;
  readonly party: PartyRole | null;
  readonly counting: Counting;
}

/** The Council table on a crisis's day before anyone has answered: who sits, whose vote counts, what is needed. */
export interface CouncilTable {
  readonly date: string;
  readonly article: CouncilArticle;
  readonly parties: readonly DisputeParty[];
  readonly members: readonly SeatedMember[];
  /** What the article needs, in one sentence, and its citation. */
  readonly needs: string;
  readonly cite: string;
  readonly absent: readonly AbsentSeat[];
  readonly electedSeats: string;
  readonly partiesRule: { readonly text: string; readonly source: string };
  /** The legal case's supposition on the non-Member's answer to the Art. 17 invitation, if the aggressor is one. */
  readonly invitation: CouncilChamber['invitation'];
}

/**
 * The Council table of the crisis waiting in `before`, as a class sees it
 * before it answers (presentation mode shows it beside the map): who sits,
 * who is a party, whose vote counts under the article in play, what unanimity
 * that article needs, and the empty permanent seats. The answers change who
 * brings the dispute and how members vote, never the table: it is the chamber
 * of any answer with the votes left out (`councilChamber.test.ts` checks that
 * every answer gives the same table). Null when no crisis waits.
 */
export function councilTableBefore(before: WorldState): CouncilTable | null {
  const chamber = crisisCouncil(before, CRISIS_CHOICES[0]);
  if (chamber === null) return null;
  const { council } = chamber;
  return {
    date: chamber.date,
    article: chamber.article,
    parties: chamber.parties,
    members: council.members.map(({ state, name, party, counting }) => ({ state, name, party, counting })),
    needs: council.needs,
    cite: council.cite,
    absent: chamber.absent,
    electedSeats: chamber.electedSeats,
    partiesRule: chamber.partiesRule,
    invitation: chamber.invitation,
  };
}
