/**
 * The debrief's "History:" beside a crisis says what the government did
 * besides the answer the game gives it (moves.json historicalAnswers): a
 * teacher saw "History: Paris stands aside" for the Rhineland, where France
 * took the matter to the League Council.
 */
import { describe, expect, it } from 'vitest';
import { type DebriefCrisis, debriefOf, ROUTINE_ROLL_RULES, simulate } from '../engine';
import { loadScenario, scenarioIds } from '../testing/scenarios';
import { WHY_TEXT } from '../why/text';
import {
  answerWords,
  crisisWords,
  eventsWords,
  historyAnswerWords,
  historyWords,
  metByWords,
  routineRollWords,
} from './words';

const rhineland: DebriefCrisis = {
  move: 'rhineland',
  title: 'The remilitarisation of the Rhineland',
  month: '1936-03',
  answer: 'refer-council',
  historyAnswer: 'stand-aside',
  answers: { france: 'refer-council', ussr: 'stand-aside' },
  uk: 'no-view',
  result: 'unopposed',
  metBy: [],
  verdicts: [],
};

describe('the class’s answer in the debrief', () => {
  it('says "invokes the Protocol" nowhere the treaty gives that ground, in the log’s words (the Rhineland, Poland)', () => {
    for (const move of ['rhineland', 'sudetenland', 'poland']) {
      const line = crisisWords({ ...rhineland, move, answer: 'invoke-protocol' }, 'france');
      expect(line, move).toContain('Paris resolves to act without waiting for the Council, on its own decision');
      expect(line, move).not.toContain('invokes the Protocol');
      expect(answerWords('ussr', 'invoke-protocol', undefined, move)).toMatch(/^Moscow resolves to act/);
    }
    // Without a move (a month's words with no crisis to judge it by), the Protocol's own words.
    expect(answerWords('france', 'invoke-protocol')).toContain('invokes the Protocol');
  });
});

