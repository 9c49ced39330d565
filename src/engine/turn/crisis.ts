/**
 * A crisis: Germany moves, the player answers (refer to the Council, invoke
 * the Protocol, ask the guarantors, mobilise, stand aside), the other side
 * answers by its rules, and the legal engine says what the treaties allow.
 * Then either the move goes through, or it is met — and Germany backs down or
 * war begins. Every roll is logged with its factors.
 */
import type { Explanation, LogReason } from '../log/types';
import { type Decision, decide, explain, explainRoll, explainScore, ruleScore } from '../model/decide';
import type { BritishVerdict, CzechoslovakAnswer, StandAnswer } from '../model/delegationData';
import { contextFor, expectedAnswers, verdictFromScore } from '../model/derived';
import type { FactorContext } from '../model/factors';
import { decisionRule, MODEL, MOVES } from '../model/modelData';
import type { GermanMove, HistoricalEvent } from '../model/modelSchemas';
import { firstDay, monthOf } from '../months';
import { type RngState, rollPercent } from '../random';
import { COUNTRY_IDS, type CountryId, isMilitaryHelp } from '../rules/types';
import { lawSwitchesOf, rulesOf } from '../variants/variants';
import { applyEffectsTo, because, type Journal, note } from '../world/effects';
import { type CrisisAnswers, type CrisisDay, crisisVerdicts, hollowOf, legalCaseFor } from '../world/legalCases';
import {
  type CrisisRecord,
  type CrisisVerdicts,
  draftOf,
  type Role,
  type WorldDraft,
  type WorldState,
  withMove,
} from '../world/worldState';
import { CRISIS_CHOICES, type CrisisChoice } from './actions';

/** The German move of that id. */
export function moveById(id: string): GermanMove {
  const move = MOVES.find((m) => m.id === id);
  if (move === undefined) throw new Error(`scenarios/model/moves.json has no move "${id}"`);
  return move;
}

/** The events of a list (history's, or a rule variant's) that bring the treaty into force or take a state out of the League. */
const dayChangingOf = new WeakMap<readonly HistoricalEvent[], readonly HistoricalEvent[]>();

function dayChanging(events: readonly HistoricalEvent[]): readonly HistoricalEvent[] {
  let found = dayChangingOf.get(events);
  if (found === undefined) {
    found = events.filter((e) => e.effects.francoSovietInForce === true || e.effects.leaveLeague !== undefined);
    dayChangingOf.set(events, found);
  }
  return found;
}

/**
 * The day a move's crisis is judged on: its historical day in its historical
 * month (the Rhineland on 7 March 1936), else the month's first day; the
 * Franco-Soviet treaty counts as in force only if the event that brought it
 * into force is not dated later in the same month (ratifications were
 * exchanged on 27 March 1936, after the Rhineland: treaty-and-rules.md §5.8).
 * Likewise a state that leaves the League (or stops taking part) later in the
 * month still takes part on the crisis's day (Italy on 11 December 1937:
 * treaty-and-rules.md §2 'Membership facts').
 */
export function crisisDay(world: WorldState, move: GermanMove): CrisisDay {
  const date = monthOf(move.historical) === world.month ? move.historical : firstDay(world.month);
  // The events of this month dated after the crisis's day that bring the treaty into force or take a state out of
  // the League, by the game's rules (this runs at every crisis of every game: the few such events are sorted out
  // once per list of events, `dayChanging`).
  const later = dayChanging(rulesOf(world).events).filter(
    (e) => e.date > date && monthOf(e.date) === world.month && world.fired.includes(e.id),
  );
  const laterThisMonth = later.some((e) => e.effects.francoSovietInForce === true);
  const leavingLater = later.flatMap((e) => e.effects.leaveLeague ?? []);
  // A move that repudiates Locarno does it in the act (the German memorandum of 7 March 1936 came with the troops):
  // on its own day only Britain's verdict counts (treaty-and-rules.md §5.8 [DECISION], calendar.json locarnoStatus).
  const repudiates = move.effects.done.locarno;
  const locarno = repudiates !== undefined && world.locarno === 'in-force' ? repudiates : undefined;
  const day = {
    date,
    treatyInForce: world.francoSovietInForce && !laterThisMonth,
    // A rule variant's guarantors are those of the day's status.
    law: lawSwitchesOf(locarno === undefined ? world : { variants: world.variants, locarno }),
    ...(locarno === undefined ? {} : { locarno }),
  };
  if (leavingLater.length === 0) return day;
  const leagueMembers = COUNTRY_IDS.filter((s) => world.leagueMembers.includes(s) || leavingLater.includes(s));
  return { ...day, leagueMembers };
}

