/**
 * A crisis's answer in the log and in the world, with the real die: each test
 * reaches a crisis, sets the die's state to one that gives the case it checks
 * (found inside the test), answers the crisis loudly and reads the one entry
 * it wrote (kind, id, key, params, and every reason in order), the world it
 * left, and the same answer played quietly. Every world is built inside its
 * test (the mutation run turns a mutant on only while tests run).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry, LogReason } from '../log/types';
import { decisionRule, MODEL } from '../model/modelData';
import type { RngState } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import { rulesOf } from '../variants/variants';
import { clampLevel } from '../world/effects';
import type { CrisisRecord, WorldState } from '../world/worldState';
import type { CrisisChoice } from './actions';
import {
  coalitionWeight,
  crisisDay,
  crisisResponses,
  type FightFacts,
  type FurtherAnswers,
  moveById,
  openCrisis,
  respondToCrisis,
  whoFights,
} from './crisis';
import { step } from './step';

/** A scenario's first crisis, reached with the real die from the seed "x", played by `role`. */
function crisisIn(scenario: string, role: 'france' | 'ussr' = 'france'): WorldState {
  let world = initialWorld(loadScenario(scenario), 'x', role);
  while (world.phase === 'orders') world = step(world, []);
  if (world.phase !== 'crisis') throw new Error(`no crisis in ${scenario}`);
  return world;
}

interface Answered {
  readonly before: WorldState;
  readonly after: WorldState;
  readonly entry: LogEntry;
  readonly record: CrisisRecord;
  /** The entry's reasons, by key (or, for a roll or a rule with no key, by the rule's name). */
  readonly keys: readonly string[];
}

interface Options {
  readonly delegation?: CrisisChoice;
  readonly polandGrants?: boolean;
  readonly further?: FurtherAnswers;
}

/** The name of a reason: its key, else its explanation's rule. */
const nameOf = (reason: LogReason): string => reason.key ?? reason.explanation?.rule ?? '?';

/** The crisis's line of Belgium's decision, if it has one. */
const belgianLine = (a: { readonly entry: LogEntry }): LogReason | undefined =>
  a.entry.reasons?.find((r) => r.explanation?.rule === decisionRule('belgium', 'standWithFrance').label);

/**
 * `world` answered loudly with `choice`, from the first die's state (of 400 tried) whose answer `wanted`
 * accepts; the answer played quietly must leave the same world.
 */
function answer(
  world: WorldState,
  choice: CrisisChoice,
  wanted: (a: Answered) => boolean,
  options: Options = {},
): Answered {
  for (let i = 1; i < 400; i++) {
    const before: WorldState = { ...world, rng: (i * 7919) as RngState };
    const journal: LogEntry[] = [];
    const { delegation, polandGrants, further } = options;
    const after = respondToCrisis(before, choice, journal, delegation, polandGrants, further);
    expect(journal).toHaveLength(1);
    const entry = journal[0] as LogEntry;
    const record = after.crises[after.crises.length - 1] as CrisisRecord;
    const a = { before, after, entry, record, keys: (entry.reasons ?? []).map(nameOf) };
    if (wanted(a)) {
      expect(respondToCrisis(before, choice, null, delegation, polandGrants, further)).toEqual(after);
      return a;
    }
  }
  throw new Error('no die state gives that case');
}

const reasonOf = (a: Answered, key: string): LogReason => {
  const found = a.entry.reasons?.find((r) => nameOf(r) === key);
  if (found === undefined) throw new Error(`no reason ${key} in ${a.keys.join(', ')}`);
  return found;
};

describe('a crisis deterred', () => {
  it('logs the move deterred, the states that stood, every answer, and Germany backing down last', () => {
    const world = crisisIn('rhineland-1936');
    const a = answer(world, 'invoke-protocol', (x) => x.record.result === 'deterred');
    const { entry, record, after, before } = a;
    expect(entry).toMatchObject({
      month: before.month,
      kind: 'crisis',
      id: 'rhineland-deterred',
      key: 'crisis.deterred',
    });
    expect(entry.params).toEqual({
      move: 'rhineland',
      franceChoice: 'invoke-protocol',
      sovietChoice: record.answers.ussr,
      ukVerdict: record.uk,
      allies: record.metBy,
    });
    expect(record.metBy).toContain('france');
    expect(a.keys[0]).toBe('crisis.answer');
    expect(entry.reasons?.[0]?.params).toEqual({ side: 'ussr', choice: record.answers.ussr, move: 'rhineland' });
    expect(entry.reasons?.[0]?.explanation?.rule).toBeTruthy();
    const last = entry.reasons?.[entry.reasons.length - 1];
    expect(last?.key).toBe('crisis.backDown');
    expect(last?.params).toEqual({ yes: true });
    expect(last?.explanation?.yes).toBe(true);
    expect(a.keys).not.toContain('crisis.standsDown');
    // The world: the move deterred this month, its postponements kept, the crisis over.
    expect(after.moves.rhineland).toEqual({
      status: 'deterred',
      month: before.month,
      postponed: before.moves.rhineland?.postponed,
    });
    expect(after.phase).toBe('orders');
    expect(after.crisis).toBeNull();
    expect(after.war).toBeNull();
    expect(after.crises).toHaveLength(before.crises.length + 1);
    expect(record).toMatchObject({
      move: 'rhineland',
      month: before.month,
      answer: 'invoke-protocol',
      result: 'deterred',
    });
    expect(before.crisis).not.toBeNull();
    expect(before.phase).toBe('crisis');
  });
});

