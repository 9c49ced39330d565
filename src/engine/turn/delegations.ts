/**
 * Delegations on one screen (issue 14 §2): several human roles give each
 * month's orders and answer each crisis; the computer still answers for every
 * other side by its rules, as in a game of one role.
 *
 * The world keeps the game's first role (`world.role`) and that delegation's
 * capital, exactly as in a game of one role. Another delegation's order is
 * carried out by the same rules (`applyOrder`) on the world handed to that role
 * with its own capital for the month, then handed back: between orders a world
 * has the shape of a one-role world. So a game whose second delegation gives
 * no orders and answers each crisis as the computer would have (without a roll
 * of the die: a scripted answer) reaches the same worlds, and hashes, as the
 * game of one role. With a single role every function here is the one-role
 * engine's own (`step`, `applyOrder`), so every recorded game keeps its hashes.
 *
 * The model's own assumptions (GAME.md §2 gives one budget to the one player):
 * each delegation has the month's full budget of political capital
 * (`capitalPerMonth`); orders whose effect diminishes when repeated count in a
 * row whichever delegation gave them, as the world remembers them; a crisis is
 * resolved once every delegation has answered, in one resolution, with the
 * answers given whatever their order.
 *
 * A further delegation (Poland, where the scenario offers it) decides what its
 * government decided where the model otherwise rolls the die for it
 * (`scenarios/model/delegations.json`): Poland answers each crisis's request
 * for Soviet transit (`transit.answer`), and, in the month before the 1939
 * talks open, Voroshilov's question for them (Romania too, in that month's orders); it gives no other orders. The die is
 * still rolled and not read, so every later roll, and a Polish answer equal to
 * the die's, gives the worlds of the game without Poland. It never holds the
 * world's role: a game's first role is France or the USSR.
 *
 * Britain, where the scenario offers it, gives its verdict as a Locarno guarantor at
 * each crisis (`britain.answer`), where the model otherwise decides it by a rule with
 * no die: the legal engine's Locarno check reads it as it reads the model's, so a
 * British verdict equal to the model's gives the worlds of the game without Britain.
 * At the crisis of the German move its guarantee to Poland follows (the move the event's
 * `requires` has done: Prague), it also answers whether Britain guarantees Poland
 * (`britain.guarantee`), where the model otherwise rolls the die for the event month by
 * month while its window is open. The answer is kept in the world until the event is
 * dispatched by it or can no longer be (`history.ts`); the die is still rolled and not
 * read, so a British answer equal to the die's gives the worlds of the game without
 * Britain. It overrides a scenario that scripts the event (`script.events`), as every
 * delegation's answer overrides the script's for its government: declining, the event
 * does not happen there either. At the Sudeten crisis it also gives its stand (`britain.stand`): whether Britain
 * fights beside a fighting France, where the model otherwise decides it from Britain's commitment (no die).
 *
 * Poland, once the Sudetenland is taken, answers in the next month's orders whether it takes Teschen
 * (`poland.teschen`): the event came with that month's dispatches as without Poland; declining undoes it.
 */
import {
  type BritishVerdict,
  type CzechoslovakAnswer,
  DELEGATION_DATA,
  type GuaranteeAnswer,
  type StandAnswer,
  type TeschenAnswer,
} from '../model/delegationData';
import { MODEL } from '../model/modelData';
import { addMonths } from '../months';
import { countryName } from '../rules/worldFacts';
import { rulesOf } from '../variants/variants';
import {
  type Delegation,
  type FurtherDelegation,
  isSide,
  MAX_DELEGATIONS,
  type Role,
  type WorldState,
  withWorld,
} from '../world/worldState';
import { type CrisisChoice, type GameAction, legalActions, refusal } from './actions';
import { type FurtherAnswers, moveById } from './crisis';
import { eventsOf, GUARANTEE, guaranteeOpen, TESCHEN, teschenAnswered, teschenUnlogged } from './history';
import { answerCrisis, applyAnsweredDemarche, applyOrder, endOrders, step } from './step';

