/**
 * The historical record (issue 7, §5): each correction and each added event,
 * read from the data files, with its source row in ../shared/history/timeline.md
 * and that row's confidence tag.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIOS_DIR } from '../../testing/scenarios';
import { CALENDAR } from '../rules/lawData';
import { parseLegalCaseText } from '../rules/legalCase';
import { locarnoMachine } from '../rules/locarnoMachine';
import { worldFactsOn } from '../rules/worldFacts';
import { ENDINGS, EVENTS, GOVERNMENTS } from './modelData';

const SRC_DIR = join(import.meta.dirname, '..', '..');

function event(id: string) {
  const found = EVENTS.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no event "${id}" in events.json`);
  return found;
}

function caseSummary(id: string): string {
  const parsed = parseLegalCaseText(readFileSync(join(SCENARIOS_DIR, 'cases', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: invalid case`);
  return parsed.value.summary ?? '';
}

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

describe('corrections', () => {
  it('dates Titulescu at the Foreign Ministry from 20 October 1932, as the timeline row does (C)', () => {
    const titulescu = GOVERNMENTS.titulescu;
    expect(titulescu?.from).toBe('1932-10-20');
    expect(titulescu?.source).toContain('timeline.md');
    expect(titulescu?.source).toContain('20 Oct 1932');
    expect(titulescu?.confidence).toBe('C');
  });

  it('seats Germany permanently on the Council until its withdrawal took effect in October 1935', () => {
    expect(worldFactsOn('1935-05-02').councilPermanent).toContain('germany');
    expect(worldFactsOn('1935-10-20').councilPermanent).toContain('germany');
    expect(worldFactsOn('1935-10-21').councilPermanent).not.toContain('germany');
    expect(worldFactsOn('1936-03-07').councilPermanent).not.toContain('germany');
    const seat = CALENDAR.councilPermanent.find((s) => s.state === 'germany');
    expect(seat?.until).toBe('1935-10-20');
    expect(seat?.source).toContain('Hansard HC 16 May 1935');
  });

  it('does not call the guarantee to Poland Britain’s first continental commitment: Locarno (1925) was', () => {
    const guarantee = event('british-guarantee');
    expect(guarantee.text).not.toMatch(/first continental commitment of its kind/);
    expect(guarantee.text).toMatch(/not Britain's first continental commitment/);
    expect(guarantee.text).toContain('Locarno');
    expect(guarantee.source).toContain('16 Oct 1925');
  });

  it('makes Manchuria, not Ethiopia, collective security’s first test', () => {
    const sanctions = event('sanctions-end');
    expect(sanctions.text).not.toMatch(/failed its first test/);
    expect(sanctions.text).toContain('Manchuria');
    expect(sanctions.source).toContain('18 Sept 1931');
    expect(sanctions.confidence).toBe('S');
  });

  it('starts the purge of the high command before Tukhachevsky’s arrest: Primakov and Putna, August 1936', () => {
    const arrest = event('tukhachevsky-arrested');
    expect(arrest.text).not.toMatch(/purge of the Red Army's high command begins/);
    expect(arrest.text).toMatch(/Primakov and Putna in August 1936/);
    const first = event('primakov-putna-arrested');
    expect(first.date).toBe('1936-08-14');
    expect(first.date < arrest.date).toBe(true);
    expect(first.confidence).toBe('S');
  });

  it('ends Titulescu’s policy with his fall, not every possibility of a Romanian corridor', () => {
    const fall = event('titulescu-dismissed');
    expect(fall.text).not.toMatch(/any Romanian corridor, end with him/);
    expect(fall.text).toMatch(/harder, not impossible/);
    // The game's own event says a corridor was thinkable after his fall.
    expect(event('romania-wavers').date > fall.date).toBe(true);
  });

  it('does not say the pact promised help only through the League: Protocol point I kept it due', () => {
    const pact = loadScenario('pact-1935');
    const texts = [pact.summary, ...pact.questions, ...pact.teacherNotes].join(' ');
    expect(texts).not.toMatch(/only through the League|only 'through the Covenant'/);
    expect(pact.summary).toMatch(/point I of its Protocol help stays due if the Council fails to recommend/);
  });

  it('has the Chamber approve the bill authorising ratification, and ratification follow the Senate', () => {
    const rhineland = loadScenario('rhineland-1936');
    expect(rhineland.summary).not.toMatch(/Chamber has ratified/);
    expect(rhineland.summary).toMatch(/passed the bill authorising ratification/);
    expect(rhineland.summary).toMatch(/can ratify only after it/);
    expect(event('chamber-ratifies').text).toMatch(/bill authorising ratification/);
    expect(event('senate-ratifies').text).toMatch(/France can now ratify/);
  });

  it('gives the 1939 talks’ failing "above all" on Polish transit as one view, with the other', () => {
    const notes = loadScenario('talks-1939').teacherNotes.join(' ');
    expect(notes).not.toMatch(/The talks stalled above all/);
    expect(notes).toMatch(/above all on Poland's refusal of transit is the French ambassador's view/);
    expect(notes).toMatch(/On another view/);
  });

  it('says "as usually summarised" in every historians’ note that rests on works not read here', () => {
    const notRead = /Alexander|Haslam|Dullin|Jordan|Hochman|Ragsdale|Vershinin|Carley/;
    for (const ending of ENDINGS) {
      if (!notRead.test(ending.historians)) continue;
      expect(ending.historians, ending.id).toMatch(/usually summarised|abstract/);
    }
  });

  it('says the verdicts that count after March 1936 are the model’s reading, in case summaries', () => {
    const britain = caseSummary('germany-attacks-ussr-britain-objects');
    expect(britain).not.toMatch(/the one guarantor whose verdict still counts/);
    expect(britain).toMatch(/model's reading \(treaty-and-rules\.md §5\.8/);
    expect(caseSummary('rhineland-1936-03-07')).toMatch(/model's reading only Britain's verdict counts/);
    expect(caseSummary('italy-objects-while-locarno-in-force')).toMatch(/model's reading/);
    for (const file of readdirSync(join(SCENARIOS_DIR, 'cases'))) {
      const summary = caseSummary(file.replace(/\.json$/, ''));
      if (/verdict (still )?counts|only Britain|Britain's verdict alone/.test(summary))
        expect(summary, file).toMatch(/model's reading/);
    }
  });

  it('marks the rules X-ray’s states that count only some guarantors’ verdicts as the model’s reading', () => {
    const states = Object.entries(locarnoMachine.config.states ?? {});
    const counting = states.filter(([, node]) => /verdict (alone )?count|counts too/.test(String(node.meta?.summary)));
    expect(counting.map(([key]) => key).sort()).toEqual(['belgiumReleased', 'italyVerdict', 'repudiated']);
    for (const [key, node] of counting) {
      expect(node.meta?.reading, key).toBe('DECISION');
      expect(node.meta?.summary, key).toMatch(/model's reading/);
    }
  });

  it('cites GAME.md only as the model’s design, in the data and in the machines’ citations', () => {
    const mentions: string[] = [];
    for (const path of files(SCENARIOS_DIR, '.json')) {
      for (const line of readFileSync(path, 'utf8').split('\n'))
        for (const match of line.matchAll(/.{0,40}GAME\.md/g)) mentions.push(`${path}: ${match[0]}`);
    }
    for (const path of files(SRC_DIR, '.ts').filter((p) => !p.endsWith('.test.ts'))) {
      for (const line of readFileSync(path, 'utf8').split('\n'))
        if (/cite:.*GAME\.md/.test(line)) mentions.push(`${path}: ${line.trim()}`);
    }
    expect(mentions.length).toBeGreaterThan(20);
    for (const mention of mentions) expect(mention).toMatch(/the model's design[,:]? \(?GAME\.md/);
  });

  it('presents nothing from the unreliable 1931 "neutrality treaty" seed as fact', () => {
    const texts = [...EVENTS.map((e) => `${e.text} ${e.source ?? ''}`), ...ENDINGS.map((e) => e.historians)];
    for (const text of texts) expect(text).not.toMatch(/neutrality treaty|29 Oct(ober)? 1931|J\. Smith|L\. Martin/);
  });
});

/** The events §5 asks for: id, date, and the confidence of their timeline.md row. */
const ADDED: readonly [id: string, date: string, confidence: 'C' | 'S' | 'U', row: string][] = [
  ['comintern-congress', '1935-07-25', 'S', '25 Jul - 20 Aug 1935'],
  ['locarno-compatibility', '1935-07', 'U', 'Summer 1935'],
  ['rome-berlin-axis', '1936-11-01', 'S', '23 Oct - 1 Nov 1936'],
  ['italy-joins-anti-comintern', '1937-11-06', 'S', '6 Nov 1937'],
  ['lake-khasan', '1938-07-29', 'S', '29 Jul - 11 Aug 1938'],
  ['khalkhin-gol', '1939-05-11', 'S', '11 May - 16 Sept 1939'],
  ['soviet-answer-to-benes', '1938-09-19', 'S', '19-21 Sept 1938'],
  ['soviet-warning-to-poland', '1938-09-23', 'S', '23 Sept 1938'],
  ['french-partial-mobilisation', '1938-09-24', 'C', '24 Sept 1938'],
  ['poland-takes-teschen', '1938-09-30', 'S', '30 Sept - 2 Oct 1938'],
  ['franco-german-declaration', '1938-12-06', 'S', '6 Dec 1938'],
  ['stalin-chestnuts', '1939-03-10', 'S', '10 Mar 1939'],
  ['six-power-conference', '1939-03-18', 'S', '18 Mar 1939'],
  ['romania-guaranteed', '1939-04-13', 'S', '13 Apr 1939'],
  ['secret-protocol', '1939-08-23', 'S', '23 Aug 1939'],
  ['soviet-invasion-of-poland', '1939-09-17', 'C', '17 Sept 1939'],
];

describe('added events', () => {
  it.each(ADDED)('has %s, dated %s, with its timeline row and confidence %s', (id, date, confidence, row) => {
    const added = event(id);
    expect(added.date).toBe(date);
    expect(added.confidence).toBe(confidence);
    expect(added.source).toContain('timeline.md');
    expect(added.source).toContain(row);
    expect(added.text.length).toBeGreaterThan(40);
  });

  it('marks every effect of an added event as the model’s assumption, and keeps most of them dispatches only', () => {
    const withEffects = ADDED.map(([id]) => event(id)).filter((e) => Object.keys(e.effects).length > 0);
    expect(withEffects.length).toBeLessThanOrEqual(3);
    for (const e of withEffects) expect(e.assumption, e.id).toMatch(/model's/);
    for (const [id] of ADDED) {
      const e = event(id);
      if (Object.keys(e.effects).length === 0) expect(e.assumption, id).toMatch(/dispatch only/);
    }
  });
});