/**
 * Germany moves: the crisis waits for the player's response; the legal engine's
 * view is shown first. Changes the month's draft (`resolve.ts`) in place.
 */
export function openCrisis(
  world: WorldDraft,
  move: GermanMove,
  reasons: () => readonly LogReason[],
  journal: Journal,
): WorldDraft {
  const answers = { ...expectedAnswers(contextFor(world)), franceActs: true, sovietActs: true, parliament: true };
  const verdicts = crisisVerdicts(legalCaseFor(world, move.incident, answers, crisisDay(world, move)));
  note(journal, world, { kind: 'move', id: move.id, params: { move: move.id }, reasons });
  world.phase = 'crisis';
  world.crisis = { move: move.id, month: world.month, verdicts };
  return world;
}

/**
 * The AI side's answer, by its rule: act on the treaties (invoke the Protocol:
 * the Council seized, help given without waiting for its recommendation) or
 * stand aside. A scenario that scripts history (`scriptedCrises`) gives the
 * other side its historical answer instead.
 */
function aiChoice(
  world: WorldState,
  side: Role,
  move: GermanMove,
  scripted: CrisisChoice | undefined,
  rng: RngState,
): [CrisisChoice, Decision | null, RngState] {
  if (scripted !== undefined) return [scripted, null, rng];
  // A USSR that has come to terms with Germany (the deal of August 1939, or an earlier one) does not act against it:
  // the model's rule, no die (timeline.md 23 Aug 1939; the Red Army then entered Poland against Poland, 17 Sept).
  if (boundToGermany(world, side)) return ['stand-aside', null, rng];
  const [decision, next] = decide(
    decisionRule(side, 'actInCrisis'),
    contextFor(world, { victim: move.incident.victim }),
    rng,
  );
  return [decision.yes ? 'invoke-protocol' : 'stand-aside', decision, next];
}

/** Has the computer's `side` come to terms with Germany, so that it answers no crisis against it (`aiChoice`)? */
export const boundToGermany = (world: WorldState, side: Role): boolean =>
  side === 'ussr' && world.sovietGermanDeal !== null;

/**
 * Is a side committed to act against the move, given its answer? Each answer
 * has its legal meaning (treaty-and-rules.md §1, §5.3, §5.8):
 * - `refer-council`: the Council is seized (Covenant Arts. 11, 16) and the side
 *   acts only on its recommendation;
 * - `invoke-protocol`: the Council is seized, and the side acts without waiting
 *   for a recommendation, on the ground of the Protocol of Signature's point I
 *   (help stays due when the Council fails to recommend); the legal engine then
 *   judges it as Art. 16 action without a recommendation, and Locarno's Art. 2
 *   and the guarantors decide whether France would be the violator;
 * - `ask-guarantors`: the side acts only if Britain, as guarantor, finds it lawful;
 * - `mobilise`: a mobilisation on the side's own authority, with no League
 *   ground: it weighs in Germany's decision to back down, but does not by itself
 *   commit the side to attack (France mobilised partially on 24 September 1938
 *   and stood aside at Munich), unless the victim is its ally outside the
 *   League (`crisis.mobilisationBinds` in model.json: France for Poland, 1939);
 * - `stand-aside`: nothing.
 * `protocolOverride` is false under the rule variant that takes Protocol I §2
 * away (calendar.json `protocolPointI`): invoking the Protocol then commits a
 * side only on a recommendation, as referring to the Council does.
 */
export function commits(
  choice: CrisisChoice,
  side: Role,
  victim: CountryId,
  councilRecommended: boolean,
  ukLawful: boolean,
  protocolOverride = true,
): boolean {
  switch (choice) {
    case 'invoke-protocol':
      // Protocol I §2: help without a recommendation; without it (a rule variant), only on one.
      return protocolOverride || councilRecommended;
    case 'mobilise':
      return MODEL.crisis.mobilisationBinds[side].includes(victim);
    case 'refer-council':
      return councilRecommended;
    case 'ask-guarantors':
      return ukLawful;
    case 'stand-aside':
      return false;
  }
}

/** Does a side's answer put forces on a war footing that Germany must reckon with? */
const showsForce = (choice: CrisisChoice, committed: boolean) => committed || choice === 'mobilise';

/** The other actors' answers and Germany's decision to back down or not, as the reasons of a crisis's end. */
function withBackDown(lines: readonly (() => LogReason)[], backDown: Explanation): LogReason[] {
  return [...lines.map((line) => line()), because(backDown, 'crisis.backDown', { yes: backDown.yes })];
}

/** Each side's answer to a crisis, and the decision behind the computer's (null: scripted). */
export interface SidesAnswer {
  readonly france: CrisisChoice;
  readonly ussr: CrisisChoice;
  /** The side the computer plays. */
  readonly other: Role;
  readonly decision: Decision | null;
}

