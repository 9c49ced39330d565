/**
 * The further delegations in the debrief (issue 14 §6: "the class's choices
 * month by month beside history's"): each answer Poland, Romania,
 * Czechoslovakia or Britain gave, with the question it answered and history's
 * answer beside it. Before, the debrief only named them among who played.
 * Every game is built inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { playFurtherToEnd } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { debriefOf, furtherAnswersOf } from './debrief';
import { createGame } from './game';
import { DELEGATION_DATA } from './model/delegationData';
import type { GameAction } from './turn/actions';
import type { Delegation } from './world/worldState';

/**
 * A game of four delegations from Munich: the sides give no orders and stand aside at every crisis; Britain, Poland
 * and Czechoslovakia, whenever they are asked, give the answer `pick` chooses among those the rules allow.
 */
function playFurther(seed: string, pick: (legal: readonly GameAction[]) => GameAction) {
  const scenario = loadScenario('munich-1938');
  const roles: Delegation[] = ['france', 'ussr', 'britain', 'poland', 'czechoslovakia'];
  const game = createGame(scenario, { seed, roles });
  const given = playFurtherToEnd(game, ['britain', 'poland', 'czechoslovakia'], pick);
  const { world, turns } = game.getSnapshot();
  return { scenario, roles, world, turns, given };
}

describe('the further delegations’ answers in the debrief', () => {
  it('lists every answer given, in order, with its month, its move and the answer given', () => {
    // Each time the answer the rules list last: not always history's.
    const { scenario, roles, world, turns, given } = playFurther('further-last', (legal) => legal.at(-1) as GameAction);
    const answers = debriefOf(scenario, world, turns, { roles }).furtherAnswers ?? [];
    expect(given.length).toBeGreaterThan(2);
    expect(answers.map((a) => [a.month, a.by, a.move, a.answer])).toEqual(
      given.map((g) => [
        g.month,
        g.by,
        g.phase === 'crisis' ? g.move : null,
        'answer' in g.action ? g.action.answer : '',
      ]),
    );
    expect(new Set(answers.map((a) => a.by))).toEqual(new Set(['britain', 'poland', 'czechoslovakia']));
  });

  it('names the question each answered, and history’s answer beside it', () => {
    const { world, turns } = playFurther('further-first', (legal) => legal[0] as GameAction);
    const answers = furtherAnswersOf(world, turns);
    const sudeten = answers.filter((a) => a.move === 'sudetenland');
    const britain = DELEGATION_DATA.britain.decisions;
    const verdict = sudeten.find((a) => a.decision === 'verdictAtCrisis');
    expect(verdict?.question).toBe(britain.verdictAtCrisis.label);
    expect(verdict?.history).toBe(britain.verdictAtCrisis.historyNote?.byMove?.sudetenland);
    // History gave no verdict under Locarno at Munich: no answer can differ from it.
    expect(verdict?.differs).toBeNull();
    const stand = sudeten.find((a) => a.decision === 'standAtSudeten');
    expect(stand?.answer).toBe('stand');
    expect(stand?.answerLabel).toBe(britain.standAtSudeten.options.stand.label);
    expect(stand?.differs).toBe(true);
    const czech = sudeten.find((a) => a.by === 'czechoslovakia');
    expect(czech?.decision).toBe('standAtCrisis');
    expect(czech?.answer).toBe('resist');
    const accept = DELEGATION_DATA.czechoslovakia.decisions.standAtCrisis.options.accept.label;
    expect(czech?.history).toBe(`${accept.charAt(0).toLowerCase()}${accept.slice(1)}.`);
    expect(czech?.differs).toBe(true);
    const transit = sudeten.find((a) => a.by === 'poland');
    expect(transit?.decision).toBe('transitAtCrisis');
    expect(transit?.history).toBe('refuse passage.');
    expect(transit?.differs).toBe(transit?.answer !== 'refuse');
  });

  it('says an answer equal to history’s does not differ', () => {
    const historical = (legal: readonly GameAction[]) =>
      legal.find(
        (a) => 'answer' in a && ['refuse', 'accept', 'aside', 'take', 'guarantee', 'unmoved'].includes(a.answer),
      ) ?? (legal[0] as GameAction);
    const { world, turns } = playFurther('further-history', historical);
    const answers = furtherAnswersOf(world, turns).filter((a) => a.decision !== 'verdictAtCrisis');
    expect(answers.length).toBeGreaterThan(2);
    for (const answer of answers) expect([answer.decision, answer.differs]).toEqual([answer.decision, false]);
  });

  it('is absent from a game of one role and from a game of the sides alone', () => {
    const scenario = loadScenario('munich-1938');
    const { world, turns } = createGame(scenario, { seed: 'further-none' }).getSnapshot();
    expect(debriefOf(scenario, world, turns).furtherAnswers).toBeUndefined();
    const roles = ['france', 'ussr'] as const;
    expect(debriefOf(scenario, world, turns, { roles }).furtherAnswers).toBeUndefined();
  });
});
