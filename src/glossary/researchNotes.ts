/**
 * The project's notes on the actors and the counterfactuals
 * (../shared/history/actors.md and counterfactuals.md) as data a class can
 * open, as the timeline is (`timelineNotes.ts`): each person's or state's row
 * of actors.md, and each numbered section of counterfactuals.md, in the notes'
 * own words. `npm run build:timeline` writes them to scenarios/text/notes.en.json,
 * which the game ships; a test checks the shipped file against the shared ones.
 * Data files cite them as "actors.md (Gamelin; Schweisguth's report)" or
 * "counterfactuals.md §3 D": `notesTargetsFor` finds the rows and sections such
 * a citation names, so the game can link it to what it rests on.
 *
 * Pure: no file is read here (the script and the test read them).
 *
 * @example
 * const notes = researchNotesFromMarkdown({ actors: readShared('history/actors.md'), counterfactuals: … });
 * notesTargetsFor('counterfactuals.md §3 D-F', notes); // sections 3 D, 3 E and 3 F
 */
import { plainText } from './timelineNotes';

/** Markdown in plain words: bold markers first (bold may hold italics: "**[HISTORIAN: Jordan, *Book*]**"), then the rest. */
function words(markdown: string): string {
  return plainText(markdown.replace(/\*\*/g, ''));
}

/** The two files of notes the game ships beside the timeline. */
export const NOTES_FILES = ['actors.md', 'counterfactuals.md'] as const;
export type NotesFile = (typeof NOTES_FILES)[number];

/** A part of the notes a citation can name: a person's or a state's row, or a numbered section. */
export interface NotesSection {
  /** Unique: `actors-maurice-gamelin`, `counterfactuals-3-d`. */
  readonly id: string;
  readonly file: NotesFile;
  /** A section's number as citations give it ("1.2", "2", "3 D"), or null (a row of actors.md). */
  readonly number: string | null;
  /** "Gen. Maurice Gamelin", "Blum overrides the General Staff and signs a convention (winter 1936–37)". */
  readonly title: string;
  /** The heading it stands under: "People: France", "3. Branches the game can offer". */
  readonly group: string;
  /** Its text, line by line, in plain words: a row's cells ("Role and dates: …"), a section's paragraphs and points. */
  readonly lines: readonly string[];
}

export interface NotesFileView {
  readonly file: NotesFile;
  /** The file's own title: "Actors: people and states (1934–1939)". */
  readonly title: string;
  /** What the file says of itself before its first part: its tags and labels, and how to read its dates. */
  readonly about: readonly string[];
  readonly sections: readonly NotesSection[];
}

export interface ResearchNotes {
  readonly files: readonly NotesFileView[];
}

/** Where a citation of the notes leads: a section, or the top of a file it names nothing more precise in. */
export type NotesTarget =
  | { readonly kind: 'section'; readonly section: NotesSection }
  | { readonly kind: 'file'; readonly file: NotesFile };

