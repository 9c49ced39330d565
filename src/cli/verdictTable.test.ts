/**
 * The shipped verdict table (`src/engine/world/legalCasesTable.ts`): what
 * `npm run verdict-table` makes now, and every path in it what the rule
 * machines answer, so a changed rule fails here until the table is made again.
 */
import { describe, expect, it } from 'vitest';
import { assistancePipeline } from '../engine/rules/assistancePipeline';
import type { FactEvent } from '../engine/rules/facts';
import { summarise, type VerdictTableRoot, type VerdictTree } from '../engine/world/legalCases';
import { SHIPPED_VERDICTS } from '../engine/world/legalCasesTable';
import type { CrisisVerdicts } from '../engine/world/worldState';
import { makeVerdictTable } from './verdictTable';

/** Every path from a tree's root to a leaf: the questions asked, the answers given, and the leaf's verdicts. */
interface TablePath {
  readonly steps: readonly { readonly question: unknown; readonly answer: FactEvent }[];
  readonly verdicts: CrisisVerdicts | undefined;
}

function pathsOf(tree: VerdictTree, before: TablePath['steps'] = []): TablePath[] {
  if ('verdicts' in tree) return [{ steps: before, verdicts: SHIPPED_VERDICTS.verdicts[tree.verdicts] }];
  return tree.answers.flatMap(([answer, child]) => pathsOf(child, [...before, { question: tree.question, answer }]));
}

/** Run the machines on a root's incident and day, answering as the path did; the questions they asked and the verdicts. */
function replay(root: VerdictTableRoot, path: TablePath): { questions: unknown[]; verdicts: CrisisVerdicts } {
  const pipeline = assistancePipeline(root.world, root.incident);
  const questions: unknown[] = [];
  let step = pipeline.next();
  for (const { answer } of path.steps) {
    if (step.done) throw new Error('the machines finished before the path did');
    const { machine, state, awaits } = step.value;
    questions.push({ machine, state, awaits });
    step = pipeline.next(answer);
  }
  if (!step.done) throw new Error(`the machines still ask ${step.value.machine}.${step.value.state}`);
  return { questions, verdicts: summarise(step.value) };
}

describe('the shipped verdict table', () => {
  // First in this file: the table is made from an engine that has judged nothing yet.
  // About 2,700 futures: give it room on a busy machine.
  it('is what npm run verdict-table makes now (make it again after changing the rules)', () => {
    expect(makeVerdictTable()).toEqual(SHIPPED_VERDICTS);
  }, 120_000);

  it('holds the trees of many incidents and days, and no verdict twice', () => {
    expect(SHIPPED_VERDICTS.roots.length).toBeGreaterThanOrEqual(10);
    const texts = SHIPPED_VERDICTS.verdicts.map((v) => JSON.stringify(v));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives on every path the questions and the verdicts the rule machines give', () => {
    let checked = 0;
    for (const root of SHIPPED_VERDICTS.roots) {
      for (const path of pathsOf(root.tree)) {
        const { questions, verdicts } = replay(root, path);
        expect(questions).toEqual(path.steps.map((s) => s.question));
        expect(path.verdicts).toEqual(verdicts);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(SHIPPED_VERDICTS.roots.length);
  });
});
