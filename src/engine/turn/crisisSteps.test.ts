/**
 * A crisis's resolution, one small function at a time, with a stubbed die:
 * which side acts (`sidesAnswer`), the Council (`councilVote`), who fights
 * (`whoFights`), the coalition Germany weighs (`coalitionWeight`) and the
 * outcome (`crisisOutcome`).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import { die } from '../../testing/stubbedDie';
import { contextFor } from '../model/derived';
import { MODEL } from '../model/modelData';
import { initialWorld } from '../scenario/initialWorld';
import type { CrisisVerdicts, WorldState } from '../world/worldState';
import {
  coalitionWeight,
  councilVote,
  crisisOutcome,
  type FightFacts,
  moveById,
  sidesAnswer,
  whoFights,
} from './crisis';
import { step } from './step';

vi.mock('../random', async (importOriginal) =>
  (await import('../../testing/stubbedDie')).stubbedDie(await importOriginal<typeof import('../random')>()),
);

/** munich-1938 at the Sudeten crisis, reached with the real die, played by `role`. */
function sudetenCrisis(role: 'france' | 'ussr'): WorldState {
  die.value = null;
  let world = initialWorld(loadScenario('munich-1938'), 'steps', role, true);
  while (world.phase !== 'crisis' && world.phase !== 'ended') world = step(world, []);
  if (world.crisis?.move !== 'sudetenland') throw new Error('no Sudeten crisis');
  return world;
}

describe('which side acts (sidesAnswer)', () => {
  const world = sudetenCrisis('france');
  const move = moveById('sudetenland');

  it('gives the player’s side its answer, and the other side rolls its rule: 99 stands aside', () => {
    die.value = 99;
    const [sides, rng] = sidesAnswer(world, move, 'refer-council', world.rng);
    expect(sides).toMatchObject({ france: 'refer-council', ussr: 'stand-aside', other: 'ussr' });
    expect(sides.decision?.roll).toBe(99);
    expect(rng).toEqual(world.rng);
  });

  it('acts on a roll under its chance: 0 invokes the Protocol', () => {
    die.value = 0;
    const [sides] = sidesAnswer(world, move, 'mobilise', world.rng);
    expect(sides.decision?.chance).toBeGreaterThan(0);
    expect(sides).toMatchObject({ france: 'mobilise', ussr: 'invoke-protocol' });
  });

  it('plays France when the player is the USSR', () => {
    const asUssr = sudetenCrisis('ussr');
    die.value = 99;
    const [sides] = sidesAnswer(asUssr, move, 'invoke-protocol', asUssr.rng);
    expect(sides).toMatchObject({ france: 'stand-aside', ussr: 'invoke-protocol', other: 'france' });
  });

  it('gives a scripted side its historical answer, with no roll', () => {
    die.value = 0;
    const script = { crises: { france: {}, ussr: { sudetenland: 'mobilise' } }, events: [], moves: [] };
    const [sides, rng] = sidesAnswer({ ...world, script }, move, 'stand-aside', world.rng);
    expect(sides).toEqual({ france: 'stand-aside', ussr: 'mobilise', other: 'ussr', decision: null });
    expect(rng).toBe(world.rng);
  });
});

describe('the Council (councilVote)', () => {
  const world = sudetenCrisis('france');
  const context = contextFor(world);

  it('is not seized, and rolls nothing, when neither side refers the crisis or invokes the Protocol', () => {
    die.value = 0;
    const [vote, rng] = councilVote({ france: 'mobilise', ussr: 'ask-guarantors' }, context, world.rng);
    expect(vote).toBeNull();
    expect(rng).toBe(world.rng);
  });

  it('recommends on a low roll and not on a high one, seized by either side', () => {
    die.value = 0;
    const [yes] = councilVote({ france: 'refer-council', ussr: 'stand-aside' }, context, world.rng);
    expect(yes?.chance).toBeGreaterThan(0);
    expect(yes?.yes).toBe(true);
    die.value = 99;
    const [no] = councilVote({ france: 'stand-aside', ussr: 'invoke-protocol' }, context, world.rng);
    expect(no?.yes).toBe(false);
  });
});

