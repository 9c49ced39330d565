/**
 * The CSV of a game of delegations (issue 14 §2, §6): one block of months per
 * side, the existing columns in their order and a last column naming the side,
 * each side's orders in its own rows. Parsed back, it is the debrief's rows.
 */
import { describe, expect, it } from 'vitest';
import { createGame, debriefOf, type GameAction } from '../engine';
import { playFurtherToEnd } from '../testing/delegations';
import { loadScenario } from '../testing/scenarios';
import { WHY_TEXT } from '../why/text';
import { debriefCsv, debriefRows, parseCsv } from './csv';
import { orderWords } from './words';

const MONTHS = 8;

describe('the CSV of a game of delegations', () => {
  it('gives one block of months per side, each row naming its side, with that side’s own orders', () => {
    const scenario = loadScenario('as-it-happened');
    const game = createGame(scenario, { seed: 'csv-delegations', role: 'ussr', roles: ['ussr', 'france'] });
    const readiness: GameAction = { type: 'military.readiness' };
    const rally: GameAction = { type: 'domestic.rally' };
    for (let i = 0; i < MONTHS && game.getSnapshot().phase === 'orders'; i++) {
      expect(game.send(readiness, { by: 'ussr' }).accepted).toBe(true);
      expect(game.send(rally, { by: 'france' }).accepted).toBe(true);
      expect(game.send({ type: 'turn.end' }, { by: 'france' }).accepted).toBe(true);
    }
    const { world, turns } = game.getSnapshot();
    const debrief = debriefOf(scenario, world, turns);
    const months = debrief.months.map((m) => m.month);
    expect(months).toHaveLength(MONTHS);
    const rows = parseCsv(debriefCsv(debrief));
    const d = WHY_TEXT.debrief;
    expect(rows[0]).toEqual([...d.csvColumns, d.delegations.csvSide]);
    expect(rows).toEqual(debriefRows(debrief));
    const body = rows.slice(1);
    expect(body).toHaveLength(2 * MONTHS);
    // The world's role first: the USSR's months, then France's, each month once per side.
    expect(body.map((r) => r.at(-1))).toEqual([
      ...months.map(() => d.delegations.names.ussr),
      ...months.map(() => d.delegations.names.france),
    ]);
    expect(body.map((r) => r[0])).toEqual([...months, ...months]);
    const soviet = orderWords(readiness, months[0] ?? '');
    const french = orderWords(rally, months[0] ?? '');
    for (const [i, row] of body.entries()) {
      expect(row).toHaveLength(d.csvColumns.length + 1);
      const own = i < MONTHS ? soviet : french;
      const other = i < MONTHS ? french : soviet;
      expect(row[1]).toContain(own);
      expect(row[1]).not.toContain(other);
      // Each side diverges where its orders are not its history's: neither side's history rallies or raises readiness in 1935.
      expect(row[3]).toBe(d.csvYes);
    }
  });
});

describe('the CSV of a game that seated further delegations', () => {
  it('ends with a row for each further delegation’s answer, beside history’s, naming whose it is', () => {
    const scenario = loadScenario('munich-1938');
    const roles = ['france', 'ussr', 'britain', 'poland'] as const;
    const game = createGame(scenario, { seed: 'csv-further', roles: [...roles] });
    // The sides stand aside; Britain and Poland give, whenever asked, the answer the rules list last.
    playFurtherToEnd(game, ['britain', 'poland']);
    const { world, turns } = game.getSnapshot();
    const debrief = debriefOf(scenario, world, turns, { roles });
    const answers = debrief.furtherAnswers ?? [];
    expect(answers.length).toBeGreaterThan(2);
    const rows = parseCsv(debriefCsv(debrief));
    expect(rows).toEqual(debriefRows(debrief));
    const d = WHY_TEXT.debrief;
    const further = rows.slice(-answers.length);
    // Before them, the sides' months; after them, nothing.
    expect(rows.slice(1, -answers.length).map((r) => r.at(-1))).not.toContain(d.further.britain);
    for (const [i, answer] of answers.entries()) {
      const row = further[i] ?? [];
      expect(row).toHaveLength(d.csvColumns.length + 1);
      expect(row[0]).toBe(answer.month);
      expect(row[1]).toContain(answer.question);
      expect(row[1]?.endsWith(`: ${answer.answerLabel}`)).toBe(true);
      expect(row[2]?.toLowerCase()).toBe(answer.history.toLowerCase());
      expect(row[2]?.charAt(0)).toBe(answer.history.charAt(0).toUpperCase());
      expect(row[3]).toBe(answer.differs === null ? '' : answer.differs ? d.csvYes : d.csvNo);
      expect(row[5]).toBe(answer.move === null ? '' : debrief.crises.find((c) => c.move === answer.move)?.title);
      expect(row.at(-1)).toBe(d.further[answer.by]);
    }
    expect(further.some((row) => row[3] === d.csvYes)).toBe(true);
    expect(further.some((row) => row[3] === '')).toBe(true);
  });
});
