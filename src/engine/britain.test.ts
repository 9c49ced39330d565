/**
 * Britain as a delegation (issue 14 §2): at each crisis it gives its verdict as a
 * Locarno guarantor (Art. 4 §3: each guarantor satisfies itself), where the model
 * otherwise decides it by a rule (a score: no die is rolled for it). The legal
 * engine's Locarno check reads the delegation's verdict as it reads the model's:
 * answering as the model would gives the worlds of the game without Britain; a
 * verdict of violation vetoes a French riposte in the Rhineland, a flagrant breach
 * judged (France's answer lawful) does not. A game with Britain replays exactly
 * from its file; its illegal orders are refused with a reason and change nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld } from './game';
import { BRITISH_VERDICTS, type BritishVerdict, DELEGATION_DATA } from './model/delegationData';
import { MOVES } from './model/modelData';
import { evaluateCase } from './rules/assistancePipeline';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import { initialWorld } from './scenario/initialWorld';
import type { CrisisChoice, GameAction } from './turn/actions';
import { crisisDay, crisisResponses, modelStand } from './turn/crisis';
import { askedAtCrisis, delegationName, furtherAnswerBy, OPEN_TABLE, standAsked } from './turn/delegations';
import { answerCrisis, step } from './turn/step';
import { legalCaseFor } from './world/legalCases';
import type { Delegation, WorldState } from './world/worldState';

/** The model's verdict for Britain at the waiting crisis, when France answers `french` and the USSR `soviet`. */
function modelVerdict(game: Game, french: CrisisChoice, soviet: CrisisChoice | undefined): BritishVerdict {
  const { world } = game.getSnapshot();
  const responses = crisisResponses(world, world.role === 'france' ? french : (soviet ?? french), soviet);
  if (responses === null) throw new Error('no crisis waits');
  const verdict = BRITISH_VERDICTS.find((v) => v === responses.answers.uk);
  if (verdict === undefined) throw new Error(`the model gave ${responses.answers.uk}, not one of Britain's verdicts`);
  return verdict;
}

/**
 * A game of `roles` through `scenario`: the USSR opens contacts each month where it plays; at each crisis
 * Britain answers `choose(model)`, the USSR and France `answer`.
 */
function drive(
  scenario: string,
  seed: string,
  roles: Delegation[],
  choose: (model: BritishVerdict) => BritishVerdict,
  answer: CrisisChoice = 'invoke-protocol',
): { game: Game; hashes: string[]; verdicts: BritishVerdict[] } {
  const game = createGame(loadScenario(scenario), { seed, roles });
  const hashes: string[] = [];
  const verdicts: BritishVerdict[] = [];
  for (let i = 0; i < 80 && game.getSnapshot().phase !== 'ended'; i++) {
    if (game.getSnapshot().phase === 'orders') {
      if (roles.includes('ussr')) game.send({ type: 'convention.open' }, { by: 'ussr' });
      expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
    } else {
      if (roles.includes('britain')) {
        expect(askedAtCrisis(game.getSnapshot().world, 'britain')).toBe(true);
        const verdict = choose(modelVerdict(game, answer, roles.includes('ussr') ? answer : undefined));
        verdicts.push(verdict);
        expect(game.send({ type: 'britain.answer', answer: verdict }, { by: 'britain' }).reason).toBeNull();
        // At the Sudeten crisis, its stand beside France, as the model would take it.
        const { world } = game.getSnapshot();
        if (standAsked(world)) {
          expect(game.send({ type: 'britain.stand', answer: modelStand(world) }, { by: 'britain' }).reason).toBeNull();
        }
      }
      if (roles.includes('ussr')) expect(game.send({ type: 'crisis.respond', choice: answer }, { by: 'ussr' }).reason);
      expect(game.send({ type: 'crisis.respond', choice: answer }, { by: 'france' }).reason).toBeNull();
    }
    hashes.push(hashWorld(game.getSnapshot().world));
  }
  return { game, hashes, verdicts };
}

