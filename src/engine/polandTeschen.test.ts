/**
 * Poland's Teschen decision as a delegation (issue 14 §2): once the Sudetenland is taken, does Poland take Teschen
 * (its ultimatum to Prague, 30 Sept 1938; troops in, 2 Oct)? Asked once, in the orders of the month after the Sudeten
 * crisis, only in a game with a Polish delegation. The event came with that month's dispatches as in the game without
 * Poland: taking it (or not answering) leaves the worlds of that game; declining undoes it, it never comes again
 * while its window is open, and the log says so. Each answer out of its time is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld } from './game';
import { renderEntry } from './log/render';
import { DELEGATION_DATA, TESCHEN_ANSWERS, type TeschenAnswer } from './model/delegationData';
import { EVENTS } from './model/modelData';
import { addMonths } from './months';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import type { CrisisChoice, GameAction } from './turn/actions';
import { teschenAsked } from './turn/delegations';
import { TESCHEN } from './turn/history';
import { flatLog } from './world/effects';
import type { Delegation, WorldState } from './world/worldState';

const EVENT = TESCHEN.event.id;
const SEED = 'teschen-0';

/** What a played game gives back: the game, the world after each step, and the months Poland was asked. */
interface Played {
  readonly game: Game;
  readonly worlds: WorldState[];
  readonly asked: string[];
}

/**
 * munich-1938 played by `roles` (France's first): the sides give no orders and answer each crisis `answer`; Poland,
 * where it plays, refuses transit and, when asked about Teschen, answers `teschen` (absent: it does not answer).
 */
function play(roles: Delegation[], teschen: TeschenAnswer | undefined, answer: CrisisChoice = 'stand-aside'): Played {
  const game = createGame(loadScenario('munich-1938'), { seed: SEED, roles });
  const worlds: WorldState[] = [];
  const asked: string[] = [];
  for (let i = 0; i < 40 && game.getSnapshot().phase !== 'ended'; i++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'orders') {
      if (roles.includes('poland') && game.legalActions('poland').some((a) => a.type === 'poland.teschen')) {
        asked.push(world.month);
        if (teschen !== undefined) {
          expect(game.send({ type: 'poland.teschen', answer: teschen }, { by: 'poland' }).reason).toBeNull();
        }
      }
      expect(game.send({ type: 'turn.end' }).reason).toBeNull();
    } else {
      if (roles.includes('poland')) game.send({ type: 'transit.answer', answer: 'refuse' }, { by: 'poland' });
      for (const side of roles.filter((r) => r === 'france' || r === 'ussr'))
        expect(game.send({ type: 'crisis.respond', choice: answer }, { by: side }).reason).toBeNull();
    }
    worlds.push(game.getSnapshot().world);
  }
  return { game, worlds, asked };
}

/** The sentences the log gives in `month`. */
const sentences = (world: WorldState, month: string) =>
  flatLog(world)
    .filter((e) => e.month === month)
    .map((e) => renderEntry(e).text);

/** The game file of `played`, through JSON, replayed: its last world. */
function replayed(played: Played, roles: Delegation[]): WorldState {
  const scenario = loadScenario('munich-1938');
  const { turns } = played.game.getSnapshot();
  const file = recordGame(scenario, SEED, 'france', turns, undefined, [], roles);
  const given = file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === 'poland'));
  expect(given.filter((a) => a.type === 'poland.teschen')).toHaveLength(1);
  const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const replay = replayGame(parsed.value, scenario);
  expect(replay.ok).toBe(true);
  return replay.world;
}

