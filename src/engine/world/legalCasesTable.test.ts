/**
 * The verdict memo starts from the shipped table (`legalCasesTable.ts`, made by
 * `npm run verdict-table`): a fresh engine meets the crises of the futures from
 * May 1935 without running the rule machines, and finds the same verdicts.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { type FuturesResult, startFutures } from '../futures';
import { createGame } from '../game';
import { legalEvaluations, resetVerdictMemo } from './legalCases';

const pact = loadScenario('pact-1935');
const start = createGame(pact, { seed: 'futures-demo' }).getSnapshot().world;

/** Futures from May 1935 (the bench's seed) and how many cases the machines judged meanwhile. */
function futures(fromTable: boolean, runs = 200, from = start): { result: FuturesResult; evaluations: number } {
  resetVerdictMemo(fromTable);
  const before = legalEvaluations();
  const run = startFutures(pact, from, { runs, seed: 'bench', policy: 'random' });
  while (run.next());
  return { result: run.result(), evaluations: legalEvaluations() - before };
}

describe('the verdict memo from the shipped table', () => {
  it('meets the cases of 200 futures from May 1935 with at most a few runs of the machines, and ends them alike', () => {
    const shipped = futures(true);
    const machines = futures(false);
    resetVerdictMemo(true);
    expect(shipped.evaluations).toBeLessThanOrEqual(2);
    expect(machines.evaluations).toBeGreaterThan(10);
    expect(shipped.result).toEqual(machines.result);
  });

  it('holds the cases of the futures under a rule variant too', () => {
    const variant = createGame(pact, { seed: 'futures-demo', variants: ['no-protocol-override'] }).getSnapshot().world;
    const shipped = futures(true, 100, variant);
    resetVerdictMemo(true);
    expect(shipped.evaluations).toBeLessThanOrEqual(2);
    expect(shipped.result.runs).toBe(100);
  });
});