/** The Rhineland crisis of rhineland-1936, France the world's role. */
function rhinelandCrisis(): WorldState {
  let world = initialWorld(loadScenario('rhineland-1936'), 'britain-rhineland', 'france', true);
  while (world.phase !== 'crisis' && world.phase !== 'ended') world = step(world, []);
  if (world.crisis?.move !== 'rhineland') throw new Error(`no Rhineland crisis: ${world.crisis?.move}`);
  return world;
}

describe('the British delegation', () => {
  it('has its verdict as data: each answer sourced, the counterfactuals marked, history told by move (a verdict given only over the Rhineland)', () => {
    expect(delegationName('britain')).toBe('British');
    const britain = DELEGATION_DATA.britain;
    expect(britain.source).toMatch(/United Kingdom row/);
    const verdict = britain.decisions.verdictAtCrisis;
    expect(verdict.kind).toBe('practice');
    expect(verdict.cite).toMatch(/Art\. 4 §3/);
    // March 1936 read as the legal case reads it: no guarantor judged immediate action necessary (§5.5).
    expect(verdict.historical).toBe('no-view');
    expect(verdict.options['no-view'].assumption).toMatch(/rhineland-1936-03-07\.json/);
    expect(verdict.options['violation-nonflagrant'].source).toMatch(/refused military action over the Rhineland/);
    expect(verdict.options['violation-nonflagrant'].source).toMatch(/Eden/);
    expect(verdict.options['violation-nonflagrant'].assumption).toMatch(/\[DECISION\]/);
    expect(verdict.options.lawful.assumption).toMatch(/counterfactual/i);
    // Every move it can be asked at has its history, and only the Rhineland's names a verdict; after March 1936
    // Germany had repudiated Locarno, and none was given.
    expect(Object.keys(verdict.historyNote?.byMove ?? {}).sort()).toEqual(MOVES.map((m) => m.id).sort());
    for (const [move, said] of Object.entries(verdict.historyNote?.byMove ?? {})) {
      if (move === 'rhineland') expect(said).toMatch(/no guarantor judged immediate action necessary/);
      else expect(said, move).toMatch(/^no verdict under Locarno was given/);
    }
    expect(Object.keys(verdict.options).sort()).toEqual([...BRITISH_VERDICTS].sort());
  });

  it('answering as the model would, gives the worlds of the game without Britain (two, three and one side)', () => {
    for (const [scenario, seed] of [
      ['rhineland-1936', 'britain-same-1'],
      ['munich-1938', 'britain-same-2'],
      ['pact-1935', 'britain-same-3'],
    ] as const) {
      const two = drive(scenario, seed, ['france', 'ussr'], (m) => m);
      const three = drive(scenario, seed, ['france', 'ussr', 'britain'], (m) => m);
      expect(three.verdicts.length, 'Britain gave a verdict at a crisis').toBeGreaterThan(0);
      expect(three.hashes).toEqual(two.hashes);
      // France alone with Britain: the computer answers for the USSR, as in a game of one role.
      const alone = drive(scenario, seed, ['france'], (m) => m);
      const pair = drive(scenario, seed, ['france', 'britain'], (m) => m);
      expect(pair.hashes).toEqual(alone.hashes);
    }
  });

  it('a game where Britain answers against the model replays exactly from its file', () => {
    const scenario = loadScenario('rhineland-1936');
    const seed = 'britain-against';
    const roles: Delegation[] = ['france', 'ussr', 'britain'];
    const against = (m: BritishVerdict): BritishVerdict => (m === 'lawful' ? 'violation-nonflagrant' : 'lawful');
    const { game, hashes } = drive('rhineland-1936', seed, roles, against);
    expect(hashes).not.toEqual(drive('rhineland-1936', seed, ['france', 'ussr'], (m) => m).hashes);
    const snapshot = game.getSnapshot();
    const file = recordGame(scenario, seed, 'france', snapshot.turns, undefined, [], roles);
    expect(file.roles).toEqual(roles);
    const given = file.turns.flatMap((t) => t.actions.filter((_, i) => t.by?.[i] === 'britain'));
    expect(given.length).toBeGreaterThan(0);
    expect(given.every((a) => a.type === 'britain.answer')).toBe(true);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(snapshot.world));
  });

  it('a game of five delegations (as many as a game seats) replays exactly from its file, Britain answering beside the others', () => {
    const scenario = loadScenario('munich-1938');
    const roles: Delegation[] = ['france', 'ussr', 'poland', 'czechoslovakia', 'britain'];
    const game = createGame(scenario, { seed: 'britain-six', roles });
    let britishAnswers = 0;
    for (let i = 0; i < 80 && game.getSnapshot().phase !== 'ended'; i++) {
      if (game.getSnapshot().phase === 'orders') {
        game.send({ type: 'convention.open' }, { by: 'ussr' });
        expect(game.send({ type: 'turn.end' }).accepted).toBe(true);
        continue;
      }
      // Each further delegation asked gives its last answer; Britain takes no view (its second), and after Prague
      // declines to guarantee Poland (its last).
      for (const by of roles.filter((r) => r !== 'france' && r !== 'ussr')) {
        const answers = by === 'britain' ? [game.legalActions(by).at(1), game.legalActions(by).at(-1)] : [];
        const answer = game.legalActions(by).at(by === 'britain' ? 1 : -1);
        if (answer === undefined) continue;
        if (by === 'britain') britishAnswers++;
        expect(game.send(answer, { by }).reason).toBeNull();
        // Its second question, at Prague or at the Sudeten crisis (its guarantee, its stand: the last answer).
        const guarantee = answers.find((a) => a?.type === 'britain.guarantee' || a?.type === 'britain.stand');
        if (guarantee !== undefined) expect(game.send(guarantee, { by }).reason).toBeNull();
      }
      expect(game.send({ type: 'crisis.respond', choice: 'ask-guarantors' }, { by: 'ussr' }).reason).toBeNull();
      expect(game.send({ type: 'crisis.respond', choice: 'ask-guarantors' }, { by: 'france' }).reason).toBeNull();
    }
    expect(britishAnswers).toBeGreaterThan(0);
    const snapshot = game.getSnapshot();
    const file = recordGame(scenario, 'britain-six', 'france', snapshot.turns, undefined, [], roles);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(snapshot.world));
  });

  it('refuses Britain’s illegal orders with a reason, and they change nothing', () => {
    const game = createGame(loadScenario('rhineland-1936'), { seed: 'britain-refused', roles: ['france', 'britain'] });
    const tries: [GameAction, RegExp][] = [
      [{ type: 'convention.open' }, /gives no other orders/],
      [{ type: 'transit.answer', answer: 'grant' }, /gives no other orders/],
      [{ type: 'crisis.respond', choice: 'mobilise' }, /gives no other orders/],
      [{ type: 'britain.answer', answer: 'lawful' }, /no German move waits/],
    ];
    const check = () => {
      for (const [action, reason] of tries.filter(
        ([a]) => game.getSnapshot().phase === 'orders' || a.type !== 'britain.answer',
      )) {
        const before = hashWorld(game.getSnapshot().world);
        const turns = game.getSnapshot().turns.length;
        const sent = game.send(action, { by: 'britain' });
        expect(sent.accepted).toBe(false);
        expect(sent.reason).toMatch(reason);
        expect(hashWorld(game.getSnapshot().world)).toBe(before);
        expect(game.getSnapshot().turns.length).toBe(turns);
      }
    };
    for (let i = 0; i < 12 && game.getSnapshot().phase === 'orders'; i++) {
      check();
      expect(game.legalActions('britain')).toEqual([]);
      game.send({ type: 'turn.end' });
    }
    expect(game.getSnapshot().phase).toBe('crisis');
    check();
    expect(game.legalActions('britain').map((a) => a.type === 'britain.answer' && a.answer)).toEqual([
      ...BRITISH_VERDICTS,
    ]);
    // A side may not give Britain's verdict.
    expect(game.send({ type: 'britain.answer', answer: 'lawful' }, { by: 'france' }).reason).toMatch(
      /British delegation/,
    );
    expect(game.send({ type: 'britain.answer', answer: 'lawful' }, { by: 'britain' }).accepted).toBe(true);
    // Given twice: refused, nothing changes.
    const before = hashWorld(game.getSnapshot().world);
    const again = game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
    expect(again.reason).toMatch(/already answered/);
    expect(hashWorld(game.getSnapshot().world)).toBe(before);
  });
});

