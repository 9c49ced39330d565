/**
 * Delegations on one screen (issue 14 §2): two or more delegations take turns
 * at one screen, each giving its government's orders and its answer to each
 * crisis. The engine takes each delegation's actions (`send(action, { by })`);
 * this module seats one delegation at a time: the app draws the game as that
 * delegation sees it (its role, its capital), and between two delegations a
 * hand-over screen hides the previous one's private screen (its orders and
 * the factors it saw) until the next one is seated.
 *
 * A further delegation (Poland, Romania, Czechoslovakia, where the scenario
 * offers it) has no monthly orders: it is seated at each crisis that asks it
 * something, first (Poland and Romania: the request for Soviet transit;
 * Czechoslovakia: a German move against it, to March 1939; Britain: its verdict
 * as a Locarno guarantor, at the Sudeten crisis whether it stands with France, and at Prague
 * whether it guarantees Poland), and Poland after the sides in the month before the 1939 talks,
 * to answer the question they will put, and in the month after the Sudeten crisis, whether it
 * takes Teschen (their decisions and sources from `scenarios/model/delegations.json`,
 * drawn here as text); then the sides take the seat again.
 *
 * The turn: the delegation seated gives its orders and ends them; the next
 * that has not yet given its orders this month is seated; when all have, the
 * month ends, and the last one seated starts the next month (no hand-over
 * between a delegation and itself). A crisis: each delegation answers in turn,
 * and the engine resolves it once all have.
 *
 * Loaded lazily by the app (`await import('./delegations')`) when the title
 * screen's "Delegations on one screen" is chosen.
 */
import {
  BRITISH_VERDICTS,
  CZECHOSLOVAK_ANSWERS,
  createGame,
  DELEGATION_DATA,
  DELEGATIONS,
  DEMARCHE_ANSWERS,
  type Delegation,
  delegationName,
  type Game,
  type GameSnapshot,
  GUARANTEE_ANSWERS,
  historySaid,
  isSide,
  type LogEntry,
  MAX_DELEGATIONS,
  monthName,
  type Role,
  type Scenario,
  type Source,
  STAND_ANSWERS,
  TESCHEN_ANSWERS,
  type WorldState,
} from '../engine';
import { waitingDemarche } from './demarcheSeat';
import { el, replace } from './dom';
import type { GameHost } from './host';
import { ROLE_NAMES } from './labels';
import './delegations.css';

/** The delegations of a game on one screen, and the game as the seated delegation plays it. */
export interface Seats {
  /** Every delegation at the screen, the game's first role first. */
  readonly roles: readonly Delegation[];
  /** The game's first role (the world's): France or the USSR. */
  readonly first: Role;
  /** The game as the seated delegation plays it: what the app draws and sends to. */
  readonly game: Game;
  /** The delegation at the screen now. */
  seated(): Delegation;
  /** Mark the panel with whose turn it is (called after each render). */
  decorate(panel: HTMLElement): void;
  /** Where the month stands, for the autosave (saves.ts). */
  state(): SeatState;
  /** Show the hand-over screen for the seated delegation (a game resumed: its private screen stays hidden until it is seated). */
  handOverNow(): void;
  /** Draw the panel of a further delegation (Poland) when it is seated; false when the app draws it. */
  draw(panel: HTMLElement, world: WorldState): boolean;
}

/**
 * Where a month of delegations stands beside the game's recorded turns: who is
 * seated, who has ended its orders this month, and the orders and answers
 * given since the last recorded turn, with who gave each.
 */
export interface SeatState {
  readonly seated: Delegation;
  readonly done: readonly Delegation[];
  readonly pending: readonly { readonly action: unknown; readonly by: Delegation }[];
}

/** What the seats need of the page: the regions hidden during a hand-over, and how to draw the game again. */
export interface SeatHost {
  readonly panel: HTMLElement;
  readonly hud: HTMLElement;
  /** Regions that may hold a delegation's private screen (the convention's cards, the tooltip). */
  readonly hide: readonly HTMLElement[];
  resume(): void;
}

const HANDOVER_ID = 'handover';

/** The delegation's name as a heading says it: "the Soviet delegation". */
const delegation = (role: Delegation) => `the ${delegationName(role)} delegation`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Seat the delegations of `inner` (a game created with `roles`) one at a time;
 * `resume` (from the autosave) gives the month's orders so far again, by the
 * delegations that gave them, and seats the delegation whose turn it was.
 */
