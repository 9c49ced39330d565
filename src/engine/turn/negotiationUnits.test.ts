/**
 * The convention's talks in the month's turn, function by function: each order
 * or event played loudly on a world built in the test, the entries it writes
 * (kind, id, key, params, reasons) and the world it leaves, and the same played
 * quietly. Where a case needs a die or a judgement, the test tries the die's
 * states (or the drafts) until it finds one, inside the test (the mutation run
 * turns a mutant on only while tests run).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../testing/scenarios';
import type { LogEntry } from '../log/types';
import { CONVENTION, decisionRule } from '../model/modelData';
import { addMonths } from '../months';
import { valuation } from '../negotiation/offers';
import { type RngState, rollPercent } from '../random';
import { initialWorld } from '../scenario/initialWorld';
import {
  APPROVERS,
  CLAUSE_IDS,
  type Clauses,
  type ConventionState,
  draftOf,
  type Levels,
  type WorldDraft,
  type WorldState,
  withWorld,
} from '../world/worldState';
import {
  acceptCounter,
  applyConventionEffect,
  applyConventionEffectTo,
  beginDrafting,
  conventionMonth,
  makeOffer,
  openContacts,
  proposeStaffTalks,
  resumeTalks,
  submitDraft,
} from './negotiation';

/** A scenario (pact-1935) played as France, quietly, its convention and levels changed, with the die's state `rng` if given. */
function world(
  convention: Partial<ConventionState>,
  rng?: RngState,
  levels: Partial<Levels> = {},
  scenario = 'pact-1935',
): WorldState {
  const start = initialWorld(loadScenario(scenario), 'negotiation-units', 'france', true);
  return withWorld(start, {
    convention: { ...start.convention, ...convention },
    levels: { ...start.levels, ...levels },
    ...(rng === undefined ? {} : { rng }),
  });
}

type Play = (next: WorldDraft, journal: LogEntry[] | null) => WorldDraft;

/** `play` on a draft of `w`, loudly: the world it leaves and its entries; played quietly it must leave the same world. */
function loud(w: WorldState, play: Play): { after: WorldDraft; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const after = play(draftOf(w), entries);
  expect(play(draftOf(w), null)).toEqual(after);
  return { after, entries };
}

/** A negotiation entry of `w`'s month, as the log keeps it. */
function entry(w: WorldState, id: string, key: string, params?: LogEntry['params']): LogEntry {
  return { month: w.month, kind: 'negotiation', id, key: `negotiation.${key}`, ...(params ? { params } : {}) };
}

/** Die states to try: spread out, reproducible. */
const dice = (count: number): RngState[] => Array.from({ length: count }, (_, i) => ((i + 1) * 7919) as RngState);

