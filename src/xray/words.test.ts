/**
 * The X-ray's arrows and state boxes speak in words
 * (`scenarios/text/xray.en.json`), not in the machines' code names. Every
 * event, guard and state of every machine the X-ray draws must have words,
 * and the file must name nothing the machines do not have, so it cannot go
 * stale. The expected names are read from the machines themselves, by the
 * same second route as `graph.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import xrayJson from '../../scenarios/text/xray.en.json';
import { RULE_MACHINE_IDS, RULE_MACHINES } from '../engine';
import { machineGraph, stateLabel, stateTitle } from './graph';
import { edgeLines, edgeText } from './layout';
import {
  eventWords,
  guardWords,
  parseXrayWords,
  stateWords,
  XRAY_LABEL_MAX_CHARS,
  XRAY_TITLE_MAX_CHARS,
  XRAY_WORDS,
  type XrayWords,
} from './words';

/** The event types a machine's states wait for, read from each state node's own transition table. */
function eventsOf(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root).flatMap((node) => [...node.transitions.keys()]);
}

/** The guard names a machine implements. */
function guardsOf(machine: AnyStateMachine): string[] {
  return Object.keys(machine.implementations.guards);
}

/** The ids of a machine's states, as a verdict's path names them: `locarno.ukVerdict`. */
function statesOf(machine: AnyStateMachine): string[] {
  return getStateNodes(machine.root).map((node) => node.id);
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

const usedEvents = sorted(RULE_MACHINE_IDS.flatMap((id) => eventsOf(RULE_MACHINES[id].machine)));
const usedGuards = sorted(RULE_MACHINE_IDS.flatMap((id) => guardsOf(RULE_MACHINES[id].machine)));
const usedStates = sorted(RULE_MACHINE_IDS.flatMap((id) => statesOf(RULE_MACHINES[id].machine)));

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
      states: { ...xrayJson.states, 'locarno.ukVerdict': 'The verdict of the United Kingdom' },
      colours: {},
    };
    const parsed = parseXrayWords(bad);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'events.guarantor.uk: expected some words',
      `guards.isInForce: expected at most ${XRAY_LABEL_MAX_CHARS} characters: it is drawn on an arrow`,
      `states.locarno.ukVerdict: expected at most ${XRAY_TITLE_MAX_CHARS} characters: it is drawn in a state's box`,
      expect.stringMatching(/^colours: /),
    ]);
    const { $comment: _, ...uncommented } = xrayJson;
    expect(parseXrayWords(uncommented).ok).toBe(false);
    const { states: __, ...untitled } = xrayJson;
    expect(parseXrayWords(untitled).ok).toBe(false);
  });

  it('falls back to the raw name at run time, never to nothing, when the file has no words for it', () => {
    const none: XrayWords = { $comment: 'none', version: 1, events: {}, guards: {}, states: {} };
    expect(eventWords('guarantor.uk', none)).toBe('guarantor.uk');
    expect(guardWords('isInForce', none)).toBe('isInForce');
    expect(guardWords('constructor', none)).toBe('constructor');
    const graph = machineGraph('locarno');
    const uk = graph.edges.find((e) => e.from === 'locarno.ukVerdict' && e.guard === 'isItalyCounting');
    if (uk === undefined) throw new Error('no guarded arrow from locarno.ukVerdict');
    expect(edgeText(uk, graph, none)).toBe('guarantor.uk — isItalyCounting');
    expect(stateWords('locarno.ukVerdict', 'Uk verdict', none)).toBe('Uk verdict');
    expect(stateTitle('locarno.ukVerdict', none)).toBe('Uk verdict');
    expect(stateTitle('constructor', none)).toBe('Constructor');
    expect(stateTitle('locarno.ukVerdict')).toBe("Britain's verdict");
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

/**
 * Country and institution names as a title writes them. A label made from a state's key writes
 * them in lower case, or capitalises only the first ("Uk verdict", "Not european", "Declined by
 * soviet leadership"): in a title they are proper nouns, and an acronym stays in capitals.
 */
const PROPER_NOUNS = [
  'UK',
  'USSR',
  'Britain',
  'British',
  'Soviet',
  'Europe',
  'European',
  'France',
  'French',
  'Germany',
  'German',
  'Belgium',
  'Italy',
  'Poland',
  'Romania',
  'Czechoslovak',
  'Czechoslovakia',
  'Locarno',
  'League',
  'Council',
  'Assembly',
  'Covenant',
  'Protocol',
  'Chambers',
  'Member',
  'Members',
];

/** The proper nouns `text` writes in the wrong case: `Uk verdict` → `['Uk']`. */
function miscased(text: string): string[] {
  const words = text.match(/[A-Za-z]+/g) ?? [];
  return words.filter((w) => PROPER_NOUNS.some((name) => name.toLowerCase() === w.toLowerCase() && name !== w));
}

describe('the titles of the X-ray’s states', () => {
  it('reads the states from the machines the X-ray draws, as the drawing has them', () => {
    const drawn = RULE_MACHINE_IDS.flatMap((id) => machineGraph(id).nodes.map((n) => n.id));
    expect(sorted(drawn)).toEqual(usedStates);
    expect(usedStates).toContain('locarno.ukVerdict');
    expect(usedStates).toContain('czechoslovakSoviet.notEuropean');
  });

  it('has a title for every state of every machine drawn, and for no other', () => {
    const missing = usedStates.filter((s) => !Object.hasOwn(XRAY_WORDS.states, s));
    const unused = Object.keys(XRAY_WORDS.states).filter((s) => !usedStates.includes(s));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  it('names a state in plain English, not by its code name: Britain’s verdict, Aggressor not European', () => {
    const label = (id: string) =>
      machineGraph(RULE_MACHINE_IDS.find((m) => id.startsWith(`${m}.`)) ?? 'locarno').nodes.find((n) => n.id === id)
        ?.label;
    expect(label('locarno.ukVerdict')).toBe("Britain's verdict");
    expect(label('locarno.italyVerdict')).toBe("Italy's verdict");
    expect(label('francoSovietPact.notEuropean')).toBe('Aggressor not European');
    expect(label('czechoslovakSoviet.notEuropean')).toBe('Aggressor not European');
    expect(label('francoSovietPact.declinedBySovietLeadership')).toBe('Soviet leadership declines');
    expect(label('francoSovietPact.suspendedByProtocolII')).toBe('Suspended by Protocol II');
    expect(label('francoSovietPact.notInForce')).toBe('Not in force');
  });

  it('titles a state shared by two machines for each machine: the declining government differs', () => {
    expect(stateTitle('francoSovietPact.partyCheck')).toBe('Threat to France or the USSR');
    expect(stateTitle('czechoslovakSoviet.partyCheck')).toBe('Victim: USSR or Czechoslovakia');
    expect(stateTitle('czechoslovakSoviet.declinedByGovernment')).toBe('Government owing help declines');
  });

  it('writes each title in sentence case, short enough for a box, with no code name', () => {
    for (const [state, words] of Object.entries(XRAY_WORDS.states)) {
      expect(words, state).toMatch(/^[A-Z]/);
      expect(words, state).not.toMatch(/[.?]$/);
      expect(words.length, state).toBeLessThanOrEqual(XRAY_TITLE_MAX_CHARS);
      expect(words, state).not.toMatch(/\b[a-z]+[A-Z]\w*|\b[a-z]+\.[a-z]/);
    }
  });

  it('capitalises the names of countries and institutions, where the label made from the key did not', () => {
    const lowered: string[] = [];
    for (const id of RULE_MACHINE_IDS) {
      for (const node of machineGraph(id).nodes) {
        const mechanical = stateLabel(node.key);
        expect(miscased(node.label), node.id).toEqual([]);
        if (miscased(mechanical).length > 0) {
          lowered.push(node.id);
          expect(node.label, node.id).not.toBe(mechanical);
        }
      }
    }
    // The check has something to check: the labels a teacher saw.
    expect(lowered).toEqual(
      expect.arrayContaining([
        'locarno.ukVerdict',
        'francoSovietPact.notEuropean',
        'francoSovietPact.declinedBySovietLeadership',
      ]),
    );
    expect(miscased('Declined by soviet leadership')).toEqual(['soviet']);
    expect(miscased("Britain's verdict, not the UK's")).toEqual([]);
  });
});
