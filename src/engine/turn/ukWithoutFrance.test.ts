/**
 * Britain's guarantee to Poland (31 March 1939) does not bring Britain to war
 * at the invasion of Poland where France stands aside: in the model Britain
 * fights only beside a France that fights (`whoFights`). The crisis says so,
 * where it applies and only there; before, a France standing aside after the
 * guarantee read "France without Britain or the USSR" with no word of why
 * Britain did not honour it.
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario } from '../../testing/scenarios';
import { simulate } from '../game';
import { renderEntry } from '../log/render';

const SAID = 'Britain, which guaranteed Poland, does not go to war without France';

describe('Britain’s guarantee to Poland without France', () => {
  it('is said at the invasion of Poland where France stands aside after the guarantee, and never elsewhere', () => {
    const seen = { said: 0, franceFights: 0 };
    for (const policy of ['random', 'historical'] as const) {
      for (let i = 0; i < sampled(30); i++) {
        const { log, world } = simulate(loadScenario('talks-1939'), {
          seed: `uk-without-${i}`,
          policy,
          role: 'france',
        });
        for (const entry of log.filter((e) => e.kind === 'crisis')) {
          // Deterred, the allies named include those that only mobilised: whether France fought is not in the entry.
          if (entry.id.endsWith('-deterred')) continue;
          const told = renderEntry(entry).factors.some((line) => line.startsWith(SAID));
          const poland = entry.id.startsWith('poland-');
          const allies = entry.params?.allies;
          const franceFights = Array.isArray(allies) && allies.includes('france');
          const guaranteed = world.fired.includes('british-guarantee');
          expect(told, `${policy} ${i} ${entry.id}`).toBe(poland && guaranteed && !franceFights);
          if (told) seen.said += 1;
          if (poland && franceFights) seen.franceFights += 1;
        }
      }
    }
    expect(seen.said).toBeGreaterThan(0);
    expect(seen.franceFights).toBeGreaterThan(0);
  });
});
