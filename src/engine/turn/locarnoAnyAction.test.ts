/**
 * Locarno judges any French action against Germany (treaty-and-rules.md §5.8),
 * not only help given under an assistance treaty: a French war over Austria or
 * Poland, whose treaties with France the legal engine does not model, is
 * judged too, and Britain's verdict decides it in practice. Before engine
 * 0.5.0 such a crisis read "France takes no action against Germany" beside a
 * France at war. Each world is reached with the real die, and each case's die
 * state is found inside its test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry } from '../log/types';
import type { BritishVerdict } from '../model/delegationData';
import type { RngState } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { crisisCouncil } from '../view/councilChamber';
import { crisisCase } from '../view/monthView';
import type { CrisisRecord, WorldState } from '../world/worldState';
import type { CrisisChoice } from './actions';
import { respondToCrisis } from './crisis';
import { step } from './step';

/** A scenario's first crisis, reached with the real die from the seed "x", France played. */
function crisisIn(scenario: string, move: string): WorldState {
  let world = initialWorld(loadScenario(scenario), 'x', 'france');
  while (world.phase === 'orders') world = step(world, []);
  if (world.crisis?.move !== move) throw new Error(`the first crisis of ${scenario} is not ${move}`);
  return world;
}

/** France's answer with Britain's verdict given (the British delegation's input), on the first die state where `wanted` holds. */
function answer(
  world: WorldState,
  choice: CrisisChoice,
  ukVerdict: BritishVerdict,
  wanted: (record: CrisisRecord) => boolean = () => true,
): { after: WorldState; record: CrisisRecord; entry: LogEntry } {
  for (let i = 1; i < 400; i++) {
    const journal: LogEntry[] = [];
    const after = respondToCrisis({ ...world, rng: (i * 7919) as RngState }, choice, journal, undefined, undefined, {
      ukVerdict,
    });
    const record = after.crises.at(-1);
    const entry = journal[0];
    if (record === undefined || entry === undefined) throw new Error('the crisis left no record');
    if (wanted(record)) return { after, record, entry };
  }
  throw new Error('no die state gives that case');
}

/** The keys of a crisis entry's reasons. */
const reasonKeys = (entry: LogEntry) => (entry.reasons ?? []).map((r) => r.key);

describe('Locarno judges a French war where no assistance treaty runs', () => {
  it('at the invasion of Poland: France at war, Britain holding it lawful, Locarno says lawful, not "no French action"', () => {
    const world = crisisIn('talks-1939', 'poland');
    const { after, record } = answer(world, 'invoke-protocol', 'lawful', (r) => r.result === 'war');
    expect(record.metBy).toContain('france');
    expect(after.war?.allies).toContain('france');
    expect(record.verdicts.locarno).toEqual({ outcome: 'lawful', reason: null });
  });

  it('at the invasion of Poland: Britain holding France back bars the French war (GUARANTOR_OPPOSED), and the log says why', () => {
    const world = crisisIn('talks-1939', 'poland');
    const { record, entry } = answer(world, 'invoke-protocol', 'violation-nonflagrant');
    expect(record.verdicts.locarno).toEqual({ outcome: 'violation', reason: 'GUARANTOR_OPPOSED' });
    expect(record.metBy).not.toContain('france');
    expect(reasonKeys(entry)).toContain('crisis.holdsBack.locarno');
    const held = entry.reasons?.find((r) => r.key === 'crisis.holdsBack.locarno');
    expect(held?.params?.reason).toBe('GUARANTOR_OPPOSED');
  });

  it('at the Anschluss: the same check, Britain objecting barring a French war over Austria', () => {
    const world = crisisIn('last-chance-1937', 'anschluss');
    const opposed = answer(world, 'invoke-protocol', 'violation-nonflagrant').record;
    expect(opposed.verdicts.locarno).toEqual({ outcome: 'violation', reason: 'GUARANTOR_OPPOSED' });
    expect(opposed.metBy).not.toContain('france');
    const lawful = answer(world, 'invoke-protocol', 'lawful', (r) => r.result === 'war').record;
    expect(lawful.verdicts.locarno).toEqual({ outcome: 'lawful', reason: null });
    expect(lawful.metBy).toContain('france');
  });

  it('standing aside, France takes no action, and there is none to judge', () => {
    for (const [scenario, move] of [
      ['talks-1939', 'poland'],
      ['last-chance-1937', 'anschluss'],
    ] as const) {
      const { record } = answer(crisisIn(scenario, move), 'stand-aside', 'violation-nonflagrant');
      expect(record.verdicts.locarno, scenario).toEqual({ outcome: 'not-engaged', reason: 'NO_FRENCH_ACTION' });
    }
  });
});

describe('Locarno on the Rhineland’s own day (treaty-and-rules.md §5.8 [DECISION])', () => {
  it('is repudiated by the move itself: only Britain’s verdict counts, as in the legal case of 7 March 1936', () => {
    const world = crisisIn('rhineland-1936', 'rhineland');
    // The world still has Locarno in force until the move is done; the crisis is judged on the move's day.
    expect(world.locarno).toBe('in-force');
    const shown = crisisCase(world);
    expect(shown?.legalCase.world?.locarno).toBe('repudiated');
    const path = shown?.result.verdicts.locarno.path.map((step) => step.state) ?? [];
    expect(path).toContain('locarno.repudiated');
    expect(path).not.toContain('locarno.italyVerdict');
    const council = crisisCouncil(world, 'refer-council');
    expect(council?.guarantors.find((g) => g.state === 'italy')?.counts).toBe(false);
    expect(council?.guarantors.find((g) => g.state === 'uk')?.counts).toBe(true);
  });

  it('answered, Italy’s objection no longer bars a French riposte; Britain’s still does', () => {
    const world = crisisIn('rhineland-1936', 'rhineland');
    const italyObjects = { ...world, levels: { ...world.levels, italianAlignment: 100 } };
    const lawful = answer(italyObjects, 'invoke-protocol', 'lawful').record;
    expect(lawful.verdicts.locarno).toEqual({ outcome: 'lawful', reason: null });
    const held = answer(italyObjects, 'invoke-protocol', 'violation-nonflagrant').record;
    expect(held.verdicts.locarno).toEqual({ outcome: 'violation', reason: 'GUARANTOR_OPPOSED' });
  });
});