/**
 * Which side acts: the player's answer for its own side, and the other side's
 * by its own delegation where a human plays it too (`delegation`: no die), else
 * by the scenario's script, else by its rule (one roll of the die).
 */
export function sidesAnswer(
  world: WorldState,
  move: GermanMove,
  choice: CrisisChoice,
  rng: RngState,
  delegation?: CrisisChoice,
): [SidesAnswer, RngState] {
  const other: Role = world.role === 'france' ? 'ussr' : 'france';
  const scripted = CRISIS_CHOICES.find((c) => c === world.script?.crises[other][move.id]);
  const [pick, decision, next] =
    delegation === undefined ? aiChoice(world, other, move, scripted, rng) : [delegation, null, rng];
  const france = other === 'france' ? pick : choice;
  const ussr = other === 'ussr' ? pick : choice;
  return [{ france, ussr, other, decision }, next];
}

/** Does this answer bring the crisis before the League Council (refer-council, invoke-protocol)? */
function seizes(choice: CrisisChoice): boolean {
  return choice === 'refer-council' || choice === 'invoke-protocol';
}

/**
 * The Council (Covenant Arts. 11, 16): seized when either side refers the
 * crisis to it or invokes the Protocol, and then it recommends on a roll of
 * the die (`crisis.councilRecommends`); unseized, it neither rolls nor recommends.
 */
export function councilVote(
  sides: Pick<SidesAnswer, 'france' | 'ussr'>,
  context: FactorContext,
  rng: RngState,
): [Decision | null, RngState] {
  if (!seizes(sides.france) && !seizes(sides.ussr)) return [null, rng];
  return decide(MODEL.crisis.councilRecommends, context, rng);
}

/** What decides who fights once the legal engine has judged the crisis. */
export interface FightFacts {
  readonly incident: Pick<GermanMove['incident'], 'kind' | 'victim'>;
  readonly franceActs: boolean;
  readonly parliament: boolean;
  readonly sovietActs: boolean;
  readonly verdicts: CrisisVerdicts;
  /** Is the triple alliance signed (the USSR fights for Poland only then)? */
  readonly tripleAlliance: boolean;
  readonly britishCommitment: number;
  /** The commitment at which Britain fights beside France (`crisis.ukJoinsAt`; a rule variant may change it). */
  readonly ukJoinsAt?: number;
  /** The British delegation's stand at this crisis (`FurtherAnswers.ukStand`), instead of the commitment's rule. */
  readonly ukStands?: boolean;
  readonly czechoslovakiaFights: boolean;
  readonly belgiumStands: boolean;
}

/**
 * The British stand the model takes at a crisis in `world` without a British delegation (`whoFights`): with France
 * if Britain's commitment reaches `crisis.ukJoinsAt` (the rule variants' value), aside otherwise.
 */
export function modelStand(world: WorldState): StandAnswer {
  return world.levels.britishCommitment >= rulesOf(world).model.crisis.ukJoinsAt.value ? 'stand' : 'aside';
}

/** Who fights, and whether France and the USSR each do. */
export interface Fighters {
  readonly franceFights: boolean;
  readonly ussrFights: boolean;
  readonly fighters: readonly CountryId[];
}

/**
 * Who fights, with no die: France if it acts, its chambers agree and Locarno
 * does not make it the violator; the USSR for Czechoslovakia when the
 * Czechoslovak-Soviet treaty renders military help (practice: help that is not
 * military does not fight), for Poland only under a triple alliance; Britain
 * beside a fighting France once its commitment reaches `crisis.ukJoinsAt` (or, where the British
 * delegation gave its stand at the crisis, if it stands with France: practice, a political decision);
 * Czechoslovakia if it resists and a great power fights beside it; Poland
 * always for itself; Belgium in a zone breach beside a fighting France if it stands with France.
 */
export function whoFights(facts: FightFacts): Fighters {
  const { incident, verdicts } = facts;
  const victim = incident.victim;
  const franceFights = facts.franceActs && facts.parliament && verdicts.locarno.outcome !== 'violation';
  const militaryHelp = isMilitaryHelp(verdicts.czechoslovakSoviet.types);
  const ussrFights =
    victim === 'czechoslovakia'
      ? verdicts.czechoslovakSoviet.outcome === 'rendered' && militaryHelp
      : victim === 'poland'
        ? facts.tripleAlliance && facts.sovietActs
        : false;
  const ukFights =
    franceFights && (facts.ukStands ?? facts.britishCommitment >= (facts.ukJoinsAt ?? MODEL.crisis.ukJoinsAt.value));
  const fighters: CountryId[] = [];
  if (franceFights) fighters.push('france');
  if (ussrFights) fighters.push('ussr');
  if (ukFights) fighters.push('uk');
  if (victim === 'czechoslovakia' && facts.czechoslovakiaFights && (franceFights || ussrFights)) {
    fighters.push('czechoslovakia');
  }
  if (victim === 'poland') fighters.push('poland');
  if (incident.kind === 'zone-violation' && franceFights && facts.belgiumStands) fighters.push('belgium');
  return { franceFights, ussrFights, fighters };
}

