/**
 * A crisis: Germany moves, the player answers (refer to the Council, invoke
 * the Protocol, ask the guarantors, mobilise, stand aside), the other side
 * answers by its rules, and the legal engine says what the treaties allow.
 * Then either the move goes through, or it is met — and Germany backs down or
 * war begins. Every roll is logged with its factors.
 */
import type { Explanation, LogReason } from '../log/types';
import { type Decision, decide, explain, explainRoll, explainScore, ruleScore } from '../model/decide';
import { contextFor, expectedAnswers, verdictFromScore } from '../model/derived';
import { decisionRule, MODEL, MOVES } from '../model/modelData';
import type { GermanMove } from '../model/modelSchemas';
import { firstDay, monthOf } from '../months';
import { type RngState, rollPercent } from '../random';
import { type CountryId, isMilitaryHelp } from '../rules/types';
import { rulesOf } from '../variants/variants';
import { applyEffects, because, type Journal, note } from '../world/effects';
import { type CrisisAnswers, type CrisisDay, crisisVerdicts, hollowOf, legalCaseFor } from '../world/legalCases';
import {
  type CrisisRecord,
  type CrisisVerdicts,
  type Role,
  type WorldState,
  withRng,
  withWorld,
} from '../world/worldState';
import { CRISIS_CHOICES, type CrisisChoice } from './actions';

/** The German move of that id. */
export function moveById(id: string): GermanMove {
  const move = MOVES.find((m) => m.id === id);
  if (move === undefined) throw new Error(`scenarios/model/moves.json has no move "${id}"`);
  return move;
}

/**
 * The day a move's crisis is judged on: its historical day in its historical
 * month (the Rhineland on 7 March 1936), else the month's first day; the
 * Franco-Soviet treaty counts as in force only if the event that brought it
 * into force is not dated later in the same month (ratifications were
 * exchanged on 27 March 1936, after the Rhineland: treaty-and-rules.md §5.8).
 */
export function crisisDay(world: WorldState, move: GermanMove): CrisisDay {
  const date = monthOf(move.historical) === world.month ? move.historical : firstDay(world.month);
  const laterThisMonth = rulesOf(world).events.some(
    (e) =>
      e.effects.francoSovietInForce === true &&
      world.fired.includes(e.id) &&
      monthOf(e.date) === world.month &&
      e.date > date,
  );
  return { date, treatyInForce: world.francoSovietInForce && !laterThisMonth };
}

/** Germany moves: the crisis waits for the player's response; the legal engine's view is shown first. */
export function openCrisis(
  world: WorldState,
  move: GermanMove,
  reasons: () => readonly LogReason[],
  journal: Journal,
): WorldState {
  const answers = { ...expectedAnswers(contextFor(world)), franceActs: true, sovietActs: true, parliament: true };
  const verdicts = crisisVerdicts(legalCaseFor(world, move.incident, answers, crisisDay(world, move)));
  note(journal, world, { kind: 'move', id: move.id, params: { move: move.id }, reasons });
  return withWorld(world, { phase: 'crisis', crisis: { move: move.id, month: world.month, verdicts } });
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
  const [decision, next] = decide(
    decisionRule(side, 'actInCrisis'),
    contextFor(world, { victim: move.incident.victim }),
    rng,
  );
  return [decision.yes ? 'invoke-protocol' : 'stand-aside', decision, next];
}

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