describe('a crisis that goes unopposed', () => {
  it('with no force against it: the answers only, no word of Germany weighing anything', () => {
    const world = crisisIn('rhineland-1936');
    const a = answer(world, 'stand-aside', (x) => x.record.answers.ussr === 'stand-aside');
    expect(a.entry).toMatchObject({ kind: 'crisis', id: 'rhineland-unopposed', key: 'crisis.unopposed' });
    expect(a.entry.params).toEqual({
      move: 'rhineland',
      franceChoice: 'stand-aside',
      sovietChoice: 'stand-aside',
      ukVerdict: a.record.uk,
    });
    expect(a.keys).not.toContain('crisis.backDown');
    expect(a.keys).not.toContain('crisis.standsDown');
    expect(a.keys).not.toContain('crisis.council.none');
    expect(a.keys[0]).toBe('crisis.answer');
    expect(a.record).toMatchObject({ result: 'unopposed', metBy: [] });
    expect(a.after.moves.rhineland).toMatchObject({ status: 'done', month: a.before.month });
    expect(a.after.war).toBeNull();
  });

  it('after a mobilisation that commits no one: the forces stand down, then Germany does not back down', () => {
    const world = crisisIn('rhineland-1936');
    const a = answer(world, 'mobilise', (x) => x.record.result === 'unopposed');
    expect(a.entry.key).toBe('crisis.unopposed');
    const n = a.keys.length;
    expect(a.keys.slice(n - 2)).toEqual(['crisis.standsDown', 'crisis.backDown']);
    expect(a.entry.reasons?.[n - 2]?.params).toEqual({});
    expect(a.entry.reasons?.[n - 1]?.params).toEqual({ yes: false });
    expect(a.record.metBy).toEqual([]);
  });
});

describe('a crisis met by war', () => {
  it('logs the war with the states that fight, and writes the war into the world', () => {
    const world = crisisIn('rhineland-1936');
    const a = answer(world, 'invoke-protocol', (x) => x.record.result === 'war');
    const { entry, after, before, record } = a;
    expect(entry).toMatchObject({ kind: 'crisis', id: 'rhineland-war', key: 'crisis.war' });
    expect(entry.params).toEqual({
      move: 'rhineland',
      franceChoice: 'invoke-protocol',
      sovietChoice: record.answers.ussr,
      ukVerdict: record.uk,
      allies: after.war?.allies,
    });
    expect(after.war).toEqual({ month: before.month, move: 'rhineland', allies: record.metBy });
    expect(record.metBy).toContain('france');
    expect(after.moves.rhineland).toMatchObject({ status: 'met', month: before.month });
    const last = entry.reasons?.[entry.reasons.length - 1];
    expect(last).toMatchObject({ key: 'crisis.backDown', params: { yes: false } });
  });
});