/** Lower-case letters and digits, joined by hyphens. */
function slug(text: string): string {
  return (
    words(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'untitled'
  );
}

/** A table line's cells, or null where the line is none (or a rule). */
function cells(line: string): string[] | null {
  if (!line.startsWith('|') || /^\|\s*-/.test(line)) return null;
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * A line of prose or of a list, in plain words, or null if blank: a point "• …", a point within a point "– …"
 * (indented in the notes), a numbered point as the notes number it ("1. …").
 */
function proseLine(line: string): string | null {
  const text = line.trim();
  // Blank lines, rules and a table's rule line are no words.
  if (text === '' || text === '---' || /^\|[\s|:-]*$/.test(text)) return null;
  const nested = /^\s+-\s/.test(line);
  return words(text.replace(/^-\s+/, nested ? '– ' : '• '));
}

/** A file's lines before its first part ("## "), its title left out: what it says of itself. */
function aboutLines(lines: readonly string[]): string[] {
  const end = lines.findIndex((l) => l.startsWith('## '));
  return lines
    .slice(0, end < 0 ? lines.length : end)
    .filter((l) => !l.startsWith('# '))
    .flatMap((l) => proseLine(l) ?? []);
}

/** actors.md: its opening section, then one section per row of its tables, grouped under their headings. */
function actorsFromMarkdown(markdown: string): NotesFileView {
  const lines = markdown.split('\n');
  const title = words((lines.find((l) => l.startsWith('# ')) ?? '# Actors').slice(2));
  const sections: NotesSection[] = [];
  let part = '';
  let heading = '';
  let header: string[] | null = null;
  // The words of a part (the strategic fact) before any table: one section of prose, if it has any.
  let prose: string[] | null = null;
  const closeProse = () => {
    if (prose !== null && prose.length > 0)
      sections.push({
        id: `actors-${slug(part)}`,
        file: 'actors.md',
        number: null,
        title: part,
        group: part,
        lines: prose,
      });
    prose = null;
  };
  for (const line of lines) {
    if (line.startsWith('## ')) {
      closeProse();
      part = words(line.slice(3));
      heading = '';
      header = null;
      prose = [];
    } else if (line.startsWith('### ')) {
      closeProse();
      heading = words(line.slice(4));
      header = null;
    } else if (line.startsWith('|')) {
      closeProse();
      const row = cells(line);
      if (row === null) continue;
      if (header === null) {
        header = row.map((cell) => words(cell));
        continue;
      }
      const [name = '', ...rest] = row;
      const title = words(name);
      const labels = header;
      sections.push({
        id: `actors-${slug(title.replace(/\s*\([^)]*\)/g, ''))}`,
        file: 'actors.md',
        number: null,
        title,
        group: heading === '' ? part : `${part}: ${heading}`,
        lines: rest.map((cell, i) => `${labels[i + 1] ?? ''}: ${words(cell)}`),
      });
    } else if (prose !== null) {
      const text = proseLine(line);
      if (text !== null) prose.push(text);
    }
  }
  closeProse();
  return { file: 'actors.md', title, about: aboutLines(lines), sections };
}

/** counterfactuals.md: one section per numbered heading ("## 2.", "### 1.2", "### D." under "## 3."). */
function counterfactualsFromMarkdown(markdown: string): NotesFileView {
  const lines = markdown.split('\n');
  const title = words((lines.find((l) => l.startsWith('# ')) ?? '# Counterfactuals').slice(2));
  const sections: { id: string; number: string; title: string; group: string; lines: string[] }[] = [];
  let chapter: { number: string; title: string } | null = null;
  for (const line of lines) {
    const top = /^## (\d+)\.\s+(.+)$/.exec(line);
    if (top?.[1] !== undefined && top[2] !== undefined) {
      chapter = { number: top[1], title: words(top[2]) };
      sections.push({
        id: `counterfactuals-${top[1]}`,
        number: top[1],
        title: words(top[2]),
        group: `${top[1]}. ${words(top[2])}`,
        lines: [],
      });
      continue;
    }
    const sub = /^### (?:(\d+\.\d+)|([A-Z])\.)\s+(.+)$/.exec(line);
    if (sub?.[3] !== undefined && chapter !== null) {
      const number = sub[1] ?? `${chapter.number} ${sub[2] ?? ''}`;
      sections.push({
        id: `counterfactuals-${slug(number)}`,
        number,
        title: words(sub[3]),
        group: `${chapter.number}. ${chapter.title}`,
        lines: [],
      });
      continue;
    }
    const current = sections.at(-1);
    if (current === undefined || line.startsWith('#')) continue;
    const row = cells(line);
    if (row !== null) {
      // The historians' table: one line per historian, the header left out.
      if (/^Historian/.test(words(row[0] ?? ''))) continue;
      current.lines.push(row.map((cell) => words(cell)).join(' — '));
      continue;
    }
    const text = proseLine(line);
    if (text !== null) current.lines.push(text);
  }
  return {
    file: 'counterfactuals.md',
    title,
    about: aboutLines(lines),
    sections: sections.map((s) => ({ ...s, file: 'counterfactuals.md' as const })),
  };
}

/** The notes of both files, from their Markdown. */
export function researchNotesFromMarkdown(markdown: {
  readonly actors: string;
  readonly counterfactuals: string;
}): ResearchNotes {
  return { files: [actorsFromMarkdown(markdown.actors), counterfactualsFromMarkdown(markdown.counterfactuals)] };
}

/** The part of a citation that cites `file`: from its name to the next file's name, or the end. */
function citedParts(cite: string, file: NotesFile): string[] {
  const parts: string[] = [];
  const names = /[A-Za-z][\w-]*\.md\b/g;
  const found = [...cite.matchAll(names)];
  found.forEach((match, i) => {
    if (match[0] !== file || match.index === undefined) return;
    const end = found[i + 1]?.index ?? cite.length;
    parts.push(cite.slice(match.index + file.length, end));
  });
  return parts;
}

/** The names a person's row answers to: its full name and its surname ("Gen. Maurice Gamelin": "Gamelin"). */
function personNames(title: string): string[] {
  const name = title.replace(/\s*\([^)]*\)/g, '').replace(/^(?:Gen\.|King)\s+/, '');
  const last = name.split(/\s+/).at(-1) ?? name;
  // A king goes by his name and number ("Leopold III"), never by the number alone.
  return /^[IVX]+$/.test(last) ? [name] : [name, last];
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Other names the notes' states go by in citations. */
const STATE_ALIASES: Readonly<Record<string, readonly string[]>> = { 'United Kingdom': ['UK', 'Britain'] };

/** `name` as a whole word, letters beyond ASCII included ("Beneš"). */
const word = (name: string) => `(?<!\\p{L})${literal(name)}(?!\\p{L})`;

/** The rows of actors.md a citation's part names: a person by name, a state where the part opens with it or names its row. */
function actorsNamed(part: string, sections: readonly NotesSection[]): NotesSection[] {
  const text = part.replace(/^\s*[(:,]?\s*/, '');
  return sections.filter((section) => {
    if (section.group.startsWith('States')) {
      const names = [section.title, ...(STATE_ALIASES[section.title] ?? [])].map(word).join('|');
      // Opening the citation, alone or in a list of states ("Poland and Romania refused"), or naming its row.
      const states = sections
        .filter((s) => s.group.startsWith('States'))
        .flatMap((s) => [s.title, ...(STATE_ALIASES[s.title] ?? [])])
        .map(word)
        .join('|');
      return new RegExp(`^(?:(?:${states})\\s*(?:,|and)\\s*)*(?:${names})|(?:${names}) row`, 'u').test(text);
    }
    if (section.group.startsWith('People'))
      return personNames(section.title).some((name) => new RegExp(word(name), 'u').test(text));
    // The prose of a part: named by its title, or its first words ("'The strategic fact'").
    return text.toLowerCase().includes(section.title.toLowerCase().split(' ').slice(0, 3).join(' '));
  });
}

/** The letters of a list or range of branches: "D", "D-F", "D and H", "C, F and H". */
function lettersOf(list: string): string[] {
  const letters: string[] = [];
  for (const [, first, last] of list.matchAll(/([A-H])(?:\s*[-–]\s*([A-H]))?/g)) {
    if (first === undefined) continue;
    const to = (last ?? first).charCodeAt(0);
    for (let code = first.charCodeAt(0); code <= to; code++) letters.push(String.fromCharCode(code));
  }
  return letters;
}

/**
 * The section numbers a citation's part names: "§1.2", "§1.2–1.3", "§2 point 3" (section 2), "§3 D", "§3 D-F",
 * "§3 D and H", "§3 F, §3 H".
 */
function numbersNamed(part: string): string[] {
  const numbers: string[] = [];
  const branch = /^\s+([A-H](?:\s*[-–]\s*[A-H])?(?:\s*(?:,|and)\s*[A-H](?:\s*[-–]\s*[A-H])?)*)\b/;
  for (const match of part.matchAll(/§\s*(\d+)(?:\.(\d+)(?:\s*[-–]\s*(?:\d+\.)?(\d+))?)?/g)) {
    const [whole, chapter, sub, lastSub] = match;
    if (chapter === undefined) continue;
    if (sub !== undefined) {
      for (let n = Number(sub); n <= Number(lastSub ?? sub); n++) numbers.push(`${chapter}.${n}`);
      continue;
    }
    const letters = branch.exec(part.slice((match.index ?? 0) + whole.length))?.[1];
    if (letters === undefined) numbers.push(chapter);
    else for (const letter of lettersOf(letters)) numbers.push(`${chapter} ${letter}`);
  }
  return numbers;
}

/**
 * Where a citation of the notes leads: the rows and sections it names, in the order the notes give them, or
 * the top of each file it names nothing more precise in; nothing for a citation of neither file.
 */
export function notesTargetsFor(cite: string, notes: ResearchNotes): NotesTarget[] {
  const targets: NotesTarget[] = [];
  for (const view of notes.files) {
    for (const part of citedParts(cite, view.file)) {
      const named =
        view.file === 'actors.md'
          ? actorsNamed(part, view.sections)
          : numbersNamed(part).flatMap((n) => view.sections.filter((s) => s.number === n));
      // Each place once: "§3 D and §3 D-E" names §3 D twice.
      const known = (section: NotesSection) => targets.some((t) => t.kind === 'section' && t.section.id === section.id);
      for (const section of named) if (!known(section)) targets.push({ kind: 'section', section });
      if (named.length === 0 && !targets.some((t) => t.kind === 'file' && t.file === view.file))
        targets.push({ kind: 'file', file: view.file });
    }
  }
  return targets;
}

/** The shipped file's text (scenarios/text/notes.en.json), from the notes' Markdown. */
export function notesFile(markdown: { readonly actors: string; readonly counterfactuals: string }): string {
  const file = {
    $comment:
      "The project's notes on the actors and the counterfactuals (../shared/history/actors.md and counterfactuals.md), row by row and section by section, so that a class can open what a citation such as 'actors.md (Gamelin)' or 'counterfactuals.md §3 D' rests on. Written by `npm run build:timeline` (src/glossary/researchNotes.ts) from those files; do not edit by hand. The lines are the research's own words, tags included.",
    version: 1,
    ...researchNotesFromMarkdown(markdown),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
