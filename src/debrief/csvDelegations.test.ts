/**
 * The CSV of a game of delegations (issue 14 §2, §6): one block of months per
 * side, the existing columns in their order and a last column naming the side,
 * each side's orders in its own rows. Parsed back, it is the debrief's rows.
 */
import { describe, expect, it } from 'vitest';
import { createGame, debriefOf, type GameAction } from '../engine';
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