describe('the convention’s phases in the log', () => {
  it('opening contacts: attaché contacts from this month, signed and in force still unset', () => {
    const before = world({ phase: 'noContacts' });
    const { after, entries } = loud(before, openContacts);
    expect(after.convention.phase).toBe('attacheContacts');
    expect(after.convention.phaseSince).toBe(before.month);
    expect(after.conventionSigned).toBeNull();
    expect(after.conventionInForce).toBeNull();
    expect(entries).toEqual([entry(before, 'contacts-opened', 'contacts-opened')]);
    expect(entries[0]).not.toHaveProperty('params');
  });

  it('a stall, a resumption and a break-off: each phase in the entry, the agreed clauses kept as they were', () => {
    const agreed: Clauses = { trigger: 1 };
    const drafting = world({ phase: 'drafting', agreed, counter: { clause: 'supply', option: 1 } });
    const stalled = applyConventionEffect(drafting, 'stall', null);
    expect(drafting.convention.phase).toBe('drafting');
    expect(stalled).not.toBe(drafting);
    expect(stalled.convention).toMatchObject({ phase: 'stalled', resumePhase: 'drafting', counter: null });
    // The same clauses object: what the legal actions' summing up is kept by.
    expect(stalled.convention.agreed).toBe(agreed);
    expect(loud(drafting, (next, j) => applyConventionEffectTo(next, 'stall', j)).entries).toEqual([
      entry(drafting, 'convention-stall', 'phase', { phase: 'stalled' }),
    ]);
    const resumed = loud(stalled, (next, j) => applyConventionEffectTo(next, 'resume', j));
    expect(resumed.after.convention.phase).toBe('drafting');
    expect(resumed.entries).toEqual([entry(stalled, 'convention-resume', 'phase', { phase: 'drafting' })]);
    const broken = loud(drafting, (next, j) => applyConventionEffectTo(next, 'breakOff', j));
    expect(broken.after.convention.phase).toBe('brokenOff');
    expect(broken.entries).toEqual([entry(drafting, 'convention-breakOff', 'phase', { phase: 'brokenOff' })]);
  });

  it('an event the phase does not take changes nothing and writes nothing', () => {
    const none = world({ phase: 'noContacts' });
    const stall = loud(none, (next, j) => applyConventionEffectTo(next, 'stall', j));
    expect(stall.after).toEqual(none);
    expect(stall.entries).toEqual([]);
    const resume = loud(world({ phase: 'drafting' }), (next, j) => applyConventionEffectTo(next, 'resume', j));
    expect(resume.after.convention.phase).toBe('drafting');
    expect(resume.entries).toEqual([]);
  });

  it('the Soviet offer of 1937: a counter-offer of contribution 2 while drafting, unless 2 or more is agreed', () => {
    for (const agreed of [{}, { sovietContribution: 0 }, { sovietContribution: 1 }] satisfies Clauses[]) {
      const before = world({ phase: 'drafting', agreed });
      const { after, entries } = loud(before, (next, j) => applyConventionEffectTo(next, 'sovietOffer', j));
      expect(after.convention).toEqual({ ...before.convention, counter: { clause: 'sovietContribution', option: 2 } });
      expect(entries).toEqual([entry(before, 'soviet-offer', 'soviet-offer')]);
    }
    // A counter-offer of theirs on the table lapses, and the class is told; Moscow's own offer standing already stays.
    for (const standing of [
      { clause: 'staffCoordination', option: 2 },
      { clause: 'sovietContribution', option: 1 },
    ] as const) {
      const before = world({ phase: 'drafting', agreed: {}, counter: standing });
      const { after, entries } = loud(before, (next, j) => applyConventionEffectTo(next, 'sovietOffer', j));
      expect(after.convention.counter).toEqual({ clause: 'sovietContribution', option: 2 });
      expect(entries).toEqual([
        entry(before, 'soviet-offer', 'soviet-offer'),
        entry(before, 'counter-lapsed', 'counter-lapsed', { ...standing }),
      ]);
    }
    const already = world({ phase: 'drafting', agreed: {}, counter: { clause: 'sovietContribution', option: 2 } });
    const again = loud(already, (next, j) => applyConventionEffectTo(next, 'sovietOffer', j));
    expect(again.entries).toEqual([entry(already, 'soviet-offer', 'soviet-offer')]);
    expect(again.after.convention).toEqual(already.convention);
    for (const before of [
      world({ phase: 'drafting', agreed: { sovietContribution: 2 } }),
      world({ phase: 'stalled', resumePhase: 'drafting' }),
      world({ phase: 'staffTalks' }),
      // Played as the USSR, the class is never handed Moscow's own offer to accept.
      { ...world({ phase: 'drafting' }), role: 'ussr' as const },
    ]) {
      const { after, entries } = loud(before, (next, j) => applyConventionEffectTo(next, 'sovietOffer', j));
      expect(after).toEqual(before);
      expect(entries).toEqual([]);
    }
  });

  it('drafting begins after the staffs’ months of talks, and not before', () => {
    const early = world({ phase: 'staffTalks' });
    const tooEarly = loud(early, beginDrafting);
    expect(tooEarly.after).toEqual(early);
    expect(tooEarly.entries).toEqual([entry(early, 'drafting-too-early', 'drafting-too-early', { months: 2 })]);
    const ripe = world({ phase: 'staffTalks', phaseSince: addMonths(early.month, -2) });
    const drafting = loud(ripe, beginDrafting);
    expect(drafting.after.convention).toMatchObject({ phase: 'drafting', phaseSince: ripe.month });
    expect(drafting.entries).toEqual([entry(ripe, 'drafting', 'drafting')]);
  });

  it('a signed convention comes into force with the month’s exchange; no other phase writes it', () => {
    const signedIn = addMonths(world({}).month, -1);
    const signed = withWorld(world({ phase: 'signed' }), { conventionSigned: signedIn });
    const { after, entries } = loud(signed, conventionMonth);
    expect(after.convention.phase).toBe('inForce');
    expect(after.conventionInForce).toBe(signed.month);
    expect(after.conventionSigned).toBe(signedIn);
    expect(entries).toEqual([entry(signed, 'convention-in-force', 'convention-in-force')]);
    for (const phase of ['noContacts', 'inForce', 'stalled', 'brokenOff'] as const) {
      const other = loud(world({ phase }), conventionMonth);
      expect(other.entries, phase).toEqual([]);
      expect(other.after.conventionInForce, phase).toBeNull();
    }
  });
});

