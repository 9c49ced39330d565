/**
 * The project's timeline (../shared/history/timeline.md) as data a class can
 * open: every row's date, event, sources and confidence tag, the tags'
 * meanings and the source keys, read from the Markdown by
 * `timelineFromMarkdown`. `npm run build:timeline` writes the result to
 * scenarios/text/timeline.en.json, which the game ships; a test checks the
 * shipped file against the shared one. Data files cite the timeline as
 * "timeline.md 19 Mar 1936": `timelineTargetsFor` finds the rows (or the
 * year's section) such a citation names, so the game can link it to what it rests on.
 *
 * Pure: no file is read here (the script and the test read them).
 *
 * @example
 * const notes = timelineFromMarkdown(readShared('history/timeline.md'));
 * timelineTargetsFor('timeline.md 3 and 7 Oct 1935', notes.rows); // the rows of 3 Oct and 7 Oct 1935
 */

/** One row of the timeline. */
export interface TimelineRow {
  /** Unique, from the date: `19-mar-1936`, `14-19-mar-1936`; a second row of the same date gets `-2`. */
  readonly id: string;
  /** The heading the row stands under, e.g. "1936: ratification, Rhineland, Popular Front". */
  readonly section: string;
  /** As the timeline writes it: "14–19 Mar 1936", "Summer 1935". */
  readonly date: string;
  /** The event and its actors, as plain text (the Markdown's emphasis removed). */
  readonly event: string;
  /** The sources the row rests on, as the timeline names them ("—" where it names none). */
  readonly source: string;
  /** The confidence tag and its note: "C", "S", "U (days)", "C (secondary)". */
  readonly confidence: string;
}

export interface TimelineNotes {
  /** The timeline's title. */
  readonly title: string;
  /** What each confidence tag means (C, S, U), in the timeline's words. */
  readonly tags: Readonly<Record<string, string>>;
  readonly rows: readonly TimelineRow[];
  /** The short source keys the rows use, expanded: key and its full reference. */
  readonly sourceKeys: readonly { readonly key: string; readonly reference: string }[];
}

/** Markdown's emphasis, code marks and links' brackets removed: the words alone. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}

/** A table row's cells, or null where the line is not one (or is a header or rule). */
function cells(line: string): string[] | null {
  if (!line.startsWith('|') || /^\|\s*-/.test(line) || /^\|\s*Date\s*\|/.test(line)) return null;
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A date's id: lower-case letters and digits, joined by hyphens. */
function dateId(date: string): string {
  return (
    plainText(date)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'undated'
  );
}

/** The timeline's rows, tags and source keys, from its Markdown. Throws if a row has fewer than four cells. */
export function timelineFromMarkdown(markdown: string): TimelineNotes {
  const lines = markdown.split('\n');
  const title = plainText((lines.find((l) => l.startsWith('# ')) ?? '# Timeline').slice(2));
  const tags: Record<string, string> = {};
  const rows: TimelineRow[] = [];
  const sourceKeys: { key: string; reference: string }[] = [];
  const used = new Map<string, number>();
  let section = '';
  for (const line of lines) {
    if (line.startsWith('## ')) {
      section = plainText(line.slice(3));
      continue;
    }
    const tag = /^- \*\*([A-Z])\*\* (.+)$/.exec(line);
    if (tag?.[1] !== undefined && tag[2] !== undefined && section === '') {
      tags[tag[1]] = plainText(tag[2]).replace(/^\(([^)]+)\):\s*/, '$1: ');
      continue;
    }
    const key = /^- ([^:]+): (.+)$/.exec(line);
    if (key?.[1] !== undefined && key[2] !== undefined && section === 'Source keys') {
      sourceKeys.push({ key: plainText(key[1]), reference: plainText(key[2]) });
      continue;
    }
    const row = cells(line);
    if (row === null) continue;
    const [date, event, source, confidence] = row;
    if (date === undefined || event === undefined || source === undefined || confidence === undefined) {
      throw new Error(`timeline: a row with fewer than four cells: ${line.slice(0, 80)}`);
    }
    const base = dateId(date);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    rows.push({
      id: n === 1 ? base : `${base}-${n}`,
      section,
      date: plainText(date),
      event: plainText(event),
      source: plainText(source),
      confidence: plainText(confidence),
    });
  }
  return { title, tags, rows, sourceKeys };
}

/** Words a cited date is made of: days and years, months, seasons, "early", "late", and the words that join them. */
const DATE_PART =
  /^(\d{1,4}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|summer|autumn|spring|winter|early|late|mid|and|\/)$/i;