/** What a month shared by several delegations remembers beside the world. */
export interface Table {
  /** Capital left this month to each delegation but the first (whose capital is the world's). */
  readonly capital: Readonly<Partial<Record<Role, number>>>;
  /** The crisis answers given so far, while the crisis waits for every delegation. */
  readonly answers: Readonly<Partial<Record<Role, CrisisChoice>>>;
  /** The Polish delegation's answer to the waiting crisis's request for Soviet transit, once given. */
  readonly polandGrants?: boolean;
  /** The Romanian delegation's answer to the waiting crisis's request for Soviet transit, once given. */
  readonly romaniaGrants?: boolean;
  /** The Czechoslovak delegation's answer to a German move against Czechoslovakia, once given. */
  readonly czechoslovakia?: CzechoslovakAnswer;
  /** The British delegation's verdict as a Locarno guarantor on the waiting crisis, once given. */
  readonly britain?: BritishVerdict;
  /** The British delegation's answer on its guarantee to Poland, at the crisis of the move the guarantee follows. */
  readonly britainGuarantee?: GuaranteeAnswer;
  /** The British delegation's stand at the Sudeten crisis (`standAsked`): does Britain fight beside a fighting France? */
  readonly britainStand?: StandAnswer;
  /** The Polish delegation's answer on Teschen, given in this month's orders (`teschenAsked`). */
  readonly teschen?: TeschenAnswer;
  /** The Polish delegation's answer to the question the 1939 talks will put (the month before them). */
  readonly polandTalks?: boolean;
  /** The Romanian delegation's answer to the same question, given in the month's orders before the talks. */
  readonly romaniaTalks?: boolean;
  /** A side's démarche to a transit state whose delegation plays, waiting for its answer (`orderFromBy`). */
  readonly demarche?: { readonly by: Role; readonly to: 'poland' | 'romania' };
}

/** A month's table before any delegation has given an order. */
export const OPEN_TABLE: Table = { capital: {}, answers: {} };

/** The adjective of a role's delegation, for messages. */
export function delegationName(role: Delegation): string {
  if (!isSide(role)) return DELEGATION_DATA[role].name;
  return role === 'france' ? 'French' : 'Soviet';
}

/** Why `roles` cannot be a game's delegations, or null. */
export function rolesProblem(roles: readonly Delegation[]): string | null {
  const [first] = roles;
  if (first === undefined) return 'a game has at least one role';
  if (!isSide(first))
    return `a game's first role is France or the USSR, not ${first} (it joins as a further delegation)`;
  const twice = roles.find((role, i) => roles.indexOf(role) !== i);
  if (twice !== undefined) return `the role ${twice} is given twice`;
  return roles.length > MAX_DELEGATIONS
    ? `a game seats at most ${MAX_DELEGATIONS} delegations, not ${roles.length}`
    : null;
}

/** Has delegation `by` answered the waiting crisis's question put to it (its request for transit, its stand)? */
export function hasAnswered(table: Table, by: Delegation): boolean {
  switch (by) {
    case 'poland':
      return table.polandGrants !== undefined;
    case 'romania':
      return table.romaniaGrants !== undefined;
    case 'czechoslovakia':
      return table.czechoslovakia !== undefined;
    case 'britain':
      return table.britain !== undefined;
    default:
      return table.answers[by] !== undefined;
  }
}

/**
 * Is delegation `by` asked at the crisis waiting in `world`? The sides, Poland and Romania at every
 * crisis (a request for Soviet transit); Czechoslovakia when Germany moves against it, up to March 1939
 * (`standAtCrisis.lastMonth`: timeline.md, 15 Mar 1939, Germany occupies Bohemia-Moravia); Britain
 * wherever its verdict as a Locarno guarantor counts (calendar.json `locarnoGuarantors`, treaty-and-rules.md
 * §5.8: in every status of Locarno the model has), which is at every crisis the model asks it today.
 */
