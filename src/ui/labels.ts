/**
 * The words the game shows for actions, roles and crisis answers (the
 * interface's own text; the history and the rules' words come from data).
 */
import {
  type ClauseId,
  CONVENTION,
  type CrisisChoice,
  type CzechoslovakAnswer,
  conventionClauses,
  countryName,
  DELEGATION_DATA,
  type Delegation,
  type GameAction,
  inSentence,
  type LegalCase,
  LOG_TEXT,
  listWords,
  MODEL,
  MONTHLY_ORDERS,
  type OrderOdds,
  orderOdds,
  refusal,
  type WorldState,
} from '../engine';
import { signed } from '../why/text';

export const ROLE_NAMES: Readonly<Record<Delegation, string>> = {
  france: 'France',
  ussr: 'the USSR',
  poland: 'Poland',
  romania: 'Romania',
  czechoslovakia: 'Czechoslovakia',
  britain: 'Britain',
};

export const CRISIS_LABELS: Readonly<Record<CrisisChoice, { label: string; help: string }>> = {
  'refer-council': {
    label: 'Refer it to the League Council',
    help: 'Act only if the Council recommends action (Covenant Art. 16; treaty Art. 3 and Protocol point I §1).',
  },
  // Not "Invoke the Protocol": the Protocol is a ground only against an attack on French or Soviet soil, and no German
  // move of the game is one (treaty-and-rules.md §5.5); the log says so of the answer given (`choiceWords`).
  'invoke-protocol': {
    label: 'Act without waiting for the Council',
    help: 'On your own decision. Only against an attack on French or Soviet soil would point I of the Franco-Soviet Protocol keep help due without a recommendation; Locarno still judges a French action.',
  },
  'ask-guarantors': {
    label: 'Ask the Locarno guarantors',
    help: 'Act only if Britain judges it lawful (Locarno Art. 4).',
  },
  mobilise: {
    label: 'Mobilise',
    help: 'On your own authority: it weighs in Germany’s decision but, in the model, commits you to fight only where your government went to war in history (France for Poland in 1939), not where it mobilised and stopped (September 1938).',
  },
  'stand-aside': { label: 'Stand aside', help: 'Do nothing.' },
};

/**
 * A crisis answer's words for the side giving it. The USSR was no party to
 * Locarno (treaty-and-rules.md §3): its "ask the guarantors" is to wait for
 * Britain's verdict on French action, which is what the engine makes of it.
 */
export function crisisLabel(choice: CrisisChoice, side: Delegation): { label: string; help: string } {
  // A mobilisation binds a side only to the allies the model binds it to (model.json `crisis.mobilisationBinds`):
  // France to Poland, the USSR to no one. Each side is told its own. Which victims these are is the model's reading
  // of 1938 and 1939, not a difference of treaties: France was allied to Czechoslovakia (1924) as to Poland.
  if (choice === 'mobilise' && (side === 'france' || side === 'ussr')) {
    const bound = MODEL.crisis.mobilisationBinds[side];
    const you = side === 'france' ? 'France' : 'the USSR';
    return {
      label: CRISIS_LABELS.mobilise.label,
      help:
        bound.length === 0
          ? `On your own authority: it weighs in Germany’s decision, but in the model it commits ${you} to fight for no one.`
          : `On your own authority: it weighs in Germany’s decision but, in the model, commits ${you} to fight only for ${listWords(bound.map((state) => countryName(state)))}: the model’s reading of history, where France called up reservists and then signed at Munich in September 1938, and went to war for Poland in 1939.`,
    };
  }
  if (choice === 'ask-guarantors' && side === 'ussr') {
    return {
      label: 'Wait for Britain’s verdict',
      help: 'Act only if Britain, as a Locarno guarantor, judges French action lawful (Locarno Art. 4); the USSR is no party to Locarno.',
    };
  }
  return CRISIS_LABELS[choice];
}

/** The Czechoslovak delegation's answers (their sourced words are in the data: `DELEGATION_DATA`). */
const CZECHOSLOVAK_LABELS: Readonly<Record<CzechoslovakAnswer, string>> = {
  resist: 'Resist and call on the treaties',
  yield: 'Give way without fighting',
  accept: 'Accept the terms',
};

