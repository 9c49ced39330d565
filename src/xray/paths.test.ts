/**
 * For every case in `scenarios/cases/`, the path the X-ray draws is the
 * engine's verdict path: each step is a state of the drawing, each machine's
 * steps start at its initial state and are joined by its own arrows, and the
 * step marked "practice stopped the letter" is there exactly when the engine
 * calls the treaty hollow.
 *
 * Why a machine's steps may look like a skip in the full path: a treaty's path
 * splices in the Council's procedure where the treaty waits at `leagueRoute`,
 * and the Locarno check where it waits at `locarnoCheck`. Those steps belong
 * to other machines and are drawn on their own diagrams; the treaty's next
 * step follows its waiting state by the `council.outcome` or
 * `locarno.verdict` arrow. Taken machine by machine there is no skip at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCase, type LegalCase, type PathStep, parseLegalCaseText, TREATY_IDS } from '../engine';
import { machineGraph, machineOfState, machinesOnPath, pathPlan, practiceStop, TREATY_MACHINES } from './graph';

const CASES_DIR = join(import.meta.dirname, '../../scenarios/cases');

function loadCases(): LegalCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = parseLegalCaseText(readFileSync(join(CASES_DIR, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      return parsed.value;
    });
}

const cases = loadCases();

/** The path as the X-ray draws it: each machine's lit steps, put back in the order the engine took them. */
function drawnPath(path: readonly PathStep[]): string[] {
  const plans = machinesOnPath(path).map((machine) => pathPlan(path, machine));
  const next = new Map(plans.map((plan) => [plan.machine, 0]));
  return path.map((step) => {
    const machine = machineOfState(step.state);
    const plan = plans.find((p) => p.machine === machine);
    const index = next.get(machine) ?? 0;
    next.set(machine, index + 1);
    return plan?.states[index] ?? '(not drawn)';
  });
}

describe('the X-ray path of every legal case', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const legalCase of cases) {
    const result = evaluateCase(legalCase);
    for (const treaty of TREATY_IDS) {
      const path = result.verdicts[treaty].path;

      it(`${legalCase.id}, ${treaty}: draws the engine's path, step by step, on states and arrows of the machines`, () => {
        expect(path.length).toBeGreaterThan(0);
        expect(drawnPath(path)).toEqual(path.map((step) => step.state));
        for (const machine of machinesOnPath(path)) {
          const graph = machineGraph(machine);
          const plan = pathPlan(path, machine);
          for (const state of plan.states) expect(graph.nodes.map((n) => n.id)).toContain(state);
          expect(plan.states[0], `${machine} starts at its initial state`).toBe(graph.initial);
          expect(plan.gaps).toEqual([]);
          expect(plan.edges).toHaveLength(plan.states.length - 1);
          for (const [i, edgeId] of plan.edges.entries()) {
            const edge = graph.edges.find((e) => e.id === edgeId);
            expect(edge?.from).toBe(plan.states[i]);
            expect(edge?.to).toBe(plan.states[i + 1]);
          }
          expect(plan.current).toBe(plan.states.at(-1));
        }
        // The path ends in a final state of the treaty's own machine (a spliced procedure may come first).
        const last = path.at(-1);
        const own = TREATY_MACHINES[treaty];
        if (last === undefined) throw new Error('empty path');
        expect(machinesOnPath(path)).toContain(own);
        expect(machineOfState(last.state)).toBe(own);
        expect(machineGraph(own).nodes.find((n) => n.id === last.state)?.final).toBe(true);
      });

      it(`${legalCase.id}, ${treaty}: marks where practice stopped the letter exactly when the engine calls it hollow`, () => {
        const stop = practiceStop(path);
        const hollow = treaty !== 'locarno' && result.hollow.includes(treaty);
        expect(stop !== null).toBe(hollow);
        if (stop !== null) {
          expect(stop).toBe(path.at(-1)?.state);
          expect(path.at(-1)?.kind).toBe('practice');
          expect(pathPlan(path, machineOfState(stop)).stop).toBe(stop);
        }
      });
    }
  }

  it('the library has hollow cases, so the mark is tested where it must appear', () => {
    const hollow = cases.filter((c) => evaluateCase(c).hollow.length > 0);
    expect(hollow.length).toBeGreaterThan(0);
  });
});

describe('a path that does not follow the machine', () => {
  it('shows the gap instead of drawing an arrow that is not there', () => {
    const rhineland = cases.find((c) => c.id === 'rhineland-1936-03-07');
    if (rhineland === undefined) throw new Error('the Rhineland case is missing');
    const path = evaluateCase(rhineland).verdicts['franco-soviet'].path;
    const skipped = [path[0], ...path.slice(2)].filter((s) => s !== undefined);
    const plan = pathPlan(skipped, 'francoSovietPact');
    expect(plan.gaps).toHaveLength(1);
    expect(plan.edges).toHaveLength(skipped.length - 2);
  });
});
