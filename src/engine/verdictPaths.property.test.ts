/**
 * The lesson happens in play (issue 8 §2): every verdict path a German move can
 * raise, by the legal engine, is reached by one of the shipped policies in some
 * scenario and role, and the crisis records hold what is counted.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../testing/scenarios';
import { simulate } from './game';
import { POLICY_NAMES } from './policies';
import { sidesOf } from './scenario/schema';
import { crisisPaths, possibleVerdictPaths, UNREACHABLE_IN_PLAY, type VerdictPath } from './verdictPaths';

describe('verdict paths', () => {
  it('lists the paths the legal engine gives at a German move, the Locarno veto and transit among them', () => {
    const paths = possibleVerdictPaths();
    expect(paths).toContain('locarno violation GUARANTOR_OPPOSED');
    expect(paths).toContain('czechoslovak-soviet declined POLITICAL_REFUSAL');
    expect(paths).toContain('czechoslovak-soviet rendered - +NO_TRANSIT');
    expect(paths).toContain('franco-soviet not-applicable NOT_IN_FORCE');
    // No German move attacks France or the USSR on its own territory: the Franco-Soviet duty never arises.
    expect(paths.some((p) => p.startsWith('franco-soviet rendered'))).toBe(false);
    expect(paths).not.toContain('franco-soviet declined NO_PARLIAMENT_ASSENT');
  });

  it('reaches every one of them in play with the shipped policies', () => {
    const reached = new Map<VerdictPath, string>();
    for (const id of scenarioIds()) {
      const scenario = loadScenario(id);
      for (const policy of POLICY_NAMES) {
        for (const role of sidesOf(scenario)) {
          for (let i = 0; i < 40; i++) {
            const { world } = simulate(scenario, { seed: `paths#${i}`, policy, role, withLog: false });
            for (const record of world.crises)
              for (const path of crisisPaths(record))
                if (!reached.has(path)) reached.set(path, `${id}/${policy}/${role}`);
          }
        }
      }
    }
    const missing = possibleVerdictPaths().filter((p) => !reached.has(p) && UNREACHABLE_IN_PLAY[p] === undefined);
    expect(missing).toEqual([]);
    // The Locarno veto fires in play, and the Rhineland is judged before the treaty came into force.
    expect(reached.get('locarno violation GUARANTOR_OPPOSED')).toBeDefined();
    expect(reached.get('franco-soviet not-applicable NOT_IN_FORCE')).toBeDefined();
  });
});