describe('the other actors’ answers, as the crisis’s reasons', () => {
  it('the League Council: not seized, no line; seized, whether it recommends (then France, committed, asks its Chambers)', () => {
    const world = crisisIn('rhineland-1936');
    const unseized = answer(world, 'ask-guarantors', (x) => x.record.answers.ussr === 'stand-aside');
    expect(unseized.keys.filter((k) => k.startsWith('crisis.council'))).toEqual([]);
    const none = answer(world, 'refer-council', (x) => x.keys.includes('crisis.council.none'));
    expect(reasonOf(none, 'crisis.council.none').explanation?.yes).toBe(false);
    expect(none.keys).not.toContain('crisis.council.recommends');
    // Referred and not recommended: France is not committed, so its Chambers are not asked.
    expect(none.keys).not.toContain('crisis.parliament');
    const yes = answer(world, 'refer-council', (x) => x.keys.includes('crisis.council.recommends'));
    expect(reasonOf(yes, 'crisis.council.recommends').explanation?.yes).toBe(true);
    expect(yes.keys.indexOf('crisis.council.recommends')).toBe(1);
    expect(yes.keys).toContain('crisis.parliament');
    const parliament = reasonOf(yes, 'crisis.parliament');
    expect(parliament.params).toBeUndefined();
    expect(parliament.explanation?.rule).toBe(MODEL.crisis.frenchParliament.label);
  });

  it('Britain’s verdict by the model’s rule, judged at the lawful band, or its delegation’s', () => {
    const world = crisisIn('rhineland-1936');
    const model = answer(world, 'stand-aside', () => true);
    const uk = reasonOf(model, 'crisis.ukVerdict');
    // With the bands that turned its reasons into that verdict: "lawful? no" can still be "no view".
    expect(uk.params).toEqual({
      ukVerdict: model.record.uk,
      lawfulAt: MODEL.crisis.verdictBands.lawfulAt,
      violationAt: MODEL.crisis.verdictBands.violationAt,
    });
    expect(uk.explanation?.rule).toBe(MODEL.crisis.ukVerdict.label);
    expect(uk.explanation?.threshold).toBe(MODEL.crisis.verdictBands.lawfulAt);
    expect(uk.explanation?.yes).toBe(model.record.uk === 'lawful');
    const other = model.record.uk === 'lawful' ? 'no-view' : 'lawful';
    const told = answer(world, 'stand-aside', () => true, { further: { ukVerdict: other } });
    expect(reasonOf(told, 'crisis.ukVerdict.delegation')).toEqual({
      key: 'crisis.ukVerdict.delegation',
      params: { ukVerdict: other },
    });
    expect(told.keys).not.toContain('crisis.ukVerdict');
    expect(told.record.uk).toBe(other);
    expect(told.entry.params?.ukVerdict).toBe(other);
  });

  it('the other side’s answer: by its rule, by its delegation, or as its government did', () => {
    const world = crisisIn('rhineland-1936');
    const ruled = answer(world, 'stand-aside', () => true);
    expect(ruled.entry.reasons?.[0]?.explanation).toBeDefined();
    const byDelegation = answer(world, 'stand-aside', () => true, { delegation: 'mobilise' });
    expect(byDelegation.entry.reasons?.[0]).toEqual({
      key: 'crisis.answer.delegation',
      params: { side: 'ussr', choice: 'mobilise', move: 'rhineland' },
    });
    expect(byDelegation.record.answers).toEqual({ france: 'stand-aside', ussr: 'mobilise' });
    const script = { crises: { france: {}, ussr: { rhineland: 'refer-council' } }, events: [], moves: [] };
    const scripted = answer({ ...world, script }, 'stand-aside', () => true);
    expect(scripted.entry.reasons?.[0]).toEqual({
      key: 'crisis.answer.scripted',
      params: { side: 'ussr', choice: 'refer-council', move: 'rhineland' },
    });
    expect(scripted.record.answers.ussr).toBe('refer-council');
    // Played by the USSR, France is the other side.
    const asUssr = crisisIn('rhineland-1936', 'ussr');
    const french = answer(asUssr, 'stand-aside', () => true, { delegation: 'ask-guarantors' });
    expect(french.entry.reasons?.[0]?.params).toEqual({ side: 'france', choice: 'ask-guarantors', move: 'rhineland' });
    expect(french.entry.params).toMatchObject({ franceChoice: 'ask-guarantors', sovietChoice: 'stand-aside' });
    expect(french.record.answer).toBe('stand-aside');
  });

  it('transit: the die is told only when Soviet forces would march, a delegation’s answer always', () => {
    const world = crisisIn('rhineland-1936');
    const still = answer(world, 'stand-aside', (x) => x.record.answers.ussr === 'stand-aside');
    expect(still.keys.filter((k) => k.startsWith('roll.transit'))).toEqual([]);
    const marching = answer(world, 'stand-aside', (x) => x.record.answers.ussr === 'invoke-protocol');
    const poland = reasonOf(marching, 'roll.transit.poland').explanation;
    const romania = reasonOf(marching, 'roll.transit.romania').explanation;
    expect(poland).toMatchObject({ chance: world.transit.poland, yes: marching.record.transit.poland });
    expect(romania).toMatchObject({ chance: world.transit.romania, yes: marching.record.transit.romania });
    expect(poland?.bias.source).toBe(MODEL.transit.source ?? null);
    expect(marching.keys.indexOf('roll.transit.romania')).toBe(marching.keys.indexOf('roll.transit.poland') + 1);
    // The delegations answer: their lines replace the die's, and are told even when no one marches.
    for (const grant of [true, false]) {
      const told = answer(world, 'stand-aside', (x) => x.record.answers.ussr === 'invoke-protocol', {
        polandGrants: grant,
        further: { romaniaGrants: !grant },
      });
      expect(told.keys.filter((k) => k.startsWith('roll.transit'))).toEqual([]);
      expect(told.entry.reasons?.filter((r) => r.key === 'crisis.transit.delegation')).toEqual([
        { key: 'crisis.transit.delegation', params: { to: 'poland', grant } },
        { key: 'crisis.transit.delegation', params: { to: 'romania', grant: !grant } },
      ]);
      expect(told.record.transit).toEqual({ poland: grant, romania: !grant });
      const quietSide = answer(world, 'stand-aside', (x) => x.record.answers.ussr === 'stand-aside', {
        polandGrants: grant,
      });
      expect(quietSide.entry.reasons?.filter((r) => r.key === 'crisis.transit.delegation')).toEqual([
        { key: 'crisis.transit.delegation', params: { to: 'poland', grant } },
      ]);
    }
  });
});

