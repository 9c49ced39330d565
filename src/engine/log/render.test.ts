/**
 * The log a student reads: explanations are data, their sentences are rendered
 * from it, add up, name countries and verdicts in words, claim nothing false
 * of the world, and are no part of the world's hash.
 */
import { describe, expect, it } from 'vitest';
import { sampled } from '../../testing/sample';
import { loadScenario, scenarioIds } from '../../testing/scenarios';
import { hashWorld, type SimulationResult, simulate } from '../game';
import { CONVENTION_LEVEL } from '../model/factors';
import { ACTORS, EVENTS, MODEL, MOVES } from '../model/modelData';
import type { Rule } from '../model/modelSchemas';
import { POLICY_NAMES } from '../policies';
import { COUNTRY_IDS } from '../rules/types';
import { sidesOf } from '../scenario/schema';
import { CONVENTION_PHASES } from '../world/worldState';
import { LOG_TEXT, type LogText, renderEntry, renderExplanation, renderSentence, signed } from './render';
import type { Explanation, LogEntry } from './types';

/** Seeded games over every scenario, policy and role: the log of each, kept. */
function games(seeds: number): SimulationResult[] {
  const results: SimulationResult[] = [];
  for (const id of scenarioIds()) {
    const scenario = loadScenario(id);
    for (const policy of POLICY_NAMES)
      for (const role of sidesOf(scenario))
        for (let seed = 0; seed < seeds; seed++)
          results.push(simulate(scenario, { seed: `log-${seed}`, policy, role }));
  }
  return results;
}

/** The games, their log entries and their explanations, played once per file on first use. */
interface Played {
  readonly games: SimulationResult[];
  readonly entries: LogEntry[];
  readonly explanations: Explanation[];
}
let playedOnce: Played | undefined;

/**
 * The logged games, played inside the first test that reads them: under `npm run
 * mutate` a mutant is switched on before each file's tests, not while the file
 * loads, so games played at load would cost every run and could not catch a
 * mutant. There they are a sixth as many (`sampled`).
 */
function played(): Played {
  if (playedOnce === undefined) {
    const all = games(sampled(6));
    const entries = all.flatMap((game) => [...game.log]);
    const explanations = entries.flatMap((entry) =>
      (entry.reasons ?? []).flatMap((reason) => (reason.explanation === undefined ? [] : [reason.explanation])),
    );
    playedOnce = { games: all, entries, explanations };
  }
  return playedOnce;
}

/** The signed numbers a rendered explanation shows: "starting lean −35; French will +26; … total +1 → chance 5%, rolled 73: no". */
function shown(line: string): { bias: number; terms: number[]; total: number; tail: string } {
  const number = (text: string) => Number(text.replace('\u2212', '-'));
  const match = /^starting lean ([+\u2212]?\d+); (.*)total ([+\u2212]?\d+) \u2192 (.*)$/.exec(line);
  if (match === null) throw new Error(`not an explanation: ${line}`);
  const terms = [...(match[2] ?? '').matchAll(/ ([+\u2212]\d+); /g)].map((m) => number(m[1] ?? ''));
  return { bias: number(match[1] ?? ''), terms, total: number(match[3] ?? ''), tail: match[4] ?? '' };
}

describe('explanations are data', () => {
  it('records each decision with its bias, terms (label, weight, source), total, chance and roll', () => {
    expect(played().games.length).toBeGreaterThan(sampled(250));
    expect(played().explanations.length).toBeGreaterThan(sampled(5000));
    const rolled = played().explanations.filter((e) => e.chance !== null);
    expect(rolled.length).toBeGreaterThan(sampled(1000));
    expect(played().explanations.some((e) => e.threshold !== null)).toBe(true);
    for (const e of played().explanations) {
      expect(e.bias.weight + e.terms.reduce((sum, t) => sum + t.weight, 0), e.rule).toBe(e.total);
      for (const term of e.terms) {
        expect(term.weight, `${e.rule}: ${term.label}`).not.toBe(0);
        expect(term.label.length).toBeGreaterThan(0);
        expect(term.source === null || term.source.length > 0).toBe(true);
      }
      if (e.chance !== null) {
        expect(e.roll, e.rule).not.toBeNull();
        expect(e.yes, e.rule).toBe((e.roll ?? 100) < e.chance);
        expect(e.threshold).toBeNull();
      } else {
        expect(e.yes, e.rule).toBe(e.total >= (e.threshold ?? 0));
      }
    }
  });

  it("carries each term's source from the model's data, or null where the weight is the model's assumption", () => {
    const sources = new Map<string, string | null>();
    for (const actor of Object.values(ACTORS))
      for (const rule of Object.values(actor?.decisions ?? {}) as Rule[])
        for (const term of rule.terms) sources.set(`${rule.label}|${term.label}`, term.source ?? null);
    let checked = 0;
    for (const e of played().explanations)
      for (const term of e.terms) {
        const expected = sources.get(`${e.rule}|${term.label}`);
        if (expected === undefined) continue;
        expect(term.source, `${e.rule}: ${term.label}`).toBe(expected);
        checked++;
      }
    expect(checked).toBeGreaterThan(1000);
    expect(played().explanations.some((e) => e.terms.some((t) => t.source === null))).toBe(true);
    expect(played().explanations.some((e) => e.terms.some((t) => t.source !== null))).toBe(true);
  });
});

