import { describe, expect, it } from 'vitest';
import { debriefOf, simulate } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { WHY_TEXT } from '../why/text';
import { csvCell, csvText, debriefCsv, debriefRows, parseCsv } from './csv';
import { keyRollEvent, orderWords, verdictWords } from './words';

const scenario = loadScenario('as-it-happened');
const result = simulate(scenario, { seed: 'csv-test', policy: 'alliance-first' });
const debrief = debriefOf(scenario, result.world, result.turns);

describe('a CSV cell', () => {
  it('is quoted when it holds a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('cannot be read as a formula: = + - @ tab and carriage return get an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('\u22125 points')).toBe('\u22125 points');
  });

  it('reads back what it wrote', () => {
    const rows = [
      ['a', 'b, c', 'd "e"'],
      ['line\r\nbreak', '', 'x'],
    ];
    expect(parseCsv(csvText(rows))).toEqual(rows);
  });
});

describe("the debrief's CSV", () => {
  const rows = parseCsv(debriefCsv(debrief));

  it('has a header, then one row per month with the divergence and the crisis', () => {
    expect(rows[0]).toEqual(WHY_TEXT.debrief.csvColumns);
    expect(rows.slice(1).map((r) => r[0])).toEqual(debrief.months.map((m) => m.month));
    for (const [i, month] of debrief.months.entries()) {
      const row = rows[i + 1] ?? [];
      expect(row).toHaveLength(WHY_TEXT.debrief.csvColumns.length);
      expect(row[3]).toBe(month.diverged ? WHY_TEXT.debrief.csvYes : WHY_TEXT.debrief.csvNo);
      for (const crisis of month.crises) {
        expect(row[5]).toContain(crisis.title);
        for (const verdict of crisis.verdicts) expect(row[6]).toContain(verdictWords(verdict));
      }
      expect(row[7]?.split('; ').filter((c) => c !== '')).toHaveLength(month.keyRolls.length);
    }
  });

  it("gives the outcome on the last month's row only", () => {
    const outcomes = rows.slice(1).map((r) => r[8]);
    expect(outcomes.at(-1)).toContain(debrief.ending?.title ?? '(no ending)');
    expect(outcomes.slice(0, -1).every((c) => c === '')).toBe(true);
  });

  it('round-trips: parsed back, the cells are the debrief rows', () => {
    expect(rows).toEqual(debriefRows(debrief));
  });
});

describe("the debrief's words", () => {
  it('says an order as the log would', () => {
    expect(orderWords({ type: 'diplomacy.demarche', to: 'poland' }, '1936-01')).toBe('A démarche to Poland on transit');
    expect(orderWords({ type: 'crisis.respond', choice: 'mobilise' }, '1936-01')).toBe(
      'Mobilises on its own authority',
    );
    expect(orderWords({ type: 'convention.offer', clause: 'transit', option: 0 }, '1936-01')).toMatch(
      /^Offer on the transit: ".+"$/,
    );
  });

  it('names a roll made on a historical event by its title', () => {
    const onEvent = debrief.keyRolls.find((r) => r.entry.key === 'event');
    if (onEvent === undefined) throw new Error('no key roll on an event in this game');
    const words = keyRollEvent(onEvent);
    expect(words.length).toBeGreaterThan(3);
    expect(words).not.toContain(String(onEvent.entry.params.event));
  });
});