describe("Poland's Teschen decision, taken by the Polish delegation", () => {
  it('is data with sources: history’s answer to take it, the other a marked counterfactual, practice not letter', () => {
    const decision = DELEGATION_DATA.poland.decisions.teschen;
    expect(decision.kind).toBe('practice');
    expect(decision.when).toBe('orders');
    expect(decision.historical).toBe('take');
    expect(Object.keys(decision.options)).toEqual([...TESCHEN_ANSWERS]);
    expect(decision.cite).toMatch(/timeline\.md, 30 Sept – 2 Oct 1938/);
    expect(decision.options.take.source).toMatch(/timeline\.md, 30 Sept – 2 Oct 1938/);
    expect(decision.options.decline.assumption).toMatch(/counterfactual/i);
    for (const text of [decision.summary, decision.cite, ...Object.values(decision.options).map((o) => o.source)])
      expect(text).not.toMatch(/neutrality|1931/i);
    // The event it decides is the model's own, a dispatch without effect that follows the Sudetenland taken.
    const event = EVENTS.find((e) => e.id === decision.event);
    expect(event?.kind).toBe('contingent');
    expect(event?.effects).toEqual({});
    expect(event?.requires).toContainEqual({ move: 'sudetenland', status: 'done' });
    expect(TESCHEN.move).toBe('sudetenland');
    expect(TESCHEN.last).toBe(event?.until);
  });

  it('is asked once, in the orders of the month after the Sudetenland is taken, and never without a Polish delegation', () => {
    const taken = play(['france', 'ussr', 'poland'], 'take');
    const sudeten = taken.game.getSnapshot().world.moves.sudetenland;
    expect(sudeten?.status).toBe('done');
    expect(sudeten?.month).toBe('1938-09');
    expect(taken.asked).toEqual(['1938-10']);
    // Not asked at the crisis, nor in the month of the crisis, nor after.
    const atCrisis = taken.worlds.filter((w) => w.phase === 'crisis');
    expect(atCrisis.length).toBeGreaterThan(0);
    for (const world of atCrisis) expect(teschenAsked(world)).toBe(false);
    // A game without Poland never asks: no world of it holds the question.
    const without = play(['france', 'ussr'], undefined);
    expect(without.asked).toEqual([]);
    expect(without.worlds.every((w) => w.teschenDeclined === undefined)).toBe(true);
  });

  it('taking Teschen, or not answering, gives the worlds of the game without Poland; the log says who decided', () => {
    const without = play(['france', 'ussr'], undefined);
    const taken = play(['france', 'ussr', 'poland'], 'take');
    const silent = play(['france', 'ussr', 'poland'], undefined);
    expect(taken.worlds.map(hashWorld)).toEqual(without.worlds.map(hashWorld));
    expect(silent.worlds.map(hashWorld)).toEqual(without.worlds.map(hashWorld));
    const last = taken.game.getSnapshot().world;
    expect(last.fired).toContain(EVENT);
    const october = sentences(last, '1938-10');
    expect(october).toContain('The Polish delegation decides: Poland sends Prague an ultimatum and takes Teschen.');
    const event = flatLog(last).filter((e) => e.kind === 'event' && e.id === EVENT);
    expect(event).toHaveLength(1);
    const [dispatch] = event;
    if (dispatch === undefined) throw new Error('no dispatch of Teschen');
    expect(dispatch.month).toBe('1938-10');
    expect(renderEntry(dispatch).factors).toEqual(['Poland takes Teschen, as its delegation decided']);
    // Unanswered, the dispatch is logged once, as without Poland, and no decision.
    const quiet = silent.game.getSnapshot().world;
    expect(flatLog(quiet).filter((e) => e.kind === 'event' && e.id === EVENT)).toHaveLength(1);
    expect(sentences(quiet, '1938-10').join(' ')).not.toMatch(/Polish delegation decides/);
    expect(hashWorld(replayed(taken, ['france', 'ussr', 'poland']))).toBe(hashWorld(last));
  });

  it('declining: the event is undone and never comes while its window is open, the log says so, and the file replays', () => {
    const taken = play(['france', 'ussr', 'poland'], 'take');
    const declined = play(['france', 'ussr', 'poland'], 'decline');
    expect(declined.asked).toEqual(['1938-10']);
    // The same seed, the same answers but Poland's: the worlds part with October 1938's orders (the world after them).
    const parted = declined.worlds.findIndex((w, i) => hashWorld(w) !== hashWorld(taken.worlds[i] ?? w));
    expect(parted).toBeGreaterThan(0);
    expect(declined.worlds[parted - 1]?.month).toBe('1938-10');
    expect(declined.worlds[parted]?.month).toBe('1938-11');
    // Until Poland answers, the event stands as in the game without Poland; from its answer on, it is undone.
    const october = declined.worlds.filter((w) => w.month === '1938-10');
    expect(october.map((w) => w.fired.includes(EVENT))).toEqual(october.map(() => true));
    for (const world of declined.worlds.filter((w) => w.month > '1938-10')) expect(world.fired).not.toContain(EVENT);
    // Held back for the dispatches through the window's last month (December 1938), then the world forgets the refusal
    // (each world is the one after a month's orders: the refusal, given in October's, is spent by December's dispatches).
    const held = declined.worlds.filter((w) => w.teschenDeclined === true).map((w) => w.month);
    expect(held).toEqual(['1938-11']);
    expect(declined.worlds.some((w) => w.month === TESCHEN.last && !w.fired.includes(EVENT))).toBe(true);
    expect(declined.worlds.at(-1)?.teschenDeclined).toBeUndefined();
    const last = declined.game.getSnapshot().world;
    expect(sentences(last, '1938-10')).toContain(
      'The Polish delegation decides: Poland leaves Teschen to Czechoslovakia and sends Prague no ultimatum.',
    );
    expect(flatLog(last).some((e) => e.kind === 'event' && e.id === EVENT)).toBe(false);
    expect(hashWorld(replayed(declined, ['france', 'ussr', 'poland']))).toBe(hashWorld(last));
  });

  it('is refused out of its time, twice, or from another delegation, with a reason, and changes nothing', () => {
    const game = createGame(loadScenario('munich-1938'), { seed: SEED, roles: ['france', 'ussr', 'poland'] });
    const refused = (action: GameAction, by: Delegation, reason: RegExp) => {
      const before = hashWorld(game.getSnapshot().world);
      const sent = game.send(action, { by });
      expect(sent.accepted).toBe(false);
      expect(sent.reason).toMatch(reason);
      expect(hashWorld(game.getSnapshot().world)).toBe(before);
    };
    const take: GameAction = { type: 'poland.teschen', answer: 'take' };
    // September 1938, before the crisis, and at the crisis: no question waits.
    expect(game.getSnapshot().world.month).toBe('1938-09');
    refused(take, 'poland', /no question of Teschen waits for Poland: it is asked in the orders of the month after/);
    game.send({ type: 'turn.end' });
    expect(game.getSnapshot().phase).toBe('crisis');
    refused(take, 'poland', /no question of Teschen waits/);
    game.send({ type: 'transit.answer', answer: 'refuse' }, { by: 'poland' });
    game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'ussr' });
    game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
    // October: asked; a side may not answer for Poland.
    expect(game.getSnapshot().world.month).toBe('1938-10');
    expect(game.legalActions('poland')).toEqual([
      { type: 'poland.teschen', answer: 'take' },
      { type: 'poland.teschen', answer: 'decline' },
    ]);
    refused(take, 'france', /only the Polish delegation decides whether Poland takes Teschen/);
    expect(game.send({ type: 'poland.teschen', answer: 'decline' }, { by: 'poland' }).reason).toBeNull();
    refused(take, 'poland', /already answered on Teschen: it is asked once/);
    expect(game.legalActions('poland')).toEqual([]);
    game.send({ type: 'turn.end' });
    refused(take, 'poland', /already answered on Teschen/);
  });

  it('is not asked when the Sudetenland is not taken', () => {
    // France and the USSR invoke the Protocol and fight: Germany is met (war, or it backs down), the move is not done
    // and Teschen's premise fails.
    const outcomes = new Set<string>();
    for (const seed of ['a1', 'a4']) {
      const game = createGame(loadScenario('munich-1938'), { seed, roles: ['france', 'ussr', 'poland'] });
      const asked: string[] = [];
      for (let i = 0; i < 8 && game.getSnapshot().phase !== 'ended'; i++) {
        const { world } = game.getSnapshot();
        if (world.phase === 'orders') {
          if (game.legalActions('poland').length > 0) asked.push(world.month);
          game.send({ type: 'turn.end' });
          continue;
        }
        game.send({ type: 'transit.answer', answer: 'grant' }, { by: 'poland' });
        game.send({ type: 'crisis.respond', choice: 'invoke-protocol' }, { by: 'ussr' });
        game.send({ type: 'crisis.respond', choice: 'invoke-protocol' }, { by: 'france' });
      }
      const sudeten = game.getSnapshot().world.moves.sudetenland;
      if (sudeten?.status === 'done' && sudeten.month !== null) expect(asked).toEqual([addMonths(sudeten.month, 1)]);
      else expect(asked).toEqual([]);
      outcomes.add(sudeten?.status ?? 'pending');
    }
    // These games met Germany: the Sudetenland not taken, no question.
    expect([...outcomes].every((s) => s !== 'done')).toBe(true);
  });
});