/** Is `word` part of a date: a date part, a dash, or date parts joined by dashes ("12-13", "Sept-Oct")? */
function isDateWord(word: string): boolean {
  if (/^[–-]$/.test(word)) return true;
  const pieces = word.split(/[–-]/);
  return pieces.every((piece) => piece !== '' && DATE_PART.test(piece));
}

/** A date's words in one spelling: dashes as "-", "Sept" and "September" as "sep", lower case, single spaces. */
function normalDate(date: string): string {
  return date
    .replace(/[–—]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A row's date without its remark: "Early Sept 1936 (about 7–10 Sept)" is "Early Sept 1936". */
function rowDate(row: TimelineRow): string {
  return normalDate(row.date.split('(')[0] ?? row.date);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * The dates a run of date words names: "3 and 7 Oct 1935" is "3 Oct 1935" and
 * "7 Oct 1935"; "10 and 12-13 Mar 1938" is "10 Mar 1938" and "12-13 Mar
 * 1938"; "27 Feb, 7 Mar and 27 Mar 1936" gives each date the year of the last.
 */
function citedDates(words: string): string[] {
  const parts = words
    .split(/,| and /)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const last = parts.at(-1) ?? '';
  const tail = last.split(' ').slice(1).join(' ');
  const year = /\b(1\d{3})$/.exec(last)?.[1];
  return parts.map((part) => {
    const [first = '', ...rest] = part.split(' ');
    // A day alone ("3", "12-13") takes the month and year of the last date; a day and month, its year.
    if (rest.length === 0 && /^\d+(-\d+)?$/.test(first) && tail !== '') return `${first} ${tail}`;
    if (year !== undefined && !/\b1\d{3}\b/.test(part)) return `${part} ${year}`;
    return part;
  });
}

/** A date of days within one month, "7-8 mar 1936" or "14 aug 1939", as a span of days: [year, month, first, last]. */
function daySpan(date: string): [number, number, number, number] | null {
  const match = /^(\d{1,2})(?:-(\d{1,2}))? ([a-z]{3}) (\d{4})$/.exec(date);
  if (match === null) return null;
  const month = MONTHS.indexOf(match[3] as (typeof MONTHS)[number]);
  if (month < 0) return null;
  const first = Number(match[1]);
  return [Number(match[4]), month, first, match[2] === undefined ? first : Number(match[2])];
}

/** Where a citation of the timeline leads: a row, a section (a year's), or the timeline as a whole. */
export type TimelineTarget =
  | { readonly kind: 'row'; readonly row: TimelineRow }
  | { readonly kind: 'section'; readonly section: string }
  | { readonly kind: 'timeline' };

/** The heading of the section for the additions the game's data asked for. */
const ADDITIONS = /^Additions/;

/** The section that holds `year`'s rows: "1936: …", or a span such as "1931–1934: …". */
function sectionOfYear(year: number, rows: readonly TimelineRow[]): string | null {
  for (const { section } of rows) {
    const span = /^(\d{4})(?:[–-](\d{4}))?:/.exec(section);
    if (span === null) continue;
    const from = Number(span[1]);
    const to = span[2] === undefined ? from : Number(span[2]);
    if (year >= from && year <= to) return section;
  }
  return null;
}

/** The words of a text worth matching against a row's event: five letters or more, months excepted. */
function keywords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-zà-ÿ]{5,}/g) ?? []).filter((w) => !MONTHS.some((m) => w.startsWith(m))));
}

/**
 * The runs of date words in a citation's part about the timeline, each with
 * whether it names the additions' rows: the text from "timeline.md" to the
 * next research note it names, its parentheses left out (they hold a
 * source's own dates: "(Dominion 29 Feb 1936)"). A run without a year names
 * no date ("issue 14").
 */
function dateRuns(cite: string): { words: string; additions: boolean }[] {
  const runs: { words: string; additions: boolean }[] = [];
  for (const found of cite.matchAll(/timeline\.md/g)) {
    const after = cite.slice((found.index ?? 0) + found[0].length);
    const other = /\b[a-z-]+\.md\b/.exec(after);
    let part = other === null ? after : after.slice(0, other.index);
    // Parentheses (nested ones too) left out.
    for (let before = ''; before !== part; ) {
      before = part;
      part = part.replace(/\([^()]*\)/g, ' ');
    }
    let additions = false;
    let run: string[] = [];
    const end = () => {
      while (run.length > 0 && /^(and|[–-])$/i.test(run.at(-1) ?? '')) run.pop();
      const words = normalDate(run.join(' '));
      if (/\b1\d{3}\b/.test(words)) runs.push({ words, additions });
      run = [];
    };
    for (const token of part.split(/\s+/)) {
      if (token === "'Additions'") {
        end();
        additions = true;
        continue;
      }
      // A closing parenthesis ends a citation made inside one: "(timeline.md Sept 1935)".
      const closes = token.includes(')');
      const bare = token.replace(/\).*$/, '').replace(/[,.;:]$/, '');
      if (bare !== '' && isDateWord(bare) && !(run.length === 0 && /^(and|[–-])$/i.test(bare))) {
        run.push(bare === token.replace(/[,.;:]$/, '') ? token.replace(/[.;:]$/, '') : bare);
        if (/[.;:]$/.test(token)) end();
      } else {
        end();
        if (/;$/.test(token)) additions = false;
      }
      if (closes) break;
    }
    end();
  }
  return runs;
}