export function seatsFor(inner: Game, host: SeatHost, resume?: SeatState): Seats {
  const roles = inner.getSnapshot().delegations.roles;
  const first: Role = inner.getSnapshot().world.role;
  let seated: Delegation = first;
  /** The delegations that have ended their orders this month. */
  let done: Delegation[] = [];
  /** The side whose démarche waits for a transit state's delegation: it takes the seat again after the answer. */
  let askedBy: Delegation | null = null;
  /** The orders and answers given since the last recorded turn (for the autosave). */
  let pending: { action: unknown; by: Delegation }[] = [];
  let recorded = inner.getSnapshot().turns.length;
  const track = (action: unknown, by: Delegation) => {
    const turns = inner.getSnapshot().turns.length;
    if (turns === recorded) pending = [...pending, { action, by }];
    else [recorded, pending] = [turns, []];
  };
  /** Which delegation's order wrote each log entry of the month (private until the month is over). */
  const owners = new WeakMap<LogEntry, Delegation>();
  const monthEntries = (snapshot: GameSnapshot) =>
    snapshot.world.log.find((m) => m.month === snapshot.world.month)?.entries ?? [];

  /** The game as the seated delegation sees it: its role, its capital, and none of the others' orders this month. */
  const view = (snapshot: GameSnapshot): GameSnapshot => {
    const { world } = snapshot;
    const log = world.log.map((m) =>
      m.month === world.month && world.phase === 'orders'
        ? { ...m, entries: m.entries.filter((e) => (owners.get(e) ?? seated) === seated) }
        : m,
    );
    // A further delegation never holds the world's role: the world is drawn as the first role's while it sits.
    const role = isSide(seated) ? seated : world.role;
    return { ...snapshot, world: { ...world, role, capital: snapshot.delegations.capital[role], log } };
  };

  /** Hide the seated delegation's screen and ask for the next one (`resumed`: a game opened again, no one before it). */
  const handOver = (to: Delegation, resumed = false) => {
    const from = seated;
    seated = to;
    document.getElementById(HANDOVER_ID)?.remove();
    host.panel.hidden = true;
    host.hud.hidden = true;
    const hidden = host.hide.filter((region) => !region.hidden);
    for (const region of hidden) region.hidden = true;
    const month = monthName(inner.getSnapshot().world.month);
    const go = el('button', {
      className: 'big',
      text: `We are ${delegation(to)}: show our screen`,
      attrs: { type: 'button', id: 'handover-continue' },
    });
    const screen = el(
      'div',
      {
        className: 'handover',
        attrs: { id: HANDOVER_ID, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'handover-heading' },
      },
      [
        el('div', { className: 'title-card' }, [
          el('h2', { text: `Pass to ${delegation(to)}`, attrs: { id: 'handover-heading' } }),
          el('p', {
            text: `${resumed ? `The game of delegations resumes in ${month}.` : `${capitalised(delegation(from))} has finished. Its screen is hidden.`} ${capitalised(delegation(to))} (${ROLE_NAMES[to]}) takes the seat for ${month}.`,
          }),
          go,
        ]),
      ],
    );
    const seat = () => {
      screen.remove();
      host.panel.hidden = false;
      host.hud.hidden = false;
      host.resume();
      host.panel.querySelector<HTMLElement>('h2')?.focus();
    };
    go.addEventListener('click', seat);
    screen.addEventListener('keydown', (event) => {
      // Escape seats the next delegation too: the hand-over hides nothing from it.
      if (event.key === 'Escape') {
        event.preventDefault();
        seat();
      }
    });
    document.body.append(screen);
    go.focus();
  };

  const next = (waiting: (role: Delegation) => boolean): Delegation | undefined =>
    roles.find((r) => r !== seated && waiting(r));
  /** Has delegation `role` anything to do in the month's orders? (A further one only before the 1939 talks.) */
  const hasOrders = (role: Delegation) => isSide(role) || inner.legalActions(role).length > 0;
  /** Has delegation `role` something to answer at the waiting crisis? (None once it has answered all it was asked.) */
  const toAnswer = (role: Delegation) => inner.legalActions(role).length > 0;
  /** After the month's resolution: a further delegation answers a new crisis first; a side gives the next orders. */
  const afterMonth = () => {
    const { phase } = inner.getSnapshot();
    const further = roles.find((r) => !isSide(r) && toAnswer(r));
    if (phase === 'crisis' && further !== undefined) {
      if (further !== seated) handOver(further);
    } else if (phase === 'orders' && !hasOrders(seated)) handOver(first);
  };

  /** Give an order or an answer as delegation `by`: the log entries it writes this month are its own, and the autosave keeps it. */
  const give = (action: unknown, by: Delegation, source: Source | undefined) => {
    const type = typeof action === 'object' && action !== null ? Reflect.get(action, 'type') : undefined;
    const month = inner.getSnapshot().world.month;
    const before = monthEntries(inner.getSnapshot()).length;
    const result = inner.send(action, { by, source });
    const after = inner.getSnapshot();
    if (result.accepted && type !== 'crisis.respond' && after.phase === 'orders' && after.world.month === month) {
      // A démarche's answer writes the démarche's entry: it belongs to the side that made the démarche.
      const owner = type === 'demarche.answer' && askedBy !== null ? askedBy : by;
      for (const entry of monthEntries(after).slice(before)) owners.set(entry, owner);
    }
    if (result.accepted) track(action, by);
    return result;
  };

  if (resume !== undefined) {
    // The month as the autosave left it: each order given again by its delegation, then whose turn it was.
    for (const { action, by } of resume.pending) if (!roles.includes(by) || !give(action, by, 'replay').accepted) break;
    done = roles.filter((r) => resume.done.includes(r));
    seated = roles.find((r) => r === resume.seated) ?? seated;
    // A démarche still waiting for its delegation's answer: the side that made it takes the seat again after it.
    const waiting = waitingDemarche(resume.pending, roles);
    if (waiting !== null && toAnswer(waiting.to)) askedBy = waiting.by;
  }

  const game: Game = {
    send(action, options) {
      const by = typeof options === 'object' && options.by !== undefined ? options.by : seated;
      const source = typeof options === 'string' ? options : typeof options === 'object' ? options.source : undefined;
      const type = typeof action === 'object' && action !== null ? Reflect.get(action, 'type') : undefined;
      if (type === 'turn.end' && inner.getSnapshot().phase === 'orders') {
        const following = next((r) => hasOrders(r) && !done.includes(r) && r !== by);
        if (following !== undefined) {
          done = [...done, by];
          handOver(following);
          return { accepted: true, reason: null };
        }
        done = [];
        const result = inner.send(action, { by, source });
        if (result.accepted) {
          track(action, by);
          afterMonth();
        }
        return result;
      }
      const result = give(action, by, source);
      // A démarche to a transit state whose delegation plays: that delegation answers it now, then the side goes on.
      const to =
        type === 'diplomacy.demarche' && typeof action === 'object' && action !== null
          ? Reflect.get(action, 'to')
          : undefined;
      const asked = roles.find((r) => r === to);
      if (result.accepted && asked !== undefined && !isSide(asked) && toAnswer(asked)) {
        askedBy = by;
        handOver(asked);
        return result;
      }
      if (result.accepted && type === 'demarche.answer') {
        // The side that made the démarche (a game resumed from its autosave: found from the month's orders).
        const back = askedBy ?? first;
        askedBy = null;
        handOver(back);
        return result;
      }
      const answer =
        type === 'crisis.respond' ||
        type === 'transit.answer' ||
        type === 'czechoslovakia.answer' ||
        type === 'britain.answer' ||
        type === 'britain.guarantee' ||
        type === 'britain.stand';
      if (result.accepted && answer) {
        const { phase } = inner.getSnapshot();
        // A further delegation still asked (Poland: the talks' question after the crisis's) keeps the seat;
        // then the further delegations answer first, then the sides.
        const stays = phase === 'crisis' && !isSide(by) && toAnswer(by);
        const following =
          phase !== 'crisis' || stays ? undefined : (next((r) => !isSide(r) && toAnswer(r)) ?? next(toAnswer));
        if (following !== undefined) handOver(following);
      }
      return result;
    },
    subscribe: (listener) => inner.subscribe((snapshot) => listener(view(snapshot))),
    getSnapshot: () => view(inner.getSnapshot()),
    legalActions: (by) => inner.legalActions(by ?? seated),
    getLog: () => inner.getLog(),
    getEvents: () => inner.getEvents(),
  };

  /** The question a further delegation is asked now, with its answers as actions, or null. */
  const questionOf = (by: Delegation, world: WorldState) => {
    const legal = inner.legalActions(by);
    if (isSide(by) || world.phase === 'ended' || legal.length === 0) return null;
    if (by === 'britain') {
      // Britain's verdict as a Locarno guarantor (Art. 4 §3), its answers and their sources from data; then, at the
      // crisis its guarantee to Poland follows (Prague), whether it guarantees Poland.
      const data = DELEGATION_DATA.britain;
      if (legal.some((a) => a.type === 'britain.answer')) {
        const answers = BRITISH_VERDICTS.map((answer) => ({ answer, action: { type: 'britain.answer', answer } }));
        return { decision: data.decisions.verdictAtCrisis, data, answers, endsTurn: false };
      }
      // At the Sudeten crisis, after its verdict: whether Britain stands with France.
      if (legal.some((a) => a.type === 'britain.stand')) {
        const answers = STAND_ANSWERS.map((answer) => ({ answer, action: { type: 'britain.stand', answer } }));
        return { decision: data.decisions.standAtSudeten, data, answers, endsTurn: false };
      }
      const answers = GUARANTEE_ANSWERS.map((answer) => ({ answer, action: { type: 'britain.guarantee', answer } }));
      return { decision: data.decisions.guaranteeToPoland, data, answers, endsTurn: false };
    }
    if (legal.some((a) => a.type === 'demarche.answer') && by !== 'czechoslovakia') {
      const data = by === 'romania' ? DELEGATION_DATA.romania : DELEGATION_DATA.poland;
      const answers = DEMARCHE_ANSWERS.map((answer) => ({ answer, action: { type: 'demarche.answer', answer } }));
      return { decision: data.decisions.demarche, data, answers, endsTurn: false };
    }
    if (by === 'poland' && legal.some((a) => a.type === 'poland.teschen')) {
      // The month after the Sudeten crisis, the Sudetenland taken: whether Poland takes Teschen (its month's orders).
      const data = DELEGATION_DATA.poland;
      const answers = TESCHEN_ANSWERS.map((answer) => ({ answer, action: { type: 'poland.teschen', answer } }));
      return { decision: data.decisions.teschen, data, answers, endsTurn: true };
    }
    if (by === 'czechoslovakia') {
      const decision = DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis;
      const answers = CZECHOSLOVAK_ANSWERS.map((answer) => ({
        answer,
        action: { type: 'czechoslovakia.answer', answer },
      }));
      return { decision, data: DELEGATION_DATA.czechoslovakia, answers, endsTurn: false };
    }
    // Poland at a crisis of the month before the 1939 talks: the crisis's request first, then the talks' question.
    const crisisRequest = world.phase === 'crisis' && legal.some((a) => a.type === 'transit.answer' && !('for' in a));
    const forTalks = world.phase === 'crisis' && !crisisRequest;
    const data = by === 'romania' ? DELEGATION_DATA.romania : DELEGATION_DATA.poland;
    const talks = world.phase !== 'crisis' || (by === 'poland' && forTalks);
    const decision = talks ? data.decisions.transitInTalks1939 : data.decisions.transitAtCrisis;
    const answers = (['refuse', 'grant'] as const).map((answer) => ({
      answer,
      action: { type: 'transit.answer', answer, ...(forTalks ? { for: 'talks' } : {}) },
    }));
    // Before the talks, the answer is Poland's (or Romania's) whole month: its orders end with it.
    return { decision, data, answers, endsTurn: world.phase !== 'crisis' };
  };

  /** What the British delegation is asked now, in words: its verdict first, then its stand, then its guarantee. */
  const britishQuestion = () => {
    const legal = inner.legalActions('britain');
    if (legal.some((a) => a.type === 'britain.answer')) return 'its verdict as a Locarno guarantor';
    if (legal.some((a) => a.type === 'britain.stand')) return 'its stand beside France';
    return legal.some((a) => a.type === 'britain.guarantee')
      ? 'its answer on a guarantee to Poland'
      : 'its verdict as a Locarno guarantor';
  };

  /** A further delegation's panel: the question, its answers with their sources, history's answer. */
  const drawFurther = (panel: HTMLElement, world: WorldState): boolean => {
    const question = questionOf(seated, world);
    if (question === null) return false;
    const { decision, data, endsTurn } = question;
    const options: Readonly<
      Record<string, { label: string; summary: string; source?: string | undefined; assumption?: string | undefined }>
    > = decision.options;
    const answers = el(
      'ul',
      { className: 'crisis-answers transit-answers', attrs: { id: 'transit-answers' } },
      question.answers.map(({ answer, action }) => {
        const option = options[answer];
        const button = el('button', { attrs: { type: 'button', 'data-transit': answer } }, [
          el('strong', { text: option?.label ?? answer }),
          el('span', { className: 'transit-help', text: ` — ${option?.summary ?? ''}` }),
        ]);
        button.addEventListener('click', () => {
          const by = seated;
          game.send(action, { by });
          if (endsTurn) game.send({ type: 'turn.end' }, { by });
          host.resume();
        });
        const sources = [option?.source, option?.assumption].filter((s): s is string => s !== undefined);
        return el('li', {}, [button, el('p', { className: 'transit-source', text: `Source: ${sources.join(' ')}` })]);
      }),
    );
    // What a Romanian grant of transit at a crisis opens and limits (not asked for the talks).
    const { grantReach } = DELEGATION_DATA.romania;
    const reach =
      decision === DELEGATION_DATA.romania.decisions.transitAtCrisis
        ? [
            el('p', {
              className: 'transit-source',
              text: `A grant opens: ${grantReach.opens} Its limits: ${grantReach.limits}`,
            }),
          ]
        : [];
    replace(
      panel,
      el('h2', {
        text: `${capitalised(delegation(seated))}: ${decision.label}`,
        attrs: { tabindex: '-1', id: 'transit-heading' },
      }),
      el('p', { text: data.government }),
      el('p', { text: decision.summary }),
      el('p', { text: `In history: ${historySaid(decision, world.crisis?.move ?? null)}` }),
      ...reach,
      el('section', { attrs: { 'aria-labelledby': 'transit-answer-heading' } }, [
        el('h3', { text: 'Your answer', attrs: { id: 'transit-answer-heading' } }),
        answers,
      ]),
      el('p', { className: 'transit-source', text: `The rule: ${decision.cite} (${decision.kind}).` }),
    );
    return true;
  };

  return {
    roles,
    first,
    game,
    seated: () => seated,
    state: () => ({ seated, done: [...done], pending: [...pending] }),
    handOverNow: () => {
      // A finished game has no seat to take: its ending is for everyone.
      if (inner.getSnapshot().phase !== 'ended') handOver(seated, true);
    },
    draw: drawFurther,
    decorate(panel) {
      panel.querySelector('.delegation-turn')?.remove();
      const { phase } = inner.getSnapshot();
      if (phase === 'ended' || panel.querySelector('#crisis-result-heading') !== null) return;
      const what =
        askedBy !== null && !isSide(seated)
          ? 'its answer to the démarche'
          : seated === 'czechoslovakia'
            ? 'its answer to the German move against it'
            : seated === 'britain'
              ? britishQuestion()
              : seated === 'poland' && inner.legalActions('poland').some((a) => a.type === 'poland.teschen')
                ? 'its answer on Teschen'
                : !isSide(seated)
                  ? 'its answer to the request for Soviet transit'
                  : phase === 'crisis'
                    ? 'its answer to the crisis'
                    : 'its orders for the month';
      const line = el('p', {
        className: 'delegation-turn',
        attrs: { id: 'delegation-turn' },
        text: `At the screen: ${delegation(seated)} (${ROLE_NAMES[seated]}), ${what}.`,
      });
      panel.querySelector('h2')?.after(line);
    },
  };
}