describe('Czechoslovakia’s crisis', () => {
  it('tells Czechoslovakia’s rule, or its delegation’s answer, after the transit and before Germany weighs', () => {
    const world = crisisIn('munich-1938');
    const ruled = answer(world, 'invoke-protocol', (x) => x.record.result === 'war');
    const label = decisionRule('czechoslovakia', 'fight').label;
    const rule = ruled.entry.reasons?.find((r) => r.key === null && r.explanation?.rule === label);
    expect(rule?.explanation?.yes).toBe(ruled.record.metBy.includes('czechoslovakia'));
    for (const stand of ['resist', 'yield'] as const) {
      const told = answer(world, 'invoke-protocol', (x) => x.record.result === 'war', {
        further: { czechoslovakia: stand },
      });
      expect(told.entry.reasons?.filter((r) => r.key?.startsWith('crisis.czechoslovakia'))).toEqual([
        { key: `crisis.czechoslovakia.${stand}`, params: {} },
      ]);
      // Resist: it fights beside France; yield: it does not.
      expect(told.record.metBy.includes('czechoslovakia')).toBe(stand === 'resist');
      expect(told.after.war?.allies.includes('czechoslovakia')).toBe(stand === 'resist');
    }
  });

  it('accepting the terms leaves a threat no one goes to war for, whatever France answered', () => {
    const world = crisisIn('munich-1938');
    const accepted = answer(world, 'invoke-protocol', () => true, { further: { czechoslovakia: 'accept' } });
    expect(accepted.entry.key).toBe('crisis.unopposed');
    expect(accepted.keys).not.toContain('crisis.backDown');
    expect(accepted.record).toMatchObject({ result: 'unopposed', metBy: [] });
    expect(accepted.record.verdicts['czechoslovak-soviet'].outcome).toBe('consultation');
    const responses = crisisResponses(accepted.before, 'invoke-protocol', undefined, undefined, {
      czechoslovakia: 'accept',
    });
    expect(responses?.move.incident).toEqual({ ...moveById('sudetenland').incident, kind: 'threat' });
    expect(responses?.answers).toMatchObject({ franceActs: false, sovietActs: false });
    // The move itself is left as the model has it.
    expect(moveById('sudetenland').incident.kind).not.toBe('threat');
  });

  it('says why Soviet help owed does not come, with the legal reason, and counts a side that only mobilised', () => {
    const world = crisisIn('munich-1938');
    const stopped = answer(world, 'invoke-protocol', (x) => x.keys.includes('crisis.sovietHelpStopped'));
    const reason = stopped.record.verdicts['czechoslovak-soviet'].reason;
    expect(reason).not.toBeNull();
    expect(reasonOf(stopped, 'crisis.sovietHelpStopped')).toEqual({
      key: 'crisis.sovietHelpStopped',
      params: { reason },
    });
    expect(stopped.record.metBy).not.toContain('ussr');
    const rendered = answer(
      world,
      'invoke-protocol',
      (x) => x.record.verdicts['czechoslovak-soviet'].outcome === 'rendered' && x.record.metBy.includes('ussr'),
    );
    expect(rendered.keys).not.toContain('crisis.sovietHelpStopped');
    // The USSR invoked the Protocol but its help cannot come, for want of passage: its forces cannot reach Germany,
    // which does not reckon with them (model.json crisis.mobilisationNeedsPassage), and the class is told why.
    const outOfReach = answer(
      world,
      'invoke-protocol',
      (x) =>
        x.record.result === 'deterred' &&
        x.record.answers.ussr === 'invoke-protocol' &&
        x.keys.includes('crisis.sovietHelpStopped'),
    );
    expect(outOfReach.record.transit).toEqual({ poland: false, romania: false });
    expect(reasonOf(outOfReach, 'crisis.outOfReach')).toEqual({ key: 'crisis.outOfReach', params: { side: 'ussr' } });
    expect(outOfReach.record.metBy).toEqual(['france', 'czechoslovakia']);
    expect(outOfReach.entry.params?.allies).toEqual(['france', 'czechoslovakia']);
  });

  it('has a computer USSR that came to terms with Germany stand aside, with no die, and say why', () => {
    const poland = crisisIn('talks-1939');
    expect(poland.crisis?.move).toBe('poland');
    // Without the deal, the USSR's rule sometimes acts.
    const acts = answer(
      { ...poland, sovietGermanDeal: null },
      'invoke-protocol',
      (x) => x.record.answers.ussr !== 'stand-aside',
    );
    expect(reasonOf(acts, 'crisis.answer').explanation?.rule).toBe(decisionRule('ussr', 'actInCrisis').label);
    // With it, never: the answer is the rule's, no roll is made for it, and the line says so.
    const bound = { ...poland, sovietGermanDeal: '1939-08' } as const;
    for (let i = 1; i < 60; i++) {
      const journal: LogEntry[] = [];
      const after = respondToCrisis({ ...bound, rng: (i * 7919) as RngState }, 'invoke-protocol', journal);
      expect(after.crises.at(-1)?.answers.ussr).toBe('stand-aside');
      expect(journal[0]?.reasons?.[0]).toEqual({
        key: 'crisis.answer.boundToGermany',
        params: { side: 'ussr', choice: 'stand-aside', move: 'poland' },
      });
    }
    // A human Soviet delegation still answers for itself.
    const delegated = answer(bound, 'invoke-protocol', () => true, { delegation: 'invoke-protocol' });
    expect(delegated.record.answers.ussr).toBe('invoke-protocol');
  });

  it('says why a Soviet Union that acts does not go to war where no treaty of its own owes help', () => {
    // The Rhineland, before the exchange of ratifications: the Franco-Soviet treaty is not in force.
    const rhineland = answer(crisisIn('rhineland-1936', 'ussr'), 'invoke-protocol', () => true);
    expect(rhineland.record.metBy).not.toContain('ussr');
    expect(rhineland.record.verdicts['franco-soviet'].reason).toBe('NOT_IN_FORCE');
    expect(reasonOf(rhineland, 'crisis.sovietStandsBy.francoSoviet')).toEqual({
      key: 'crisis.sovietStandsBy.francoSoviet',
      params: { reason: 'NOT_IN_FORCE' },
    });
    // Munich, France standing aside: the Czechoslovak-Soviet treaty waits on France's help.
    const munich = answer(
      crisisIn('munich-1938', 'ussr'),
      'invoke-protocol',
      (x) => x.record.answers.france === 'stand-aside',
    );
    expect(munich.record.metBy).not.toContain('ussr');
    expect(munich.keys).not.toContain('crisis.sovietHelpStopped');
    expect(reasonOf(munich, 'crisis.sovietStandsBy.czechoslovakSoviet')).toEqual({
      key: 'crisis.sovietStandsBy.czechoslovakSoviet',
      params: { reason: munich.record.verdicts['czechoslovak-soviet'].reason },
    });
    expect(munich.record.verdicts['czechoslovak-soviet'].reason).toBe('NO_FRENCH_ASSISTANCE');
    // Poland, with no triple alliance; and none of these lines once the alliance is signed and the USSR fights.
    const poland = crisisIn('talks-1939', 'ussr');
    const alone = answer({ ...poland, tripleAlliance: null }, 'invoke-protocol', () => true);
    expect(reasonOf(alone, 'crisis.sovietStandsBy.poland')).toEqual({ key: 'crisis.sovietStandsBy.poland' });
    const allied = answer(
      { ...poland, tripleAlliance: '1939-08' },
      'invoke-protocol',
      (x) => x.record.result === 'war',
    );
    expect(allied.record.metBy).toContain('ussr');
    expect(allied.keys.filter((k) => k.startsWith('crisis.sovietStandsBy'))).toEqual([]);
    // A Soviet Union that stands aside is not said to stand ready.
    const aside = answer(crisisIn('rhineland-1936', 'ussr'), 'stand-aside', () => true);
    expect(aside.keys.filter((k) => k.startsWith('crisis.sovietStandsBy'))).toEqual([]);
  });
});

