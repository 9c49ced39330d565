/**
 * The shipped verdict table (`src/engine/world/legalCasesTable.ts`): what
 * `npm run verdict-table` makes now, and every path in it what the rule
 * machines answer, so a changed rule fails here until the table is made again.
 */
import { describe, expect, it } from 'vitest';
import { completeVerdictTable, SHIPPED_VERDICTS, verdictTablePaths, verdictTableProblems } from '../engine';
import { COMPLETE_FROM_PATHS, makeVerdictTable } from './verdictTable';

describe('the shipped verdict table', () => {
  // First in this file: the table is made from an engine that has judged nothing yet. About
  // 2,700 futures: give it room on a busy machine.
  it('is what npm run verdict-table makes now (make it again after changing the rules)', () => {
    expect(makeVerdictTable()).toEqual(SHIPPED_VERDICTS);
  }, 120_000);

  it('holds the trees of many incidents and days, and no verdict twice', () => {
    expect(SHIPPED_VERDICTS.roots.length).toBeGreaterThanOrEqual(10);
    expect(verdictTablePaths(SHIPPED_VERDICTS)).toBeGreaterThanOrEqual(SHIPPED_VERDICTS.roots.length);
    const texts = SHIPPED_VERDICTS.verdicts.map((v) => JSON.stringify(v));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('holds every answer it gives to a question wherever its trees are complete (completing it again changes nothing)', () => {
    expect(completeVerdictTable(SHIPPED_VERDICTS, COMPLETE_FROM_PATHS)).toEqual(SHIPPED_VERDICTS);
    expect(verdictTablePaths(completeVerdictTable(SHIPPED_VERDICTS, 1))).toBeGreaterThan(
      verdictTablePaths(SHIPPED_VERDICTS),
    );
  });

  it('gives on every path the questions and the verdicts the rule machines give', () => {
    expect(verdictTableProblems(SHIPPED_VERDICTS)).toEqual([]);
  });
});