/**
 * The setup of a game of delegations: a scenario and the delegations that
 * play (at least two of those the scenario offers). `start` gets the game.
 */
export function delegationsSetup(
  host: Pick<GameHost, 'screen' | 'scenarios' | 'showTitle'>,
  seed: string,
  start: (game: Game, scenario: Scenario) => void,
): void {
  const form = el('form', { className: 'setup', attrs: { 'aria-labelledby': 'delegations-heading' } });
  const scenarios = el('fieldset', { className: 'scenarios' }, [el('legend', { text: 'Scenario' })]);
  host.scenarios.forEach((scenario, i) => {
    const id = `delegations-scenario-${scenario.id}`;
    scenarios.append(
      el('div', { className: 'scenario-choice' }, [
        el('input', {
          attrs: { type: 'radio', name: 'scenario', value: scenario.id, id, ...(i === 0 ? { checked: '' } : {}) },
        }),
        el('label', { attrs: { for: id } }, [
          el('strong', { text: scenario.title }),
          el('span', { className: 'start', text: ` — roles: ${scenario.roles.map((r) => ROLE_NAMES[r]).join(', ')}` }),
        ]),
      ]),
    );
  });
  const roles = el('fieldset', { className: 'roles' }, [el('legend', { text: 'Delegations at the screen' })]);
  /** What each delegation decides, beside its name. */
  const decides: Readonly<Record<Delegation, string>> = {
    france: 'its orders each month and its answer to each crisis',
    ussr: 'its orders each month and its answer to each crisis',
    poland:
      'its answers to the requests for Soviet transit at each crisis and before the 1939 talks, to démarches on transit, and after Munich whether it takes Teschen',
    romania:
      'its answers to the requests for Soviet transit through Romania at each crisis and before the 1939 talks, and to démarches on transit',
    czechoslovakia: 'its answer when Germany moves against Czechoslovakia (to March 1939)',
    britain:
      'its verdict as a Locarno guarantor when Germany moves, at the Sudeten crisis whether it stands with France, and after Prague its guarantee to Poland',
  };
  const boxes = new Map<Delegation, HTMLInputElement>();
  for (const role of DELEGATIONS) {
    const id = `delegation-${role}`;
    const box = el('input', {
      attrs: { type: 'checkbox', name: 'roles', value: role, id, ...(isSide(role) ? { checked: '' } : {}) },
    });
    boxes.set(role, box);
    roles.append(
      el('div', { className: 'role-choice' }, [
        box,
        el('label', {
          attrs: { for: id },
          text: `${capitalised(delegation(role))} (${ROLE_NAMES[role]}): ${decides[role]}`,
        }),
      ]),
    );
  }
  /**
   * Offer only the delegations the chosen scenario lists (Poland where it is offered), and no more than
   * the game seats: once five are chosen, the others wait until one is taken off.
   */
  const offer = () => {
    const chosen = host.scenarios.find((s) => s.id === new FormData(form).get('scenario'));
    for (const [role, box] of boxes) {
      const offered = chosen?.roles.includes(role) ?? false;
      if (!offered) box.checked = false;
    }
    const full = [...boxes.values()].filter((box) => box.checked).length >= MAX_DELEGATIONS;
    for (const [role, box] of boxes) {
      const offered = chosen?.roles.includes(role) ?? false;
      box.disabled = !offered || (full && !box.checked);
    }
  };
  scenarios.addEventListener('change', offer);
  roles.addEventListener('change', offer);
  const problem = el('p', { className: 'notice notice-bad', attrs: { role: 'alert' } });
  const go = el('button', { className: 'big', text: 'Start', attrs: { type: 'submit', id: 'start-delegations' } });
  const back = el('button', { text: 'Back', attrs: { type: 'button' } });
  back.addEventListener('click', () => host.showTitle());
  form.append(
    el('h1', { text: 'Delegations on one screen', attrs: { id: 'delegations-heading' } }),
    el('p', {
      text: `Each delegation decides what its government decided, in turn; a hand-over screen hides what the previous delegation saw before the next one sits down. Two to ${MAX_DELEGATIONS} delegations play one game.`,
    }),
    scenarios,
    roles,
    problem,
    el('div', { className: 'title-buttons' }, [go, back]),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const scenario = host.scenarios.find((s) => s.id === data.get('scenario'));
    if (scenario === undefined) return;
    const chosen = DELEGATIONS.filter((r) => data.getAll('roles').includes(r));
    const missing = chosen.filter((r) => !scenario.roles.includes(r));
    if (chosen.length < 2 || !chosen.some(isSide)) {
      problem.textContent = 'Choose at least two delegations, France or the USSR among them.';
      return;
    }
    if (chosen.length > MAX_DELEGATIONS) {
      problem.textContent = `Choose at most ${MAX_DELEGATIONS} delegations: one game seats two to ${MAX_DELEGATIONS}.`;
      return;
    }
    if (missing.length > 0) {
      problem.textContent = `${scenario.title} does not offer ${missing.map((r) => ROLE_NAMES[r]).join(' or ')}.`;
      return;
    }
    start(createGame(scenario, { seed, roles: chosen }), scenario);
  });
  offer();
  replace(host.screen, el('div', { className: 'title-card setup-card' }, [form]));
  host.screen.hidden = false;
  form.querySelector<HTMLInputElement>('input[name="scenario"]:checked')?.focus();
}
