/**
 * The bridge to the legal engine: the memoised verdicts a crisis records agree
 * with a full evaluation of the same case, hollow treaties included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS_DIR } from '../../testing/scenarios';
import { evaluateCase } from '../rules/assistancePipeline';
import { parseLegalCaseText } from '../rules/legalCase';
import { crisisVerdicts, hollowOf } from './legalCases';

const CASES = join(SCENARIOS_DIR, 'cases');

describe('crisis verdicts', () => {
  const files = readdirSync(CASES).filter((f) => f.endsWith('.json'));

  it('reads every case in the library', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(`gives the full evaluation's outcomes, reasons and hollow treaties for ${file}`, () => {
      const parsed = parseLegalCaseText(readFileSync(join(CASES, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
      const full = evaluateCase(parsed.value);
      const summary = crisisVerdicts(parsed.value);
      expect(summary.francoSoviet.outcome).toBe(full.verdicts['franco-soviet'].outcome);
      expect(summary.francoSoviet.reason).toBe(full.verdicts['franco-soviet'].reason);
      expect(summary.czechoslovakSoviet.outcome).toBe(full.verdicts['czechoslovak-soviet'].outcome);
      expect(summary.czechoslovakSoviet.reason).toBe(full.verdicts['czechoslovak-soviet'].reason);
      expect(summary.locarno).toEqual({
        outcome: full.verdicts.locarno.outcome,
        reason: full.verdicts.locarno.reason,
      });
      expect(hollowOf(summary)).toEqual(full.hollow);
    });
  }

  it('finds at least one hollow treaty in the library, so the comparison means something', () => {
    const hollow = files.flatMap((file) => {
      const parsed = parseLegalCaseText(readFileSync(join(CASES, file), 'utf8'));
      return parsed.ok ? evaluateCase(parsed.value).hollow : [];
    });
    expect(hollow.length).toBeGreaterThan(0);
  });
});
