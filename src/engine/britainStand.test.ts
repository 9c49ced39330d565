/**
 * Britain's stand at the Sudeten crisis as a delegation (issue 14 §2): does Britain fight beside France if France
 * fights (Munich, 29–30 Sept 1938: it did not)? Asked at the crisis of the Sudetenland move, beside Britain's verdict,
 * only in a game with a British delegation. Its answer replaces the model's rule (Britain joins a fighting France
 * once its commitment reaches `crisis.ukJoinsAt`) in the same place, `whoFights`: the model's own answer gives the
 * worlds of the game without Britain, the other answer changes who meets Germany where France fights.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../testing/scenarios';
import { createGame, type Game, hashWorld } from './game';
import { renderEntry } from './log/render';
import { DELEGATION_DATA, STAND_ANSWERS, type StandAnswer } from './model/delegationData';
import { MODEL, MOVES } from './model/modelData';
import { parseGameFile, recordGame, replayGame } from './save/gameFile';
import type { CrisisChoice, GameAction } from './turn/actions';
import { type FightFacts, modelStand, whoFights } from './turn/crisis';
import { askedAtCrisis, guaranteeAsked, standAsked } from './turn/delegations';
import { flatLog } from './world/effects';
import type { CrisisVerdicts, Delegation, WorldState } from './world/worldState';

/**
 * munich-1938 played by `roles` (France's first): the sides answer each crisis `answer`; Britain, where it plays,
 * takes no view and, at the Sudeten crisis, answers `stand(model)` (the model's stand given); Poland refuses transit.
 */
function play(
  roles: Delegation[],
  stand: (model: StandAnswer) => StandAnswer,
  answer: CrisisChoice,
  seed: string,
): { game: Game; worlds: WorldState[]; stands: StandAnswer[] } {
  const game = createGame(loadScenario('munich-1938'), { seed, roles });
  const worlds: WorldState[] = [];
  const stands: StandAnswer[] = [];
  for (let i = 0; i < 24 && game.getSnapshot().phase !== 'ended'; i++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'orders') expect(game.send({ type: 'turn.end' }).reason).toBeNull();
    else {
      if (roles.includes('britain')) {
        game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
        if (standAsked(world)) {
          const given = stand(modelStand(world));
          stands.push(given);
          expect(game.send({ type: 'britain.stand', answer: given }, { by: 'britain' }).reason).toBeNull();
        }
        if (guaranteeAsked(world)) game.send({ type: 'britain.guarantee', answer: 'guarantee' }, { by: 'britain' });
      }
      for (const side of roles.filter((r) => r === 'france' || r === 'ussr'))
        expect(game.send({ type: 'crisis.respond', choice: answer }, { by: side }).reason).toBeNull();
    }
    worlds.push(game.getSnapshot().world);
  }
  return { game, worlds, stands };
}

const other = (stand: StandAnswer): StandAnswer => (stand === 'stand' ? 'aside' : 'stand');

/** The Sudeten crisis's record in `world`. */
const sudeten = (world: WorldState) => world.crises.find((c) => c.move === 'sudetenland');