/** The player's response to the crisis: resolve it. */
export function respondToCrisis(world: WorldState, choice: CrisisChoice, journal: Journal): WorldState {
  const crisis = world.crisis;
  if (crisis === null) return world;
  const move = moveById(crisis.move);
  const rules = rulesOf(world);
  const protocol = rules.calendar.protocolPointI.overrideWithoutRecommendation;
  const context = contextFor(world);
  let rng = world.rng;
  /** What the other actors did and why, written only if the log is kept. */
  const lines: (() => LogReason)[] = [];

  let franceChoice: CrisisChoice = choice;
  let sovietChoice: CrisisChoice = choice;
  const other: Role = world.role === 'france' ? 'ussr' : 'france';
  const scripted = CRISIS_CHOICES.find((c) => c === world.script?.crises[other][move.id]);
  const [aiPick, aiDecision, afterAi] = aiChoice(world, other, move, scripted, rng);
  rng = afterAi;
  if (other === 'ussr') sovietChoice = aiPick;
  else franceChoice = aiPick;
  lines.push(() =>
    aiDecision === null
      ? { key: 'crisis.answer.scripted', params: { side: other, choice: aiPick } }
      : because(explain(aiDecision), 'crisis.answer', { side: other, choice: aiPick }),
  );

  let councilRecommended = false;
  const seizes = (c: CrisisChoice) => c === 'refer-council' || c === 'invoke-protocol';
  if (seizes(franceChoice) || seizes(sovietChoice)) {
    const [vote, next] = decide(rules.model.crisis.councilRecommends, context, rng);
    rng = next;
    councilRecommended = vote.yes;
    lines.push(() => because(explain(vote), vote.yes ? 'crisis.council.recommends' : 'crisis.council.none'));
  }
  const uk = verdictFromScore(ruleScore(rules.model.crisis.ukVerdict, context));
  lines.push(() =>
    because(
      explainScore(rules.model.crisis.ukVerdict, context, rules.model.crisis.verdictBands.lawfulAt),
      'crisis.ukVerdict',
      {
        ukVerdict: uk,
      },
    ),
  );
  const italy = verdictFromScore(ruleScore(rules.model.crisis.italyVerdict, context));
  const victimId = move.incident.victim;
  const franceActs = commits(franceChoice, 'france', victimId, councilRecommended, uk === 'lawful', protocol);
  const sovietActs = commits(sovietChoice, 'ussr', victimId, councilRecommended, uk === 'lawful', protocol);
  const parliament = ruleScore(rules.model.crisis.frenchParliament, context) >= 0;
  if (franceActs)
    lines.push(() => because(explainScore(rules.model.crisis.frenchParliament, context), 'crisis.parliament'));
  const [polandRoll, rngP] = rollPercent(rng);
  const [romaniaRoll, rngR] = rollPercent(rngP);
  rng = rngR;
  // A state a rule variant makes always grant passage (model.json transit.alwaysGrants) answers with a chance of 100.
  const { alwaysGrants } = rules.model.transit;
  const polandChance = alwaysGrants.includes('poland') ? 100 : world.transit.poland;
  const romaniaChance = alwaysGrants.includes('romania') ? 100 : world.transit.romania;
  const transit = { poland: polandRoll < polandChance, romania: romaniaRoll < romaniaChance };
  if (sovietActs) {
    const source = rules.model.transit.source ?? null;
    lines.push(() => because(explainRoll('roll.transit.poland', polandChance, source, polandRoll)));
    lines.push(() => because(explainRoll('roll.transit.romania', romaniaChance, source, romaniaRoll)));
  }
  const weights = MODEL.coalition.weights;
  const franceShows = showsForce(franceChoice, franceActs);
  const sovietShows = showsForce(sovietChoice, sovietActs);
  const intended = (franceShows ? (weights.france ?? 0) : 0) + (sovietShows ? (weights.ussr ?? 0) : 0);
  const [cs, rngC] = decide(decisionRule('czechoslovakia', 'fight'), contextFor(world, { coalition: intended }), rng);
  rng = rngC;
  if (move.incident.victim === 'czechoslovakia') lines.push(() => because(explain(cs)));

  const answers: CrisisAnswers = {
    councilResult: councilRecommended ? 'unanimous-excluding-parties' : 'none',
    uk,
    italy,
    franceActs,
    parliament,
    sovietActs,
    czechoslovakActs: cs.yes,
    transit,
  };
  const verdicts = crisisVerdicts(legalCaseFor(world, move.incident, answers, crisisDay(world, move)));
  const victim = move.incident.victim;

  const franceFights = franceActs && parliament && verdicts.locarno.outcome !== 'violation';
  if (franceActs && !franceFights) {
    lines.push(() =>
      parliament
        ? { key: 'crisis.holdsBack.locarno', params: { reason: verdicts.locarno.reason } }
        : { key: 'crisis.holdsBack.chambers' },
    );
  }
  const militaryHelp = isMilitaryHelp(verdicts.czechoslovakSoviet.types);
  const ussrFights =
    victim === 'czechoslovakia'
      ? verdicts.czechoslovakSoviet.outcome === 'rendered' && militaryHelp
      : victim === 'poland'
        ? world.tripleAlliance !== null && sovietActs
        : false;
  if (victim === 'czechoslovakia' && verdicts.czechoslovakSoviet.owed && !ussrFights) {
    lines.push(() => ({ key: 'crisis.sovietHelpStopped', params: { reason: verdicts.czechoslovakSoviet.reason } }));
  }
  const ukFights = franceFights && world.levels.britishCommitment >= rules.model.crisis.ukJoinsAt.value;
  const [belgium, rngB] = decide(decisionRule('belgium', 'standWithFrance'), context, rng);
  rng = rngB;
  if (move.incident.kind === 'zone-violation' && franceFights) lines.push(() => because(explain(belgium)));
  const fighters: CountryId[] = [];
  if (franceFights) fighters.push('france');
  if (ussrFights) fighters.push('ussr');
  if (ukFights) fighters.push('uk');
  if (victim === 'czechoslovakia' && cs.yes && (franceFights || ussrFights)) fighters.push('czechoslovakia');
  if (victim === 'poland') fighters.push('poland');
  if (move.incident.kind === 'zone-violation' && franceFights && belgium.yes) fighters.push('belgium');

  const summary = { move: move.id, franceChoice, sovietChoice, ukVerdict: uk };
  const record = (result: CrisisRecord['result'], metBy: readonly CountryId[]) => [
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
  const setMove = (w: WorldState, status: 'done' | 'deterred' | 'met'): WorldState['moves'] => ({
    ...w.moves,
    [move.id]: { status, month: w.month, postponed: w.moves[move.id]?.postponed ?? 0 },
  });
  let next: WorldState = withWorld(world, { rng, phase: 'orders', crisis: null });

  // Germany weighs every force on a war footing against it: the states that will
  // fight, and a side that mobilised without committing itself (`showsForce`).
  const standing = [...fighters];
  const mobilisedOnlyStates: CountryId[] = [];
  if (franceShows && !franceFights) mobilisedOnlyStates.push('france');
  if (sovietShows && !ussrFights) mobilisedOnlyStates.push('ussr');
  standing.push(...mobilisedOnlyStates);
  const mobilisedOnly = !franceFights && !ussrFights;
  let backDown: Decision | null = null;
  if (!mobilisedOnly || mobilisedOnlyStates.length > 0) {
    const share = rules.model.crisis.mobilisationWeighs.value;
    const coalition = Math.min(
      100,
      fighters.reduce((sum, state) => sum + (weights[state] ?? 0), 0) +
        mobilisedOnlyStates.reduce((sum, state) => sum + Math.floor(((weights[state] ?? 0) * share) / 100), 0),
    );
    const [roll, rngD] = decide(move.backDown, contextFor(next, { coalition }), next.rng);
    next = withRng(next, rngD);
    backDown = roll;
  }
  if (backDown?.yes) {
    const decision = backDown;
    next = applyEffects(next, move.effects.deterred);
    next = withWorld(next, { moves: setMove(next, 'deterred'), crises: record('deterred', standing) });
    note(journal, next, {
      kind: 'crisis',
      id: `${move.id}-deterred`,
      key: 'crisis.deterred',
      params: { ...summary, allies: standing },
      reasons: () => withBackDown(lines, explain(decision)),
    });
    return next;
  }
  if (mobilisedOnly) {
    const decision = backDown;
    next = withWorld(next, { crises: record('unopposed', []) });
    next = applyEffects(next, move.effects.done);
    next = withWorld(next, { moves: setMove(next, 'done') });
    if (decision !== null) lines.push(() => ({ key: 'crisis.standsDown', params: {} }));
    note(journal, next, {
      kind: 'crisis',
      id: `${move.id}-unopposed`,
      key: 'crisis.unopposed',
      params: summary,
      reasons: () => (decision === null ? lines.map((line) => line()) : withBackDown(lines, explain(decision))),
    });
    return next;
  }
  const decision = backDown;
  if (decision === null) throw new Error('a move met by force is always weighed by Germany');
  next = withWorld(next, {
    moves: setMove(next, 'met'),
    war: { month: next.month, move: move.id, allies: fighters },
    crises: record('war', fighters),
  });
  note(journal, next, {
    kind: 'crisis',
    id: `${move.id}-war`,
    key: 'crisis.war',
    params: { ...summary, allies: fighters },
    reasons: () => withBackDown(lines, explain(decision)),
  });
  return next;
}
