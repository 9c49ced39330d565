/**
 * Each crisis answer's path with a stubbed die: every roll comes up 99, so no
 * chance succeeds (the Council recommends nothing, Germany never backs down, no
 * state grants transit, the computer's side never acts). What is left is the
 * law: what each answer commits France to, and what the legal engine then says.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { die } from '../../testing/stubbedDie';
import { initialWorld } from '../scenario/initialWorld';
import type { CrisisChoice } from './actions';
import { respondToCrisis } from './crisis';
import { step } from './step';

vi.mock('../random', async (importOriginal) =>
  (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()),
);

/** munich-1938 at the Sudeten crisis, France played, reached with the real die. */
function sudetenCrisis() {
  die.value = null;
  let world = initialWorld(loadScenario('munich-1938'), 'die', 'france', true);
  while (world.phase !== 'crisis' && world.phase !== 'ended') world = step(world, []);
  if (world.crisis?.move !== 'sudetenland') throw new Error('no Sudeten crisis');
  die.value = 99;
  return world;
}

describe('each crisis answer with a stubbed die (every roll 99)', () => {
  const world = sudetenCrisis();
  const answer = (choice: CrisisChoice) => {
    const after = respondToCrisis(world, choice, null);
    const record = after.crises.at(-1);
    if (record === undefined) throw new Error('no crisis recorded');
    return { after, record };
  };

  it('invoke-protocol: France acts without a recommendation; Britain’s verdict decides; Germany does not back down', () => {
    const { after, record } = answer('invoke-protocol');
    expect(record.answers.france).toBe('invoke-protocol');
    expect(record.answers.ussr).toBe('stand-aside');
    if (record.verdicts.locarno.outcome === 'violation') {
      expect(record.verdicts.locarno.reason).toBe('GUARANTOR_OPPOSED');
      expect(after.war).toBeNull();
      expect(after.moves.sudetenland?.status).toBe('done');
    } else {
      expect(record.verdicts.locarno.outcome).toBe('lawful');
      expect(after.war?.allies).toContain('france');
      expect(after.moves.sudetenland?.status).toBe('met');
    }
    // France assists Czechoslovakia, so the Soviet duty arises, and the Soviet leadership refuses.
    expect(record.verdicts['czechoslovak-soviet']).toMatchObject({ outcome: 'declined', reason: 'POLITICAL_REFUSAL' });
  });

  it('refer-council: the Council recommends nothing, so France does not act and the move goes through', () => {
    const { after, record } = answer('refer-council');
    expect(record.verdicts.locarno).toEqual({ outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' });
    expect(record.verdicts['czechoslovak-soviet'].reason).toBe('NO_FRENCH_ASSISTANCE');
    expect(after.moves.sudetenland?.status).toBe('done');
    expect(after.war).toBeNull();
  });

  it('ask-guarantors: France acts only if Britain finds it lawful', () => {
    const { after, record } = answer('ask-guarantors');
    const acted = record.uk === 'lawful';
    expect(record.verdicts.locarno.reason).toBe(acted ? null : 'NO_FRENCH_ACTION');
    expect(after.war !== null).toBe(acted);
  });

  it('mobilise: no French action to judge, no assistance; Germany does not back down, and no one attacks', () => {
    const { after, record } = answer('mobilise');
    expect(record.verdicts.locarno).toEqual({ outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' });
    expect(record.verdicts['czechoslovak-soviet'].reason).toBe('NO_FRENCH_ASSISTANCE');
    expect(record.result).toBe('unopposed');
    expect(after.moves.sudetenland?.status).toBe('done');
    expect(after.war).toBeNull();
  });

  it('stand-aside: the same verdicts as a mobilisation, with nothing for Germany to weigh', () => {
    const { after, record } = answer('stand-aside');
    expect(record.verdicts).toEqual(answer('mobilise').record.verdicts);
    expect(after.moves.sudetenland?.status).toBe('done');
  });
});
