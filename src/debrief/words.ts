/**
 * The debrief's data in words, shared by the printable page and its CSV: the
 * orders as the log would say them, the events, a crisis and its verdicts,
 * and a key roll's odds. Wording from `scenarios/text/why.en.json` and the
 * log's text; pure, so it is tested in Node.
 */
import {
  choiceWords,
  countryWords,
  type Debrief,
  type DebriefCrisis,
  type DebriefEvent,
  type DebriefMonth,
  type DebriefVerdict,
  type FurtherAnswer,
  formatMonth,
  type GameAction,
  type KeyRoll,
  LOG_TEXT,
  type LogParams,
  MOVES,
  type RoutineRolls,
  renderSentence,
  TREATY_NAMES,
} from '../engine';
import { headlineOf, oddsOf, saidOf } from '../why/factors';
import { fill, ordersLogText, WHY_TEXT, type WhyText } from '../why/text';

/** An order in words: "a démarche to Poland on transit". */
export function orderWords(action: GameAction, month: string, t: WhyText = WHY_TEXT): string {
  const params: LogParams = Object.fromEntries(Object.entries(action).filter(([name]) => name !== 'type'));
  const words = renderSentence(`order.${action.type}`, params, month, ordersLogText(t));
  return words === `order.${action.type}` ? action.type : words;
}

/** A list of orders in words, or `none` ("No orders"). */
export function ordersWords(
  actions: readonly GameAction[],
  month: string,
  t: WhyText = WHY_TEXT,
  none: string = t.debrief.noOrders,
): string {
  return actions.length === 0 ? none : actions.map((a) => orderWords(a, month, t)).join('; ');
}

/**
 * A crisis answer given by one side at `move`: "Paris stands aside"; in the log's words for that move ("resolves to act
 * … on its own decision" where no party's soil is attacked: `choiceWords`).
 */
export function answerWords(side: 'france' | 'ussr', choice: string, t: WhyText = WHY_TEXT, move?: string): string {
  return fill(t.debrief.crisisAnswer, { side: t.debrief.sides[side], choice: choiceWords(choice, side, move) });
}

/**
 * What a government did besides its answer to `move`, as the data tells it (moves.json
 * `historicalAnswers`): " — it took no military action, but took the matter to the League Council…", or "".
 */
function historyNote(move: string | undefined, side: 'france' | 'ussr'): string {
  const note = MOVES.find((m) => m.id === move)?.historicalAnswers?.[side];
  return note === undefined ? '' : ` — ${note}`;
}

/** History's answer to a crisis, with what the government did besides: "History: Paris stands aside — it took…". */
export function historyAnswerWords(
  side: 'france' | 'ussr',
  choice: string,
  t: WhyText = WHY_TEXT,
  move?: string,
): string {
  const answer = fill(t.debrief.crisisHistory, {
    side: t.debrief.sides[side],
    choice: choiceWords(choice, side, move),
  });
  return `${answer}${historyNote(move, side)}`;
}

/** A crisis in a line: "The remilitarisation of the Rhineland: Paris stands aside; it went through, and neither ally went to war over it (History: Paris stands aside — …)". */
export function crisisWords(crisis: DebriefCrisis, role: 'france' | 'ussr', t: WhyText = WHY_TEXT): string {
  const history =
    crisis.historyAnswer === null ? '' : ` (${historyAnswerWords(role, crisis.historyAnswer, t, crisis.move)})`;
  return `${crisis.title}: ${answerWords(role, crisis.answer, t, crisis.move)}; ${resultWords(crisis, t)}${history}`;
}

/** The class's side of a month: its orders, then its crisis answer if any. */
export function classWords(month: DebriefMonth, role: 'france' | 'ussr', t: WhyText = WHY_TEXT): string {
  const orders = ordersWords(month.orders, month.month, t);
  return month.crisisAnswer === null
    ? orders
    : `${orders}; ${answerWords(role, month.crisisAnswer, t, month.crises[0]?.move)}`;
}

/**
 * History's side of a month: what the government did, with the game's orders that stand for it ("Semenov's offer …
 * (the game's order standing for it: begin drafting the convention)"), then its crisis answer if any.
 */
export function historyWords(month: DebriefMonth, role: 'france' | 'ussr', t: WhyText = WHY_TEXT): string {
  // History did things every month: where the scenario records none of the game's orders, it says so, not "No orders".
  const given = ordersWords(month.history.orders, month.month, t, t.debrief.noHistoryOrders);
  const said = month.history.said.join(' ');
  // Words with no order of the game (a what-if whose convention is already signed): the words alone.
  const orders =
    said === ''
      ? given
      : month.history.orders.length === 0
        ? said
        : fill(t.debrief.historySaid, { said, orders: given });
  const answer = month.history.crisisAnswer;
  // After a sentence of history's words ("… standing for it: “Reassure Britain”."), the answer is a sentence too.
  const between = orders.endsWith('.') ? ' ' : '; ';
  return answer === null
    ? orders
    : `${orders}${between}${answerWords(role, answer, t, month.crises[0]?.move)}${historyNote(month.crises[0]?.move, role)}`;
}