/**
 * The coalition Germany weighs (0-100): the weight of every state that
 * fights, and a share (`crisis.mobilisationWeighs`) of each that mobilised
 * without committing itself.
 */
export function coalitionWeight(fighters: readonly CountryId[], mobilisedOnly: readonly CountryId[]): number {
  const weights = MODEL.coalition.weights;
  const share = MODEL.crisis.mobilisationWeighs.value;
  return Math.min(
    100,
    fighters.reduce((sum, state) => sum + (weights[state] ?? 0), 0) +
      mobilisedOnly.reduce((sum, state) => sum + Math.floor(((weights[state] ?? 0) * share) / 100), 0),
  );
}

/**
 * The outcome: Germany backs down (`deterred`) if its roll says so; else the
 * move goes through (`unopposed`) when neither France nor the USSR fights, and
 * is met by war otherwise. `backsDown` is null when Germany had nothing to weigh.
 */
export function crisisOutcome(backsDown: boolean | null, franceOrUssrFights: boolean): CrisisRecord['result'] {
  if (backsDown === true) return 'deterred';
  return franceOrUssrFights ? 'war' : 'unopposed';
}

/** The facts of a crisis at its resolution, kept in the world for the game's record (`sim --games`). */
function crisisRecord(
  world: WorldState,
  move: string,
  answers: { player: CrisisChoice; france: CrisisChoice; ussr: CrisisChoice; crisis: CrisisAnswers },
  verdicts: CrisisVerdicts,
  result: CrisisRecord['result'],
  metBy: readonly CountryId[],
): CrisisRecord {
  return {
    move,
    month: world.month,
    answer: answers.player,
    answers: { france: answers.france, ussr: answers.ussr },
    uk: answers.crisis.uk,
    transit: answers.crisis.transit,
    convention: world.convention.phase,
    result,
    metBy,
    verdicts: {
      'franco-soviet': {
        outcome: verdicts.francoSoviet.outcome,
        reason: verdicts.francoSoviet.reason,
        obstacles: verdicts.francoSoviet.obstacles,
      },
      'czechoslovak-soviet': {
        outcome: verdicts.czechoslovakSoviet.outcome,
        reason: verdicts.czechoslovakSoviet.reason,
        obstacles: verdicts.czechoslovakSoviet.obstacles,
      },
      locarno: { outcome: verdicts.locarno.outcome, reason: verdicts.locarno.reason },
    },
    hollow: hollowOf(verdicts),
  };
}

/**
 * What the actors answer in a crisis, before Germany weighs them: the other
 * side's choice, the League Council's vote (if either side seized it), the
 * guarantors' verdicts, the French Chambers, transit and Czechoslovakia. Pure:
 * `respondToCrisis` resolves the crisis from these answers, and the Council
 * chamber (view/councilChamber.ts) shows the very vote the legal engine used.
 */
export interface CrisisResponses {
  readonly move: GermanMove;
  readonly franceChoice: CrisisChoice;
  readonly sovietChoice: CrisisChoice;
  /** Did France or the USSR bring the crisis before the League Council (refer-council, invoke-protocol)? */
  readonly councilSeized: boolean;
  readonly answers: CrisisAnswers;
  readonly cs: Decision;
  readonly rng: RngState;
  /** What the other actors did and why, as log reasons written only if the log is kept. */
  readonly lines: (() => LogReason)[];
  /** Where in `lines` the French Chambers' vote stands (its length where there is none): Locarno's bar goes before it. */
  readonly chambersAt: number;
  /** The British delegation's stand (`FurtherAnswers.ukStand`): does Britain fight beside a fighting France? */
  readonly ukStands?: boolean;
}

/**
 * The further delegations' answers to a crisis, where humans play them
 * (`delegations.ts`); each absent answer is the die's or the model's, as in a
 * game without that delegation.
 */
