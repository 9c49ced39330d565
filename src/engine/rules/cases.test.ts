/**
 * The case library in `scenarios/cases/`: every file is a valid case, gives
 * the verdicts it says it expects, and together they cover every outcome and
 * every reason code that a final state of a treaty machine can give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStateNodes } from 'xstate/graph';
import { evaluateCase } from './assistancePipeline';
import { czechoslovakSovietMachine } from './czechoslovakSovietMachine';
import { francoSovietPactMachine } from './francoSovietPactMachine';
import { type LegalCase, parseLegalCaseText } from './legalCase';
import { locarnoMachine } from './locarnoMachine';
import { LOCARNO_OUTCOMES, type StepMeta, TREATY_OUTCOMES } from './types';

const CASES_DIR = join(import.meta.dirname, '../../../scenarios/cases');

function readCase(file: string): LegalCase {
  const parsed = parseLegalCaseText(readFileSync(join(CASES_DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.value;
}

function loadCases(): { file: string; legalCase: LegalCase }[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, legalCase: readCase(file) }));
}

// The files are read here for the tests' names; each test reads and judges them again inside itself, so that
// mutation testing's per-test coverage sees the pipeline run by the test that checks it.
const cases = loadCases();
const judgedCases = () => loadCases().map(({ legalCase }) => ({ legalCase, result: evaluateCase(legalCase) }));

/** The reasons the final states of a machine can give. */
function finalReasons(
  machine: typeof francoSovietPactMachine | typeof czechoslovakSovietMachine | typeof locarnoMachine,
) {
  return getStateNodes(machine.root)
    .filter((node) => node.type === 'final')
    .map((node) => (node.meta as StepMeta).verdict?.reason)
    .filter((reason) => reason !== null && reason !== undefined);
}

