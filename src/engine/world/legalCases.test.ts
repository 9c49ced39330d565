/**
 * The bridge to the legal engine: the memoised verdicts a crisis records agree
 * with a full evaluation of the same case, hollow treaties included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS_DIR } from '../../testing/scenarios';
import { evaluateCase } from '../rules/assistancePipeline';
import {
  CONVENTION_LEVELS,
  COUNCIL_RESULTS,
  GUARANTOR_VERDICTS,
  type LegalCase,
  parseLegalCaseText,
} from '../rules/legalCase';
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

  it('finds a case again by its packed keys, and never mistakes one case for another that differs in one fact', () => {
    // The memo packs the incident, the day and the overrides into one integer, and every fact the rules
    // may ask into another: a fact left out of a key, or two values packed alike, would hand one case
    // another's verdicts. Each case is asked after its neighbours have filled the memo.
    const variations = (c: LegalCase): LegalCase[] => {
      const flip = (field: keyof LegalCase['decisions']) => ({
        ...c,
        decisions: { ...c.decisions, [field]: !c.decisions[field] },
      });
      const members = c.world?.leagueMembers;
      return [
        c,
        flip('franceCabinet'),
        flip('frenchParliament'),
        flip('sovietLeadership'),
        flip('czechoslovakGovernment'),
        flip('franceAssistsCzechoslovakia'),
        { ...c, transit: { ...c.transit, poland: !c.transit.poland } },
        { ...c, transit: { ...c.transit, romania: !c.transit.romania } },
        ...GUARANTOR_VERDICTS.map((uk) => ({ ...c, guarantors: { ...c.guarantors, uk } })),
        ...GUARANTOR_VERDICTS.map((italy) => ({ ...c, guarantors: { ...c.guarantors, italy } })),
        ...CONVENTION_LEVELS.map((convention) => ({ ...c, convention })),
        ...COUNCIL_RESULTS.map((result) => ({ ...c, council: { ...c.council, result } })),
        { ...c, date: '1938-09-29' },
        { ...c, world: { ...c.world, treatyInForce: !(c.world?.treatyInForce ?? true) } },
        // Another order of the same members is looked up by its string key (and gets the same verdicts).
        ...(members === undefined ? [] : [{ ...c, world: { ...c.world, leagueMembers: [...members].reverse() } }]),
      ];
    };
    let asked = 0;
    for (const file of files.slice(0, 10)) {
      const parsed = parseLegalCaseText(readFileSync(join(CASES, file), 'utf8'));
      if (!parsed.ok) throw new Error(file);
      for (const legalCase of [...variations(parsed.value), ...variations(parsed.value)]) {
        const full = evaluateCase(legalCase);
        const summary = crisisVerdicts(legalCase);
        expect(summary.francoSoviet.outcome, `${file} ${JSON.stringify(legalCase)}`).toBe(
          full.verdicts['franco-soviet'].outcome,
        );
        expect(summary.francoSoviet.reason).toBe(full.verdicts['franco-soviet'].reason);
        expect(summary.czechoslovakSoviet.outcome).toBe(full.verdicts['czechoslovak-soviet'].outcome);
        expect(summary.czechoslovakSoviet.types).toEqual(full.verdicts['czechoslovak-soviet'].types);
        expect(summary.locarno.reason).toBe(full.verdicts.locarno.reason);
        asked += 1;
      }
    }
    expect(asked).toBeGreaterThan(300);
  });
});
