/**
 * The timeline the game ships: the same rows as the project's research notes,
 * and every citation of it in the data leads to what it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataTexts, SCENARIOS_DIR } from '../testing/scenarios';
import { readShared } from './sharedSources';
import {
  confidenceWords,
  parseTimeline,
  sourceWords,
  TIMELINE,
  timelineAnchor,
  timelineFor,
  timelineLabel,
} from './timeline';
import {
  plainText,
  type TimelineTarget,
  timelineFile,
  timelineFromMarkdown,
  timelineTargetsFor,
} from './timelineNotes';

const dates = (targets: readonly TimelineTarget[]) =>
  targets.map((t) => (t.kind === 'row' ? t.row.date : t.kind === 'section' ? `§ ${t.section}` : 'the timeline'));

describe('the shipped timeline', () => {
  it('is the research notes as they stand (npm run build:timeline writes it again)', () => {
    const shipped = readFileSync(join(SCENARIOS_DIR, 'text/timeline.en.json'), 'utf8');
    expect(shipped).toBe(timelineFile(readShared('history/timeline.md')));
    expect(parseTimeline(JSON.parse(shipped)).ok).toBe(true);
  });

  it('keeps every row with its sources and confidence, and the tags and source keys', () => {
    const markdown = readShared('history/timeline.md');
    const tableRows = markdown.split('\n').filter((l) => /^\| [^-D]/.test(l) || /^\| D(?!ate \|)/.test(l));
    expect(TIMELINE.rows).toHaveLength(tableRows.length);
    expect(Object.keys(TIMELINE.tags)).toEqual(['C', 'S', 'U']);
    expect(TIMELINE.sourceKeys.map((k) => k.key)).toContain('Haslam 1984');
    const signed = TIMELINE.rows.find((r) => r.id === '2-may-1935');
    expect(signed?.event).toContain('Treaty of Mutual Assistance');
    expect(signed?.source).not.toBe('');
    expect(signed?.confidence).toBe('C');
  });

  it('shows the unreliable page\'s "neutrality treaty" only as the claim the research rejects', () => {
    const rows = TIMELINE.rows.filter((r) => /neutrality treaty/i.test(r.event));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.event).toMatch(/^No Franco-Soviet "neutrality treaty" was concluded/);
      expect(row.confidence).toBe('Claim rejected');
    }
  });

  it('says what a confidence tag means, and leaves a note that is no tag alone', () => {
    expect(confidenceWords('C')).toBe('Confidence: C — confirmed: checked against the cited source in this research.');
    expect(confidenceWords('C (secondary)')).toMatch(/^Confidence: C \(secondary\) — confirmed: /);
    expect(confidenceWords('U (days)')).toMatch(/^Confidence: U \(days\) — uncertain or conflicting: /);
    // A mixed tag glosses each of its tags: the day is only standard.
    expect(confidenceWords('C (year); S (day)')).toMatch(/— C, confirmed: .* S, standard: a standard reference date/);
    expect(confidenceWords('Claim rejected')).toBe('Confidence: Claim rejected');
    expect(sourceWords('—')).toBe('Sources: none given in the research notes.');
    expect(sourceWords('Shirer')).toBe('Sources: Shirer.');
  });

  it('reads the Markdown: emphasis removed, a repeated date given its own id, a short row refused', () => {
    expect(plainText('**Manchuria**: the *Spectator* and `code`')).toBe('Manchuria: the Spectator and code');
    const notes = timelineFromMarkdown(
      '# T\n\n- **C** (confirmed): checked.\n\n## 1936: a year\n\n| Date | Event and actors | Source | Conf. |\n|---|---|---|---|\n| Sept 1936 | **One**. | a | C |\n| Sept 1936 | Two. | b | S |\n\n## Source keys\n\n- a: A book.\n',
    );
    expect(notes.rows.map((r) => [r.id, r.section, r.event])).toEqual([
      ['sept-1936', '1936: a year', 'One.'],
      ['sept-1936-2', '1936: a year', 'Two.'],
    ]);
    expect(notes.tags).toEqual({ C: 'confirmed: checked.' });
    expect(notes.sourceKeys).toEqual([{ key: 'a', reference: 'A book.' }]);
    expect(() => timelineFromMarkdown('| 1936 | only two |')).toThrow(/fewer than four cells/);
  });
});

describe('a citation of the timeline', () => {
  it('leads to the row of each date it names, in its order', () => {
    expect(dates(timelineFor('timeline.md 19 Mar 1936 (Kotkin)'))).toEqual(['19 Mar 1936']);
    expect(dates(timelineFor('timeline.md 3 and 7 Oct 1935'))).toEqual(['3 Oct 1935', '7 Oct 1935']);
    expect(dates(timelineFor('timeline.md 10 and 12-13 Mar 1938'))).toEqual(['10 Mar 1938', '12–13 Mar 1938']);
    expect(dates(timelineFor('timeline.md 14-19 Mar 1936; treaty-and-rules.md §3'))).toEqual(['14–19 Mar 1936']);
    expect(dates(timelineFor('timeline.md Apr-Jul 1939 (the talks)'))).toEqual(['Apr–Jul 1939']);
    expect(dates(timelineFor('timeline.md 15 Aug 1939'))).toEqual(['15 Aug 1939 (about)']);
  });

  it("reads past a source's own date in parentheses, gives a list its year, and splits a span of days into its rows", () => {
    expect(dates(timelineFor('timeline.md 27 Feb 1936 (Dominion 29 Feb 1936) and 12 Mar 1936'))).toEqual([
      '27 Feb 1936',
      '12 Mar 1936',
    ]);
    expect(dates(timelineFor('timeline.md 27 Feb, 7 Mar, 12 Mar and 27 Mar 1936'))).toEqual([
      '27 Feb 1936',
      '7 Mar 1936',
      '12 Mar 1936',
      '27 Mar 1936',
    ]);
    expect(dates(timelineFor('timeline.md 7-8 Mar 1936'))).toEqual(['7 Mar 1936', '8 Mar 1936']);
    expect(dates(timelineFor('timeline.md 11-21 Aug 1939 (Werth)'))).toEqual([
      '11–12 Aug 1939',
      '14 Aug 1939',
      '15 Aug 1939 (about)',
      '17–21 Aug 1939',
    ]);
    // A citation made inside parentheses ends with them.
    expect(dates(timelineFor('Missions of September 1935 (timeline.md Sept 1935). Talks since 1936.'))).toEqual([
      'Sept 1935',
    ]);
    // Another research note ends the timeline's part: its dates are not the timeline's.
    expect(dates(timelineFor('timeline.md 7 Mar 1936; actors.md (Flandin, 19 Mar 1936)'))).toEqual(['7 Mar 1936']);
    expect(dates(timelineFor('timeline.md: no French military action on 7 Mar 1936; Munich 29-30 Sept 1938'))).toEqual([
      '7 Mar 1936',
      '29–30 Sept 1938',
    ]);
  });

  it('picks, among rows of the same date, the ones whose event the citation speaks of', () => {
    const ids = (cite: string) => timelineFor(cite).map((t) => (t.kind === 'row' ? t.row.id : t.kind));
    expect(ids('timeline.md Sept 1936 (the Rambouillet credit)')).toEqual(['sept-1936-2']);
    expect(ids('timeline.md Sept 1936 (the General Staff authorised to hold preparatory talks)')).toEqual([
      'sept-1936-3',
    ]);
    expect(ids('timeline.md Sept 1936')).toEqual(['sept-1936', 'sept-1936-2', 'sept-1936-3']);
  });

  it("takes the additions' row where it says 'Additions', and the main row where it does not", () => {
    const comintern = timelineFor(
      "timeline.md 25 Jul - 20 Aug 1935 and 'Additions' 25 Jul - 20 Aug 1935 (Haslam 1984)",
    );
    expect(comintern.map((t) => (t.kind === 'row' ? t.row.section.slice(0, 9) : t.kind))).toEqual([
      '1935: the',
      'Additions',
    ]);
    const [main] = timelineFor('timeline.md Summer 1935');
    const [added] = timelineFor("timeline.md 'Additions' Summer 1935");
    expect(main?.kind === 'row' && main.row.section.startsWith('1935')).toBe(true);
    expect(added?.kind === 'row' && added.row.section.startsWith('Additions')).toBe(true);
    const both = timelineFor("timeline.md Summer 1935 (UK Cabinet paper) and 'Additions' Summer 1935 (Haslam 1984)");
    expect(both).toEqual([main, added]);
  });

  it("falls back to the year's section where no row has the date, and to the timeline where it names none", () => {
    expect(dates(timelineFor('timeline.md Sept 1936 - Jun 1937 (staff contacts)'))).toEqual([
      '§ 1936: ratification, Rhineland, Popular Front',
    ]);
    expect(dates(timelineFor('timeline.md, 1936; treaty-and-rules.md §5.5'))).toEqual([
      '§ 1936: ratification, Rhineland, Popular Front',
    ]);
    expect(dates(timelineFor('A counterfactual (timeline.md).'))).toEqual(['the timeline']);
    expect(timelineFor('treaty-and-rules.md §5.5')).toEqual([]);
    expect(timelineTargetsFor('timeline.md 19 Mar 1936', [])).toEqual([{ kind: 'timeline' }]);
  });

  it('has an anchor on the glossary page and words for its link', () => {
    const [row] = timelineFor('timeline.md 19 Mar 1936');
    if (row === undefined) throw new Error('no row');
    expect(timelineAnchor(row)).toBe('glossary-timeline-19-mar-1936');
    expect(timelineLabel(row)).toBe('the timeline, 19 Mar 1936');
    // Rows of one date are told apart in their links' words.
    const septembers = timelineFor('timeline.md Sept 1936').map(timelineLabel);
    expect(new Set(septembers).size).toBe(septembers.length);
    expect(septembers[1]).toMatch(/^the timeline, Sept 1936: \S+/);
    expect(timelineAnchor({ kind: 'section', section: '1939: the last negotiations' })).toBe(
      'glossary-timeline-s-1939-the-last-negotiations',
    );
    expect(timelineAnchor({ kind: 'timeline' })).toBe('glossary-timeline');
  });

  it("in the data, always leads somewhere, and to the row where it names a row's date exactly", () => {
    const cites = [...new Set(dataTexts('timeline.en.json').filter((t) => t.includes('timeline.md')))];
    expect(cites.length).toBeGreaterThan(100);
    let rows = 0;
    for (const cite of cites) {
      const targets = timelineFor(cite);
      expect(targets.length, cite).toBeGreaterThan(0);
      const named = /^timeline\.md ([^;(]+?)\s*(?:[;(]|$)/.exec(cite)?.[1];
      if (TIMELINE.rows.some((r) => r.date === named)) {
        expect(
          targets.some((t) => t.kind === 'row' && t.row.date === named),
          cite,
        ).toBe(true);
        rows += 1;
      }
    }
    expect(rows).toBeGreaterThan(50);
  });

  it("gives no dispatch a stronger confidence than the weakest row it rests on (events.json's own rule)", () => {
    const rank: Record<string, number> = { U: 0, S: 1, C: 2 };
    // A row's tag at its best: "C (month); S (day)" is C for what it confirms; "Claim rejected" supports nothing.
    const best = (confidence: string) =>
      Math.max(-1, ...[...confidence.matchAll(/\b([CSU])\b/g)].map((m) => rank[m[1] ?? ''] ?? -1));
    const events = (
      JSON.parse(readFileSync(join(SCENARIOS_DIR, 'model/events.json'), 'utf8')) as {
        events: { id: string; confidence: string; source: string }[];
      }
    ).events;
    let checked = 0;
    for (const event of events) {
      const rows = timelineFor(event.source).flatMap((t) => (t.kind === 'row' ? [t.row] : []));
      if (rows.length === 0) continue;
      checked += 1;
      const weakest = Math.min(...rows.map((row) => best(row.confidence)));
      expect(rank[event.confidence.charAt(0)], `${event.id}: ${event.confidence}`).toBeLessThanOrEqual(weakest);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
