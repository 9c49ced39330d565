import { describe, expect, it } from 'vitest';
import { historyCrises } from '../../testing/scenarios';
import { CRISIS_CHOICES } from '../turn/actions';
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