/** A short label for an order. */
export function actionLabel(action: GameAction): string {
  switch (action.type) {
    case 'pass':
      return 'Do nothing';
    case 'convention.open':
      return 'Open military contacts (attachés and missions)';
    case 'convention.staffTalks':
      return 'Propose general-staff talks';
    case 'convention.draft':
      return 'Begin drafting the convention';
    case 'convention.offer':
      return `Offer: ${action.clause}, option ${action.option + 1}`;
    case 'convention.acceptCounter':
      return 'Accept the counter-offer';
    case 'convention.submit':
      return 'Submit the draft for approval';
    case 'convention.resume':
      return 'Resume the stalled talks';
    case 'diplomacy.demarche':
      return action.to === 'poland'
        ? 'Démarche in Warsaw: ask Poland for transit'
        : 'Démarche in Bucharest: ask Romania for transit';
    case 'diplomacy.reassureBritain':
      return 'Reassure Britain';
    case 'diplomacy.germanFeeler':
      return 'Put out a feeler to Berlin';
    case 'diplomacy.collectiveSecurity':
      return 'Press collective security';
    case 'domestic.rally':
      return 'Rally opinion at home';
    case 'domestic.pressStaff':
      return 'Press the General Staff';
    case 'military.readiness':
      return "Raise the Red Army's readiness";
    case 'crisis.respond':
      return CRISIS_LABELS[action.choice].label;
    case 'transit.answer':
      return action.answer === 'grant' ? 'Grant the Red Army passage' : 'Refuse the Red Army passage';
    case 'czechoslovakia.answer':
      return CZECHOSLOVAK_LABELS[action.answer];
    case 'demarche.answer':
      return action.answer === 'moved' ? 'Soften a little on transit' : 'Stay unmoved';
    case 'britain.answer':
      return DELEGATION_DATA.britain.decisions.verdictAtCrisis.options[action.answer].label;
    case 'britain.guarantee':
      return action.answer === 'guarantee' ? 'Guarantee Poland' : 'Give no guarantee';
    case 'britain.stand':
      return DELEGATION_DATA.britain.decisions.standAtSudeten.options[action.answer].label;
    case 'poland.teschen':
      return DELEGATION_DATA.poland.decisions.teschen.options[action.answer].label;
  }
}

/** The orders a side may give in a month (offers are made on the convention's cards). */
export const ORDERS: readonly GameAction[] = MONTHLY_ORDERS;

/** The convention's phases in words. */
export const PHASE_NAMES: Readonly<Record<string, string>> = {
  noContacts: 'no military contacts',
  attacheContacts: 'attaché contacts',
  staffTalks: 'general-staff talks',
  drafting: 'drafting',
  approvals: 'awaiting approvals',
  signed: 'signed',
  inForce: 'in force',
  stalled: 'stalled',
  brokenOff: 'broken off',
};

export const APPROVER_NAMES: Readonly<Record<string, string>> = {
  cabinet: 'The French cabinet',
  warMinister: 'The War Minister',
  generalStaff: 'General Gamelin and the General Staff',
  sovietLeadership: 'The Soviet leadership',
};

/** The facts a waiting crisis's verdicts assume of the others (its legal case's guarantor verdict and transit). */
export interface AssumedAnswers {
  readonly uk: LegalCase['guarantors']['uk'];
  readonly transit: LegalCase['transit'];
}

/**
 * What the verdicts "if both allies act" take for granted, in one sentence:
 * before the answer, Britain's verdict and the transit states' answers as the
 * model expects them, and, where a delegation plays Britain, Poland or
 * Romania, that its own answer decides when the crisis is resolved (it may
 * differ); once answered (`given`), the answers the crisis was given.
 */
export function assumedAnswersText(
  assumed: AssumedAnswers,
  roles: readonly Delegation[],
  given: 'expected' | 'given' = 'expected',
  asked: { readonly poland: boolean; readonly romania: boolean } = { poland: true, romania: true },
): string {
  const passage = (granted: boolean) => (granted ? 'granted' : 'refused');
  const uk = LOG_TEXT.words.verdicts[assumed.uk] ?? assumed.uk;
  const answers = `Britain's verdict, ${uk}; passage through Poland ${passage(assumed.transit.poland)}, through Romania ${passage(assumed.transit.romania)}.`;
  if (given === 'given') {
    // A transit state no one asked (no Soviet force marched, no delegation answered) gave no answer: the model's expected one stands.
    const unasked = (['poland', 'romania'] as const).filter((state) => !asked[state]);
    const names = unasked.map((state) => (state === 'poland' ? 'Poland' : 'Romania')).join(' and ');
    const note =
      unasked.length === 0
        ? ''
        : ` ${names} ${unasked.length === 1 ? 'was' : 'were'} not asked (no Soviet force marched): ${unasked.length === 1 ? 'its answer is' : 'their answers are'} the one the model expects.`;
    return `They take the others' answers as they were given at this crisis: ${answers}${note}`;
  }
  const sentence = `They take the others' answers as the model expects them: ${answers}`;
  const own = (['britain', 'poland', 'romania'] as const).filter((r) => roles.includes(r));
  if (own.length === 0) return sentence;
  const names = own.map((r) => `the ${DELEGATION_DATA[r].name} delegation`);
  const who = listWords(names);
  return `${sentence} In this game ${who} ${own.length === 1 ? 'gives its' : 'give their'} own answer, which decides when the crisis is resolved.`;
}

