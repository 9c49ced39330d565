/**
 * The X-ray's arrows speak in words (`scenarios/text/xray.en.json`), not in
 * the machines' code names. Every event and guard of every machine the X-ray
 * draws must have words, and the file must name nothing the machines do not
 * use, so it cannot go stale. The expected names are read from the machines
 * themselves, by the same second route as `graph.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import xrayJson from '../../scenarios/text/xray.en.json';
import { RULE_MACHINE_IDS, RULE_MACHINES } from '../engine';
import { machineGraph } from './graph';
import { edgeLines, edgeText } from './layout';
import { eventWords, guardWords, parseXrayWords, XRAY_LABEL_MAX_CHARS, XRAY_WORDS, type XrayWords } from './words';

/** The event types a machine's states wait for, read from each state node's own transition table. */
function eventsOf(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root).flatMap((node) => [...node.transitions.keys()]);
}

/** The guard names a machine implements. */
function guardsOf(machine: AnyStateMachine): string[] {
  return Object.keys(machine.implementations.guards);
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

const usedEvents = sorted(RULE_MACHINE_IDS.flatMap((id) => eventsOf(RULE_MACHINES[id].machine)));
const usedGuards = sorted(RULE_MACHINE_IDS.flatMap((id) => guardsOf(RULE_MACHINES[id].machine)));

describe('the words of the X-ray’s arrows', () => {
  it('reads the names from the machines the X-ray draws, as the drawing has them', () => {
    const drawn = RULE_MACHINE_IDS.flatMap((id) => machineGraph(id).edges);
    expect(sorted(drawn.map((e) => e.event).filter((e) => e !== 'always'))).toEqual(usedEvents);
    expect(sorted(drawn.flatMap((e) => (e.guard === null ? [] : [e.guard])))).toEqual(usedGuards);
    expect(usedEvents).toContain('guarantor.uk');
    expect(usedGuards).toContain('isInForce');
  });

  it('has words for every event of every machine drawn, and for no other', () => {
    const missing = usedEvents.filter((e) => !Object.hasOwn(XRAY_WORDS.events, e));
    const unused = Object.keys(XRAY_WORDS.events).filter((e) => !usedEvents.includes(e));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  it('has words for every guard of every machine drawn, and for no other', () => {
    const missing = usedGuards.filter((g) => !Object.hasOwn(XRAY_WORDS.guards, g));
    const unused = Object.keys(XRAY_WORDS.guards).filter((g) => !usedGuards.includes(g));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  it('asks each guard as a short yes-or-no question, and says each event in a few words', () => {
    for (const [guard, words] of Object.entries(XRAY_WORDS.guards)) {
      expect(words, guard).toMatch(/^[A-Z].*\?$/);
      expect(words.length, guard).toBeLessThanOrEqual(XRAY_LABEL_MAX_CHARS);
    }
    for (const [event, words] of Object.entries(XRAY_WORDS.events)) {
      expect(words, event).not.toMatch(/[?.]$/);
      expect(words.length, event).toBeLessThanOrEqual(XRAY_LABEL_MAX_CHARS);
    }
  });

  it('gives the shipped file as it is, checked by its schema', () => {
    const parsed = parseXrayWords(xrayJson);
    expect(parsed.ok).toBe(true);
    expect(XRAY_WORDS.$comment).toMatch(/rules X-ray/);
  });

  it('refuses a file with a label too long for an arrow, an empty one, or a field it does not know', () => {
    const tooLong = 'Is this question far too long to fit on an arrow?';
    const bad = {
      ...xrayJson,
      events: { ...xrayJson.events, 'guarantor.uk': '' },
      guards: { ...xrayJson.guards, isInForce: tooLong },
      colours: {},
    };
    const parsed = parseXrayWords(bad);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'events.guarantor.uk: expected some words',
      `guards.isInForce: expected at most ${XRAY_LABEL_MAX_CHARS} characters: it is drawn on an arrow`,
      expect.stringMatching(/^colours: /),
    ]);
    const { $comment: _, ...uncommented } = xrayJson;
    expect(parseXrayWords(uncommented).ok).toBe(false);
  });

  it('falls back to the raw name at run time, never to nothing, when the file has no words for it', () => {
    const none: XrayWords = { $comment: 'none', version: 1, events: {}, guards: {} };
    expect(eventWords('guarantor.uk', none)).toBe('guarantor.uk');
    expect(guardWords('isInForce', none)).toBe('isInForce');
    expect(guardWords('constructor', none)).toBe('constructor');
    const graph = machineGraph('locarno');
    const uk = graph.edges.find((e) => e.from === 'locarno.ukVerdict' && e.guard === 'isItalyCounting');
    if (uk === undefined) throw new Error('no guarded arrow from locarno.ukVerdict');
    expect(edgeText(uk, graph, none)).toBe('guarantor.uk — isItalyCounting');
  });
});

describe('edgeText', () => {
  /** The arrow of `machine` from one state to another (keys within the machine), and the machine's graph. */
  function arrow(machine: (typeof RULE_MACHINE_IDS)[number], from: string, to: string) {
    const graph = machineGraph(machine);
    const edge = graph.edges.find((e) => e.from === `${machine}.${from}` && e.to === `${machine}.${to}`);
    if (edge === undefined) throw new Error(`no arrow ${machine}.${from} -> ${to}`);
    return { edge, graph };
  }

  it('says the words of a guard, not its name: Locarno in force?', () => {
    const { edge, graph } = arrow('locarno', 'engagement', 'art2Exceptions');
    expect(edge.guard).toBe('isInForce');
    expect(edgeText(edge, graph)).toBe('Locarno in force?');
  });

  it('says a riposte to an unprovoked breach of the zone in words', () => {
    const { edge, graph } = arrow('locarno', 'art2Exceptions', 'zoneDefence');
    expect(edge.guard).toBe('isUnprovokedZoneBreach');
    expect(edgeText(edge, graph)).toBe('Riposte to an unprovoked zone breach?');
  });

  it('says the words of an event, then the words of its guard, each on its own line', () => {
    const { edge, graph } = arrow('locarno', 'ukVerdict', 'italyVerdict');
    expect(edgeLines(edge, graph)).toEqual(['Britain gives its verdict', "Does Italy's verdict count?"]);
    expect(edgeText(edge, graph)).toBe("Britain gives its verdict — Does Italy's verdict count?");
  });

  it('says the words of an unguarded event alone', () => {
    const { edge, graph } = arrow('francoSovietPact', 'peace', 'zoneViolation');
    expect(edgeText(edge, graph)).toBe('a breach of the demilitarised zone');
    const referral = arrow('covenantCouncil', 'art15Report', 'assemblyReferral');
    expect(edgeText(referral.edge, referral.graph)).toBe('the Council sends it to the Assembly');
  });

  it('says "otherwise" on a fallback, eventless or after guarded answers to the same event', () => {
    const always = arrow('francoSovietPact', 'ownTerritoryCheck', 'notOwnTerritory');
    expect(edgeText(always.edge, always.graph)).toBe('otherwise');
    const guarded = arrow('francoSovietPact', 'ownTerritoryCheck', 'unprovokedCheck');
    expect(edgeText(guarded.edge, guarded.graph)).toBe('Attack on French or Soviet soil?');
    const vote = arrow('covenantCouncil', 'art15Report', 'noReport');
    expect(edgeLines(vote.edge, vote.graph)).toEqual(['the Council votes', 'otherwise']);
    const lone = arrow('francoSovietPact', 'threatRaised', 'inForceCheck');
    expect(edgeText(lone.edge, lone.graph)).toBe('');
  });

  it('shows no code name on any arrow of any machine', () => {
    for (const id of RULE_MACHINE_IDS) {
      const graph = machineGraph(id);
      for (const edge of graph.edges) {
        const text = edgeText(edge, graph);
        expect(text, edge.id).not.toMatch(/[[\]]/);
        if (edge.event !== 'always') expect(text, edge.id).not.toContain(edge.event);
        if (edge.guard !== null) expect(text, edge.id).not.toContain(edge.guard);
        // Code names are camelCase or dotted: words are neither.
        expect(text, edge.id).not.toMatch(/\b[a-z]+[A-Z]\w*|\b[a-z]+\.[a-z]/);
      }
    }
  });
});