export function askedAtCrisis(world: WorldState, by: Delegation): boolean {
  // A crisis waits exactly while the world holds one (its phase is then `crisis`).
  if (world.crisis === null) return false;
  if (by === 'britain') return verdictAsked(world) || guaranteeAsked(world) || standAsked(world);
  // The victim of the German move waiting, from the move's data.
  const victim = moveById(world.crisis.move).incident.victim;
  // A transit state is asked to let the Red Army through to a victim elsewhere, never when it is the victim itself
  // (Poland at the invasion of Poland: Moscow had signed with Berlin, and no Soviet help came through it).
  if (by === 'poland' || by === 'romania') return victim !== by;
  if (by !== 'czechoslovakia') return true;
  const { lastMonth } = DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis;
  return world.month <= lastMonth && victim === 'czechoslovakia';
}

/** Is Britain's verdict as a Locarno guarantor asked at the waiting crisis (its verdict counts: `askedAtCrisis`)? */
function verdictAsked(world: WorldState): boolean {
  return rulesOf(world).calendar.locarnoGuarantors[world.locarno].includes('uk');
}

/**
 * Is Britain asked at the waiting crisis whether it guarantees Poland (delegations.json britain.guaranteeToPoland,
 * practice)? At the crisis of the German move the guarantee's event follows (its `requires`), while the event can
 * still be dispatched after it: not happened, not taken out, and its window open in the next month, within the game.
 */
export function guaranteeAsked(world: WorldState): boolean {
  if (world.crisis?.move !== GUARANTEE.move) return false;
  const next = addMonths(world.month, 1);
  return next <= GUARANTEE.last && next <= world.endMonth && guaranteeOpen(world);
}

/**
 * Is Britain asked at the waiting crisis whether it stands with France (delegations.json britain.standAtSudeten,
 * practice: a political decision, no treaty bound it)? At the crisis of the German move the data names: the Sudetenland.
 */
export function standAsked(world: WorldState): boolean {
  return world.crisis?.move === DELEGATION_DATA.britain.decisions.standAtSudeten.move;
}

/**
 * Is Poland asked now whether it takes Teschen (delegations.json poland.teschen, practice)? Once, in the orders of the
 * month after the Sudeten crisis, when the Sudetenland was taken and the event came with the month's dispatches
 * (`history.ts`): the event stands as in the game without Poland until Poland answers.
 */
export function teschenAsked(world: WorldState, table: Table = OPEN_TABLE): boolean {
  if (world.phase !== 'orders' || table.teschen !== undefined) return false;
  const after = world.moves[TESCHEN.move];
  if (after?.status !== 'done' || after.month === null) return false;
  return world.month === addMonths(after.month, 1) && world.fired.includes(TESCHEN.event.id);
}

/** Why the rules refuse the Polish delegation's answer on Teschen now, or null. */
function teschenRefusal(world: WorldState, table: Table): string | null {
  if (teschenAsked(world, table)) return null;
  if (table.teschen !== undefined || world.teschenDeclined === true) {
    return 'the Polish delegation has already answered on Teschen: it is asked once';
  }
  return 'no question of Teschen waits for Poland: it is asked in the orders of the month after the Sudeten crisis, once the Sudetenland is taken';
}

/** Why the rules refuse the British delegation's stand now, or null. */
function standRefusal(world: WorldState, table: Table): string | null {
  if (!standAsked(world)) {
    return `no question of Britain's stand waits: it is asked at the crisis of the German move ${DELEGATION_DATA.britain.decisions.standAtSudeten.move}`;
  }
  return table.britainStand !== undefined ? 'the British delegation has already given its stand at this crisis' : null;
}

/**
 * Has delegation `by` given every answer the waiting crisis asks of it? Not asked counts as done;
 * Poland, at a crisis of the month before the 1939 talks, answers their question too (once, kept).
 */
