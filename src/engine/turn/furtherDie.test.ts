/**
 * The Romanian and Czechoslovak decisions with a stubbed die: every roll 0
 * (each chance succeeds: the die grants Romanian transit) or 99 (none does);
 * Czechoslovakia's fight is the model's threshold rule, not a roll. Their delegations' answers, not the die, decide;
 * an answer equal to the die's is the world without the delegation. A Romanian
 * grant is the legal engine's transit input (treaty-and-rules.md §5.8 S9,
 * practice); a Czechoslovak acceptance of the terms makes the move a threat, and
 * the Czechoslovak-Soviet treaty asks consultation only (§5.2, §5.3 S1, letter).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { die } from '../../testing/stubbedDie';
import type { CzechoslovakAnswer } from '../model/delegationData';
import { initialWorld } from '../scenario/initialWorld';
import { crisisVerdicts, legalCaseFor } from '../world/legalCases';
import { worldHash } from '../world/worldHash';
import type { WorldState } from '../world/worldState';
import { crisisDay, crisisResponses, type FurtherAnswers } from './crisis';
import { furtherAnswerBy, OPEN_TABLE } from './delegations';
import { answerCrisis, step } from './step';

vi.mock('../random', async (importOriginal) =>
  (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()),
);

/** munich-1938 at the Sudeten crisis, France the world's role, reached with the real die. */
function sudetenCrisis(): WorldState {
  die.value = null;
  let world = initialWorld(loadScenario('munich-1938'), 'die', 'france', true);
  while (world.phase !== 'crisis' && world.phase !== 'ended') world = step(world, []);
  if (world.crisis?.move !== 'sudetenland') throw new Error('no Sudeten crisis');
  return world;
}

/**
 * The crisis answered by France and the USSR invoking the Protocol (both act at once), with the further
 * delegations' answers.
 */
function resolve(world: WorldState, value: number, further: FurtherAnswers) {
  die.value = value;
  const after = answerCrisis(world, 'invoke-protocol', 'invoke-protocol', true, undefined, further);
  die.value = null;
  const record = after.crises.at(-1);
  if (record === undefined) throw new Error('no crisis recorded');
  return { after, record, hash: worldHash(after) };
}

describe('the Romanian delegation’s transit answer with a stubbed die', () => {
  const world = sudetenCrisis();

  it('decides instead of the die: a refusal where the die grants, a grant where it refuses; as the die, the same world', () => {
    expect(resolve(world, 0, {}).record.transit.romania).toBe(true);
    expect(resolve(world, 0, { romaniaGrants: false }).record.transit.romania).toBe(false);
    expect(resolve(world, 0, { romaniaGrants: true }).hash).toBe(resolve(world, 0, {}).hash);
    expect(resolve(world, 0, { romaniaGrants: false }).hash).not.toBe(resolve(world, 0, {}).hash);
    expect(resolve(world, 99, {}).record.transit.romania).toBe(false);
    expect(resolve(world, 99, { romaniaGrants: true }).record.transit.romania).toBe(true);
    expect(resolve(world, 99, { romaniaGrants: false }).hash).toBe(resolve(world, 99, {}).hash);
  });

  it('a Romanian grant is the legal engine’s transit input: air and land help through Romania, NO_TRANSIT lifted', () => {
    die.value = 99;
    const verdicts = (grant: boolean) => {
      const responses = crisisResponses(world, 'mobilise', 'mobilise', false, { romaniaGrants: grant });
      if (responses === null) throw new Error('no crisis');
      expect(responses.answers.transit).toEqual({ poland: false, romania: grant });
      // France and the USSR act and the Chambers assent, so that the Czechoslovak-Soviet duty arises.
      const answers = { ...responses.answers, franceActs: true, sovietActs: true, parliament: true };
      return crisisVerdicts(legalCaseFor(world, responses.move.incident, answers, crisisDay(world, responses.move)));
    };
    const refused = verdicts(false).czechoslovakSoviet;
    const granted = verdicts(true).czechoslovakSoviet;
    die.value = null;
    expect(refused.owed).toBe(true);
    expect(refused.obstacles).toContain('NO_TRANSIT');
    expect(refused.types).not.toContain('land_via_transit');
    expect(granted.obstacles).not.toContain('NO_TRANSIT');
    expect(granted.types).toEqual(expect.arrayContaining(['air', 'land_via_transit']));
  });
});

describe('the Czechoslovak delegation’s answer with a stubbed die', () => {
  const world = sudetenCrisis();
  const stand = (value: number, answer?: CzechoslovakAnswer) =>
    resolve(world, value, answer === undefined ? {} : { czechoslovakia: answer });

  it('decides instead of the model whether Czechoslovakia fights beside its allies; as the model, the same world', () => {
    // The model's rule is a threshold on the allies standing with it (actors.json czechoslovakia.fight): no roll.
    die.value = 0;
    expect(crisisResponses(world, 'invoke-protocol', 'invoke-protocol')?.cs.yes).toBe(true);
    die.value = null;
    expect(stand(0).record.metBy).toContain('czechoslovakia');
    expect(stand(0, 'resist').hash).toBe(stand(0).hash);
    expect(stand(0, 'yield').record.metBy).not.toContain('czechoslovakia');
    expect(stand(0, 'yield').hash).not.toBe(stand(0).hash);
    // Both sides standing aside, no ally stands with it: the model has it give way, as a yielding delegation does.
    const aside = (answer?: CzechoslovakAnswer) => {
      die.value = 99;
      const further = answer === undefined ? {} : { czechoslovakia: answer };
      const after = answerCrisis(world, 'stand-aside', 'stand-aside', true, undefined, further);
      const model = crisisResponses(world, 'stand-aside', 'stand-aside')?.cs.yes;
      die.value = null;
      return { hash: worldHash(after), model };
    };
    expect(aside().model).toBe(false);
    expect(aside('yield').hash).toBe(aside().hash);
  });

  it('accepting the terms changes the Czechoslovak-Soviet verdict from an attack’s to consultation only', () => {
    for (const value of [0, 99]) {
      const resisting = stand(value, 'resist').record;
      const accepting = stand(value, 'accept').record;
      expect(resisting.verdicts['czechoslovak-soviet'].outcome).not.toBe('consultation');
      expect(accepting.verdicts['czechoslovak-soviet']).toMatchObject({
        outcome: 'consultation',
        reason: 'CONSULTATION_ONLY',
      });
      // No attack is left to answer: no one goes to war for Czechoslovakia.
      expect(accepting.result).not.toBe('war');
      expect(accepting.metBy).not.toContain('czechoslovakia');
    }
    // With every roll 0 France acts: resistance makes the Soviet duty arise under the treaty (France helps first).
    expect(stand(0, 'resist').record.verdicts['czechoslovak-soviet'].outcome).toBe('rendered');
  });

  it('waits for the Czechoslovak answer before resolving a move against Czechoslovakia', () => {
    const roles = ['france', 'czechoslovakia'] as const;
    const answer = { type: 'czechoslovakia.answer', answer: 'accept' } as const;
    const [first, table] = furtherAnswerBy(world, roles, OPEN_TABLE, answer, 'czechoslovakia');
    expect(first).toBe(world);
    expect(table.czechoslovakia).toBe('accept');
    // Given twice: refused, nothing changes.
    expect(furtherAnswerBy(world, roles, table, { ...answer, answer: 'resist' }, 'czechoslovakia')).toEqual([
      world,
      table,
    ]);
  });
});