describe("Britain's stand at the Sudeten crisis, taken by the British delegation", () => {
  it('is data with sources: history’s answer to stand aside, the other a marked counterfactual, practice not letter', () => {
    const decision = DELEGATION_DATA.britain.decisions.standAtSudeten;
    expect(decision.kind).toBe('practice');
    expect(decision.when).toBe('crisis');
    expect(decision.historical).toBe('aside');
    expect(Object.keys(decision.options)).toEqual([...STAND_ANSWERS]);
    expect(decision.cite).toMatch(/timeline\.md 29–30 Sept 1938/);
    expect(decision.options.aside.source).toMatch(/timeline\.md 29–30 Sept 1938/);
    expect(decision.options.aside.source).toMatch(/Chamberlain/);
    expect(decision.options.stand.assumption).toMatch(/counterfactual/i);
    for (const text of [decision.summary, decision.cite, ...Object.values(decision.options).map((o) => o.source)])
      expect(text).not.toMatch(/neutrality|1931/i);
    // The move it is asked at is the model's Sudeten crisis.
    expect(MOVES.find((m) => m.id === decision.move)?.incident.victim).toBe('czechoslovakia');
  });

  it('decides in the place of the model’s rule: Britain fights beside a fighting France only, whatever its commitment', () => {
    const lawful: CrisisVerdicts = {
      francoSoviet: { outcome: 'not-applicable', reason: null, owed: false, obstacles: [] },
      czechoslovakSoviet: { outcome: 'not-applicable', reason: null, owed: false, types: [], obstacles: [] },
      locarno: { outcome: 'lawful', reason: null },
    };
    const violation: CrisisVerdicts = { ...lawful, locarno: { outcome: 'violation', reason: null } };
    const base: FightFacts = {
      incident: { kind: 'attack', victim: 'czechoslovakia' },
      franceActs: true,
      parliament: true,
      sovietActs: false,
      verdicts: lawful,
      tripleAlliance: false,
      britishCommitment: 0,
      czechoslovakiaFights: false,
      belgiumStands: false,
    };
    const { value } = MODEL.crisis.ukJoinsAt;
    const fights = (facts: Partial<FightFacts>) => whoFights({ ...base, ...facts }).fighters.includes('uk');
    // The model's rule: the commitment decides.
    expect(fights({ britishCommitment: value })).toBe(true);
    expect(fights({ britishCommitment: value - 1 })).toBe(false);
    // The delegation's stand, whatever the commitment.
    expect(fights({ britishCommitment: 0, ukStands: true })).toBe(true);
    expect(fights({ britishCommitment: 100, ukStands: false })).toBe(false);
    // Britain never fights where France does not.
    expect(fights({ franceActs: false, ukStands: true })).toBe(false);
    expect(fights({ verdicts: violation, ukStands: true })).toBe(false);
  });

  it('answering as the model would, gives the worlds of the game without Britain; against it, other worlds', () => {
    // France and the USSR invoke the Protocol: France fights, and Germany weighs Britain beside it or not.
    const seed = 'stand-0';
    const without = play(['france', 'ussr'], (m) => m, 'invoke-protocol', seed);
    const same = play(['france', 'ussr', 'britain'], (m) => m, 'invoke-protocol', seed);
    expect(same.stands).toEqual(['aside']);
    expect(same.worlds.map(hashWorld)).toEqual(without.worlds.map(hashWorld));
    const against = play(['france', 'ussr', 'britain'], other, 'invoke-protocol', seed);
    expect(against.stands).toEqual(['stand']);
    const [aside, stood] = [same, against].map((p) => sudeten(p.game.getSnapshot().world));
    expect(aside?.metBy).toContain('france');
    expect(aside?.metBy).not.toContain('uk');
    expect(stood?.metBy).toContain('uk');
    expect(against.worlds.map(hashWorld)).not.toEqual(same.worlds.map(hashWorld));
    // The log tells the delegation's stand among the crisis's reasons.
    const entry = flatLog(against.game.getSnapshot().world).find((e) => e.kind === 'crisis' && e.month === '1938-09');
    expect(entry === undefined ? [] : renderEntry(entry).factors).toContain(
      'Britain stands with France: it fights if France fights, as its delegation decided',
    );
  });

  it('changes nothing where France does not fight (Munich: France stands aside)', () => {
    const seed = 'stand-1';
    const aside = play(['france', 'ussr', 'britain'], () => 'aside', 'stand-aside', seed);
    const stood = play(['france', 'ussr', 'britain'], () => 'stand', 'stand-aside', seed);
    expect(sudeten(stood.game.getSnapshot().world)?.result).toBe('unopposed');
    // Only the log differs (the stand is told); the worlds are the same.
    expect(stood.worlds.map(hashWorld)).toEqual(aside.worlds.map(hashWorld));
  });

  it('is asked only at the Sudeten crisis, beside the verdict; the crisis waits for it; the file replays', () => {
    const scenario = loadScenario('munich-1938');
    const roles: Delegation[] = ['france', 'britain'];
    const game = createGame(scenario, { seed: 'stand-2', roles });
    const asked: string[] = [];
    for (let i = 0; i < 24 && game.getSnapshot().phase !== 'ended'; i++) {
      const { world } = game.getSnapshot();
      if (world.phase === 'orders') {
        game.send({ type: 'turn.end' });
        continue;
      }
      expect(askedAtCrisis(world, 'britain')).toBe(true);
      const stands = game.legalActions('britain').filter((a) => a.type === 'britain.stand');
      if (world.crisis?.move !== 'sudetenland') {
        expect(stands).toEqual([]);
        expect(game.send({ type: 'britain.stand', answer: 'stand' }, { by: 'britain' }).reason).toMatch(
          /no question of Britain's stand waits: it is asked at the crisis of the German move sudetenland/,
        );
        game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
        if (guaranteeAsked(world)) game.send({ type: 'britain.guarantee', answer: 'guarantee' }, { by: 'britain' });
        game.send({ type: 'crisis.respond', choice: 'stand-aside' }, { by: 'france' });
        continue;
      }
      asked.push(world.month);
      expect(stands).toEqual([
        { type: 'britain.stand', answer: 'stand' },
        { type: 'britain.stand', answer: 'aside' },
      ]);
      // A side may not give it.
      expect(game.send({ type: 'britain.stand', answer: 'stand' }, { by: 'france' }).reason).toMatch(
        /only the British delegation decides Britain's stand/,
      );
      game.send({ type: 'britain.answer', answer: 'no-view' }, { by: 'britain' });
      game.send({ type: 'crisis.respond', choice: 'invoke-protocol' }, { by: 'france' });
      // Britain has not given its stand: the crisis waits.
      expect(game.getSnapshot().phase).toBe('crisis');
      expect(game.getSnapshot().delegations?.answered).not.toContain('britain');
      expect(game.send({ type: 'britain.stand', answer: 'stand' }, { by: 'britain' }).reason).toBeNull();
    }
    expect(asked).toEqual(['1938-09']);
    // Refused in the months' orders too.
    const refusal: GameAction = { type: 'britain.stand', answer: 'aside' };
    const file = recordGame(scenario, 'stand-2', 'france', game.getSnapshot().turns, undefined, [], roles);
    expect(file.turns.flatMap((t) => t.actions).filter((a) => a.type === 'britain.stand')).toEqual([
      { type: 'britain.stand', answer: 'stand' },
    ]);
    const parsed = parseGameFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const replay = replayGame(parsed.value, scenario);
    expect(replay.ok).toBe(true);
    expect(hashWorld(replay.world)).toBe(hashWorld(game.getSnapshot().world));
    const fresh = createGame(scenario, { seed: 'stand-2', roles });
    expect(fresh.send(refusal, { by: 'britain' }).reason).toMatch(/no question of Britain's stand waits/);
  });

  it('is refused once given', () => {
    const game = createGame(loadScenario('munich-1938'), { seed: 'stand-3', roles: ['france', 'ussr', 'britain'] });
    game.send({ type: 'turn.end' });
    expect(game.getSnapshot().world.crisis?.move).toBe('sudetenland');
    expect(game.send({ type: 'britain.stand', answer: 'aside' }, { by: 'britain' }).reason).toBeNull();
    const before = hashWorld(game.getSnapshot().world);
    expect(game.send({ type: 'britain.stand', answer: 'stand' }, { by: 'britain' }).reason).toMatch(
      /already given its stand at this crisis/,
    );
    expect(hashWorld(game.getSnapshot().world)).toBe(before);
  });
});