export function doneAtCrisis(world: WorldState, table: Table, by: Delegation): boolean {
  if (!askedAtCrisis(world, by)) return true;
  if (by === 'britain') {
    // Britain answers each question the crisis puts to it: its verdict, and at Prague its guarantee.
    return (
      (table.britain !== undefined || !verdictAsked(world)) &&
      (table.britainGuarantee !== undefined || !guaranteeAsked(world)) &&
      (table.britainStand !== undefined || !standAsked(world))
    );
  }
  if (!hasAnswered(table, by)) return false;
  if (by !== 'poland' || !talksAhead(world)) return true;
  return talksAnswered(world, table);
}

/**
 * Do the 1939 talks open with the next month's dispatches (timeline.md, 11–21 Aug 1939: the military
 * missions in Moscow), so that Poland may answer now the question they will put? In the month's
 * orders, or at a crisis of that month.
 */
export function talksAhead(world: WorldState): boolean {
  if (world.phase === 'ended' || world.tripleAlliance !== null || world.sovietGermanDeal !== null) return false;
  const next = addMonths(world.month, 1);
  if (next > world.endMonth) return false;
  return eventsOf(next).some(
    (event) => event.effects.tripleAllianceTalks === true && !world.disabled.includes(event.id),
  );
}

/** Has Poland answered the question of the 1939 talks (this month, or before a crisis that waits)? */
function talksAnswered(world: WorldState, table: Table): boolean {
  return table.polandTalks !== undefined || world.polandTalks !== undefined;
}

/** Why the rules refuse a transit answer (Poland's or Romania's) now, or null. */
function transitRefusal(
  world: WorldState,
  table: Table,
  action: Extract<GameAction, { type: 'transit.answer' }>,
  by: 'poland' | 'romania',
): string | null {
  const name = delegationName(by);
  const forTalks = action.for === 'talks' || world.phase === 'orders';
  if (!forTalks) {
    // A transit state is never asked to let the Red Army through to itself (`askedAtCrisis`).
    if (!askedAtCrisis(world, by)) {
      return `no request for Soviet transit is before the ${name} delegation: ${countryName(by)} is the victim of this German move`;
    }
    return hasAnswered(table, by) ? `the ${name} delegation has already answered this crisis` : null;
  }
  if (by === 'romania') {
    // timeline.md 14 Aug 1939 (practice): Romania answers for the talks in the month's orders before them.
    if (world.phase !== 'orders') {
      return 'the Romanian delegation answers for the 1939 talks in the month’s orders before them, not at a crisis';
    }
    if (!talksAhead(world)) {
      return 'no request for Soviet transit is before Romania: one comes with a crisis, or before the 1939 talks';
    }
    return table.romaniaTalks !== undefined || world.romaniaTalks !== undefined
      ? 'the Romanian delegation has already answered for the talks'
      : null;
  }
  if (!talksAhead(world)) {
    return 'no request for Soviet transit is before Poland: one comes with a crisis, or before the 1939 talks';
  }
  return talksAnswered(world, table) ? 'the Polish delegation has already answered for the talks' : null;
}

/** Why the rules refuse a further delegation's action now (Poland, Romania, Czechoslovakia), or null. */
function furtherRefusal(world: WorldState, table: Table, action: GameAction, by: FurtherDelegation): string | null {
  if (world.phase === 'ended') return 'the game is over';
  const name = delegationName(by);
  if (by === 'britain') {
    if (action.type === 'britain.stand') return standRefusal(world, table);
    if (action.type === 'britain.guarantee') {
      if (!guaranteeAsked(world)) {
        return `no question of a guarantee to Poland waits for Britain: it is asked at the crisis of the German move it follows (${GUARANTEE.move})`;
      }
      return table.britainGuarantee !== undefined
        ? `the ${name} delegation has already answered on a guarantee to Poland`
        : null;
    }
    if (action.type !== 'britain.answer') {
      return "the British delegation gives Britain's verdict as a Locarno guarantor at a crisis, its stand at the Sudeten crisis, and after Prague its answer on a guarantee to Poland; it gives no other orders";
    }
    if (!verdictAsked(world) || world.phase !== 'crisis') {
      return 'no German move waits for the verdict of Britain as a Locarno guarantor';
    }
    return hasAnswered(table, by) ? `the ${name} delegation has already answered this crisis` : null;
  }
  if (action.type === 'poland.teschen' && by === 'poland') return teschenRefusal(world, table);
  if (action.type === 'demarche.answer' && by !== 'czechoslovakia') {
    return table.demarche?.to === by ? null : `no démarche to ${by} waits for the ${name} delegation's answer`;
  }
  if (by === 'czechoslovakia') {
    if (action.type !== 'czechoslovakia.answer') {
      return 'the Czechoslovak delegation answers German moves against Czechoslovakia; it gives no other orders';
    }
    if (!askedAtCrisis(world, by)) {
      return world.month > DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis.lastMonth
        ? 'Czechoslovakia no longer decides: its decisions end with March 1939'
        : 'no German move against Czechoslovakia waits for its answer';
    }
    return hasAnswered(table, by) ? `the ${name} delegation has already answered this crisis` : null;
  }
  if (action.type !== 'transit.answer') {
    return `the ${name} delegation answers requests for Soviet transit; it gives no other orders`;
  }
  return transitRefusal(world, table, action, by);
}