export interface FurtherAnswers {
  /** Romania's answer to the request for Soviet transit (instead of the die). */
  readonly romaniaGrants?: boolean;
  /** Czechoslovakia's answer to a German move against it (resist or yield: instead of the die; accept: the terms). */
  readonly czechoslovakia?: CzechoslovakAnswer;
  /** Poland's answer for the 1939 talks, when they open with the month after the crisis. */
  readonly polandTalks?: boolean;
  /** Britain's verdict as a Locarno guarantor (instead of the model's rule, which has no die). */
  readonly ukVerdict?: BritishVerdict;
  /**
   * Britain's stand at the crisis it is asked at (the Sudeten crisis: delegations.json britain.standAtSudeten,
   * practice): whether it fights beside a fighting France, instead of the model's rule on its commitment (no die).
   */
  readonly ukStand?: StandAnswer;
}

/**
 * The answers to the crisis waiting in `world` when the player answers `choice`
 * (null if none waits). `delegation`: the other side's answer, when a second
 * delegation plays it (delegations on one screen). `polandGrants`: the Polish
 * delegation's answer to the request for Soviet transit, when a human plays
 * Poland; the die is still rolled (so every later roll is the one-role game's)
 * but not read.
 */
export function crisisResponses(
  world: WorldState,
  choice: CrisisChoice,
  delegation?: CrisisChoice,
  polandGrants?: boolean,
  further: FurtherAnswers = {},
): CrisisResponses | null {
  const crisis = world.crisis;
  if (crisis === null) return null;
  const move = moveById(crisis.move);
  const rules = rulesOf(world);
  const protocol = rules.calendar.protocolPointI.overrideWithoutRecommendation;
  const context = contextFor(world);
  /** What the other actors did and why, written only if the log is kept. */
  const lines: (() => LogReason)[] = [];

  // Which side acts.
  const [sides, afterSides] = sidesAnswer(world, move, choice, world.rng, delegation);
  const { france: franceChoice, ussr: sovietChoice, other, decision: aiDecision } = sides;
  const aiPick = other === 'ussr' ? sovietChoice : franceChoice;
  // The move goes with the answer: invoking the Protocol reads otherwise where its victim is neither party.
  const answered = { side: other, choice: aiPick, move: move.id };
  lines.push(() =>
    delegation !== undefined
      ? { key: 'crisis.answer.delegation', params: answered }
      : aiDecision === null && world.script?.crises[other][move.id] === undefined && boundToGermany(world, other)
        ? { key: 'crisis.answer.boundToGermany', params: answered }
        : aiDecision === null
          ? // History's answer, with what the government did besides, where the data tells it (moves.json).
            move.historicalAnswers?.[other] === undefined
            ? { key: 'crisis.answer.scripted', params: answered }
            : { key: 'crisis.answer.scriptedNote', params: answered }
          : because(explain(aiDecision), 'crisis.answer', answered),
  );

  // The Council.
  const [vote, afterCouncil] = councilVote(sides, context, afterSides);
  const councilRecommended = vote?.yes ?? false;
  if (vote !== null) {
    lines.push(() => because(explain(vote), vote.yes ? 'crisis.council.recommends' : 'crisis.council.none'));
  }
  // treaty-and-rules.md §5.8 GUARANTOR_VERDICT (practice; Locarno Art. 4 §3): the British delegation's verdict,
  // where one plays Britain, read as the model's would be; else the model's rule (a score: no die).
  const { ukVerdict } = further;
  const uk = ukVerdict ?? verdictFromScore(ruleScore(rules.model.crisis.ukVerdict, context));
  lines.push(() =>
    ukVerdict !== undefined
      ? { key: 'crisis.ukVerdict.delegation', params: { ukVerdict } }
      : because(
          explainScore(rules.model.crisis.ukVerdict, context, rules.model.crisis.verdictBands.lawfulAt),
          'crisis.ukVerdict',
          {
            ukVerdict: uk,
            // The bands that turn the reasons' sum into a verdict, so that "lawful? no" reads beside "no view given".
            lawfulAt: rules.model.crisis.verdictBands.lawfulAt,
            violationAt: rules.model.crisis.verdictBands.violationAt,
          },
        ),
  );
  const { ukStand } = further;
  if (ukStand !== undefined) {
    lines.push(() => ({ key: 'crisis.ukStand.delegation', params: { stand: ukStand === 'stand' } }));
  }
  const italy = verdictFromScore(ruleScore(rules.model.crisis.italyVerdict, context));
  const victim = move.incident.victim;
  const franceActs = commits(franceChoice, 'france', victim, councilRecommended, uk === 'lawful', protocol);
  const sovietActs = commits(sovietChoice, 'ussr', victim, councilRecommended, uk === 'lawful', protocol);
  const parliament = ruleScore(rules.model.crisis.frenchParliament, context) >= 0;
  const chambersAt = lines.length;
  if (franceActs)
    lines.push(() => because(explainScore(rules.model.crisis.frenchParliament, context), 'crisis.parliament'));
  const [polandRoll, rngP] = rollPercent(afterCouncil);
  const [romaniaRoll, rngR] = rollPercent(rngP);
  // A state a rule variant makes always grant passage (model.json transit.alwaysGrants) answers with a chance of 100.
  const { alwaysGrants } = rules.model.transit;
  const chanceOf = (state: 'poland' | 'romania') => (alwaysGrants.includes(state) ? 100 : world.transit[state]);
  const polandChance = chanceOf('poland');
  const romaniaChance = chanceOf('romania');
  // treaty-and-rules.md §5.2 TRANSIT_ANSWER (practice): a Polish delegation answers for Poland instead of the die.
  const poland = polandGrants ?? polandRoll < polandChance;
  // The same for Romania (treaty-and-rules.md §5.1 transit[Romania], practice): its delegation's answer, if one plays it.
  const { romaniaGrants } = further;
  const transit = { poland, romania: romaniaGrants ?? romaniaRoll < romaniaChance };
  const franceShows = showsForce(franceChoice, franceActs);
  const sovietShows = showsForce(sovietChoice, sovietActs);
  // A delegation's answer is always told to the players; the die's only when Soviet forces would march or stand
  // ready (a readiness weighs only where passage is granted: `mobilisationNeedsPassage`).
  if (polandGrants !== undefined) {
    lines.push(() => ({ key: 'crisis.transit.delegation', params: { to: 'poland', grant: polandGrants } }));
  }
  if (romaniaGrants !== undefined) {
    lines.push(() => ({ key: 'crisis.transit.delegation', params: { to: 'romania', grant: romaniaGrants } }));
  }
  if (sovietShows) {
    const source = rules.model.transit.source ?? null;
    // A state a rule variant makes grant passage is told so, not as a die at 100 in 100 (the die is still rolled).
    const told = (state: 'poland' | 'romania', roll: number) => (): LogReason =>
      alwaysGrants.includes(state)
        ? { key: 'crisis.transit.variant', params: { to: state } }
        : because(explainRoll(`roll.transit.${state}`, chanceOf(state), source, roll));
    if (polandGrants === undefined) lines.push(told('poland', polandRoll));
    if (romaniaGrants === undefined) lines.push(told('romania', romaniaRoll));
  }
  const showing: CountryId[] = [];
  if (franceShows) showing.push('france');
  if (sovietShows) showing.push('ussr');
  const intended = coalitionWeight(showing, []);
  const [rolled, rngC] = decide(
    decisionRule('czechoslovakia', 'fight'),
    contextFor(world, { coalition: intended }),
    rngR,
  );
  // treaty-and-rules.md §5.3 S8 (practice): the Czechoslovak delegation's answer, where one plays it; the model's
  // rule is still decided. Resist: it fights beside an ally that fights (the rule's yes); yield: it does not (no).
  const stand = victim === 'czechoslovakia' ? further.czechoslovakia : undefined;
  const cs: Decision = stand === undefined ? rolled : { ...rolled, yes: stand === 'resist' };
  if (victim === 'czechoslovakia') {
    lines.push(() =>
      stand === undefined ? because(explain(cs)) : { key: `crisis.czechoslovakia.${stand}`, params: {} },
    );
  }
  // Accept the terms (timeline.md 29–30 Sept 1938): no attack is left to answer, and no one goes to war for it;
  // the treaties judge a threat (treaty-and-rules.md §5.2 THREAT, §5.3 S1: consultation only).
  const accepted = stand === 'accept';

  const answers: CrisisAnswers = {
    councilResult: councilRecommended ? 'unanimous-excluding-parties' : 'none',
    uk,
    italy,
    franceActs: franceActs && !accepted,
    parliament,
    sovietActs: sovietActs && !accepted,
    czechoslovakActs: cs.yes,
    transit,
  };
  return {
    move: accepted ? { ...move, incident: { ...move.incident, kind: 'threat' } } : move,
    franceChoice,
    sovietChoice,
    councilSeized: seizes(franceChoice) || seizes(sovietChoice),
    answers,
    cs,
    rng: rngC,
    lines,
    chambersAt,
    ...(ukStand === undefined ? {} : { ukStands: ukStand === 'stand' }),
  };
}