describe('explanations add up', () => {
  it('shows the bias, every term and the total, whose sum it is, then the chance and the roll that agree', () => {
    let lines = 0;
    for (const e of played().explanations) {
      const line = renderExplanation(e);
      const { bias, terms, total, tail } = shown(line);
      expect(bias, line).toBe(e.bias.weight);
      expect(terms.length, line).toBe(e.terms.length);
      expect(bias + terms.reduce((a, b) => a + b, 0), line).toBe(total);
      const chance = /^chance (\d+)%, rolled (\d+): (yes|no)$/.exec(tail);
      if (chance !== null) {
        const [, percent, roll, answer] = chance;
        expect(Number(roll) < Number(percent), line).toBe(answer === 'yes');
        expect(Number(percent), line).toBe(e.chance);
      } else {
        const threshold = /^yes at ([+\u2212]?\d+) or more: (yes|no)$/.exec(tail);
        expect(threshold, line).not.toBeNull();
        const at = Number((threshold?.[1] ?? '').replace('\u2212', '-'));
        expect(total >= at, line).toBe(threshold?.[2] === 'yes');
      }
      lines++;
    }
    expect(lines).toBeGreaterThan(sampled(5000));
  });

  it('shows a bias the terms alone would hide', () => {
    const explanation: Explanation = {
      rule: 'Germany backs down',
      bias: { weight: -35, source: null },
      terms: [
        { id: 'frenchWill', label: 'French will', value: 52, weight: 26, source: null },
        { id: 'britishCommitment', label: 'Britain', value: 50, weight: 5, source: 'actors.md' },
        { id: 'coalition', label: 'the coalition against it', value: 10, weight: 5, source: null },
      ],
      total: 1,
      threshold: null,
      chance: 5,
      roll: 73,
      yes: false,
    };
    expect(renderExplanation(explanation)).toBe(
      'starting lean \u221235; French will +26; Britain +5; the coalition against it +5; total +1 \u2192 chance 5%, rolled 73: no',
    );
    expect(signed(0)).toBe('0');
  });
});