/** Each further delegation's answers, those the rules allow now being its legal actions. */
const FURTHER_ANSWERS: Readonly<Record<FurtherDelegation, readonly GameAction[]>> = {
  poland: [
    { type: 'demarche.answer', answer: 'unmoved' },
    { type: 'demarche.answer', answer: 'moved' },
    { type: 'transit.answer', answer: 'refuse' },
    { type: 'transit.answer', answer: 'grant' },
    { type: 'transit.answer', answer: 'refuse', for: 'talks' },
    { type: 'transit.answer', answer: 'grant', for: 'talks' },
    { type: 'poland.teschen', answer: 'take' },
    { type: 'poland.teschen', answer: 'decline' },
  ],
  romania: [
    { type: 'demarche.answer', answer: 'unmoved' },
    { type: 'demarche.answer', answer: 'moved' },
    { type: 'transit.answer', answer: 'refuse' },
    { type: 'transit.answer', answer: 'grant' },
  ],
  czechoslovakia: [
    { type: 'czechoslovakia.answer', answer: 'resist' },
    { type: 'czechoslovakia.answer', answer: 'yield' },
    { type: 'czechoslovakia.answer', answer: 'accept' },
  ],
  britain: [
    { type: 'britain.answer', answer: 'lawful' },
    { type: 'britain.answer', answer: 'no-view' },
    { type: 'britain.answer', answer: 'violation-nonflagrant' },
    { type: 'britain.guarantee', answer: 'guarantee' },
    { type: 'britain.guarantee', answer: 'decline' },
    { type: 'britain.stand', answer: 'stand' },
    { type: 'britain.stand', answer: 'aside' },
  ],
};

/** The action types each further delegation gives: its answers, and no order. */
const FURTHER_ACTION_TYPES: Readonly<Record<FurtherDelegation, readonly GameAction['type'][]>> = {
  poland: ['transit.answer', 'demarche.answer', 'poland.teschen'],
  romania: ['transit.answer', 'demarche.answer'],
  czechoslovakia: ['czechoslovakia.answer'],
  britain: ['britain.answer', 'britain.guarantee', 'britain.stand'],
};

/**
 * Why a game file's action of type `type` cannot be delegation `role`'s, or null: a further delegation
 * gives only its own answers, and a side never gives them.
 */
export function furtherActionProblem(role: Delegation, type: string | undefined): string | null {
  if (type === undefined) return null;
  if (!isSide(role)) {
    const own = FURTHER_ACTION_TYPES[role];
    const listed = own.length > 1 ? `${own.slice(0, -1).join(', ')} or ${own.at(-1)}` : own.join('');
    return own.some((t) => t === type) ? null : `the ${role} delegation gives only ${listed}, not ${type}`;
  }
  if (type === 'transit.answer' || type === 'demarche.answer') {
    return `only the Polish or Romanian delegation gives ${type}, not ${role}`;
  }
  if (type === 'czechoslovakia.answer')
    return `only the Czechoslovak delegation gives czechoslovakia.answer, not ${role}`;
  if (type === 'britain.answer' || type === 'britain.guarantee' || type === 'britain.stand') {
    return `only the British delegation gives ${type}, not ${role}`;
  }
  if (type === 'poland.teschen') return `only the Polish delegation gives poland.teschen, not ${role}`;
  return null;
}

