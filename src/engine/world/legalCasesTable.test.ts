/**
 * The verdict memo starts from the shipped table (`legalCasesTable.ts`, made by
 * `npm run verdict-table`): a fresh engine meets the crises of the futures from
 * May 1935 without running the rule machines, and finds the same verdicts.
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario } from '../../testing/scenarios';
import { type FuturesResult, startFutures } from '../futures';
import { createGame } from '../game';
import {
  legalEvaluations,
  resetVerdictMemo,
  type VerdictTable,
  type VerdictTableRoot,
  verdictTablePaths,
  verdictTableProblems,
} from './legalCases';
import { SHIPPED_VERDICTS } from './legalCasesTable';

const pact = loadScenario('pact-1935');
const start = createGame(pact, { seed: 'futures-demo' }).getSnapshot().world;

/** Futures from May 1935 (the bench's seed) and how many cases the machines judged meanwhile. */
function futures(
  fromTable: boolean,
  runs = sampled(200),
  from = start,
): { result: FuturesResult; evaluations: number } {
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
    const shipped = futures(true, sampled(100), variant);
    resetVerdictMemo(true);
    expect(shipped.evaluations).toBeLessThanOrEqual(2);
    expect(shipped.result.runs).toBe(sampled(100));
  });
});

describe('the check of a verdict table against the rule machines', () => {
  const root = SHIPPED_VERDICTS.roots.find((r) => 'question' in r.tree);
  if (root === undefined || !('question' in root.tree)) throw new Error('no tree with a question in the table');
  const { tree } = root;
  const only = (changed: VerdictTableRoot): VerdictTable => ({ verdicts: SHIPPED_VERDICTS.verdicts, roots: [changed] });

  it('passes the tree as the machines grew it, path by path', () => {
    expect(verdictTableProblems(only(root))).toEqual([]);
    // A leaf or more behind each answer.
    expect(verdictTablePaths(only(root))).toBeGreaterThanOrEqual(tree.answers.length);
    expect(tree.answers.length).toBeGreaterThan(0);
  });

  it('finds a question the machines do not ask, a path cut short, and verdicts that are not theirs', () => {
    const otherQuestion = only({ ...root, tree: { ...tree, question: { ...tree.question, state: 'elsewhere' } } });
    expect(verdictTableProblems(otherQuestion).join('\n')).toMatch(/not [a-zA-Z]+\.elsewhere/);
    expect(verdictTableProblems(only({ ...root, tree: { verdicts: 0 } }))).toEqual([
      expect.stringMatching(/the machines still ask/),
    ]);
    // Every leaf pointed at the next verdict along: each path's verdicts are now another's.
    const shifted: VerdictTable = {
      verdicts: [...SHIPPED_VERDICTS.verdicts.slice(1), ...SHIPPED_VERDICTS.verdicts.slice(0, 1)],
      roots: [root],
    };
    const problems = verdictTableProblems(shifted);
    expect(problems.length).toBe(verdictTablePaths(shifted));
    expect(problems.every((p) => p.endsWith('the machines give other verdicts'))).toBe(true);
  });
});
