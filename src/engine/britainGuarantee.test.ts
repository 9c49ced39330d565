/**
 * Britain's second decision as a delegation (issue 14 §2): after Germany occupies Prague, does Britain
 * guarantee Poland (31 Mar 1939)? Asked at the crisis of the German move the guarantee's event requires,
 * beside Britain's verdict; kept in the world until the event is dispatched by it or can no longer be. The die
 * is still rolled and not read: an answer equal to the die's gives the worlds of the game without Britain.
 * Declining, the guarantee never comes, and France stays half bound to Poland (alliedVictim 50, not 100).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { die } from '../testing/stubbedDie';
import { createGame, type Game, hashWorld } from './game';
import { renderEntry } from './log/render';
import { DELEGATION_DATA, GUARANTEE_ANSWERS, type GuaranteeAnswer } from './model/delegationData';
import { contextFor } from './model/derived';
import { factorValue } from './model/factors';
import { EVENTS } from './model/modelData';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import type { Scenario } from './scenario/schema';
import type { GameAction } from './turn/actions';
import { crisisResponses, modelStand } from './turn/crisis';
import { guaranteeAsked, standAsked } from './turn/delegations';
import { GUARANTEE } from './turn/history';
import { flatLog } from './world/effects';
import { type Delegation, type WorldState, withWorld } from './world/worldState';

vi.mock('./random', async (importOriginal) =>
  (await import('../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('./random')>()),
);

afterEach(() => {
  die.value = null;
});

const EVENT = GUARANTEE.event.id;

/** What a played game gives back: the game, every world after each step, and Britain's answers on the guarantee. */
interface Played {
  readonly game: Game;
  readonly worlds: WorldState[];
  readonly asked: number;
}

/**
 * A game of `roles` through munich-1938 (France standing aside at each crisis): Britain, where it plays, gives the
 * model's verdict and, when asked, `guarantee` (absent: it is never asked to). `dieAt(world)` sets the die before
 * each step (null: the seeded die), the same in every game compared, as it reads only the world.
 */
function play(
  roles: Delegation[],
  guarantee: GuaranteeAnswer | undefined,
  dieAt: (world: WorldState) => number | null = () => null,
  scenario: Scenario = loadScenario('munich-1938'),
  seed = 'guarantee-0',
): Played {
  const game = createGame(scenario, { seed, roles });
  const worlds: WorldState[] = [];
  let asked = 0;
  for (let i = 0; i < 60 && game.getSnapshot().phase !== 'ended'; i++) {
    const { world } = game.getSnapshot();
    die.value = dieAt(world);
    if (world.phase === 'orders') expect(game.send({ type: 'turn.end' }).reason).toBeNull();
    else {
      if (roles.includes('britain')) {
        const uk = crisisResponses(world, 'stand-aside')?.answers.uk;
        const verdict = game.legalActions('britain').find((a) => a.type === 'britain.answer' && a.answer === uk);
        if (verdict === undefined) throw new Error(`the model's verdict ${uk} is not among Britain's answers`);
        expect(game.send(verdict, { by: 'britain' }).reason).toBeNull();
        // At the Sudeten crisis, Britain's stand as the model would take it.
        if (standAsked(world)) game.send({ type: 'britain.stand', answer: modelStand(world) }, { by: 'britain' });
        if (guaranteeAsked(world)) {
          asked++;
          if (guarantee !== undefined) {
            const sent = game.send({ type: 'britain.guarantee', answer: guarantee }, { by: 'britain' });
            expect(sent.reason).toBeNull();
          }
        }
      }
      expect(game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' }).reason).toBeNull();
    }
    worlds.push(game.getSnapshot().world);
  }
  die.value = null;
  return { game, worlds, asked };
}

/**
 * The die for the dispatches of the guarantee's window, `value`: at the crisis of its move (whose answer dispatches
 * the next month) and in the orders of each month before the window's last (whose end dispatches the next).
 */
const inWindow =
  (value: number) =>
  (world: WorldState): number | null =>
    (world.phase === 'crisis' && world.crisis?.move === GUARANTEE.move) ||
    (world.phase === 'orders' && world.month > '1939-03' && world.month < GUARANTEE.last)
      ? value
      : null;

/** How far France is bound to Poland when Germany moves against it, in `world`. */
const alliedToPoland = (world: WorldState) => factorValue('alliedVictim', contextFor(world, { victim: 'poland' }));

/** A game file of `played`, through JSON, replayed: its last world. */
function replayed(played: Played, scenario: Scenario, roles: Delegation[]): WorldState {
  const { turns } = played.game.getSnapshot();
  const file = recordGame(scenario, 'guarantee-0', 'france', turns, undefined, [], roles);
  const given = file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === 'britain'));
  expect(given.filter((a) => a.type === 'britain.guarantee')).toHaveLength(1);
  const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const replay = replayGame(parsed.value, scenario);
  expect(replay.ok).toBe(true);
  return replay.world;
}