/**
 * Why no clause can be offered while the talks are not drafting, said once above the cards: the engine's own
 * refusal (stalled, broken off, with the governments, signed), and before drafting the way there.
 */
export function conventionNotNow(world: WorldState): string {
  const first = conventionClauses()[0];
  const reason = first === undefined ? null : refusal(world, { type: 'convention.offer', clause: first.id, option: 0 });
  // The way on to drafting from where the talks stand, by the orders (the engine's phases, in order).
  const months = CONVENTION.rules.minStaffTalkMonths.value;
  const ways: Readonly<Partial<Record<WorldState['convention']['phase'], string>>> = {
    noContacts: ' Open attaché contacts, then propose staff talks, then begin drafting, from the orders.',
    attacheContacts: ' Propose staff talks, then begin drafting, from the orders.',
    staffTalks: ` Begin drafting from the orders once the staffs have talked for ${months} months.`,
  };
  return reason === null ? '' : `No offer can be made now: ${reason}.${ways[world.convention.phase] ?? ''}`;
}

/**
 * An order's dice now, in words for its button (`orderOdds`, the engine's own rules and numbers, never its die):
 * ", odds 40 in 100 that a démarche moves the government", or why it would change nothing; null for an order
 * that rolls none. So that a class does not spend its capital on odds of nil, or on an order worn out.
 */
export function orderOddsText(world: WorldState, action: GameAction): string | null {
  const odds = orderOdds(world, action);
  if (odds === null) return null;
  if (odds.kind === 'nil') return `: it would change nothing now, ${odds.why}`;
  if (odds.kind === 'answer') return `; ${offerAnswerWords(world, odds)}`;
  if (odds.kind === 'verdicts') {
    // No die: each approver's rule is a threshold on the world and the draft, so its answer is known now.
    const said = odds.verdicts.map(
      (v) =>
        `${inSentence(v.question)}? ${v.yes ? 'yes' : 'no'}${v.objection === null || v.yes ? '' : ` (most against the ${v.objection})`}`,
    );
    return `; as the draft stands: ${said.join('; ')}`;
  }
  // A roll at 0 in 100 cannot come up: the order would spend its capital for nothing, and says so first.
  const hopeless = odds.rolls.find((roll) => roll.chance === 0);
  if (hopeless !== undefined)
    return `: it would change nothing now, with odds of 0 in 100 that ${inSentence(hopeless.question)}`;
  return `, odds ${odds.rolls.map((roll) => `${roll.chance} in 100 that ${inSentence(roll.question)}`).join(', and ')}`;
}

/** The side that answers an offer by the world's role: "Moscow" to a French offer, "Paris" to a Soviet one. */
const ANSWERING = { france: 'Moscow', ussr: 'Paris' } as const;

/**
 * The other side's answer to an offer, as things stand: "as things stand, Moscow would accept it (its reasons add
 * up to +12; it accepts from 0)". No die decides it (the rule is a threshold): the answer the offer then gets.
 */
export function offerAnswerWords(world: WorldState, odds: Extract<OrderOdds, { kind: 'answer' }>): string {
  const who = ANSWERING[world.role];
  const answer =
    odds.answer === 'accept'
      ? 'would accept it'
      : odds.answer === 'counter'
        ? `would counter with “${odds.counter ?? ''}”`
        : 'would refuse it';
  return `as things stand, ${who} ${answer} (its reasons add up to ${signed(odds.score)}; it accepts from ${signed(odds.acceptAt)})`;
}

/** The forecast under an offer's button: the other side's answer to `option` on `clause` now, or null if refused now. */
export function offerForecast(world: WorldState, clause: ClauseId, option: number): string | null {
  const odds = orderOdds(world, { type: 'convention.offer', clause, option });
  if (odds?.kind !== 'answer') return null;
  const words = offerAnswerWords(world, odds);
  // The player's own side judges the whole draft at its submission: how it values this option, beside the answer.
  const own = odds.own.map(({ who, points }) => `${who} ${signed(points)}`).join(', ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}. On your side, to be weighed with the whole draft: ${own}.`;
}