/**
 * Where a citation leads where it names the timeline ("timeline.md 19 Mar
 * 1936", "timeline.md 'Additions' 24 Sept 1938", "timeline.md 3 and 7 Oct
 * 1935", "timeline.md 27 Feb 1936 (Dominion 29 Feb 1936) and 12 Mar 1936",
 * "timeline.md, 1939"): each cited date's row (the additions' row after
 * 'Additions', else the main one; where rows share the date, the ones whose
 * event shares a word with the citation), in the citation's order; a span
 * of days the rows split ("11-21 Aug 1939") leads to the rows within it;
 * where no row has the date, the section of its year; with no date, the
 * timeline as a whole. None where the citation does not name the timeline.
 */
export function timelineTargetsFor(cite: string, rows: readonly TimelineRow[]): TimelineTarget[] {
  const targets: TimelineTarget[] = [];
  const add = (target: TimelineTarget) => {
    const same = (t: TimelineTarget) =>
      (t.kind === 'row' && target.kind === 'row' && t.row === target.row) ||
      (t.kind === 'section' && target.kind === 'section' && t.section === target.section) ||
      (t.kind === 'timeline' && target.kind === 'timeline');
    if (!targets.some(same)) targets.push(target);
  };
  if (!cite.includes('timeline.md')) return targets;
  const words = keywords(cite);
  const rowsOn = (date: string, additions: boolean): TimelineRow[] => {
    let dated = rows.filter((r) => rowDate(r) === date);
    if (dated.length === 0) {
      // A span of days the rows split: the rows within it.
      const span = daySpan(date);
      if (span !== null) {
        dated = rows.filter((r) => {
          const own = daySpan(rowDate(r));
          return own !== null && own[0] === span[0] && own[1] === span[1] && own[2] >= span[2] && own[3] <= span[3];
        });
      }
    }
    const preferred = dated.filter((r) => ADDITIONS.test(r.section) === additions);
    const candidates = preferred.length > 0 ? preferred : dated;
    if (candidates.length < 2 || !candidates.every((r) => rowDate(r) === rowDate(candidates[0] as TimelineRow)))
      return candidates;
    // Rows of the same date: the ones whose event shares the most words with the citation, if any does.
    const score = (r: TimelineRow) => [...keywords(r.event)].filter((w) => words.has(w)).length;
    const best = Math.max(...candidates.map(score));
    return best === 0 ? candidates : candidates.filter((r) => score(r) === best);
  };
  const runs = dateRuns(cite);
  for (const { words: run, additions } of runs) {
    let found = rowsOn(run, additions);
    if (found.length === 0) found = citedDates(run).flatMap((date) => rowsOn(date, additions));
    for (const row of found) add({ kind: 'row', row });
    if (found.length > 0) continue;
    const year = /\b(1\d{3})\b/.exec(run)?.[1];
    const section = additions
      ? (rows.find((r) => ADDITIONS.test(r.section))?.section ?? null)
      : year === undefined
        ? null
        : sectionOfYear(Number(year), rows);
    add(section === null ? { kind: 'timeline' } : { kind: 'section', section });
  }
  if (runs.length === 0) add({ kind: 'timeline' });
  return targets;
}

/** A section's anchor id: `1936-ratification-rhineland-popular-front`. */
export function sectionId(section: string): string {
  return dateId(section);
}

/** The shipped file's text (scenarios/text/timeline.en.json), from the timeline's Markdown. */
export function timelineFile(markdown: string): string {
  const notes = timelineFromMarkdown(markdown);
  const file = {
    $comment:
      "The project's timeline (../shared/history/timeline.md), row by row, so that a class can open what a citation such as 'timeline.md 19 Mar 1936' rests on. Written by `npm run build:timeline` (src/glossary/timelineNotes.ts) from that file; do not edit by hand. The rows are the research's own words with their sources and confidence tags.",
    version: 1,
    ...notes,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