describe('France holds back', () => {
  it('without its Chambers: it is committed, but does not fight, and Germany still weighs its mobilised forces', () => {
    const crisis = crisisIn('rhineland-1936');
    const world = { ...crisis, levels: { ...crisis.levels, frenchWill: 0, tension: 0 } };
    const a = answer(world, 'invoke-protocol', () => true);
    expect(a.keys).toContain('crisis.parliament');
    expect(reasonOf(a, 'crisis.parliament').explanation?.yes).toBe(false);
    expect(reasonOf(a, 'crisis.holdsBack.chambers')).toEqual({ key: 'crisis.holdsBack.chambers' });
    expect(a.keys.indexOf('crisis.holdsBack.chambers')).toBeGreaterThan(a.keys.indexOf('crisis.parliament'));
    expect(a.keys).not.toContain('crisis.holdsBack.locarno');
    expect(belgianLine(a)).toBeUndefined();
    expect(a.keys).toContain('crisis.backDown');
    expect(a.record.result).not.toBe('war');
    // Germany weighs France's forces at the share of a mobilisation that commits to nothing.
    const backDown = a.entry.reasons?.[a.entry.reasons.length - 1]?.explanation;
    expect(backDown?.terms.find((t) => t.id === 'coalition')?.value).toBe(coalitionWeight([], ['france']));
  });

  it('under Locarno, when the guarantor finds its action a violation: the legal reason, and no Belgian line', () => {
    const world = crisisIn('rhineland-1936');
    const a = answer(world, 'invoke-protocol', () => true, { further: { ukVerdict: 'violation-nonflagrant' } });
    const reason = a.record.verdicts.locarno.reason;
    expect(a.record.verdicts.locarno.outcome).toBe('violation');
    expect(reason).not.toBeNull();
    expect(reasonOf(a, 'crisis.holdsBack.locarno')).toEqual({ key: 'crisis.holdsBack.locarno', params: { reason } });
    expect(a.keys).not.toContain('crisis.holdsBack.chambers');
    expect(reasonOf(a, 'crisis.parliament').explanation?.yes).toBe(true);
    // Locarno is judged before the national decision (treaty-and-rules.md §5.8): its bar is told before the vote.
    expect(a.keys.indexOf('crisis.holdsBack.locarno')).toBeLessThan(a.keys.indexOf('crisis.parliament'));
    expect(a.record.metBy).not.toContain('belgium');
    expect(a.record.result).not.toBe('war');
  });

  it('not when it fights: Belgium’s decision is told in a breach of the zone, after the other answers', () => {
    const world = crisisIn('rhineland-1936');
    const a = answer(world, 'invoke-protocol', (x) => x.record.metBy.includes('france'));
    expect(a.keys.filter((k) => k.startsWith('crisis.holdsBack'))).toEqual([]);
    const belgium = belgianLine(a);
    expect(belgium?.explanation?.yes).toBe(a.record.metBy.includes('belgium'));
    // Told as what Belgium decided, the rule's question below it (a bare "Belgium stands with France." read as fact).
    expect(belgium?.key).toBe(a.record.metBy.includes('belgium') ? 'crisis.belgium.stands' : 'crisis.belgium.apart');
    expect(a.keys.indexOf(belgium?.key ?? '?')).toBeGreaterThan(a.keys.indexOf('crisis.parliament'));
  });
});