function eventLine(event: DebriefEvent, template: string | null): string {
  return template === null ? event.title : fill(template, { title: event.title });
}

/** The month's events: those that fired, those history took another way, those that did not come. */
export function eventsWords(month: DebriefMonth, t: WhyText = WHY_TEXT): string[] {
  return [
    ...month.events.fired.map((e) => eventLine(e, null)),
    ...month.events.diverged.map((e) => eventLine(e, t.debrief.eventDiverged)),
    ...month.events.own.map((e) => eventLine(e, t.debrief.eventOwn)),
    ...month.events.missed.map((e) => eventLine(e, t.debrief.eventMissed)),
    ...month.events.elsewhen.map(({ event, month: when }) =>
      fill(t.debrief.eventElsewhen, { title: event.title, month: formatMonth(when) }),
    ),
  ];
}

/** A treaty's verdict in words: "Franco-Soviet treaty (1935): the treaty did not apply — Not a party's own territory". */
export function verdictWords(verdict: DebriefVerdict, t: WhyText = WHY_TEXT): string {
  const outcome = t.debrief.outcomes[verdict.outcome] ?? verdict.outcome;
  const line = fill(t.debrief.verdictLine, { treaty: TREATY_NAMES[verdict.treaty], outcome });
  return verdict.reasonTitle === null ? line : `${line} \u2014 ${verdict.reasonTitle}`;
}

/** A verdict's citation in words, or the note that nothing was cited. */
export function citationWords(verdict: DebriefVerdict, t: WhyText = WHY_TEXT): string {
  return verdict.citation === null ? t.debrief.noCitation : fill(t.debrief.citation, { citation: verdict.citation });
}

/** What happened at a crisis: "it went through, and neither ally went to war over it". */
export function resultWords(crisis: DebriefCrisis, t: WhyText = WHY_TEXT): string {
  return t.debrief.results[crisis.result];
}

/** Who stood against Germany, by name. */
export function metByWords(crisis: DebriefCrisis, t: WhyText = WHY_TEXT): string {
  if (crisis.metBy.length === 0) return t.debrief.metByNobody;
  const names = crisis.metBy.map((id) => countryWords(id));
  const allies =
    names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${LOG_TEXT.words.and} ${names.at(-1)}`;
  return fill(t.debrief.metBy, { allies });
}

/** A key roll in a line: "Poland said no (18 in 100, dice 73)". */
export function keyRollWords(roll: KeyRoll, t: WhyText = WHY_TEXT): string {
  return `${saidOf(roll.explanation, t)} (${oddsOf(roll.explanation, t)}${roll.roll === null ? '' : `, ${fill(t.factors.rollMark, { roll: roll.roll })}`})`;
}

/** A key roll's headline, as the factors drawer says it. */
export function keyRollHeadline(roll: KeyRoll, t: WhyText = WHY_TEXT): string {
  return headlineOf(roll.explanation, t);
}

/** What the log says happened where a key roll was made: "Poland softens a little on transit." */
export function keyRollEvent(roll: KeyRoll, t: WhyText = WHY_TEXT): string {
  // A historical event's whole text is long: its title says where the roll was made.
  const key = roll.entry.key === 'event' ? 'why.eventTitle' : roll.entry.key;
  return renderSentence(key, roll.entry.params, roll.month, ordersLogText(t));
}

/** Routine rolls of one kind in a sentence: "Démarches to Poland on transit: 7, each at 40 in 100 (…); the die favoured 3 of them." */
export function routineRollWords(rolls: RoutineRolls, t: WhyText = WHY_TEXT): string {
  const r = t.debrief.routineRolls;
  const first = formatMonth(rolls.first);
  const when = rolls.first === rolls.last ? first : fill(r.between, { first, last: formatMonth(rolls.last) });
  const odds = fill(rolls.rolls === 1 ? r.odds.one : rolls.chance === rolls.chanceTo ? r.odds.each : r.odds.range, {
    chance: rolls.chance,
    chanceTo: rolls.chanceTo,
  });
  const rolled = fill(r.rules[rolls.rule] ?? rolls.rule, {
    to: rolls.to === null ? '' : countryWords(rolls.to),
    rolls: rolls.rolls,
    odds,
    when,
    yes: rolls.yes === 0 ? r.none : rolls.yes,
  });
  return rolls.unrolled === 0 ? rolled : `${rolled}${fill(r.unrolled, { unrolled: rolls.unrolled })}`;
}

/** A question a further delegation answered, with the crisis it was asked at ("… (at the crisis: Munich)"). */
export function furtherQuestion(debrief: Debrief, answer: FurtherAnswer, t: WhyText): string {
  if (answer.move === null) return answer.question;
  const crisis = debrief.crises.find((c) => c.move === answer.move && c.month === answer.month);
  return fill(t.debrief.delegations.further.atCrisis, {
    question: answer.question,
    move: crisis?.title ?? answer.move,
  });
}

/** History's answer to a further delegation's question as a sentence of its own ("Take Teschen."). */
export function furtherHistory(answer: FurtherAnswer): string {
  return answer.history.charAt(0).toUpperCase() + answer.history.slice(1);
}
