import { describe, expect, it } from 'vitest';
import { historyCrises, loadScenario } from '../../testing/scenarios';
import { createGame } from '../game';
import { contextFor, expectedAnswers } from '../model/derived';
import { evaluateCase } from '../rules/assistancePipeline';
import type { CaseResult, LocarnoOutcome } from '../rules/types';
import { CRISIS_CHOICES } from '../turn/actions';
import type { CrisisRecord, WorldState } from '../world/worldState';
import { answeredCrisisCase } from './crisisReplay';
import { crisisCase } from './monthView';

describe('the legal case of an answered crisis, rebuilt', () => {
  it('gives, for every crisis of as-it-happened and every answer, the verdicts the engine recorded, with paths', () => {
    let checked = 0;
    for (const answer of CRISIS_CHOICES) {
      for (const role of ['france', 'ussr'] as const) {
        for (const { before, after } of historyCrises(`replay-${answer}`, role, answer)) {
          const record = after.crises.at(-1);
          expect(record?.move).toBe(before.crisis?.move);
          if (record === undefined) continue;
          const rebuilt = answeredCrisisCase(before, record);
          expect(rebuilt?.exact).toBe(true);
          for (const id of ['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const) {
            expect(rebuilt?.result.verdicts[id].outcome).toBe(record.verdicts[id].outcome);
            expect(rebuilt?.result.verdicts[id].reason).toBe(record.verdicts[id].reason);
            expect(rebuilt?.result.verdicts[id].path.length).toBeGreaterThan(0);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the legal case of a crisis still waiting for an answer', () => {
  it("is dated the crisis's own day, with the treaties in force as the answered crisis finds them", () => {
    let checked = 0;
    for (const role of ['france', 'ussr'] as const) {
      for (const { before, after } of historyCrises('waiting-case', role, 'stand-aside')) {
        const record = after.crises.at(-1);
        const shown = crisisCase(before);
        const rebuilt = record === undefined ? null : answeredCrisisCase(before, record);
        if (shown === null || rebuilt === null) continue;
        expect(shown.legalCase.date).toBe(rebuilt.legalCase.date);
        expect(shown.legalCase.world?.treatyInForce).toBe(rebuilt.legalCase.world?.treatyInForce);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });

  it('finds the pact not yet in force on 7 March 1936, the Rhineland', () => {
    const rhineland = historyCrises('waiting-rhineland', 'france', 'stand-aside').find(
      ({ before }) => before.crisis?.move === 'rhineland',
    );
    const shown = rhineland === undefined ? null : crisisCase(rhineland.before);
    expect(shown?.legalCase.world?.treatyInForce).toBe(false);
    expect(shown?.result.verdicts['franco-soviet'].reason).toBe(
      rhineland?.after.crises.at(-1)?.verdicts['franco-soviet'].reason,
    );
  });
});

/** The first crisis of as-it-happened as France answered it, and its record. */
function firstCrisis(seed: string) {
  const [first] = historyCrises(seed, 'france', 'stand-aside');
  const record = first?.after.crises.at(-1);
  if (first === undefined || record === undefined) throw new Error('no crisis');
  return { before: first.before, record };
}

/** A record's verdicts, as the engine writes them, from a legal case's result. */
function recordedVerdicts(record: CrisisRecord, result: CaseResult): CrisisRecord['verdicts'] {
  const of = (id: 'franco-soviet' | 'czechoslovak-soviet' | 'locarno') => ({
    outcome: result.verdicts[id].outcome,
    reason: result.verdicts[id].reason,
  });
  return {
    'franco-soviet': { ...record.verdicts['franco-soviet'], ...of('franco-soviet') },
    'czechoslovak-soviet': { ...record.verdicts['czechoslovak-soviet'], ...of('czechoslovak-soviet') },
    locarno: { outcome: result.verdicts.locarno.outcome, reason: result.verdicts.locarno.reason },
  } as CrisisRecord['verdicts'];
}

describe('the answers a rebuilt case is given', () => {
  it("reads each side's recorded answer as the choice it names, Britain's verdict as recorded; an unknown one acts on nothing", () => {
    const { before, record } = firstCrisis('replay-answers');
    const rebuilt = (france: string, ussr: string, uk: string) =>
      answeredCrisisCase(before, { ...record, answers: { france, ussr }, uk })?.legalCase;
    // Asking the guarantors commits a side exactly when Britain finds action lawful.
    const lawful = rebuilt('ask-guarantors', 'stand-aside', 'lawful');
    expect([lawful?.decisions.franceCabinet, lawful?.decisions.sovietLeadership]).toEqual([true, false]);
    expect(lawful?.guarantors.uk).toBe('lawful');
    const noView = rebuilt('ask-guarantors', 'ask-guarantors', 'no-view');
    expect([noView?.decisions.franceCabinet, noView?.decisions.sovietLeadership]).toEqual([false, false]);
    expect(noView?.guarantors.uk).toBe('no-view');
    const unknown = rebuilt('a-dance', 'ask-guarantors', 'lawful');
    expect([unknown?.decisions.franceCabinet, unknown?.decisions.sovietLeadership]).toEqual([false, true]);
    expect(rebuilt('stand-aside', 'stand-aside', 'violation-flagrant')?.guarantors.uk).toBe('violation-flagrant');
    // A verdict the rules do not know is the one the engine expected.
    const expected = expectedAnswers(contextFor(before)).uk;
    expect(rebuilt('stand-aside', 'stand-aside', 'a-shrug')?.guarantors.uk).toBe(expected);
  });

  it('finds the Council’s vote that gives the recorded verdicts', () => {
    let councilActed = 0;
    for (const { before, after } of crisesOf('munich-1938', 'replay-facts')) {
      const recorded = after.crises.at(-1);
      if (recorded === undefined) continue;
      // Both sides refer the matter to the Council: they act exactly when it recommends action.
      const record = { ...recorded, answers: { france: 'refer-council', ussr: 'refer-council' } };
      const base = answeredCrisisCase(before, record)?.legalCase;
      if (base === undefined) throw new Error('no case');
      for (const result of ['none', 'unanimous-excluding-parties'] as const)
        for (const czechoslovakGovernment of [true, false]) {
          const acts = result !== 'none';
          const variant = {
            ...base,
            council: { ...base.council, result },
            decisions: {
              ...base.decisions,
              franceCabinet: acts,
              franceAssistsCzechoslovakia: acts,
              sovietLeadership: acts,
              czechoslovakGovernment,
            },
          };
          const verdicts = recordedVerdicts(record, evaluateCase(variant));
          const rebuilt = answeredCrisisCase(before, { ...record, verdicts });
          expect(rebuilt?.exact, `${before.month} ${result} ${czechoslovakGovernment}`).toBe(true);
          for (const id of ['franco-soviet', 'czechoslovak-soviet', 'locarno'] as const) {
            expect(rebuilt?.result.verdicts[id].outcome).toBe(verdicts[id].outcome);
            expect(rebuilt?.result.verdicts[id].reason).toBe(verdicts[id].reason);
          }
          // The rebuilt case shows the class the Council's vote as one the Council can give.
          expect(['none', 'unanimous-excluding-parties']).toContain(rebuilt?.legalCase.council.result);
          if (rebuilt?.legalCase.council.result === 'unanimous-excluding-parties') councilActed++;
        }
    }
    // The Sudeten crisis and Prague are told apart by the Council's recommendation alone.
    expect(councilActed).toBeGreaterThan(0);
  });

  it('says the rebuild is not exact when no answers give the recorded verdicts, and gives the first it tried', () => {
    const { before, record } = firstCrisis('replay-inexact');
    const wrongReason = {
      ...record,
      verdicts: { ...record.verdicts, locarno: { ...record.verdicts.locarno, reason: 'NOT_IN_FORCE' as const } },
    };
    const outcome: LocarnoOutcome = record.verdicts.locarno.outcome === 'lawful' ? 'violation' : 'lawful';
    const wrongOutcome = {
      ...record,
      verdicts: { ...record.verdicts, locarno: { ...record.verdicts.locarno, outcome } },
    };
    for (const wrong of [wrongReason, wrongOutcome]) {
      const rebuilt = answeredCrisisCase(before, wrong);
      expect(rebuilt?.exact).toBe(false);
      // The first rebuild: no recommendation, Czechoslovakia acting.
      expect(rebuilt?.legalCase.council.result).toBe('none');
      expect(rebuilt?.legalCase.decisions.czechoslovakGovernment).toBe(true);
      expect(rebuilt?.result).toEqual(evaluateCase(rebuilt?.legalCase ?? never()));
    }
    expect(record.verdicts.locarno.reason).not.toBe('NOT_IN_FORCE');
    expect(answeredCrisisCase(before, { ...record, move: 'no-such-move' })).toBeNull();
  });
});

function never(): never {
  throw new Error('no case');
}

/** Every crisis of a game of `scenarioId` in which France gives no orders and refers each crisis to the Council. */
function crisesOf(scenarioId: string, seed: string) {
  const game = createGame(loadScenario(scenarioId), { seed, role: 'france' });
  const seen: { before: WorldState; after: WorldState }[] = [];
  for (let guard = 0; guard < 200 && game.getSnapshot().phase !== 'ended'; guard++) {
    const { world } = game.getSnapshot();
    if (world.phase === 'crisis') {
      game.send({ type: 'crisis.respond', choice: 'refer-council' });
      seen.push({ before: world, after: game.getSnapshot().world });
    } else game.send({ type: 'turn.end' });
  }
  return seen;
}
