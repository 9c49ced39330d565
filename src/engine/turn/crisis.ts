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
import { type RngState, rollPercent } from '../random';
import type { CountryId } from '../rules/types';
import { applyEffects, because, type Journal, note } from '../world/effects';
import { type CrisisAnswers, crisisVerdicts, hollowOf, legalCaseFor } from '../world/legalCases';
import {
  type CrisisRecord,
  type CrisisVerdicts,
  type Role,
  type WorldState,
  withRng,
  withWorld,
} from '../world/worldState';
import type { CrisisChoice } from './actions';

/** The German move of that id. */
export function moveById(id: string): GermanMove {
  const move = MOVES.find((m) => m.id === id);
  if (move === undefined) throw new Error(`scenarios/model/moves.json has no move "${id}"`);
  return move;
}

/** Germany moves: the crisis waits for the player's response; the legal engine's view is shown first. */
export function openCrisis(
  world: WorldState,
  move: GermanMove,
  reasons: () => readonly LogReason[],
  journal: Journal,
): WorldState {
  const answers = { ...expectedAnswers(contextFor(world)), franceActs: true, sovietActs: true, parliament: true };
  const verdicts = crisisVerdicts(legalCaseFor(world, move.incident, answers));
  note(journal, world, { kind: 'move', id: move.id, params: { move: move.id }, reasons });
  return withWorld(world, { phase: 'crisis', crisis: { move: move.id, month: world.month, verdicts } });
}

/** The AI side's answer: act (mobilise) or stand aside, by its rule. */
function aiChoice(world: WorldState, side: Role, victim: CountryId, rng: RngState): [CrisisChoice, Decision, RngState] {
  const [decision, next] = decide(decisionRule(side, 'actInCrisis'), contextFor(world, { victim }), rng);
  return [decision.yes ? 'mobilise' : 'stand-aside', decision, next];
}