/**
 * The player's response to the crisis: resolve it. `delegation`: the other
 * side's answer, when a second delegation plays it (delegations on one screen).
 */
export function respondToCrisis(
  world: WorldState,
  choice: CrisisChoice,
  journal: Journal,
  delegation?: CrisisChoice,
  polandGrants?: boolean,
  further: FurtherAnswers = {},
): WorldState {
  const responses = crisisResponses(world, choice, delegation, polandGrants, further);
  if (responses === null) return world;
  const sides = sidesThatFight(world, responses);
  // One draft of the world for the whole answer, changed in place; `world` is left as it was.
  const next = draftOf(world);
  next.rng = sides.rng;
  next.phase = 'orders';
  next.crisis = null;
  const backDown = germanyWeighs(next, responses.move, sides);
  if (backDown !== null) next.rng = backDown.rng;
  return settleCrisis(world, next, choice, responses, sides, backDown?.decision ?? null, journal);
}

/** Who fights a crisis, with the verdicts it was judged by, the states that only mobilised, and the reasons. */
interface CrisisSides {
  readonly verdicts: CrisisVerdicts;
  readonly franceFights: boolean;
  readonly ussrFights: boolean;
  /** The states that will fight. */
  readonly fighters: readonly CountryId[];
  /** A side that mobilised without committing itself (`showsForce`): Germany weighs it too. */
  readonly mobilisedOnly: readonly CountryId[];
  /** The die after Belgium's decision. */
  readonly rng: RngState;
}