describe('who fights (whoFights)', () => {
  const verdicts: CrisisVerdicts = {
    francoSoviet: { outcome: 'not-applicable', reason: null, owed: false, obstacles: [] },
    czechoslovakSoviet: { outcome: 'rendered', reason: null, owed: true, types: ['air'], obstacles: [] },
    locarno: { outcome: 'lawful', reason: null },
  };
  const facts: FightFacts = {
    incident: { kind: 'attack', victim: 'czechoslovakia' },
    franceActs: true,
    parliament: true,
    sovietActs: true,
    verdicts,
    tripleAlliance: false,
    britishCommitment: 0,
    czechoslovakiaFights: true,
    belgiumStands: true,
  };
  const ukJoinsAt = MODEL.crisis.ukJoinsAt.value;

  it('France, the USSR and Czechoslovakia fight when France acts lawfully and Soviet help is military', () => {
    expect(whoFights(facts)).toEqual({
      franceFights: true,
      ussrFights: true,
      fighters: ['france', 'ussr', 'czechoslovakia'],
    });
  });

  it('France holds back without its chambers, or when Locarno makes it the violator; Britain only beside France', () => {
    expect(whoFights({ ...facts, parliament: false }).franceFights).toBe(false);
    const violation = { ...verdicts, locarno: { outcome: 'violation' as const, reason: null } };
    expect(whoFights({ ...facts, verdicts: violation, britishCommitment: 100 }).fighters).toEqual([
      'ussr',
      'czechoslovakia',
    ]);
    expect(whoFights({ ...facts, britishCommitment: ukJoinsAt }).fighters).toContain('uk');
    expect(whoFights({ ...facts, britishCommitment: ukJoinsAt - 1 }).fighters).not.toContain('uk');
  });

  it('the USSR does not fight for help that is not military, nor Czechoslovakia alone', () => {
    const economic = { ...verdicts, czechoslovakSoviet: { ...verdicts.czechoslovakSoviet, types: ['economic'] } };
    expect(whoFights({ ...facts, verdicts: economic }).ussrFights).toBe(false);
    expect(whoFights({ ...facts, verdicts: economic, franceActs: false }).fighters).toEqual([]);
    expect(whoFights({ ...facts, czechoslovakiaFights: false }).fighters).not.toContain('czechoslovakia');
  });

  it('Poland fights for itself; the USSR beside it only in a triple alliance', () => {
    const poland: FightFacts = { ...facts, incident: { kind: 'attack', victim: 'poland' }, franceActs: false };
    expect(whoFights(poland).fighters).toEqual(['poland']);
    expect(whoFights({ ...poland, tripleAlliance: true }).fighters).toEqual(['ussr', 'poland']);
    expect(whoFights({ ...poland, tripleAlliance: true, sovietActs: false }).fighters).toEqual(['poland']);
  });

  it('Belgium stands beside a fighting France in a zone breach only', () => {
    const zone: FightFacts = { ...facts, incident: { kind: 'zone-violation', victim: 'france' } };
    expect(whoFights(zone).fighters).toEqual(['france', 'belgium']);
    expect(whoFights({ ...zone, belgiumStands: false }).fighters).toEqual(['france']);
    expect(whoFights({ ...zone, parliament: false }).fighters).toEqual([]);
    expect(whoFights(facts).fighters).not.toContain('belgium');
  });
});

describe('the coalition Germany weighs (coalitionWeight)', () => {
  const weights = MODEL.coalition.weights;
  const share = MODEL.crisis.mobilisationWeighs.value;

  it('counts every fighter in full and a mobilised side at its share, rounded down, at most 100', () => {
    expect(coalitionWeight(['france', 'uk'], [])).toBe((weights.france ?? 0) + (weights.uk ?? 0));
    expect(coalitionWeight(['uk'], ['ussr'])).toBe((weights.uk ?? 0) + Math.floor(((weights.ussr ?? 0) * share) / 100));
    expect(coalitionWeight([], [])).toBe(0);
    expect(
      coalitionWeight(['france', 'ussr', 'uk', 'czechoslovakia', 'poland', 'belgium'], ['france']),
    ).toBeLessThanOrEqual(100);
  });
});

describe('the outcome (crisisOutcome)', () => {
  it('is deterrence when Germany backs down, else war if France or the USSR fights, else the move goes through', () => {
    expect(crisisOutcome(true, true)).toBe('deterred');
    expect(crisisOutcome(true, false)).toBe('deterred');
    expect(crisisOutcome(false, true)).toBe('war');
    expect(crisisOutcome(false, false)).toBe('unopposed');
    expect(crisisOutcome(null, false)).toBe('unopposed');
  });
});