describe("Britain's guarantee to Poland, decided by the British delegation", () => {
  it('is data with sources: history’s answer the guarantee, the other a marked counterfactual, practice not letter', () => {
    const decision = DELEGATION_DATA.britain.decisions.guaranteeToPoland;
    expect(decision.kind).toBe('practice');
    expect(decision.cite).toMatch(/timeline\.md, 31 Mar 1939/);
    expect(decision.historical).toBe('guarantee');
    expect(Object.keys(decision.options)).toEqual([...GUARANTEE_ANSWERS]);
    expect(decision.options.guarantee.source).toMatch(/timeline\.md, 31 Mar 1939/);
    expect(decision.options.guarantee.source).toMatch(/Chamberlain/);
    expect(decision.options.decline.assumption).toMatch(/counterfactual/i);
    expect(decision.options.decline.summary).toMatch(/allied-victim factor stays at 50/);
    for (const text of [decision.summary, decision.cite, ...Object.values(decision.options).map((o) => o.source)])
      expect(text).not.toMatch(/neutrality|1931/i);
    // The event it decides is the one the model rolls, and the move it follows comes from its `requires`.
    const event = EVENTS.find((e) => e.id === decision.event);
    expect(event?.kind).toBe('contingent');
    expect(event?.requires).toContainEqual({ move: GUARANTEE.move, status: 'done' });
    expect(GUARANTEE.move).toBe('prague');
    expect(GUARANTEE.last).toBe(event?.until);
  });

  it('is asked once, at the Prague crisis, beside the verdict; the crisis waits for both answers', () => {
    const scenario = loadScenario('munich-1938');
    const game = createGame(scenario, { seed: 'guarantee-0', roles: ['france', 'britain'] });
    const moves: string[] = [];
    for (let i = 0; i < 60 && game.getSnapshot().phase !== 'ended'; i++) {
      const { world } = game.getSnapshot();
      if (world.phase === 'orders') {
        game.send({ type: 'turn.end' });
        continue;
      }
      const types = game.legalActions('britain').map((a) => a.type);
      moves.push(`${world.crisis?.move}:${types.filter((t) => t === 'britain.guarantee').length}`);
      if (world.crisis?.move !== 'prague') {
        game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
        if (standAsked(world)) game.send({ type: 'britain.stand', answer: 'aside' }, { by: 'britain' });
        game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
        continue;
      }
      expect(game.legalActions('britain')).toContainEqual({ type: 'britain.guarantee', answer: 'decline' });
      game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
      game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
      // Britain has not answered on the guarantee yet: the crisis waits, and Britain is not done.
      expect(game.getSnapshot().phase).toBe('crisis');
      expect(game.getSnapshot().delegations?.answered).not.toContain('britain');
      expect(game.legalActions('britain')).toEqual([
        { type: 'britain.guarantee', answer: 'guarantee' },
        { type: 'britain.guarantee', answer: 'decline' },
      ]);
      expect(game.send({ type: 'britain.guarantee', answer: 'guarantee' }, { by: 'britain' }).reason).toBeNull();
      expect(game.getSnapshot().world.month).toBe('1939-04');
    }
    expect(moves).toEqual(['sudetenland:0', 'prague:2', 'poland:0']);
  });

  it('guaranteeing: the event comes with the next month, the log says the delegation decided, and the file replays', () => {
    const scenario = loadScenario('munich-1938');
    const roles: Delegation[] = ['france', 'britain'];
    // The die says no to the guarantee in every month of its window: the delegation's answer brings it.
    const played = play(roles, 'guarantee', inWindow(99));
    expect(played.asked).toBe(1);
    const april = played.worlds.find((w) => w.month === '1939-04');
    expect(april?.fired).toContain(EVENT);
    expect(april?.britainGuarantee).toBeUndefined();
    const without = play(['france'], undefined, inWindow(99));
    expect(without.worlds.at(-1)?.fired).not.toContain(EVENT);
    const last = played.game.getSnapshot().world;
    const lines = flatLog(last).map((entry) => ({ entry, text: renderEntry(entry).text }));
    const decided = lines.find((l) => l.entry.id === 'british-guarantee' && l.entry.kind === 'decision');
    expect(decided?.entry.month).toBe('1939-03');
    expect(decided?.text).toBe('The British delegation decides: Britain will guarantee Poland.');
    const fired = lines.find((l) => l.entry.kind === 'event' && l.entry.id === EVENT);
    expect(fired?.entry.reasons).toEqual([{ key: 'guarantee.delegation', params: { guarantee: true } }]);
    // France is bound to Poland once Britain has guaranteed it.
    const poland = played.worlds.find((w) => w.crisis?.move === 'poland');
    expect(poland === undefined ? null : alliedToPoland(poland)).toBe(100);
    // With the seeded die, its game file replays exactly.
    const seeded = play(roles, 'guarantee');
    expect(hashWorld(replayed(seeded, scenario, roles))).toBe(hashWorld(seeded.game.getSnapshot().world));
  });

  it('declining: the guarantee never comes, France stays half bound to Poland, and the file replays', () => {
    const scenario = loadScenario('munich-1938');
    const roles: Delegation[] = ['france', 'britain'];
    // The die says yes in every month of the window: only the delegation's answer keeps the guarantee out.
    const played = play(roles, 'decline', inWindow(0));
    expect(played.asked).toBe(1);
    for (const world of played.worlds) expect(world.fired).not.toContain(EVENT);
    // Kept from the crisis until the window's last month has been dispatched, then spent.
    const kept = played.worlds.filter((w) => w.britainGuarantee !== undefined).map((w) => w.month);
    expect(kept).toEqual(['1939-04']);
    const poland = played.worlds.find((w) => w.crisis?.move === 'poland');
    expect(poland === undefined ? null : alliedToPoland(poland)).toBe(50);
    const without = play(['france'], undefined, inWindow(0));
    expect(without.worlds.find((w) => w.month === '1939-04')?.fired).toContain(EVENT);
    const last = played.game.getSnapshot().world;
    const decided = flatLog(last).find((e) => e.id === 'british-guarantee' && e.kind === 'decision');
    expect(decided === undefined ? null : renderEntry(decided).text).toBe(
      'The British delegation decides: Britain will give Poland no guarantee.',
    );
    // With the seeded die, its game file replays exactly, the guarantee never having come.
    const seeded = play(roles, 'decline');
    expect(seeded.game.getSnapshot().world.fired).not.toContain(EVENT);
    expect(hashWorld(replayed(seeded, scenario, roles))).toBe(hashWorld(seeded.game.getSnapshot().world));
  });

  it('an answer equal to the die’s gives the worlds of the game without Britain', () => {
    // Yes: every world the same, hashes included.
    const yes = play(['france', 'britain'], 'guarantee', inWindow(0));
    const yesWithout = play(['france'], undefined, inWindow(0));
    expect(yes.worlds.map(hashWorld)).toEqual(yesWithout.worlds.map(hashWorld));
    expect(yes.worlds.at(-1)?.fired).toContain(EVENT);
    // No: the same worlds but for the answer kept while the window is open; from then on the same hashes.
    const no = play(['france', 'britain'], 'decline', inWindow(99));
    const noWithout = play(['france'], undefined, inWindow(99));
    const bare = (w: WorldState) => hashWorld(withWorld(w, { britainGuarantee: undefined }));
    expect(no.worlds.map(bare)).toEqual(noWithout.worlds.map(hashWorld));
    const spent = no.worlds.findIndex((w) => w.month > '1939-04');
    expect(spent).toBeGreaterThan(0);
    expect(no.worlds.slice(spent).map(hashWorld)).toEqual(noWithout.worlds.slice(spent).map(hashWorld));
    // Seeded, in three games of two sides: Britain answering as the die went gives the same hashes.
    for (const seed of ['guarantee-1', 'guarantee-2', 'guarantee-3']) {
      const scenario = loadScenario('munich-1938');
      const alone = play(['france'], undefined, () => null, scenario, seed);
      const fired = alone.worlds.find((w) => w.month === '1939-04')?.fired.includes(EVENT) ?? false;
      const same = play(['france', 'britain'], fired ? 'guarantee' : 'decline', () => null, scenario, seed);
      if (fired) expect(same.worlds.map(hashWorld)).toEqual(alone.worlds.map(hashWorld));
      else expect(same.worlds.map(bare)).toEqual(alone.worlds.map(hashWorld));
    }
  });

  it('overrides a scenario that scripts the event, as the delegations’ answers override a script', () => {
    const base = loadScenario('munich-1938');
    const scripted: Scenario = {
      ...base,
      script: { crises: false, events: [EVENT], note: 'A test: the guarantee scripted as it happened.' },
    };
    // The die says no throughout the window: only the script brings the guarantee without Britain.
    const alone = play(['france'], undefined, inWindow(99), scripted);
    expect(alone.worlds.find((w) => w.month === '1939-04')?.fired).toContain(EVENT);
    const declined = play(['france', 'britain'], 'decline', inWindow(0), scripted);
    for (const world of declined.worlds) expect(world.fired).not.toContain(EVENT);
    const given = play(['france', 'britain'], 'guarantee', inWindow(99), scripted);
    expect(given.worlds.find((w) => w.month === '1939-04')?.fired).toContain(EVENT);
  });

  it('refuses the answer with a reason, and changes nothing, when not asked, given twice, or given by another', () => {
    const scenario = loadScenario('munich-1938');
    const game = createGame(scenario, { seed: 'guarantee-0', roles: ['france', 'poland', 'britain'] });
    const refused = (action: GameAction, by: Delegation, reason: RegExp) => {
      const before = hashWorld(game.getSnapshot().world);
      const turns = game.getSnapshot().turns.length;
      const sent = game.send(action, { by });
      expect(sent.accepted).toBe(false);
      expect(sent.reason).toMatch(reason);
      expect(sent.reason?.includes('\n')).toBe(false);
      expect(hashWorld(game.getSnapshot().world)).toBe(before);
      expect(game.getSnapshot().turns.length).toBe(turns);
    };
    const guarantee: GameAction = { type: 'britain.guarantee', answer: 'guarantee' };
    // In the month's orders, and at the Sudeten crisis: not asked.
    refused(guarantee, 'britain', /no question of a guarantee to Poland waits for Britain.*\(prague\)/);
    game.send({ type: 'turn.end' });
    expect(game.getSnapshot().world.crisis?.move).toBe('sudetenland');
    refused(guarantee, 'britain', /no question of a guarantee/);
    for (let i = 0; i < 12 && game.getSnapshot().world.crisis?.move !== 'prague'; i++) {
      const { world } = game.getSnapshot();
      if (world.phase === 'orders') game.send({ type: 'turn.end' });
      else {
        for (const by of ['poland', 'britain'] as const) {
          const answer = game.legalActions(by)[0];
          if (answer !== undefined) game.send(answer, { by });
        }
        game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
      }
    }
    expect(game.getSnapshot().world.crisis?.move).toBe('prague');
    // Given by a side, or by another further delegation.
    refused(guarantee, 'france', /^only the British delegation decides a British guarantee to Poland$/);
    refused(guarantee, 'poland', /the Polish delegation answers requests for Soviet transit/);
    expect(game.send({ type: 'britain.guarantee', answer: 'decline' }, { by: 'britain' }).accepted).toBe(true);
    // Given twice.
    refused(guarantee, 'britain', /already answered on a guarantee to Poland/);
    expect(game.legalActions('britain').some((a) => a.type === 'britain.guarantee')).toBe(false);
  });
});
