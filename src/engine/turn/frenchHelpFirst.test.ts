/**
 * The Czechoslovak-Soviet treaty binds the USSR only if France gives assistance
 * (treaty-and-rules.md §5.4, letter), and a France that Locarno's guarantors
 * would make the violator, or whose Chambers refuse, gives none (§5.6, §5.8,
 * practice). So at every crisis over Czechoslovakia, in seeded games of every
 * scenario, policy and role: Soviet help is recorded as owed only beside a
 * France that was not barred, and the USSR never fights for Czechoslovakia
 * without France. (Judged once on the help France meant, the verdicts read
 * "France assists; the Soviet Union owes help" beside a France held back, and a
 * USSR fought alone.)
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { simulate } from '../game';
import { MOVES } from '../model/modelData';
import { POLICY_NAMES } from '../policies';
import { sidesOf } from '../scenario/schema';

const OVER_CZECHOSLOVAKIA = new Set(MOVES.filter((m) => m.incident.victim === 'czechoslovakia').map((m) => m.id));

describe('Soviet help to Czechoslovakia follows the help France gives', () => {
  it('is owed only beside a France Locarno does not bar, and the USSR never fights there without France', () => {
    let judged = 0;
    let barred = 0;
    for (const id of scenarioIds()) {
      const scenario = loadScenario(id);
      for (const role of sidesOf(scenario)) {
        for (const policy of POLICY_NAMES) {
          // 40 a combination: a mutation run plays 4 (`sampled`), enough to meet a France Locarno bars.
          for (let i = 0; i < sampled(40); i++) {
            const { world } = simulate(scenario, { seed: `french-help-${i}`, policy, role });
            for (const crisis of world.crises.filter((c) => OVER_CZECHOSLOVAKIA.has(c.move))) {
              const where = `${id} ${role} ${policy} ${i} ${crisis.move}`;
              const soviet = crisis.verdicts['czechoslovak-soviet'];
              judged += 1;
              if (crisis.verdicts.locarno.outcome === 'violation') {
                barred += 1;
                expect(soviet.outcome, where).not.toBe('rendered');
              }
              if (crisis.metBy.includes('ussr')) expect(crisis.metBy, where).toContain('france');
            }
          }
        }
      }
    }
    expect(judged).toBeGreaterThan(100);
    expect(barred).toBeGreaterThan(0);
  });
});