describe('Belgium’s decision', () => {
  it('is told only in a breach of the zone: France fighting for Czechoslovakia brings no Belgian line', () => {
    const crisis = crisisIn('munich-1938');
    expect(moveById(crisis.crisis?.move ?? '').incident.kind).not.toBe('zone-violation');
    const world = { ...crisis, levels: { ...crisis.levels, frenchWill: 100 } };
    const a = answer(world, 'invoke-protocol', (x) => x.record.metBy.includes('france'));
    expect(a.keys).toContain('crisis.parliament');
    expect(belgianLine(a)).toBeUndefined();
    expect(a.record.metBy).not.toContain('belgium');
  });
});

describe('the day a crisis is judged on (crisisDay)', () => {
  it('is the move’s historical day in its month, else the month’s first day', () => {
    const world = crisisIn('rhineland-1936');
    const move = moveById('rhineland');
    expect(crisisDay({ ...world, month: '1936-03' }, move).date).toBe(move.historical);
    expect(crisisDay({ ...world, month: '1936-04' }, move).date).toBe('1936-04-01');
  });

  it('counts the treaty in force only if the event that brought it is not dated later that month', () => {
    const world = crisisIn('rhineland-1936');
    const move = moveById('rhineland');
    const treaty = rulesOf(world).events.find((e) => e.effects.francoSovietInForce === true);
    expect(treaty?.date).toBe('1936-03-27');
    const inForce = { ...world, francoSovietInForce: true, fired: [...world.fired, treaty?.id ?? ''] };
    // Ratifications exchanged on 27 March 1936, after the Rhineland's 7 March.
    expect(crisisDay({ ...inForce, month: '1936-03' }, move).treatyInForce).toBe(false);
    // The treaty's event takes no state out of the League: the day keeps the world's members (no list of its own).
    expect(crisisDay({ ...inForce, month: '1936-03' }, move)).not.toHaveProperty('leagueMembers');
    expect(crisisDay({ ...inForce, month: '1936-04' }, move).treatyInForce).toBe(true);
    // Not fired (in force by a scenario's start): in force from the first day.
    expect(crisisDay({ ...inForce, month: '1936-03', fired: [] }, move).treatyInForce).toBe(true);
    expect(crisisDay({ ...inForce, francoSovietInForce: false, month: '1936-04' }, move).treatyInForce).toBe(false);
    // A move dated after the 27th in that month: the treaty is in force on its day.
    const late = { ...move, historical: '1936-03-30' };
    expect(crisisDay({ ...inForce, month: '1936-03' }, late).treatyInForce).toBe(true);
    const onTheDay = { ...move, historical: '1936-03-27' };
    expect(crisisDay({ ...inForce, month: '1936-03' }, onTheDay).treatyInForce).toBe(true);
    // Only the treaty's own event counts: another event later that month does not, nor the treaty's in another month.
    const other = { ...inForce, month: '1936-03', fired: ['council-finds-violation'] };
    expect(crisisDay(other, move).treatyInForce).toBe(true);
    expect(crisisDay({ ...inForce, month: '1936-02' }, move)).toMatchObject({
      date: '1936-02-01',
      treatyInForce: true,
    });
  });
});

describe('Germany moves (openCrisis)', () => {
  it('logs the move with its reasons and opens the crisis with the legal engine’s view', () => {
    const world = crisisIn('rhineland-1936');
    const move = moveById('rhineland');
    const journal: LogEntry[] = [];
    const reasons = () => [{ key: 'move.scripted', params: { move: move.id } }];
    const draft = { ...world, phase: 'orders' as const, crisis: null };
    const opened = openCrisis(draft, move, reasons, journal);
    expect(opened).toBe(draft);
    expect(journal).toEqual([
      {
        month: world.month,
        kind: 'move',
        id: 'rhineland',
        key: 'move',
        params: { move: 'rhineland' },
        reasons: reasons(),
      },
    ]);
    expect(opened.phase).toBe('crisis');
    expect(opened.crisis).toEqual({ move: 'rhineland', month: world.month, verdicts: world.crisis?.verdicts });
    expect(opened.crisis?.verdicts.locarno.outcome).toBeTruthy();
  });
});