/** The world as delegation `by` acts on it: its role, and its capital left this month. */
export function actingWorld(world: WorldState, table: Table, by: Role): WorldState {
  if (by === world.role) return world;
  return withWorld(world, { role: by, capital: table.capital[by] ?? MODEL.capitalPerMonth.value });
}

/**
 * Why delegation `by` can do nothing more now: it has answered the waiting crisis; or null. The table holds
 * answers only while a crisis waits (`answerBy`; the crisis resolved, the table starts afresh).
 */
export function answeredRefusal(table: Table, by: Delegation): string | null {
  return hasAnswered(table, by) ? `the ${delegationName(by)} delegation has already answered this crisis` : null;
}

/** Why the rules refuse delegation `by`'s action now (an order or a crisis answer), or null. */
export function delegationRefusal(world: WorldState, table: Table, action: GameAction, by: Delegation): string | null {
  if (!isSide(by)) return furtherRefusal(world, table, action, by);
  const [w, t] = settled(world, table, true);
  return answeredRefusal(t, by) ?? refusal(actingWorld(w, t, by), action);
}

/** The actions delegation `by` may take now (none once it has answered the waiting crisis). */
export function legalActionsBy(world: WorldState, table: Table, by: Delegation): readonly GameAction[] {
  if (!isSide(by)) {
    // In the month's orders an answer is for the talks without saying so: each answer is listed once.
    const asked = (action: GameAction) => world.phase !== 'orders' || !('for' in action);
    return FURTHER_ANSWERS[by].filter((action) => asked(action) && furtherRefusal(world, table, action, by) === null);
  }
  if (hasAnswered(table, by)) return [];
  const [w, t] = settled(world, table, true);
  return legalActions(actingWorld(w, t, by));
}

/**
 * A démarche waiting for its state's answer, settled by the die as in a game without that delegation
 * (`applyOrder`): when any other action comes first, or the month ends. No démarche waiting: as it is.
 */
export function settled(world: WorldState, table: Table, quiet = false): [WorldState, Table] {
  const pending = table.demarche;
  if (pending === undefined) return [world, table];
  const { demarche: _settled, ...rest } = table;
  return orderBy(world, rest, { type: 'diplomacy.demarche', to: pending.to }, pending.by, quiet);
}

/**
 * Delegation `by`'s order (`orderBy`), a démarche waiting first settled. A démarche to Poland or Romania
 * whose delegation plays waits for its answer (`demarche.answer`, treaty-and-rules.md §5.1 transit[state],
 * practice), instead of the die: the order is carried out when it answers, as the die would carry it out.
 */
export function orderFromBy(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  action: GameAction,
  by: Role,
  quiet = false,
): [WorldState, Table] {
  const [w, t] = settled(world, table, quiet);
  if (action.type === 'diplomacy.demarche' && roles.includes(action.to) && delegationRefusal(w, t, action, by) === null)
    return [w, { ...t, demarche: { by, to: action.to } }];
  return orderBy(w, t, action, by, quiet);
}

/** Carry out one order of delegation `by` (refused orders are logged and change nothing else). */
export function orderBy(
  world: WorldState,
  table: Table,
  action: GameAction,
  by: Role,
  quiet = false,
): [WorldState, Table] {
  if (by === world.role) return [applyOrder(world, action, quiet), table];
  const done = applyOrder(actingWorld(world, table, by), action, quiet);
  const next = withWorld(done, { role: world.role, capital: world.capital });
  return [next, { ...table, capital: { ...table.capital, [by]: done.capital } }];
}