describe('history’s answer in the debrief', () => {
  it('tells what France did besides standing aside at the Rhineland: the League Council', () => {
    expect(crisisWords(rhineland, 'france')).toMatch(
      /\(History: Paris stands aside — it took no military action, but took the matter to the League Council, which found on 19 March/,
    );
    // A class that referred the matter is told why the game counts history's referral as standing aside.
    expect(crisisWords(rhineland, 'france')).toMatch(
      /no recommendation of measures under Covenant Art\. 16, the recommendation the game's "Refer it to the League Council" waits for/,
    );
  });

  it('adds nothing where the data has no note, or for a side without one', () => {
    expect(historyAnswerWords('france', 'stand-aside', undefined, 'anschluss')).toBe('History: Paris stands aside');
    expect(historyAnswerWords('ussr', 'stand-aside', undefined, 'rhineland')).toBe('History: Moscow stands aside');
    expect(historyAnswerWords('ussr', 'stand-aside', undefined, 'poland')).toMatch(
      /entered eastern Poland on 17 September/,
    );
  });
});

describe('who stood against Germany', () => {
  it('says, where no one met the move, that neither France nor the USSR went to war: never that nobody did', () => {
    // At the invasion of Poland the victim fought, and the record's metBy lists only those who stood with it.
    const poland: DebriefCrisis = { ...rhineland, move: 'poland', title: 'The invasion of Poland', month: '1939-09' };
    expect(metByWords(poland)).toBe('Neither France nor the Soviet Union went to war over it.');
    expect(metByWords({ ...poland, result: 'war', metBy: ['france', 'uk', 'poland'] })).toMatch(
      /^Stood against Germany: .*France.*Poland/,
    );
  });
});

describe('history’s column: what the government did, and the game’s order standing for it', () => {
  it('tells Semenov’s offer for the USSR, not only "begin drafting the convention"', () => {
    const scenario = loadScenario('as-it-happened');
    const { world, turns } = simulate(scenario, { seed: 'said', policy: 'historical', role: 'ussr' });
    const debrief = debriefOf(scenario, world, turns);
    const month = debrief.months.find((m) => m.month === '1937-01');
    expect(month).toBeDefined();
    if (month === undefined) return;
    expect(historyWords(month, 'ussr')).toMatch(
      /^Semenov's offer, made in February 1937 \(the game plays it in January\): .* The game's order standing for it: “Begin drafting the convention”\.$/,
    );
    // A month without a choice of history's says so, with no words to stand for.
    const quiet = debrief.months.find((m) => m.history.orders.length === 0 && m.history.crisisAnswer === null);
    expect(quiet === undefined ? null : historyWords(quiet, 'ussr')).toBe(WHY_TEXT.debrief.noHistoryOrders);
  });

  it('gives the words alone where no order of the game stands for them (a what-if whose convention is signed)', () => {
    const scenario = loadScenario('what-if-convention-1937');
    const { world, turns } = simulate(scenario, { seed: 'said', policy: 'historical', role: 'ussr' });
    const month = debriefOf(scenario, world, turns).months.find((m) => m.month === '1937-01');
    expect(month).toBeDefined();
    if (month === undefined) return;
    expect(month.history.orders).toEqual([]);
    expect(historyWords(month, 'ussr')).toMatch(/^Semenov's offer, .* no order of the game stands for it\.$/);
  });

  it('has words for every choice history makes in every scenario, each its own sentence', () => {
    for (const id of scenarioIds()) {
      const { historicalChoices } = loadScenario(id);
      for (const choice of [...historicalChoices.france, ...historicalChoices.ussr]) {
        expect(choice.said, `${id} ${choice.month}`).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('follows history’s words with its crisis answer as a sentence, never ".;" (munich-1938, March 1939)', () => {
    const scenario = loadScenario('munich-1938');
    const { world, turns } = simulate(scenario, { seed: 'words-crisis', policy: 'historical', role: 'france' });
    const months = debriefOf(scenario, world, turns).months;
    const march = months.find((m) => m.month === '1939-03');
    expect(march?.history.crisisAnswer).not.toBeNull();
    expect(march?.history.said.length).toBeGreaterThan(0);
    if (march === undefined) return;
    expect(historyWords(march, 'france')).toMatch(/standing for it: “Reassure Britain”\. Paris stands aside/);
    for (const month of months) expect(historyWords(month, 'france')).not.toContain('.;');
  });
});

describe('a month’s events', () => {
  it('tell the class’s own side’s decision in history as history’s, the class’s in this game', () => {
    const scenario = loadScenario('munich-1938');
    const { world, turns } = simulate(scenario, { seed: 'own-debrief', policy: 'historical', role: 'france' });
    const september = debriefOf(scenario, world, turns).months.find((m) => m.month === '1938-09');
    expect(september).toBeDefined();
    if (september === undefined) return;
    expect(eventsWords(september)).toContain(
      "France calls up reservists (in history, the government the class plays decided it; in this game, the class's orders and answers do)",
    );
  });
});

describe('the routine rolls', () => {
  it('say each state’s démarches in a sentence: how many, at what odds, when, and how many the die favoured', () => {
    const rolls = {
      rule: 'roll.demarche',
      to: 'poland',
      chance: 40,
      chanceTo: 40,
      rolls: 7,
      yes: 3,
      unrolled: 0,
      first: '1935-06',
      last: '1937-02',
    };
    expect(routineRollWords(rolls)).toBe(
      'Démarches to Poland on transit: 7, each at 40 in 100 (June 1935 to February 1937); the die favoured 3 of them.',
    );
    expect(routineRollWords({ ...rolls, to: 'romania', rolls: 1, yes: 0, last: '1935-06' })).toBe(
      'Démarches to Romania on transit: 1, at 40 in 100 (June 1935); the die favoured none of them.',
    );
    // Those worn down to no roll are said too: the month table lists every démarche made.
    expect(routineRollWords({ ...rolls, unrolled: 6 })).toBe(
      'Démarches to Poland on transit: 7, each at 40 in 100 (June 1935 to February 1937); the die favoured 3 of them. 6 more, repeated too often, carried no weight and rolled no die.',
    );
  });

  it('say Moscow’s proposals for collective security in one sentence, with the range of their odds', () => {
    const rule = "London and Paris take up Moscow's proposal";
    expect(ROUTINE_ROLL_RULES).toContain(rule);
    const rolls = {
      rule,
      to: null,
      chance: 12,
      chanceTo: 29,
      rolls: 31,
      yes: 5,
      unrolled: 0,
      first: '1935-05',
      last: '1938-09',
    };
    expect(routineRollWords(rolls)).toBe(
      "Moscow's proposals for collective security: 31, at odds from 12 to 29 in 100, as the governments in London and Paris changed (May 1935 to September 1938); London and Paris took up 5 of them.",
    );
    expect(routineRollWords({ ...rolls, chanceTo: 12, rolls: 7, yes: 0 })).toBe(
      "Moscow's proposals for collective security: 7, each at 12 in 100 (May 1935 to September 1938); London and Paris took up none of them.",
    );
  });

  it('have a sentence for every kind the debrief counts', () => {
    for (const rule of ROUTINE_ROLL_RULES) expect(WHY_TEXT.debrief.routineRolls.rules[rule]).toBeDefined();
  });
});
