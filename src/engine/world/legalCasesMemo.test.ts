/**
 * The verdict memo's keys and trees: a case is answered from the memo only when
 * it is the case the memo holds (no two days, overrides or answers packed alike),
 * a case on a day seen before does not work the day's facts out again, a case
 * that differs in a fact the rules never consulted runs no machine, and the memo
 * written out as a table is the machines' own, in a stable order.
 * Every case is read and judged inside its test (per-test coverage).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS_DIR } from '../../testing/scenarios';
import { evaluateCase } from '../rules/assistancePipeline';
import { type LegalCase, parseLegalCaseText } from '../rules/legalCase';
import { COUNTRY_IDS } from '../rules/types';
import {
  crisisVerdicts,
  legalDayEvaluations,
  legalEvaluations,
  resetVerdictMemo,
  summarise,
  type VerdictTable,
  verdictMemoTable,
  verdictTablePaths,
  verdictTableProblems,
} from './legalCases';
import type { CrisisVerdicts } from './worldState';

/** A case of the library, read afresh. */
function readCase(name: string): LegalCase {
  const parsed = parseLegalCaseText(readFileSync(join(SCENARIOS_DIR, 'cases', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}

/** What the rule machines give for a case, in the memo's terms. */
const machines = (c: LegalCase): CrisisVerdicts => summarise(evaluateCase(c).verdicts);

/**
 * Both cases judged by the memo as the machines judge them, the first asked first
 * (so a memo that packed the second like the first would hand it the first's verdicts);
 * and the machines judge them differently, so the check means something.
 */
function expectKeptApart(first: LegalCase, second: LegalCase): void {
  expect(machines(first)).not.toEqual(machines(second));
  expect(crisisVerdicts(first)).toEqual(machines(first));
  expect(crisisVerdicts(second), JSON.stringify({ ...second, expected: undefined })).toEqual(machines(second));
}

/** The memo starts from nothing for `body` (the rule machines answer every new case), and from the table after. */
function fromNothing<T>(body: () => T): T {
  resetVerdictMemo(false);
  try {
    return body();
  } finally {
    resetVerdictMemo(true);
  }
}

describe('the day key', () => {
  it('keeps apart a date a month out of range from the day it would be read as', () => {
    const c = readCase('germany-attacks-ussr-1937');
    // Day 58 of February 1936 would be 27 March 1936, the day the treaty came into force.
    expectKeptApart({ ...c, date: '1936-03-27' }, { ...c, date: '1936-02-58' });
    // Month 39 of 1935 would be March 1938.
    expectKeptApart({ ...c, date: '1938-03-28' }, { ...c, date: '1935-39-28' });
    // A month that is not a number would be read as -1: November 1935.
    expectKeptApart({ ...c, date: '1935-11-28' }, { ...c, date: '1936-x1-28' });
    // Nor read as January.
    expectKeptApart({ ...c, date: '1936-01-28' }, { ...c, date: '1936-x1-28' });
  });

  it('keeps apart a date without its dashes from the day its digits spell', () => {
    const c = readCase('germany-attacks-ussr-1937');
    expectKeptApart({ ...c, date: '1936-06-01' }, { ...c, date: '1936+06-01' });
    expectKeptApart({ ...c, date: '1936-03-28' }, { ...c, date: '1936-03+28' });
  });

  it('judges a date too short or with a year that is not a number as the machines do', () => {
    const c = readCase('germany-attacks-ussr-1937');
    // A letter read as a digit (x: 72) would put the year out of any key's range.
    for (const date of ['1936-03-2', '19x6-03-28', '1936-03-2x', 'x936-03-28']) {
      expect(crisisVerdicts({ ...c, date }), date).toEqual(machines({ ...c, date }));
    }
  });

  it('keeps apart the overrides of a case: the treaty in force or not, each Locarno status, each set of members', () => {
    const c = readCase('germany-attacks-ussr-1937');
    const world = c.world ?? {};
    expectKeptApart(
      { ...c, world: { ...world, treatyInForce: true } },
      { ...c, world: { ...world, treatyInForce: false } },
    );
    expectKeptApart(
      { ...c, world: { ...world, czechoslovakSovietInForce: true } },
      { ...c, world: { ...world, czechoslovakSovietInForce: false } },
    );
    expectKeptApart(
      { ...c, world: { ...world, protocolOverride: true } },
      { ...c, world: { ...world, protocolOverride: false } },
    );
    const z = readCase('provoked-zone-breach-while-locarno-in-force');
    expectKeptApart({ ...z, world: { locarno: 'in-force' } }, { ...z, world: { locarno: 'repudiated' } });
    expectKeptApart(z, { ...z, world: { locarno: 'repudiated' } });
    const i = readCase('italy-objects-while-locarno-in-force');
    const iw = i.world ?? {};
    expectKeptApart({ ...i, world: { ...iw, guarantors: ['uk'] } }, { ...i, world: { ...iw, guarantors: ['italy'] } });
    // No League members at all: the empty set has a digit of its own.
    const none = { ...c, world: { ...world, leagueMembers: [] } };
    expect(crisisVerdicts(none)).toEqual(machines(none));
  });

  it('works out the facts of a day once, whatever the date, the overrides or the order of the members', () => {
    const c = readCase('germany-attacks-ussr-1937');
    const members = [...COUNTRY_IDS];
    const cases: LegalCase[] = [
      c,
      { ...c, date: '1936-01-01' },
      { ...c, date: '1939-12-31' },
      { ...c, date: '1937-10-30' },
      { ...c, world: { treatyInForce: false, czechoslovakSovietInForce: true, protocolOverride: false } },
      { ...c, world: { locarno: 'repudiated', leagueMembers: members, guarantors: ['uk', 'italy'] } },
      { ...c, world: { leagueMembers: members.slice(0, 3), guarantors: ['uk'] } },
    ];
    for (const legalCase of cases) {
      crisisVerdicts(legalCase);
      const before = legalDayEvaluations();
      // The same day again, for other answers (a fact the day's key leaves to the case's).
      const again = crisisVerdicts({ ...legalCase, transit: { poland: !legalCase.transit.poland, romania: true } });
      expect(legalDayEvaluations(), `${legalCase.date} ${JSON.stringify(legalCase.world)}`).toBe(before);
      expect(again).toEqual(machines({ ...legalCase, transit: { poland: !legalCase.transit.poland, romania: true } }));
    }
  });

  it('works out again the facts of a day with members out of their order, and judges it alike', () => {
    const c = readCase('germany-attacks-ussr-1937');
    const reversed = { ...c, world: { leagueMembers: [...COUNTRY_IDS].reverse() } };
    expect(crisisVerdicts(reversed)).toEqual(machines(reversed));
  });
});

describe('the answers of a case', () => {
  it("keeps apart cases that differ only in Italy's verdict or the convention", () => {
    // (The Assembly's report, the Article seized and the invitation change no verdict of the library's cases.)
    const i = readCase('italy-objects-while-locarno-in-force');
    expectKeptApart(i, { ...i, guarantors: { ...i.guarantors, italy: 'lawful' } });
    const g = readCase('germany-attacks-ussr-1937');
    expectKeptApart({ ...g, convention: 'signed' }, { ...g, convention: 'none' });
    expectKeptApart({ ...g, convention: 'staff-contacts' }, { ...g, convention: 'none' });
  });

  it('runs no machine for a case that differs only in a fact the rules did not consult', () => {
    fromNothing(() => {
      const c = readCase('germany-attacks-ussr-1937');
      // A fact the rules consult: another path through the same tree.
      const other = { ...c, decisions: { ...c.decisions, frenchParliament: false } };
      crisisVerdicts(c);
      crisisVerdicts(other);
      const before = legalEvaluations();
      // Czechoslovakia's help to France is not asked when the USSR is the victim.
      const unconsulted = { ...c, decisions: { ...c.decisions, franceAssistsCzechoslovakia: true } };
      expect(crisisVerdicts(unconsulted)).toEqual(machines(unconsulted));
      // Another day with the same legal facts grows no tree of its own.
      const nextDay = { ...c, date: '1937-05-02' };
      expect(crisisVerdicts(nextDay)).toEqual(machines(nextDay));
      expect(legalEvaluations()).toBe(before);
    });
  });
});

describe('the memo as a table', () => {
  /** A threat on Czechoslovakia, then an attack on the USSR along two paths. */
  const grow = (order: 'threat-first' | 'attack-first'): VerdictTable =>
    fromNothing(() => {
      const threat = readCase('germany-threatens-czechoslovakia-1938');
      const attack = readCase('germany-attacks-ussr-1937');
      const attacks = [attack, { ...attack, decisions: { ...attack.decisions, frenchParliament: false } }];
      const cases = order === 'threat-first' ? [threat, ...attacks.reverse()] : [...attacks, threat];
      for (const legalCase of cases) crisisVerdicts(legalCase);
      return verdictMemoTable();
    });

  it('writes out the trees the cases grew, which the machines replay, each verdict once', () => {
    const table = grow('threat-first');
    expect(table.roots.map((r) => `${r.incident.kind} ${r.incident.victim}`)).toEqual([
      'attack ussr',
      'threat czechoslovakia',
    ]);
    expect(verdictTablePaths(table)).toBeGreaterThanOrEqual(3);
    expect(verdictTableProblems(table)).toEqual([]);
    const texts = table.verdicts.map((v) => JSON.stringify(v));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('writes the same table whatever order the cases came in', () => {
    expect(grow('threat-first')).toEqual(grow('attack-first'));
  });

  it('starts from the shipped trees: a case on a shipped root finds the whole shipped tree there', () => {
    resetVerdictMemo(true);
    const c = readCase('germany-attacks-ussr-1937');
    crisisVerdicts(c);
    const grown = verdictMemoTable();
    expect(grown.roots.length).toBe(1);
    expect(verdictTablePaths(grown)).toBeGreaterThan(1);
  });
});