describe('staff talks, offers and counter-offers', () => {
  it('staff talks: refused by the French cabinet with its reason, or agreed with both sides’ reasons', () => {
    const french = decisionRule('france', 'staffTalks').label;
    const soviet = decisionRule('ussr', 'staffTalks').label;
    let refused = 0;
    let agreed = 0;
    for (const scenario of ['pact-1935', 'blum-staff-talks-1936'])
      for (const rng of dice(30)) {
        const before = world({ phase: 'attacheContacts' }, rng, {}, scenario);
        const { after, entries } = loud(before, proposeStaffTalks);
        expect(after.rng).not.toBe(before.rng);
        expect(entries).toHaveLength(1);
        const [e] = entries as [LogEntry];
        if (e.id === 'staff-talks-refused') {
          refused += 1;
          expect(after.convention).toEqual(before.convention);
          expect(e).toMatchObject(entry(before, 'staff-talks-refused', 'staff-talks-refused', { by: 'france' }));
          expect(e.reasons?.map((r) => [r.key, r.explanation?.rule, r.explanation?.yes])).toEqual([
            [null, french, false],
          ]);
        } else {
          agreed += 1;
          expect(after.convention).toMatchObject({ phase: 'staffTalks', phaseSince: before.month });
          expect(e).toMatchObject(entry(before, 'staff-talks', 'staff-talks'));
          expect(e).not.toHaveProperty('params');
          expect(e.reasons?.map((r) => [r.key, r.explanation?.rule, r.explanation?.yes])).toEqual([
            [null, french, true],
            [null, soviet, true],
          ]);
        }
      }
    expect(refused).toBeGreaterThan(0);
    expect(agreed).toBeGreaterThan(0);
  });

  it('staff talks in a month history scripts (as-it-happened, autumn 1936): agreed as the governments did, no die', () => {
    for (const rng of dice(30)) {
      const start = world({ phase: 'attacheContacts' }, rng, { sovietDrift: 200 }, 'as-it-happened');
      const script = { crises: { france: {}, ussr: {} }, events: [], moves: [], staffTalks: [start.month] };
      const before = withWorld(start, { script });
      const { after, entries } = loud(before, proposeStaffTalks);
      expect(after.rng).toBe(before.rng);
      expect(after.convention).toMatchObject({ phase: 'staffTalks', phaseSince: before.month });
      expect(entries).toEqual([
        { ...entry(before, 'staff-talks', 'staff-talks'), reasons: [{ key: 'staffTalks.scripted' }] },
      ]);
      // Another month: the governments decide by their rules, and the die is cast.
      const later = withWorld(before, { script: { ...script, staffTalks: [addMonths(start.month, 1)] } });
      expect(loud(later, proposeStaffTalks).after.rng).not.toBe(later.rng);
    }
  });

  it('staff talks refused by Moscow when it looks to Berlin past all measure, with Moscow’s reason', () => {
    const soviet = decisionRule('ussr', 'staffTalks').label;
    let seen = 0;
    for (const rng of dice(60)) {
      const before = world({ phase: 'attacheContacts' }, rng, { sovietDrift: 200 }, 'blum-staff-talks-1936');
      const { after, entries } = loud(before, proposeStaffTalks);
      const [e] = entries as [LogEntry];
      if (e.id !== 'staff-talks-refused' || e.params?.by !== 'ussr') continue;
      seen += 1;
      expect(after.convention).toEqual(before.convention);
      expect(e).toMatchObject(entry(before, 'staff-talks-refused', 'staff-talks-refused', { by: 'ussr' }));
      expect(e.reasons?.map((r) => [r.key, r.explanation?.rule, r.explanation?.yes])).toEqual([[null, soviet, false]]);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('an offer accepted, countered one step, or rejected: the entry, its reason judged at 0, and the world', () => {
    const judge = decisionRule('ussr', 'acceptOffer').label;
    const seen = new Set<string>();
    for (const clause of CLAUSE_IDS)
      for (const option of [0, 1, 2].filter((o) => o < CONVENTION.clauses[clause].options.length)) {
        const before = world({ phase: 'drafting', agreed: {}, counter: null });
        const { after, entries } = loud(before, (next, j) => makeOffer(next, 'france', clause, option, j));
        const first = entries[0] as LogEntry;
        seen.add(first.id);
        expect(first.reasons?.map((r) => [r.explanation?.rule, r.explanation?.threshold])).toEqual([[judge, 0]]);
        if (first.id === 'offer-accepted') {
          expect(entries).toMatchObject([
            entry(before, 'offer-accepted', 'offer-accepted', { clause, option }),
            entry(before, 'clause-agreed', 'clause-agreed', { clause, option }),
          ]);
          expect(after.convention.agreed).toEqual({ [clause]: option });
          expect(after.convention.counter).toBeNull();
          expect(after.actors.ussr.trust).toBe(before.actors.ussr.trust + 2);
        } else if (first.id === 'offer-countered') {
          const counter = first.params?.counter ?? null;
          expect(counter === option + 1 || counter === option - 1).toBe(true);
          expect(entries).toEqual([
            {
              ...entry(before, 'offer-countered', 'offer-countered', { clause, option, counter }),
              reasons: first.reasons,
            },
          ]);
          expect(after.convention.counter).toEqual({ clause, option: counter });
          expect(after.convention.agreed).toEqual({});
        } else {
          expect(entries).toEqual([
            { ...entry(before, 'offer-rejected', 'offer-rejected', { clause, option }), reasons: first.reasons },
          ]);
          expect(after.convention).toEqual(before.convention);
        }
      }
    expect([...seen].sort()).toEqual(['offer-accepted', 'offer-countered', 'offer-rejected']);
  });

  it('a counter-offer on another clause lapses, and says so, when a new offer is agreed or countered; not when it is rejected', () => {
    const standing = { clause: 'supply', option: 1 } as const;
    const lapsed = (w: WorldState) => entry(w, 'counter-lapsed', 'counter-lapsed', { ...standing });
    const seen = new Set<string>();
    const offers = CLAUSE_IDS.filter((c) => c !== 'supply').flatMap((clause) =>
      [0, 1, 2].filter((o) => o < CONVENTION.clauses[clause].options.length).map((option) => ({ clause, option })),
    );
    for (const { clause, option } of offers) {
      const before = world({ phase: 'drafting', agreed: {}, counter: standing });
      const { after, entries } = loud(before, (next, j) => makeOffer(next, 'france', clause, option, j));
      const first = entries[0] as LogEntry;
      seen.add(first.id);
      if (first.id === 'offer-rejected') {
        expect(entries.map((e) => e.id)).toEqual(['offer-rejected']);
        expect(after.convention.counter).toEqual(standing);
      } else {
        // The last entry says which counter-offer left the table; the table holds none of it now.
        expect(entries.at(-1)).toEqual(lapsed(before));
        expect(after.convention.counter?.clause).not.toBe('supply');
      }
    }
    expect([...seen].sort()).toEqual(['offer-accepted', 'offer-countered', 'offer-rejected']);
    // An offer on the counter-offer's own clause answers it: nothing lapses.
    for (const option of CONVENTION.clauses.supply.options.keys()) {
      const before = world({ phase: 'drafting', agreed: {}, counter: standing });
      const { entries } = loud(before, (next, j) => makeOffer(next, 'france', 'supply', option, j));
      expect(entries.map((e) => e.id)).not.toContain('counter-lapsed');
    }
  });

  it('accepting the counter-offer agrees its clause; with none on the table nothing happens', () => {
    const before = world({ phase: 'drafting', agreed: { trigger: 0 }, counter: { clause: 'supply', option: 1 } });
    const { after, entries } = loud(before, acceptCounter);
    expect(after.convention.agreed).toEqual({ trigger: 0, supply: 1 });
    expect(after.convention.counter).toBeNull();
    expect(entries).toEqual([entry(before, 'clause-agreed', 'clause-agreed', { clause: 'supply', option: 1 })]);
    const none = world({ phase: 'drafting', agreed: { trigger: 0 }, counter: null });
    const nothing = loud(none, acceptCounter);
    expect(nothing.after).toEqual(none);
    expect(nothing.entries).toEqual([]);
  });
});

describe('the draft before the approvers', () => {
  it('an incomplete draft is not submitted: no approver judges it, no die is cast', () => {
    const before = world({ phase: 'drafting', agreed: { trigger: 0, transit: 1 } });
    const { after, entries } = loud(before, submitDraft);
    expect(after).toEqual(before);
    expect(entries).toEqual([]);
  });

  it('signed when every approver agrees; else the first refusal ends the approvals and reopens its worst clause', () => {
    const outcomes = new Set<string>();
    const drafts: Clauses[] = [0, 1, 2].map((o) => Object.fromEntries(CLAUSE_IDS.map((c) => [c, o])));
    drafts.push(Object.fromEntries(CLAUSE_IDS.map((c, i) => [c, i % 2])));
    // The approvers judge by thresholds: the worlds differ by their governments and levels, not their dice.
    const favourable: Partial<Levels> = { sovietDrift: 0, frenchWill: 100, redArmyReadiness: 100 };
    for (const agreed of drafts)
      for (const [scenario, levels] of [
        ['pact-1935', {}],
        ['blum-staff-talks-1936', favourable],
        ['what-if-convention-1937', favourable],
        ['what-if-convention-1937', {}],
        ['last-chance-1937', favourable],
      ] as const) {
        const drafting = world({ phase: 'drafting', agreed, credibility: 100 }, undefined, levels, scenario);
        const before = withWorld(drafting, { conventionSigned: null });
        const { after, entries } = loud(before, submitDraft);
        const approvals = entries.filter((e) => e.key === 'negotiation.approval');
        // Each approver in turn, until one refuses.
        expect(approvals.map((e) => e.params?.approver)).toEqual(APPROVERS.slice(0, approvals.length));
        for (const e of approvals) {
          expect(e).toMatchObject({ kind: 'negotiation', id: `approval-${e.params?.approver}` });
          expect(e.reasons).toHaveLength(1);
          expect(e.reasons?.[0]?.explanation?.yes).toBe(e.params?.yes);
        }
        const refusals = approvals.filter((e) => e.params?.yes === false);
        const rest = entries.slice(approvals.length);
        if (refusals.length === 0) {
          outcomes.add('signed');
          expect(approvals).toHaveLength(APPROVERS.length);
          expect(rest).toEqual([entry(before, 'convention-signed', 'convention-signed')]);
          expect(after.convention.phase).toBe('signed');
          expect(after.conventionSigned).toBe(before.month);
          continue;
        }
        expect(refusals).toEqual([approvals[approvals.length - 1]]);
        expect(after.conventionSigned).toBeNull();
        expect(after.convention.phase).toBe('drafting');
        if (approvals.length > 1) outcomes.add('refused after a yes');
        if (rest.length === 0) {
          outcomes.add('refused, nothing to reopen');
          expect(after.convention.agreed).toEqual(agreed);
          continue;
        }
        outcomes.add('reopened');
        const clause = rest[0]?.params?.clause;
        expect(rest).toEqual([entry(before, 'clause-reopened', 'clause-reopened', { clause: clause ?? null })]);
        const { [clause as keyof Clauses]: dropped, ...kept } = agreed;
        expect(dropped).toBeDefined();
        expect(after.convention.agreed).toEqual(kept);
      }
    expect(outcomes).toContain('signed');
    expect(outcomes).toContain('reopened');
    expect(outcomes).toContain('refused after a yes');
  });
});

describe('a refusal with no clause to object to', () => {
  it('ends the approvals but reopens nothing: the general staff refuses a draft it values nowhere below 0', () => {
    // The French staffs doubt the Red Army, Poland is hostile, no one presses for the talks and the draft has no
    // credibility: the general staff refuses whatever the draft, while the cabinet and the war minister approve it.
    const agreed: Clauses = {
      trigger: 1,
      staffCoordination: 1,
      sovietContribution: 0,
      frenchContribution: 0,
      transit: 1,
      supply: 0,
      publicity: 0,
    };
    for (const clause of CLAUSE_IDS)
      expect(valuation('generalStaff', clause, agreed[clause] ?? -1)).toBeGreaterThanOrEqual(0);
    const w0 = world({ phase: 'drafting', agreed, credibility: 0 }, undefined, { redArmyReadiness: 0 });
    const before = withWorld(w0, {
      conventionSigned: null,
      actors: {
        ...w0.actors,
        poland: { ...w0.actors.poland, stance: -100 },
        france: { ...w0.actors.france, stance: 0 },
      },
    });
    const { after, entries } = loud(before, submitDraft);
    expect(entries.map((e) => [e.params?.approver, e.params?.yes])).toEqual([
      ['cabinet', true],
      ['warMinister', true],
      ['generalStaff', false],
    ]);
    // Its reason names no clause it objects to most: it judged the draft as a whole.
    expect(entries[2]?.reasons?.[0]?.explanation?.terms.find((t) => t.id === 'valuation.generalStaff')?.label).toBe(
      CONVENTION.labels.draft,
    );
    expect(after.convention.phase).toBe('drafting');
    expect(after.convention.agreed).toEqual(agreed);
    expect(after.conventionSigned).toBeNull();
  });
});

describe('stalled talks', () => {
  it('resume when the die rolls under the chance (30), and fail at 30 and above, with the roll as the reason', () => {
    const rolls = new Map<number, RngState>();
    for (const rng of dice(600)) {
      const [roll] = rollPercent(rng);
      if (!rolls.has(roll)) rolls.set(roll, rng);
    }
    for (const roll of [0, 29, 30, 31, 99]) {
      const rng = rolls.get(roll);
      expect(rng, `a die state that rolls ${roll}`).toBeDefined();
      const before = world({ phase: 'stalled', resumePhase: 'staffTalks' }, rng);
      const { after, entries } = loud(before, resumeTalks);
      expect(after.rng).toBe(rollPercent(rng as RngState)[1]);
      if (roll < 30) {
        expect(after.convention.phase, `roll ${roll}`).toBe('staffTalks');
        expect(entries).toEqual([entry(before, 'convention-resume', 'phase', { phase: 'staffTalks' })]);
        continue;
      }
      expect(after.convention, `roll ${roll}`).toEqual(before.convention);
      expect(entries).toEqual([
        {
          ...entry(before, 'resume-failed', 'resume-failed'),
          reasons: [
            {
              key: null,
              explanation: {
                rule: 'roll.resume',
                bias: { weight: 30, source: null },
                terms: [],
                total: 30,
                threshold: null,
                chance: 30,
                roll,
                yes: false,
              },
            },
          ],
        },
      ]);
    }
  });
});
