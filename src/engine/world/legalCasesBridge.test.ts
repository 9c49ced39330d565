/**
 * The bridge from the world to the legal engine: the convention as the law knows
 * it, the case a German move becomes, which treaties a verdict leaves hollow, and
 * the check that finds where a verdict table is not the machines' own.
 * Every world, case and table is built inside the test that uses it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIOS_DIR } from '../../testing/scenarios';
import { createGame } from '../game';
import { evaluateCase } from '../rules/assistancePipeline';
import { CALENDAR } from '../rules/lawData';
import { type LegalCase, parseLegalCaseText } from '../rules/legalCase';
import {
  type CrisisAnswers,
  conventionForLaw,
  hollowOf,
  legalCaseFor,
  summarise,
  type VerdictTable,
  type VerdictTree,
  verdictTablePaths,
  verdictTableProblems,
} from './legalCases';
import { SHIPPED_VERDICTS } from './legalCasesTable';
import { CONVENTION_PHASES, type CrisisVerdicts } from './worldState';

function readCase(name: string): LegalCase {
  const parsed = parseLegalCaseText(readFileSync(join(SCENARIOS_DIR, 'cases', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}

const ANSWERS: CrisisAnswers = {
  councilResult: 'none',
  uk: 'lawful',
  italy: 'no-view',
  franceActs: true,
  parliament: true,
  sovietActs: true,
  czechoslovakActs: true,
  transit: { poland: false, romania: false },
};

describe('the convention as the law knows it', () => {
  it('is staff contacts from the staff talks to the approvals, signed once signed, and none otherwise', () => {
    const levels = Object.fromEntries(CONVENTION_PHASES.map((phase) => [phase, conventionForLaw(phase)]));
    expect(levels).toMatchObject({
      staffTalks: 'staff-contacts',
      drafting: 'staff-contacts',
      approvals: 'staff-contacts',
      signed: 'signed',
      inForce: 'signed',
      attacheContacts: 'none',
      stalled: 'none',
      brokenOff: 'none',
    });
    // Every phase is one of the three levels.
    for (const level of Object.values(levels)) expect(['none', 'staff-contacts', 'signed']).toContain(level);
  });
});

describe('the case of a German move', () => {
  it("is named after the crisis's month, and Germany, a non-Member, refuses the League's invitation and goes to war", () => {
    const world = createGame(loadScenario('pact-1935'), { seed: 'bridge' }).getSnapshot().world;
    const c = legalCaseFor(world, { kind: 'attack', victim: 'ussr', target: 'own-territory' }, ANSWERS);
    expect(c.id).toBe(`crisis-${world.month}`);
    expect(c.id).not.toBe('crisis-');
    expect(c.nonMember).toEqual({ invitation: 'refuse-and-war' });
    expect(c.event).toMatchObject({ aggressor: 'germany', victim: 'ussr', unprovoked: true });
  });

  it('has the Czechoslovak-Soviet treaty in force from the day it came into force, not the day before', () => {
    const world = createGame(loadScenario('pact-1935'), { seed: 'bridge' }).getSnapshot().world;
    const from = CALENDAR.treaties['czechoslovak-soviet'].inForceFrom;
    const threat = { kind: 'threat', victim: 'czechoslovakia', target: 'own-territory' } as const;
    const onTheDay = legalCaseFor(world, threat, ANSWERS, { date: from, treatyInForce: true });
    expect(onTheDay.world?.czechoslovakSovietInForce).toBe(true);
    const dayBefore = `${from.slice(0, 8)}${String(Number(from.slice(8)) - 1).padStart(2, '0')}`;
    expect(dayBefore < from).toBe(true);
    const before = legalCaseFor(world, threat, ANSWERS, { date: dayBefore, treatyInForce: true });
    expect(before.world?.czechoslovakSovietInForce).toBe(false);
  });
});

describe('hollow treaties', () => {
  it('are those whose help was owed and stopped by a step of practice, and only those', () => {
    const full = evaluateCase(readCase('czechoslovakia-cut-off'));
    const verdicts = summarise(full.verdicts);
    expect(hollowOf(verdicts)).toEqual(['czechoslovak-soviet']);
    expect(full.hollow).toEqual(['czechoslovak-soviet']);
    const cs = verdicts.czechoslovakSoviet;
    const withCs = (change: Partial<CrisisVerdicts['czechoslovakSoviet']>): CrisisVerdicts => ({
      ...verdicts,
      czechoslovakSoviet: { ...cs, ...change },
    });
    // Not owed: nothing was withheld.
    expect(hollowOf(withCs({ owed: false }))).toEqual([]);
    // Rendered, or stopped by the letter of a treaty, or with no reason: not hollow.
    expect(hollowOf(withCs({ outcome: 'rendered' }))).toEqual([]);
    expect(hollowOf(withCs({ reason: 'NOT_IN_FORCE' }))).toEqual([]);
    expect(hollowOf(withCs({ reason: null }))).toEqual([]);
  });

  it('finds the Franco-Soviet treaty hollow too, before the Czechoslovak one', () => {
    const verdicts = summarise(evaluateCase(readCase('french-cabinet-declines')).verdicts);
    expect(hollowOf(verdicts)).toEqual(['franco-soviet']);
    expect(
      hollowOf({
        ...verdicts,
        czechoslovakSoviet: { ...verdicts.czechoslovakSoviet, ...verdicts.francoSoviet, types: [] },
      }),
    ).toEqual(['franco-soviet', 'czechoslovak-soviet']);
  });
});

describe('the check of a verdict table', () => {
  /** The shipped table's first tree with a question two deep, alone in a table. */
  function deepRoot() {
    const root = SHIPPED_VERDICTS.roots.find(
      (r) => 'question' in r.tree && r.tree.answers.some(([, child]) => 'question' in child),
    );
    if (root === undefined || !('question' in root.tree)) throw new Error('no tree two questions deep');
    return { root, tree: root.tree };
  }
  const tableOf = (root: VerdictTable['roots'][number]): VerdictTable => ({
    verdicts: SHIPPED_VERDICTS.verdicts,
    roots: [root],
  });

  it('finds a question asked of another machine, or for other facts, though in the same state', () => {
    const { root, tree } = deepRoot();
    expect(verdictTableProblems(tableOf(root))).toEqual([]);
    const otherMachine = { ...root, tree: { ...tree, question: { ...tree.question, machine: 'elsewhere' } } };
    expect(verdictTableProblems(tableOf(otherMachine)).join('\n')).toMatch(/, not elsewhere\./);
    const otherFacts = {
      ...root,
      tree: { ...tree, question: { ...tree.question, awaits: ['transit.poland' as const] } },
    };
    expect(verdictTableProblems(tableOf(otherFacts)).length).toBeGreaterThan(0);
  });

  it('finds a path that goes on after the machines gave their verdicts, and names the answers along it', () => {
    const { root, tree } = deepRoot();
    const [answer, child] = tree.answers[0] ?? [];
    if (answer === undefined || child === undefined) throw new Error('no answer');
    // A leaf with one more question before it: the machines have their verdicts already.
    const leafOf = (t: VerdictTree): VerdictTree => ('verdicts' in t ? t : (t.answers[0]?.[1] ?? t));
    let leaf = child;
    while ('question' in leaf) leaf = leafOf(leaf);
    const longer: VerdictTree = { question: tree.question, answers: [[answer, leaf]] };
    const cut = {
      ...root,
      tree: { ...tree, answers: [[answer, { question: tree.question, answers: [[answer, longer]] }] as const] },
    };
    const problems = verdictTableProblems(tableOf(cut));
    expect(problems.length).toBeGreaterThan(0);
    const deep = problems.find((p) => p.includes('gave their verdicts before'));
    expect(deep).toBeDefined();
    // The problem names the incident, the day and the answers given, in order.
    const { kind, victim } = root.incident;
    expect(deep).toContain(`${kind} on ${victim} (${root.world.date}), ${answer.type} > `);
    expect(deep).toContain(`the machines gave their verdicts before ${tree.question.machine}.${tree.question.state}`);
  });

  it("reports the machines' own complaint at an answer they cannot take, as a problem of that path", () => {
    const { root, tree } = deepRoot();
    const [, child] = tree.answers[0] ?? [];
    if (child === undefined) throw new Error('no answer');
    const odd = { ...root, tree: { ...tree, answers: [[{ type: 'transit.poland', granted: true }, child] as const] } };
    const problems = verdictTableProblems(tableOf(odd));
    // Every path below the answer fails there, each with the machine's own words.
    expect(problems).toHaveLength(verdictTablePaths(tableOf(odd)));
    for (const problem of problems)
      expect(problem).toMatch(/transit\.poland: expected [a-zA-Z.]+, got transit\.poland$/);
  });
});