describe('Britain’s verdict in the Locarno check of the Rhineland crisis', () => {
  const world = rhinelandCrisis();

  it('a French riposte with Britain judging a flagrant breach is not vetoed; with Britain holding France back, it is', () => {
    const locarno = (ukVerdict: BritishVerdict) => {
      const responses = crisisResponses(world, 'invoke-protocol', 'invoke-protocol', undefined, { ukVerdict });
      if (responses === null) throw new Error('no crisis');
      expect(responses.answers.uk).toBe(ukVerdict);
      const answers = { ...responses.answers, franceActs: true, parliament: true };
      return evaluateCase(legalCaseFor(world, responses.move.incident, answers, crisisDay(world, responses.move)))
        .verdicts.locarno;
    };
    const stands = locarno('lawful');
    expect(stands.outcome).toBe('lawful');
    const holdsBack = locarno('violation-nonflagrant');
    expect(holdsBack).toMatchObject({ outcome: 'violation', reason: 'GUARANTOR_OPPOSED' });
    // The veto comes from a step of practice, Britain's verdict (Art. 4 §3), not from the letter.
    const ukStep = holdsBack.path.find((s) => s.state === 'locarno.ukVerdict');
    expect(ukStep?.kind).toBe('practice');
    expect(holdsBack.path.at(-1)?.kind).toBe('practice');
    expect(locarno('no-view').outcome).toBe('lawful');
  });

  it('resolved in play: France acting is held back by Britain’s verdict of violation and not by its flagrant breach', () => {
    const resolve = (ukVerdict: BritishVerdict) => {
      const after = answerCrisis(world, 'invoke-protocol', 'invoke-protocol', false, undefined, { ukVerdict });
      const record = after.crises.at(-1);
      if (record === undefined) throw new Error('no crisis recorded');
      return { after, record };
    };
    const vetoed = resolve('violation-nonflagrant');
    expect(vetoed.record.uk).toBe('violation-nonflagrant');
    expect(vetoed.record.verdicts.locarno).toEqual({ outcome: 'violation', reason: 'GUARANTOR_OPPOSED' });
    const reasons = (after: WorldState) =>
      JSON.stringify(after.log.flatMap((m) => m.entries).findLast((e) => e.kind === 'crisis')?.reasons);
    expect(reasons(vetoed.after)).toContain('crisis.holdsBack.locarno');
    const standing = resolve('lawful');
    expect(standing.record.uk).toBe('lawful');
    expect(standing.record.verdicts.locarno.outcome).toBe('lawful');
    expect(reasons(standing.after)).not.toContain('crisis.holdsBack.locarno');
    // The delegation's verdict is told as its own in the crisis's reasons.
    expect(reasons(standing.after)).toContain('crisis.ukVerdict.delegation');
  });

  it('waits for Britain’s verdict before resolving the crisis where Britain plays', () => {
    const roles = ['france', 'britain'] as const;
    const answer = { type: 'britain.answer', answer: 'lawful' } as const;
    const [first, table] = furtherAnswerBy(world, roles, OPEN_TABLE, answer, 'britain');
    expect(first).toBe(world);
    expect(table.britain).toBe('lawful');
    expect(furtherAnswerBy(world, roles, table, { ...answer, answer: 'no-view' }, 'britain')).toEqual([world, table]);
  });
});