describe('the sentences a player reads', () => {
  let renderedOnce: ({ entry: LogEntry } & ReturnType<typeof renderEntry>)[] | undefined;
  const rendered = () => {
    renderedOnce ??= played().entries.map((entry) => ({ entry, ...renderEntry(entry) }));
    return renderedOnce;
  };

  it('has a sentence for every entry the engine logs, with every parameter filled', () => {
    for (const { entry, text, factors } of rendered()) {
      expect(LOG_TEXT.sentences[entry.key], entry.key).toBeDefined();
      for (const line of [text, ...factors]) {
        expect(line, entry.key).not.toMatch(/[{}]/);
        expect(line.trim().length, entry.key).toBeGreaterThan(3);
      }
    }
    const kinds = new Set(played().entries.map((e) => e.kind));
    for (const kind of ['event', 'move', 'crisis', 'negotiation', 'ending', 'action', 'postponed'])
      expect(kinds, kind).toContain(kind);
  });

  it('names countries, not ids: "met by France, the United Kingdom and Poland"', () => {
    const ids = new RegExp(`\\b(${COUNTRY_IDS.join('|')})\\b`);
    const met = rendered().filter(({ entry }) => entry.key === 'crisis.war' || entry.key === 'crisis.deterred');
    expect(met.length).toBeGreaterThan(20);
    for (const { text, factors } of rendered()) for (const line of [text, ...factors]) expect(line).not.toMatch(ids);
    const entry: LogEntry = {
      month: '1939-09',
      kind: 'crisis',
      id: 'poland-war',
      key: 'crisis.war',
      params: {
        move: 'poland',
        allies: ['france', 'uk', 'poland'],
        franceChoice: 'mobilise',
        sovietChoice: 'stand-aside',
        ukVerdict: 'no-view',
      },
    };
    const { text } = renderEntry(entry);
    expect(text).toContain('met by France, the United Kingdom and Poland');
    expect(text).toContain("Britain's verdict: no view given.");
  });

  it('says a move neither ally met went through without their war, and gives each side’s answer as an answer, not a deed', () => {
    const unopposed = rendered().filter(({ entry }) => entry.key === 'crisis.unopposed');
    const protocolInvoked = unopposed.filter(({ entry }) =>
      Object.values(entry.params ?? {}).includes('invoke-protocol'),
    );
    expect(unopposed.length).toBeGreaterThan(20);
    expect(protocolInvoked.length).toBeGreaterThan(0);
    for (const { text } of unopposed) {
      // Not "no one fights": Poland, the victim, fought in 1939 without its allies.
      expect(text).toMatch(/goes through: neither France nor the Soviet Union goes to war over it\./);
      // A side that invoked the Protocol was ready to act; where neither ally went to war it did not act.
      expect(text).not.toMatch(/\bacts\b|\battacks\b|\bfights\b|no one/);
    }
    // The forces that stood ready stand down, whatever put them there: a mobilisation, or the Protocol invoked
    // by a side that had no treaty to fight under. The line names no answer the sides did not give.
    const stoodDown = unopposed.filter(({ entry }) => entry.reasons?.some((r) => r.key === 'crisis.standsDown'));
    expect(stoodDown.some(({ entry }) => !Object.values(entry.params ?? {}).includes('mobilise'))).toBe(true);
    for (const { entry, factors } of stoodDown) {
      const line = factors.find((f) => f.includes('stand down')) ?? '';
      expect(line, entry.id).toBe(
        'The forces that stood ready stand down: neither France nor the Soviet Union goes to war.',
      );
      expect(line).not.toMatch(/mobilis/i);
    }
  });

  it('gives verdicts, choices and reasons in words, not codes', () => {
    const codes =
      /\broll\.\w+|\b(no-view|violation-flagrant|violation-nonflagrant|refer-council|invoke-protocol|ask-guarantors|stand-aside|attacheContacts|staffTalks|brokenOff|inForce)\b|\b[A-Z]{2,}_[A-Z_]+\b/;
    for (const { text, factors } of rendered()) for (const line of [text, ...factors]) expect(line).not.toMatch(codes);
    const holdsBack = renderSentence('crisis.holdsBack.locarno', { reason: 'GUARANTOR_OPPOSED' }, '1936-03');
    expect(holdsBack).not.toContain('GUARANTOR_OPPOSED');
    expect(holdsBack).toMatch(/^France holds back under Locarno\. No clause required British or Italian approval\. /);
  });

  it('claims no convention where none was signed: no "a convention binds Moscow" without one', () => {
    const claims =
      /binds Moscow|holds Moscow|convention to act on|a credible convention|convention is believed|\((signed|in force)\)|what the staff talks have shown/;
    let neverSigned = 0;
    for (const game of played().games) {
      const signedIn = game.world.conventionSigned;
      for (const entry of game.log) {
        if (signedIn !== null && entry.month >= signedIn) continue;
        for (const line of renderEntry(entry).factors) expect(line, entry.month).not.toMatch(claims);
        neverSigned++;
      }
    }
    expect(neverSigned).toBeGreaterThan(sampled(10000));
    // The convention's terms say how far the talks have got, and appear with it.
    const conventionTerms = played().explanations.flatMap((e) => e.terms.filter((t) => t.id === 'conventionLevel'));
    expect(conventionTerms.length).toBeGreaterThan(100);
    for (const term of conventionTerms) {
      const line = renderExplanation({
        rule: 'a rule',
        bias: { weight: 0, source: null },
        terms: [term],
        total: term.weight,
        threshold: 0,
        chance: null,
        roll: null,
        yes: term.weight >= 0,
      });
      expect(line).toMatch(
        /\((talks stalled|attaché contacts|general-staff talks|drafting|before the approvers|signed|in force)\)/,
      );
    }
  });

  it("explains every judgement and roll at a crisis's end: the guarantor, the Chambers, transit, the victim", () => {
    const ends = played().entries.filter((e) => /^crisis\.(unopposed|deterred|war)$/.test(e.key));
    expect(ends.length).toBeGreaterThan(100);
    for (const entry of ends) {
      const reasons = entry.reasons ?? [];
      const verdict = reasons.find((r) => r.key === 'crisis.ukVerdict');
      expect(verdict?.explanation, entry.id).toBeDefined();
      expect(verdict?.params?.ukVerdict, entry.id).toBe(entry.params?.ukVerdict);
      const rolled = reasons.filter((r) => r.explanation?.rule.startsWith('roll.transit.'));
      expect([0, 2], entry.id).toContain(rolled.length);
    }
    const end = ends[0];
    if (end === undefined) throw new Error('no crisis ended');
    const transit = ends.flatMap((e) => (e.reasons ?? []).filter((r) => r.explanation?.rule === 'roll.transit.poland'));
    expect(transit.length).toBeGreaterThan(20);
    for (const reason of transit)
      expect(renderEntry({ ...end, reasons: [reason] }).factors[0]).toMatch(
        /^Poland lets the Red Army pass: starting lean/,
      );
  });

  it('leaves out a term whose factor is absent from this world', () => {
    // Munich and the unanswered German moves are worth nothing until they happen.
    const before = played().entries.filter((e) => e.month < '1938-09');
    for (const entry of before)
      for (const reason of entry.reasons ?? [])
        for (const term of reason.explanation?.terms ?? []) expect(term.id).not.toBe('munich');
  });

  it('has words for every state of a factor it qualifies', () => {
    const states = LOG_TEXT.words.factorStates;
    for (const phase of CONVENTION_PHASES) {
      const level = CONVENTION_LEVEL[phase];
      if (level !== 0) expect(states.conventionLevel?.[String(level)], phase).toBeDefined();
    }
    for (const value of [100, 40]) expect(states.frenchHelpOwed?.[String(value)]).toBeDefined();
    for (const value of [100, 25, 10]) expect(states.sovietHelpDeliverable?.[String(value)]).toBeDefined();
  });

  it("names each weight's source, or says it is the model's assumption", () => {
    const withReasons = rendered().filter(({ sources }) => sources.length > 0);
    expect(withReasons.length).toBeGreaterThan(1000);
    const all = withReasons.flatMap(({ sources }) => sources);
    expect(all.some((line) => line.endsWith(": the model's assumption"))).toBe(true);
    expect(all.some((line) => /: .*\.md/.test(line))).toBe(true);
  });

  it('renders the events and moves from their data', () => {
    const event = EVENTS[0];
    const move = MOVES[0];
    if (event === undefined || move === undefined) throw new Error('no events or moves');
    const line = renderSentence('event', { event: event.id }, event.date.slice(0, 7) as LogEntry['month']);
    expect(line).toContain(event.title);
    expect(line).toContain(event.text);
    expect(renderSentence('postponed', { move: move.id }, '1936-01')).toBe(`${move.title}: Germany waits.`);
    expect(MODEL.transit.demarcheChance).toBeGreaterThan(0);
  });

  it('tells a day the timeline gives as uncertain with "about", in its month and in another', () => {
    expect(renderSentence('event', { event: 'litvinov-collective-measures' }, '1938-03')).toMatch(
      /^About 17 March 1938\. Litvinov proposes collective measures\./,
    );
    expect(renderSentence('event', { event: 'litvinov-collective-measures' }, '1938-04')).toMatch(
      /^Litvinov proposes collective measures \(in history, about 17 March 1938\)\./,
    );
    expect(renderSentence('event', { event: 'triple-alliance-talks' }, '1939-04')).toMatch(/^About 17 April 1939\. /);
    // A day the timeline is sure of is told as it is.
    expect(renderSentence('event', { event: 'council-finds-violation' }, '1936-03')).toMatch(/^19 March 1936\. /);
    // A day the timeline leaves out, the month alone sure, and the day the project's own decision: "about" too.
    expect(renderSentence('event', { event: 'germany-leaves-league' }, '1935-10')).toMatch(
      /^About 21 October 1935\. Germany leaves the League\./,
    );
    for (const event of EVENTS.filter((e) => e.dayUncertain === true)) {
      const decided = /the day[^)]*is the project's decision/.test(event.source ?? '');
      expect([event.id, event.confidence === 'U' || decided]).toEqual([event.id, true]);
      expect(event.date, event.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says France acts on its own decision where it "invokes the Protocol" and no party\'s soil is attacked', () => {
    const war = (move: string) =>
      renderSentence(
        'crisis.war',
        { move, franceChoice: 'invoke-protocol', sovietChoice: 'stand-aside', ukVerdict: 'lawful', allies: ['france'] },
        '1939-09',
      );
    expect(war('poland')).toContain(
      'France resolves to act without waiting for the Council, on its own decision (the Protocol is a ground only against an attack on French or Soviet soil, not this one)',
    );
    expect(war('poland')).not.toContain('invokes the Protocol');
    // Nor at the Rhineland: a breach of a zone on German soil, no attack on French soil, which the treaty does not
    // cover (treaty-and-rules.md §5.5).
    expect(war('rhineland')).toContain('France resolves to act without waiting for the Council, on its own decision');
    expect(war('rhineland')).not.toContain('invokes the Protocol');
    expect(
      renderSentence('crisis.answer', { side: 'ussr', choice: 'invoke-protocol', move: 'sudetenland' }, '1938-09'),
    ).toMatch(/^Moscow resolves to act without waiting for the Council, on its own decision/);
  });

  it('says owed Soviet help does not come, whether the way was shut or Moscow chose not to send it', () => {
    expect(renderSentence('crisis.sovietHelpStopped', { reason: 'POLITICAL_REFUSAL' }, '1938-09')).toBe(
      'Soviet help is owed but does not come in force: The government that owed the help decided not to give it.',
    );
  });

  it('tells the ending as the game’s end, not as a bare title in a crisis’s outcome', () => {
    expect(renderSentence('ending', { ending: 'isolated-france' }, '1939-09')).toBe(
      'The game ends: France without Britain or the USSR.',
    );
  });

  it('gives the Soviet Union, no party to Locarno, its own words for waiting on the guarantors', () => {
    const params = {
      move: 'rhineland',
      franceChoice: 'ask-guarantors',
      sovietChoice: 'ask-guarantors',
      ukVerdict: 'no-view',
    };
    const line = renderSentence('crisis.unopposed', params, '1936-03');
    expect(line).toContain('France asks the Locarno guarantors first;');
    expect(line).toContain(
      "the Soviet Union waits for Britain's verdict as a Locarno guarantor (the Soviet Union is no party to Locarno)",
    );
    expect(renderSentence('crisis.answer', { side: 'ussr', choice: 'ask-guarantors' }, '1936-03')).toBe(
      "Moscow waits for Britain's verdict as a Locarno guarantor (the Soviet Union is no party to Locarno)",
    );
    expect(renderSentence('crisis.answer', { side: 'france', choice: 'ask-guarantors' }, '1936-03')).toBe(
      'Paris asks the Locarno guarantors first',
    );
  });
});

describe('the wording is no part of the world', () => {
  it('gives a world the same hash whatever its log says, and with no log at all', () => {
    const scenario = loadScenario('pact-1935');
    const logged = simulate(scenario, { seed: 'wording', policy: 'alliance-first' });
    const quiet = simulate(scenario, { seed: 'wording', policy: 'alliance-first', withLog: false });
    expect(logged.log.length).toBeGreaterThan(50);
    expect(quiet.log.length).toBe(0);
    expect(hashWorld(quiet.world)).toBe(hashWorld(logged.world));
    expect(hashWorld({ ...logged.world, log: [] })).toBe(hashWorld(logged.world));
  });

  it('keeps no sentence in the log: a translation renders the same entries in other words', () => {
    for (const entry of played().entries.slice(0, 2000)) expect(JSON.stringify(entry)).not.toContain('Germany waits');
    const french: LogText = {
      ...LOG_TEXT,
      sentences: { ...LOG_TEXT.sentences, postponed: '{move} : l’Allemagne attend.' },
      words: { ...LOG_TEXT.words, explanation: { ...LOG_TEXT.words.explanation, bias: 'biais {n}' } },
    };
    const postponed = played().entries.find((e) => e.key === 'postponed');
    if (postponed === undefined) throw new Error('no German move was postponed');
    const en = renderEntry(postponed);
    const fr = renderEntry(postponed, french);
    expect(en.text).toMatch(/Germany waits\.$/);
    expect(fr.text).toMatch(/l’Allemagne attend\.$/);
    expect(fr.factors[0]).toContain('biais');
  });
});