/**
 * Delegation `by` answers the waiting crisis. With one role, the crisis is
 * resolved at once (the one-role engine's own step). With several, the answer
 * waits until every delegation has answered; then the crisis is resolved with
 * each side's answer, and the table starts afresh.
 */
export function answerBy(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  choice: CrisisChoice,
  by: Role,
  quiet = false,
): [WorldState, Table] {
  const action: GameAction = { type: 'crisis.respond', choice };
  if (roles.length <= 1 || world.phase !== 'crisis') return orderBy(world, table, action, by, quiet);
  if (table.answers[by] !== undefined) return [world, table];
  return resolveWhenAnswered(world, roles, { ...table, answers: { ...table.answers, [by]: choice } }, quiet);
}

/**
 * A further delegation gives its answer (treaty-and-rules.md §5.2 TRANSIT_ANSWER, practice; Czechoslovakia:
 * §5.3 S8, its government's decision; Britain: §5.8 GUARANTOR_VERDICT, Locarno Art. 4 §3, practice): at a crisis, instead of the die, the crisis being resolved once every
 * delegation asked has answered; Poland's answer for the 1939 talks waits on the table for the month's end.
 * An answer the rules refuse changes nothing.
 */
export function furtherAnswerBy(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  action: GameAction,
  by: FurtherDelegation,
  quiet = false,
): [WorldState, Table] {
  if (!roles.includes(by) || furtherRefusal(world, table, action, by) !== null) return [world, table];
  const pending = table.demarche;
  if (action.type === 'demarche.answer' && pending !== undefined) {
    const { demarche: _answered, ...rest } = table;
    const moved = action.answer === 'moved';
    const done = applyAnsweredDemarche(actingWorld(world, table, pending.by), pending.to, moved, quiet);
    if (pending.by === world.role) return [done, rest];
    const next = withWorld(done, { role: world.role, capital: world.capital });
    return [next, { ...rest, capital: { ...rest.capital, [pending.by]: done.capital } }];
  }
  [world, table] = settled(world, table, quiet);
  // Poland's answer on Teschen, in the month's orders: the event comes now, or is held back (`history.ts`).
  if (action.type === 'poland.teschen') {
    return [teschenAnswered(world, action.answer, quiet), { ...table, teschen: action.answer }];
  }
  let next: Table = table;
  if (action.type === 'czechoslovakia.answer') next = { ...table, czechoslovakia: action.answer };
  else if (action.type === 'britain.answer') next = { ...table, britain: action.answer };
  else if (action.type === 'britain.guarantee') next = { ...table, britainGuarantee: action.answer };
  else if (action.type === 'britain.stand') next = { ...table, britainStand: action.answer };
  else if (action.type === 'transit.answer') {
    const grant = action.answer === 'grant';
    if (by === 'romania' && world.phase === 'orders') next = { ...table, romaniaTalks: grant };
    else if (action.for === 'talks' || world.phase === 'orders') next = { ...table, polandTalks: grant };
    else next = by === 'romania' ? { ...table, romaniaGrants: grant } : { ...table, polandGrants: grant };
  }
  // Outside a crisis nothing is asked and no side has answered: the answer waits on the table.
  return resolveWhenAnswered(world, roles, next, quiet);
}

/**
 * The Polish delegation answers the waiting crisis's request for Soviet transit (or, in the orders of
 * the month before the 1939 talks, their question): `furtherAnswerBy` for Poland.
 */
export function transitAnswerBy(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  grant: boolean,
  quiet = false,
): [WorldState, Table] {
  return furtherAnswerBy(
    world,
    roles,
    table,
    { type: 'transit.answer', answer: grant ? 'grant' : 'refuse' },
    'poland',
    quiet,
  );
}

/**
 * The further delegations' answers the waiting crisis is resolved with (absent: the die's or the model's), and
 * Britain's answer on its guarantee to Poland, carried into the world for the next month's dispatches.
 */
