/**
 * A Polish decision with a stubbed die (every roll 99: no chance succeeds, so
 * the die never grants transit): the Polish delegation's answer, not the die,
 * decides whether the Red Army may cross Poland, and the legal engine's
 * transit input follows it (treaty-and-rules.md §5.2 S9 FEASIBILITY, practice:
 * Soviet land help to Czechoslovakia needs transit through Poland or Romania).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { die } from '../../testing/stubbedDie';
import { initialWorld } from '../scenario/initialWorld';
import { crisisVerdicts, legalCaseFor } from '../world/legalCases';
import { worldHash } from '../world/worldHash';
import { crisisDay, crisisResponses, moveById } from './crisis';
import { answerBy, OPEN_TABLE, transitAnswerBy } from './delegations';
import { answerCrisis, step } from './step';

vi.mock('../random', async (importOriginal) =>
  (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()),
);

/** munich-1938 at the Sudeten crisis, France the world's role, reached with the real die. */
function sudetenCrisis() {
  die.value = null;
  let world = initialWorld(loadScenario('munich-1938'), 'die', 'france', true);
  while (world.phase !== 'crisis' && world.phase !== 'ended') world = step(world, []);
  if (world.crisis?.move !== 'sudetenland') throw new Error('no Sudeten crisis');
  die.value = 99;
  return world;
}

describe('the Polish delegation’s transit answer with a stubbed die (every roll 99)', () => {
  const world = sudetenCrisis();
  const resolve = (grant: boolean | undefined) => {
    const after = answerCrisis(world, 'mobilise', 'mobilise', true, grant);
    const record = after.crises.at(-1);
    if (record === undefined) throw new Error('no crisis recorded');
    return record;
  };

  it('without a Polish delegation the die refuses; a Polish refusal is the same world, a grant another', () => {
    expect(resolve(undefined).transit).toEqual({ poland: false, romania: false });
    expect(resolve(false).transit).toEqual({ poland: false, romania: false });
    expect(resolve(true).transit).toEqual({ poland: true, romania: false });
    const hash = (grant: boolean | undefined) => worldHash(answerCrisis(world, 'mobilise', 'mobilise', true, grant));
    expect(hash(false)).toBe(hash(undefined));
    expect(hash(true)).not.toBe(hash(undefined));
  });

  it('a Polish grant is the legal engine’s transit input: it lifts NO_TRANSIT from Soviet help the die left stopped', () => {
    const move = moveById('sudetenland');
    /** The crisis's legal case, with the Polish answer, where France and the USSR act and the Chambers assent. */
    const verdicts = (grant: boolean) => {
      const responses = crisisResponses(world, 'mobilise', 'mobilise', grant);
      if (responses === null) throw new Error('no crisis');
      expect(responses.answers.transit.poland).toBe(grant);
      const answers = {
        ...responses.answers,
        franceActs: true,
        sovietActs: true,
        parliament: true,
        czechoslovakActs: true,
      };
      return crisisVerdicts(legalCaseFor(world, move.incident, answers, crisisDay(world, move)));
    };
    const refused = verdicts(false).czechoslovakSoviet;
    const granted = verdicts(true).czechoslovakSoviet;
    expect(refused.owed).toBe(true);
    expect(refused.obstacles).toContain('NO_TRANSIT');
    expect(granted.obstacles).not.toContain('NO_TRANSIT');
    // Land help via transit is possible only with the grant (treaty-and-rules.md §5.6: USSR → Czechoslovakia).
    expect(refused.types).not.toContain('land_via_transit');
    expect(granted.types).toEqual(expect.arrayContaining(['air', 'land_via_transit']));
  });

  it('waits for the Polish answer before resolving, whatever the order of the answers', () => {
    const roles = ['france', 'ussr', 'poland'] as const;
    const [afterPoland, table1] = transitAnswerBy(world, roles, OPEN_TABLE, true);
    expect(afterPoland).toBe(world);
    const [afterUssr, table2] = answerBy(afterPoland, roles, table1, 'mobilise', 'ussr');
    expect(afterUssr).toBe(world);
    const [resolved, table3] = answerBy(afterUssr, roles, table2, 'mobilise', 'france');
    expect(table3).toBe(OPEN_TABLE);
    expect(worldHash(resolved)).toBe(worldHash(answerCrisis(world, 'mobilise', 'mobilise', false, true)));
    // The Polish answer given last: the same world.
    const [a, t1] = answerBy(world, roles, OPEN_TABLE, 'mobilise', 'france');
    const [b, t2] = answerBy(a, roles, t1, 'mobilise', 'ussr');
    expect(b).toBe(world);
    const [c] = transitAnswerBy(b, roles, t2, true);
    expect(worldHash(c)).toBe(worldHash(resolved));
  });
});