/**
 * The first step of a crisis's resolution: the legal verdicts of the day, Belgium's
 * decision (a roll), and who fights (`whoFights`); the reasons a side holds back
 * are added to `responses.lines`.
 */
function sidesThatFight(world: WorldState, responses: CrisisResponses): CrisisSides {
  const { move, franceChoice, sovietChoice, answers, cs, lines } = responses;
  const { franceActs, sovietActs, parliament } = answers;
  const verdicts = crisisVerdicts(legalCaseFor(world, move.incident, answers, crisisDay(world, move)));
  const [belgium, rng] = decide(decisionRule('belgium', 'standWithFrance'), contextFor(world), responses.rng);
  const { franceFights, ussrFights, fighters } = whoFights({
    incident: move.incident,
    franceActs,
    parliament,
    sovietActs,
    verdicts,
    tripleAlliance: world.tripleAlliance !== null,
    britishCommitment: world.levels.britishCommitment,
    ukJoinsAt: rulesOf(world).model.crisis.ukJoinsAt.value,
    czechoslovakiaFights: cs.yes,
    belgiumStands: belgium.yes,
    ...(responses.ukStands === undefined ? {} : { ukStands: responses.ukStands }),
  });
  // Locarno is judged before the national decision (treaty-and-rules.md §5.8): a France it holds back is told so
  // before the Chambers' vote.
  if (franceActs && !franceFights && parliament) {
    lines.splice(responses.chambersAt, 0, () => ({
      key: 'crisis.holdsBack.locarno',
      params: { reason: verdicts.locarno.reason },
    }));
  } else if (franceActs && !franceFights) lines.push(() => ({ key: 'crisis.holdsBack.chambers' }));
  if (move.incident.victim === 'czechoslovakia' && verdicts.czechoslovakSoviet.owed && !ussrFights) {
    lines.push(() => ({ key: 'crisis.sovietHelpStopped', params: { reason: verdicts.czechoslovakSoviet.reason } }));
  } else if (sovietActs && !ussrFights) {
    lines.push(() => sovietStandsBy(move.incident.victim, verdicts));
  }
  // Belgium's decision, told as what it decided (the rule's question, "Belgium stands with France", below it).
  if (move.incident.kind === 'zone-violation' && franceFights) {
    lines.push(() => because(explain(belgium), belgium.yes ? 'crisis.belgium.stands' : 'crisis.belgium.apart'));
  }
  // Britain's guarantee to Poland (31 March 1939) does not bring it to war without France: the model's rule (`whoFights`).
  if (move.incident.victim === 'poland' && !franceFights && world.fired.includes('british-guarantee')) {
    lines.push(() => ({ key: 'crisis.ukWithoutFrance' }));
  }
  // model.json crisis.mobilisationNeedsPassage (practice; actors.md, no common border): a side's forces that stand
  // ready without fighting weigh with Germany only if they could reach it, through a Poland or Romania that grants
  // passage in this crisis; else the class is told why Germany need not reckon with them.
  const needsPassage = rulesOf(world).model.crisis.mobilisationNeedsPassage.sides;
  const reaches = (side: Role) => !needsPassage.includes(side) || answers.transit.poland || answers.transit.romania;
  const mobilisedOnly: CountryId[] = [];
  for (const [side, shows, fights] of [
    ['france', showsForce(franceChoice, franceActs), franceFights],
    ['ussr', showsForce(sovietChoice, sovietActs), ussrFights],
  ] as const) {
    if (!shows || fights) continue;
    if (reaches(side)) mobilisedOnly.push(side);
    else lines.push(() => ({ key: 'crisis.outOfReach', params: { side } }));
  }
  return { verdicts, franceFights, ussrFights, fighters, mobilisedOnly, rng };
}