function furtherAnswers(
  world: WorldState,
  table: Table,
): FurtherAnswers & { readonly britainGuarantee?: GuaranteeAnswer } {
  // An answer left undefined is absent: the crisis reads each with `??` or `!== undefined`.
  return {
    romaniaGrants: table.romaniaGrants,
    czechoslovakia: table.czechoslovakia,
    polandTalks: table.polandTalks ?? world.polandTalks,
    ukVerdict: table.britain,
    britainGuarantee: table.britainGuarantee,
    ukStand: table.britainStand,
  };
}

/** Resolve the waiting crisis once every delegation asked has answered it (else keep the answers on the table). */
function resolveWhenAnswered(
  world: WorldState,
  roles: readonly Delegation[],
  table: Table,
  quiet: boolean,
): [WorldState, Table] {
  const own = table.answers[world.role];
  if (own === undefined || !roles.every((role) => doneAtCrisis(world, table, role))) return [world, table];
  // The other side's answer where a delegation plays it too (only a playing delegation answers); otherwise the
  // computer answers for it.
  const otherAnswer = table.answers[world.role === 'france' ? 'ussr' : 'france'];
  const further = furtherAnswers(world, table);
  // Poland's answer for the talks, kept over the crisis, is spent with it: the world no longer holds it.
  const kept = withWorld(world, { polandTalks: undefined });
  const answered = spentTalks(answerCrisis(kept, own, otherAnswer, quiet, table.polandGrants, further));
  // Teschen, if it came with the next month's dispatches, waits in the log for the Polish delegation's answer.
  return [roles.includes('poland') ? teschenUnlogged(answered) : answered, OPEN_TABLE];
}

/**
 * One turn of a game of several delegations: each action by its delegation
 * (`by[i]`; absent: the game's first role), then the month's resolution. With
 * one role it is `step`, the one-role turn, exactly.
 */
export function stepBy(
  world: WorldState,
  roles: readonly Delegation[],
  actions: readonly GameAction[],
  by?: readonly Delegation[],
): WorldState {
  if (roles.length <= 1 || by === undefined) return step(world, actions);
  let next = world;
  let table = OPEN_TABLE;
  actions.forEach((action, i) => {
    const who = by[i] ?? world.role;
    if (!isSide(who)) {
      // A further delegation's action the rules refuse changes nothing (a game file holds only accepted ones).
      [next, table] = furtherAnswerBy(next, roles, table, action, who);
      return;
    }
    [next, table] =
      action.type === 'crisis.respond' && next.phase === 'crisis'
        ? answerBy(next, roles, table, action.choice, who)
        : orderFromBy(next, roles, table, action, who);
  });
  // A month's orders end with its resolution; a crisis's answers resolve it once every delegation has answered.
  if (world.phase === 'orders') next = endOrdersBy(next, table);
  return next;
}

/**
 * End the month's orders of every delegation: the month's resolution, with Poland's answer for the 1939
 * talks if given; if a crisis now waits, that answer is kept in the world until the crisis is resolved.
 */
export function endOrdersBy(world: WorldState, table: Table, quiet = false): WorldState {
  const [settledWorld, t] = settled(world, table, quiet);
  // Teschen unanswered by the month's end: the event stands as it came, and the log gives it (`teschenAnswered`).
  const w0 = teschenAsked(settledWorld, t) ? teschenAnswered(settledWorld, 'take', quiet, false) : settledWorld;
  // Romania's answer for the talks rides in the world until they are resolved (`triple.ts` spends it).
  const w = withWorld(w0, { romaniaTalks: t.romaniaTalks });
  const next = endOrders(w, quiet, t.polandTalks);
  if (next.phase !== 'crisis') return spentTalks(next);
  return withWorld(next, { polandTalks: t.polandTalks });
}

/**
 * The world once the month is resolved: Romania's answer for the 1939 talks is spent (by the talks, or, if they
 * did not open, here), so that no world keeps it after its month (a copy once a month, in games of delegations only).
 */
function spentTalks(world: WorldState): WorldState {
  return withWorld(world, { romaniaTalks: undefined });
}