describe('what the crisis leaves in the world', () => {
  it('a move that goes through: its effects done; deterred: its effects deterred; met by war: neither', () => {
    const world = crisisIn('rhineland-1936');
    const { done, deterred } = moveById('rhineland').effects;
    const level = (w: WorldState, id: 'tension' | 'frenchWill') => w.levels[id];
    const unopposed = answer(world, 'stand-aside', (x) => x.record.result === 'unopposed');
    expect(level(unopposed.after, 'tension')).toBe(clampLevel(level(world, 'tension') + (done.levels?.tension ?? 0)));
    expect(level(unopposed.after, 'frenchWill')).toBe(
      clampLevel(level(world, 'frenchWill') + (done.levels?.frenchWill ?? 0)),
    );
    const backed = answer(world, 'invoke-protocol', (x) => x.record.result === 'deterred');
    expect(level(backed.after, 'tension')).toBe(clampLevel(level(world, 'tension') + (deterred.levels?.tension ?? 0)));
    const war = answer(world, 'invoke-protocol', (x) => x.record.result === 'war');
    expect(war.after.levels).toEqual(world.levels);
  });

  it('records the crisis with the convention’s phase, the transit answers, the verdicts and the hollow treaties', () => {
    const world = crisisIn('munich-1938');
    const a = answer(world, 'invoke-protocol', (x) => x.keys.includes('crisis.sovietHelpStopped'), {
      polandGrants: true,
      further: { romaniaGrants: false },
    });
    const verdicts = world.crisis?.verdicts;
    expect(a.record.convention).toBe(world.convention.phase);
    expect(a.record.transit).toEqual({ poland: true, romania: false });
    expect(a.record.answers).toEqual({ france: 'invoke-protocol', ussr: a.entry.reasons?.[0]?.params?.choice });
    const cs = a.record.verdicts['czechoslovak-soviet'];
    expect(Object.keys(a.record.verdicts['franco-soviet']).sort()).toEqual(['obstacles', 'outcome', 'reason']);
    expect(Object.keys(cs).sort()).toEqual(['obstacles', 'outcome', 'reason']);
    expect(Object.keys(a.record.verdicts.locarno).sort()).toEqual(['outcome', 'reason']);
    expect(cs.reason).not.toBeNull();
    expect(a.record.hollow).toContain('czechoslovak-soviet');
    expect(verdicts).toBeDefined();
  });

  it('Germany weighs the coalition of every state that fights, and a share of a side that only mobilised and could reach it', () => {
    const world = crisisIn('munich-1938');
    // France mobilises without committing itself; the USSR, bound to help only beside France, stands ready.
    const coalitionOf = (a: Answered) =>
      a.entry.reasons?.[a.entry.reasons.length - 1]?.explanation?.terms.find((t) => t.id === 'coalition')?.value;
    const sovietReady = (x: Answered) => x.record.answers.ussr === 'invoke-protocol';
    const a = answer(world, 'mobilise', sovietReady, { polandGrants: true });
    // No one fought (the model's Munich: Germany did not back down): it weighed the two readinesses alone.
    expect([a.record.result, a.record.metBy]).toEqual(['unopposed', []]);
    expect(coalitionOf(a)).toBe(coalitionWeight([], ['france', 'ussr']));
    expect(a.keys).not.toContain('crisis.outOfReach');
    // Czechoslovakia weighs the forces France and the USSR show, in full.
    const cs = reasonOf(a, decisionRule('czechoslovakia', 'fight').label).explanation;
    expect(cs?.terms.find((t) => t.id === 'coalition')?.value).toBe(coalitionWeight(['france', 'ussr'], []));
    // Refused passage by Poland and Romania, the same readiness weighs nothing with Germany, and the class is told why.
    const refused = answer(world, 'mobilise', (x) => sovietReady(x) && !x.record.transit.romania, {
      polandGrants: false,
    });
    expect(coalitionOf(refused)).toBe(coalitionWeight([], ['france']));
    expect(reasonOf(refused, 'crisis.outOfReach').params).toEqual({ side: 'ussr' });
  });

  it('nothing to answer without a crisis: no responses, the same world, no entry', () => {
    const world = { ...crisisIn('rhineland-1936'), crisis: null, phase: 'orders' as const };
    const journal: LogEntry[] = [];
    expect(crisisResponses(world, 'mobilise')).toBeNull();
    expect(respondToCrisis(world, 'mobilise', journal)).toBe(world);
    expect(journal).toEqual([]);
  });

  it('tells a side’s transit at a chance of 100 when a rule variant makes the state always grant it', () => {
    let world = initialWorld(loadScenario('rhineland-1936'), 'x', 'france', false, ['poland-grants-transit']);
    while (world.phase === 'orders') world = step(world, []);
    const a = answer(world, 'stand-aside', () => true, { delegation: 'invoke-protocol' });
    // Told as the variant's, not as a die at 100 in 100.
    expect(reasonOf(a, 'crisis.transit.variant')).toEqual({ key: 'crisis.transit.variant', params: { to: 'poland' } });
    expect(a.keys).not.toContain('roll.transit.poland');
    expect(reasonOf(a, 'roll.transit.romania').explanation?.chance).toBe(world.transit.romania);
    expect(a.record.transit.poland).toBe(true);
    const responses = crisisResponses(a.before, 'stand-aside', 'invoke-protocol');
    expect(responses?.councilSeized).toBe(true);
    expect(crisisResponses(a.before, 'stand-aside', 'mobilise')?.councilSeized).toBe(false);
    expect(crisisResponses(a.before, 'refer-council', 'mobilise')?.councilSeized).toBe(true);
  });
});