describe('the case library', () => {
  it('has at least 15 cases, each with a unique id matching its file name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const { file, legalCase } of cases) expect(`${legalCase.id}.json`).toBe(file);
  });

  for (const { file, legalCase: named } of cases) {
    it(`${named.id}: gives the expected verdicts`, () => {
      const legalCase = readCase(file);
      const result = evaluateCase(legalCase);
      const expected = legalCase.expected;
      expect(expected, 'every library case states its expected verdicts').toBeDefined();
      for (const treaty of ['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const) {
        expect(expected?.[treaty], `${treaty} expected`).toBeDefined();
        const { path, ...verdict } = expected?.[treaty] ?? { outcome: undefined };
        expect(result.verdicts[treaty]).toMatchObject(verdict);
        if (path !== undefined)
          expect(
            result.verdicts[treaty].path.map((s) => s.state),
            `${treaty} path`,
          ).toEqual(path);
      }
      expect(result.hollow).toEqual(expected?.hollow ?? []);
    });
  }

  it('covers every outcome of each treaty', () => {
    const results = judgedCases();
    const assistance = results.flatMap(({ result }) => [
      result.verdicts['franco-soviet'].outcome,
      result.verdicts['czechoslovak-soviet'].outcome,
    ]);
    expect(new Set(assistance)).toEqual(new Set(TREATY_OUTCOMES));
    expect(new Set(results.map(({ result }) => result.verdicts.locarno.outcome))).toEqual(new Set(LOCARNO_OUTCOMES));
  });

  it('covers every reason code a final state of a treaty machine can give', () => {
    const results = judgedCases();
    const given = new Set(
      results.flatMap(({ result }) => Object.values(result.verdicts).map((verdict) => verdict.reason)),
    );
    const possible = [francoSovietPactMachine, czechoslovakSovietMachine, locarnoMachine].flatMap(finalReasons);
    for (const reason of possible) expect(given, reason).toContain(reason);
  });

  it('includes the historical Rhineland: the pact not yet in force on 7 March 1936', () => {
    const results = judgedCases();
    const rhineland = results.find(({ legalCase }) => legalCase.date === '1936-03-07');
    expect(rhineland?.legalCase.event.kind).toBe('zone-violation');
    expect(rhineland?.result.verdicts['franco-soviet']).toMatchObject({
      outcome: 'not-applicable',
      reason: 'NOT_IN_FORCE',
    });
  });

  it('includes Germany attacking Czechoslovakia: the pact not engaged, the Soviet duty conditional on France', () => {
    const results = judgedCases();
    const czech = results.filter(
      ({ legalCase }) => legalCase.event.aggressor === 'germany' && legalCase.event.victim === 'czechoslovakia',
    );
    const alone = czech.find(({ legalCase }) => !legalCase.decisions.franceAssistsCzechoslovakia);
    const helped = czech.find(({ legalCase }) => legalCase.decisions.franceAssistsCzechoslovakia);
    expect(alone?.result.verdicts['franco-soviet'].reason).toBe('NOT_OWN_TERRITORY');
    expect(alone?.result.verdicts['czechoslovak-soviet'].reason).toBe('NO_FRENCH_ASSISTANCE');
    expect(helped?.result.verdicts['czechoslovak-soviet'].owed).toBe(true);
  });

  it('shows the hollow pact: owed by the letter and stopped by practice', () => {
    const results = judgedCases();
    const hollow = results.filter(({ result }) => result.hollow.includes('franco-soviet'));
    expect(hollow.length).toBeGreaterThan(0);
    for (const { result } of hollow) {
      const verdict = result.verdicts['franco-soviet'];
      expect(verdict.owed).toBe(true);
      const obligation = verdict.path.findIndex((s) => s.state === 'francoSovietPact.obligationArises');
      expect(
        verdict.path
          .slice(0, obligation + 1)
          .every((s) => s.kind === 'letter' || s.state.startsWith('covenantCouncil')),
      ).toBe(true);
      expect(verdict.path.at(-1)?.kind).toBe('practice');
    }
  });

  it('gives every historical or what-if case its sources', () => {
    for (const { legalCase } of cases) expect(legalCase.sources?.length, legalCase.id).toBeGreaterThan(0);
  });

  it('writes every step’s note in words, never the rules’ codes (belgium-released, no-view, offensive_in_west)', () => {
    const codes =
      /\b[a-z]+(_[a-z]+)+\b|\b(in-force|belgium-released|no-view|violation-(non)?flagrant|unanimous-excluding-parties|majority-only|art16-|art15-para7|council-decision)\b/;
    let notes = 0;
    for (const { legalCase } of cases) {
      const result = evaluateCase(legalCase);
      for (const verdict of [
        result.verdicts.locarno,
        result.verdicts['franco-soviet'],
        result.verdicts['czechoslovak-soviet'],
      ]) {
        for (const step of verdict.path) {
          if (step.note === undefined) continue;
          notes += 1;
          expect(step.note, `${legalCase.id}: ${step.state}`).not.toMatch(codes);
        }
      }
    }
    expect(notes).toBeGreaterThan(50);
  });

  it('never tells a guarantor’s or a partner’s duty to help under Locarno as standing after 7 March 1936', () => {
    // treaty-and-rules.md §3.4: after Germany's repudiation whether it could still invoke Locarno is contested, and
    // Belgium was released on 24 April 1937. A step that speaks of Locarno's help says whose time it means.
    const duty = /owes? (Germany|France) (its|their) help|owed? Germany (its )?help|come to Germany's help/;
    let dated = 0;
    for (const { legalCase } of cases) {
      const result = evaluateCase(legalCase);
      const steps = [...result.verdicts.locarno.path, ...result.verdicts['franco-soviet'].path];
      for (const step of steps.filter((s) => duty.test(s.summary))) {
        dated += 1;
        expect(step.summary, `${legalCase.id}: ${step.state}`).toMatch(
          /[Ww]hile Locarno (bound all five|was in force)/,
        );
      }
    }
    expect(dated).toBeGreaterThan(0);
  });
});