/**
 * Why a Soviet Union committed to act does not go to war, where no help was owed to stop (`whoFights`): its
 * treaty with Czechoslovakia owed none (France gave no help), it has no treaty with Poland (a triple alliance
 * only), or, for any other victim, the Franco-Soviet treaty owed none (not in force, not a party's own
 * territory). The model's reading of practice: the USSR goes to war only where a treaty of its own binds it.
 */
function sovietStandsBy(victim: CountryId, verdicts: CrisisVerdicts): LogReason {
  if (victim === 'poland') return { key: 'crisis.sovietStandsBy.poland' };
  const [key, reason] =
    victim === 'czechoslovakia'
      ? ['crisis.sovietStandsBy.czechoslovakSoviet', verdicts.czechoslovakSoviet.reason]
      : ['crisis.sovietStandsBy.francoSoviet', verdicts.francoSoviet.reason];
  return reason === null ? { key: 'crisis.sovietStandsBy' } : { key, params: { reason } };
}

/**
 * Germany weighs every force on a war footing against it: the states that will
 * fight and those that only mobilised (`coalitionWeight`), and backs down or not
 * (a roll); null when no force stands against it, and no die is rolled.
 */
function germanyWeighs(
  world: WorldState,
  move: GermanMove,
  sides: CrisisSides,
): { readonly decision: Decision; readonly rng: RngState } | null {
  const fights = sides.franceFights || sides.ussrFights;
  if (!fights && sides.mobilisedOnly.length === 0) return null;
  const coalition = coalitionWeight(sides.fighters, sides.mobilisedOnly);
  const [decision, rng] = decide(move.backDown, contextFor(world, { coalition }), world.rng);
  return { decision, rng };
}

/**
 * The crisis's outcome (`crisisOutcome`) written into the world: the move
 * deterred, done unopposed, or met by force (war); the crisis recorded with its
 * verdicts, and logged with its reasons.
 */
function settleCrisis(
  world: WorldState,
  next: WorldDraft,
  choice: CrisisChoice,
  responses: CrisisResponses,
  sides: CrisisSides,
  decision: Decision | null,
  journal: Journal,
): WorldState {
  const { move, franceChoice, sovietChoice, answers, lines } = responses;
  const { fighters, mobilisedOnly, verdicts } = sides;
  const result = crisisOutcome(decision === null ? null : decision.yes, sides.franceFights || sides.ussrFights);
  // Germany's reasons, made only for a log, before the outcome changes the draft its terms read.
  const weighed = journal === null || decision === null ? null : explain(decision);
  // The crisis's entry in the log, made only for a log (a quiet game makes neither it nor its reasons): its
  // reasons, Germany's weighing last where it weighed (a move deterred or met by war always is).
  const noteCrisis = (allies?: readonly CountryId[]) => {
    if (journal === null) return;
    const summary = { move: move.id, franceChoice, sovietChoice, ukVerdict: answers.uk };
    note(journal, next, {
      kind: 'crisis',
      id: `${move.id}-${result}`,
      key: `crisis.${result}`,
      params: allies === undefined ? summary : { ...summary, allies },
      reasons: () => (weighed === null ? lines.map((line) => line()) : withBackDown(lines, weighed)),
    });
  };
  const record = (metBy: readonly CountryId[]) => [
    ...world.crises,
    crisisRecord(
      world,
      move.id,
      { player: choice, france: franceChoice, ussr: sovietChoice, crisis: answers },
      verdicts,
      result,
      metBy,
    ),
  ];
  const setMove = (w: WorldState, status: 'done' | 'deterred' | 'met'): WorldState['moves'] =>
    withMove(w.moves, move.id, { status, month: w.month, postponed: w.moves[move.id]?.postponed ?? 0 });
  if (result === 'deterred') {
    const standing = [...fighters, ...mobilisedOnly];
    applyEffectsTo(next, move.effects.deterred);
    next.moves = setMove(next, 'deterred');
    next.crises = record(standing);
    noteCrisis(standing);
    return next;
  }
  if (result === 'unopposed') {
    next.crises = record([]);
    applyEffectsTo(next, move.effects.done);
    next.moves = setMove(next, 'done');
    if (decision !== null) lines.push(() => ({ key: 'crisis.standsDown', params: {} }));
    noteCrisis();
    return next;
  }
  next.moves = setMove(next, 'met');
  next.war = { month: next.month, move: move.id, allies: fighters };
  next.crises = record(fighters);
  noteCrisis(fighters);
  return next;
}