/** Does a side act, given its choice, the Council's result and Britain's verdict? */
function acts(choice: CrisisChoice, councilRecommended: boolean, ukLawful: boolean): boolean {
  switch (choice) {
    case 'mobilise':
    case 'invoke-protocol':
      return true;
    case 'refer-council':
      return councilRecommended;
    case 'ask-guarantors':
      return ukLawful;
    case 'stand-aside':
      return false;
  }
}

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
      'franco-soviet': { outcome: verdicts.francoSoviet.outcome, reason: verdicts.francoSoviet.reason },
      'czechoslovak-soviet': {
        outcome: verdicts.czechoslovakSoviet.outcome,
        reason: verdicts.czechoslovakSoviet.reason,
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
  const context = contextFor(world);
  let rng = world.rng;
  /** What the other actors did and why, written only if the log is kept. */
  const lines: (() => LogReason)[] = [];

  let franceChoice: CrisisChoice = choice;
  let sovietChoice: CrisisChoice = choice;
  if (world.role === 'france') {
    const [aiPick, decision, next] = aiChoice(world, 'ussr', move.incident.victim, rng);
    rng = next;
    sovietChoice = aiPick;
    lines.push(() => because(explain(decision), 'crisis.answer', { side: 'ussr', choice: aiPick }));
  } else {
    const [aiPick, decision, next] = aiChoice(world, 'france', move.incident.victim, rng);
    rng = next;
    franceChoice = aiPick;
    lines.push(() => because(explain(decision), 'crisis.answer', { side: 'france', choice: aiPick }));
  }

  let councilRecommended = false;
  if (franceChoice === 'refer-council' || sovietChoice === 'refer-council') {
    const [vote, next] = decide(MODEL.crisis.councilRecommends, context, rng);
    rng = next;
    councilRecommended = vote.yes;
    lines.push(() => because(explain(vote), vote.yes ? 'crisis.council.recommends' : 'crisis.council.none'));
  }
  const uk = verdictFromScore(ruleScore(MODEL.crisis.ukVerdict, context));
  lines.push(() =>
    because(explainScore(MODEL.crisis.ukVerdict, context, MODEL.crisis.verdictBands.lawfulAt), 'crisis.ukVerdict', {
      ukVerdict: uk,
    }),
  );
  const italy = verdictFromScore(ruleScore(MODEL.crisis.italyVerdict, context));
  const franceActs = acts(franceChoice, councilRecommended, uk === 'lawful');
  const sovietActs = acts(sovietChoice, councilRecommended, uk === 'lawful');
  const parliament = ruleScore(MODEL.crisis.frenchParliament, context) >= 0;
  if (franceActs) lines.push(() => because(explainScore(MODEL.crisis.frenchParliament, context), 'crisis.parliament'));
  const [polandRoll, rngP] = rollPercent(rng);
  const [romaniaRoll, rngR] = rollPercent(rngP);
  rng = rngR;
  const transit = { poland: polandRoll < world.transit.poland, romania: romaniaRoll < world.transit.romania };
  if (sovietActs) {
    const source = MODEL.transit.source ?? null;
    lines.push(() => because(explainRoll('roll.transit.poland', world.transit.poland, source, polandRoll)));
    lines.push(() => because(explainRoll('roll.transit.romania', world.transit.romania, source, romaniaRoll)));
  }
  const weights = MODEL.coalition.weights;
  const intended = (franceActs ? (weights.france ?? 0) : 0) + (sovietActs ? (weights.ussr ?? 0) : 0);
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
  const verdicts = crisisVerdicts(legalCaseFor(world, move.incident, answers));
  const victim = move.incident.victim;

  const franceFights = franceActs && parliament && verdicts.locarno.outcome !== 'violation';
  if (franceActs && !franceFights) {
    lines.push(() =>
      parliament
        ? { key: 'crisis.holdsBack.locarno', params: { reason: verdicts.locarno.reason } }
        : { key: 'crisis.holdsBack.chambers' },
    );
  }
  const militaryHelp = verdicts.czechoslovakSoviet.types.some((t) => t === 'air' || t === 'land_via_transit');
  const ussrFights =
    victim === 'czechoslovakia'
      ? verdicts.czechoslovakSoviet.outcome === 'rendered' && militaryHelp
      : victim === 'poland'
        ? world.tripleAlliance !== null && sovietActs
        : false;
  if (victim === 'czechoslovakia' && verdicts.czechoslovakSoviet.owed && !ussrFights) {
    lines.push(() => ({ key: 'crisis.sovietHelpStopped', params: { reason: verdicts.czechoslovakSoviet.reason } }));
  }
  const ukFights = franceFights && world.levels.britishCommitment >= MODEL.crisis.ukJoinsAt.value;
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
  let next: WorldState = withWorld(world, { rng, phase: 'orders', crisis: null });
  if (!franceFights && !ussrFights) {
    next = withWorld(next, { crises: record('unopposed', []) });
    next = applyEffects(next, move.effects.done);
    next = withWorld(next, {
      moves: {
        ...next.moves,
        [move.id]: {
          ...next.moves[move.id],
          status: 'done',
          month: next.month,
          postponed: next.moves[move.id]?.postponed ?? 0,
        },
      },
    });
    note(journal, next, {
      kind: 'crisis',
      id: `${move.id}-unopposed`,
      key: 'crisis.unopposed',
      params: summary,
      reasons: () => lines.map((line) => line()),
    });
    return next;
  }
  const coalition = Math.min(
    100,
    fighters.reduce((sum, state) => sum + (weights[state] ?? 0), 0),
  );
  const [backDown, rngD] = decide(move.backDown, contextFor(next, { coalition }), next.rng);
  next = withRng(next, rngD);
  if (backDown.yes) {
    next = applyEffects(next, move.effects.deterred);
    next = withWorld(next, {
      moves: {
        ...next.moves,
        [move.id]: { status: 'deterred', month: next.month, postponed: next.moves[move.id]?.postponed ?? 0 },
      },
      crises: record('deterred', fighters),
    });
    note(journal, next, {
      kind: 'crisis',
      id: `${move.id}-deterred`,
      key: 'crisis.deterred',
      params: { ...summary, allies: fighters },
      reasons: () => withBackDown(lines, explain(backDown)),
    });
    return next;
  }
  next = withWorld(next, {
    moves: {
      ...next.moves,
      [move.id]: { status: 'met', month: next.month, postponed: next.moves[move.id]?.postponed ?? 0 },
    },
    war: { month: next.month, move: move.id, allies: fighters },
    crises: record('war', fighters),
  });
  note(journal, next, {
    kind: 'crisis',
    id: `${move.id}-war`,
    key: 'crisis.war',
    params: { ...summary, allies: fighters },
    reasons: () => withBackDown(lines, explain(backDown)),
  });
  return next;
}