describe('the crisis’s pieces, each alone', () => {
  it('knows every move by its id, and names the one it does not know', () => {
    expect(moveById('sudetenland').id).toBe('sudetenland');
    expect(() => moveById('no-such-move')).toThrow('scenarios/model/moves.json has no move "no-such-move"');
  });

  it('the USSR fights for Poland under a triple alliance only, and for no other victim but Czechoslovakia', () => {
    const world = crisisIn('talks-1939');
    expect(world.crisis?.move).toBe('poland');
    const warWith = (w: WorldState) =>
      answer(w, 'stand-aside', (x) => x.record.result === 'war', { delegation: 'invoke-protocol' });
    expect(warWith({ ...world, tripleAlliance: '1939-08' }).record.metBy).toContain('ussr');
    // Without it, the USSR's forces only weigh in Germany's decision: no one fights, so no war.
    const alone = { ...world, tripleAlliance: null };
    for (let i = 1; i < 40; i++) {
      const after = respondToCrisis({ ...alone, rng: i * 7919 }, 'stand-aside', null, 'invoke-protocol');
      expect(after.war).toBeNull();
    }
    const facts: FightFacts = {
      incident: { kind: 'zone-violation', victim: 'france' },
      franceActs: false,
      parliament: true,
      sovietActs: true,
      verdicts: {
        francoSoviet: { outcome: 'not-applicable', reason: null, owed: false, obstacles: [] },
        czechoslovakSoviet: { outcome: 'not-applicable', reason: null, owed: false, types: [], obstacles: [] },
        locarno: { outcome: 'lawful', reason: null },
      },
      tripleAlliance: true,
      britishCommitment: 0,
      czechoslovakiaFights: false,
      belgiumStands: true,
    };
    expect(whoFights(facts)).toEqual({ franceFights: false, ussrFights: false, fighters: [] });
  });

  it('tells the Council’s result to the legal engine: none unless seized and recommending', () => {
    const world = crisisIn('rhineland-1936');
    const unseized = answer(world, 'ask-guarantors', (x) => x.record.answers.ussr === 'stand-aside');
    expect(crisisResponses(unseized.before, 'ask-guarantors')?.answers.councilResult).toBe('none');
    const none = answer(world, 'refer-council', (x) => x.keys.includes('crisis.council.none'));
    expect(crisisResponses(none.before, 'refer-council')?.answers.councilResult).toBe('none');
    const yes = answer(world, 'refer-council', (x) => x.keys.includes('crisis.council.recommends'));
    expect(crisisResponses(yes.before, 'refer-council')?.answers.councilResult).toBe('unanimous-excluding-parties');
  });

  it('a Soviet side that asks the guarantors acts, and marches, only on Britain’s lawful verdict', () => {
    const world = crisisIn('rhineland-1936');
    for (const ukVerdict of ['lawful', 'no-view'] as const) {
      const a = answer(world, 'stand-aside', () => true, { delegation: 'ask-guarantors', further: { ukVerdict } });
      const marches = ukVerdict === 'lawful';
      expect(a.keys.includes('roll.transit.poland')).toBe(marches);
      const responses = crisisResponses(a.before, 'stand-aside', 'ask-guarantors', undefined, { ukVerdict });
      expect(responses?.answers.sovietActs).toBe(marches);
      expect(responses?.answers.franceActs).toBe(false);
    }
  });

  it('the Chambers assent at a score of exactly 0', () => {
    const crisis = crisisIn('rhineland-1936');
    const world = { ...crisis, levels: { ...crisis.levels, frenchWill: 40, tension: 0 } };
    const a = answer(world, 'invoke-protocol', () => true);
    expect(reasonOf(a, 'crisis.parliament').explanation).toMatchObject({ total: 0, yes: true });
    expect(a.keys).not.toContain('crisis.holdsBack.chambers');
    expect(crisisResponses(a.before, 'invoke-protocol')?.answers.parliament).toBe(true);
  });

  it('a transit roll equal to its chance refuses passage (a roll under it grants)', () => {
    const world = crisisIn('rhineland-1936');
    for (const state of ['poland', 'romania'] as const) {
      const key = `roll.transit.${state}`;
      const at = answer(
        { ...world, transit: { poland: 10, romania: 10 } },
        'stand-aside',
        (x) => reasonOf(x, key).explanation?.roll === 10,
        { delegation: 'invoke-protocol' },
      );
      expect(reasonOf(at, key).explanation?.yes).toBe(false);
      expect(at.record.transit[state]).toBe(false);
      const under = answer(
        { ...world, transit: { poland: 10, romania: 10 } },
        'stand-aside',
        (x) => reasonOf(x, key).explanation?.roll === 9,
        { delegation: 'invoke-protocol' },
      );
      expect(under.record.transit[state]).toBe(true);
    }
  });

  it('Czechoslovakia’s answer counts only in a move against it, and only then is its rule told', () => {
    const world = crisisIn('rhineland-1936');
    const label = decisionRule('czechoslovakia', 'fight').label;
    for (const czechoslovakia of [undefined, 'accept', 'resist'] as const) {
      const a = answer(world, 'invoke-protocol', (x) => x.record.result !== 'unopposed', {
        further: czechoslovakia === undefined ? {} : { czechoslovakia },
      });
      expect(a.keys).not.toContain(label);
      expect(a.keys.filter((k) => k.startsWith('crisis.czechoslovakia'))).toEqual([]);
      expect(a.record.verdicts.locarno.outcome).not.toBe('not-engaged');
      expect(a.record.metBy).not.toContain('czechoslovakia');
    }
  });

  it('says nothing of Soviet help where none was owed', () => {
    const world = crisisIn('munich-1938');
    const a = answer(world, 'refer-council', (x) => x.record.answers.ussr === 'stand-aside');
    expect(a.record.verdicts['czechoslovak-soviet'].outcome).toBe('not-applicable');
    expect(a.keys).not.toContain('crisis.sovietHelpStopped');
    expect(belgianLine(a)).toBeUndefined();
  });

  it('France’s answer by its rule weighs how far it is bound to the victim', () => {
    const world = crisisIn('munich-1938', 'ussr');
    const a = answer(world, 'invoke-protocol', () => true);
    const rule = a.entry.reasons?.[0]?.explanation;
    expect(rule?.rule).toBe(decisionRule('france', 'actInCrisis').label);
    expect(rule?.terms.find((t) => t.id === 'alliedVictim')?.value).toBeGreaterThan(0);
  });
});
