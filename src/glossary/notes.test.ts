/**
 * The notes on the actors and the counterfactuals the game ships: the same
 * rows and sections as the project's research notes, and every citation of
 * them in the data leads to what it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataTexts, SCENARIOS_DIR } from '../testing/scenarios';
import { NOTES, notesAnchor, notesFor, notesLabel, parseNotes } from './notes';
import { type NotesTarget, notesFile, notesTargetsFor, researchNotesFromMarkdown } from './researchNotes';
import { readShared } from './sharedSources';

/** What a list of targets names: "3 D", "Gen. Maurice Gamelin", "actors.md" for a file's top. */
const named = (targets: readonly NotesTarget[]) =>
  targets.map((t) => (t.kind === 'file' ? t.file : (t.section.number ?? t.section.title)));

const markdown = () => ({
  actors: readShared('history/actors.md'),
  counterfactuals: readShared('history/counterfactuals.md'),
});

describe('the shipped notes', () => {
  it('are the research notes as they stand (npm run build:timeline writes them again)', () => {
    const shipped = readFileSync(join(SCENARIOS_DIR, 'text/notes.en.json'), 'utf8');
    expect(shipped).toBe(notesFile(markdown()));
    expect(parseNotes(JSON.parse(shipped)).ok).toBe(true);
  });

  it('keep every row of actors.md and every numbered section of counterfactuals.md', () => {
    const { actors, counterfactuals } = markdown();
    // Every row of its tables but their headers and rules (one name is not in bold: Gen. Joseph Doumenc).
    const rows = actors.split('\n').filter((l) => /^\| /.test(l) && !/^\| (?:Person|State) \|/.test(l));
    const [people, notes] = NOTES.files;
    expect(people?.sections.filter((s) => s.group !== s.title)).toHaveLength(rows.length);
    expect(people?.sections[0]?.title).toBe('The strategic fact that shapes everything');
    const headings = counterfactuals.split('\n').filter((l) => /^## \d+\.|^### (?:\d+\.\d+|[A-H]\.)/.test(l));
    expect(notes?.sections).toHaveLength(headings.length);
    expect(notes?.sections.map((s) => s.number)).toEqual(
      expect.arrayContaining(['1', '1.2', '2', '3', '3 A', '3 D', '3 H', '4', '5']),
    );
    // What each file says of itself comes with it: how to read "(std)", what [JUDGEMENT] means.
    expect(people?.about.join(' ')).toMatch(/\(std\)/);
    expect(notes?.about.join(' ')).toMatch(/\[JUDGEMENT\] our design judgement/);
    // Bold holding italics leaves no asterisk behind.
    const jordan = notes?.sections.find((s) => s.number === '1.3')?.lines.join(' ') ?? '';
    expect(jordan).toContain('[HISTORIAN: Jordan, The Popular Front and Central Europe (CUP 1992)');
    expect(
      NOTES.files.flatMap((f) => [...f.about, ...f.sections.flatMap((x) => [x.title, ...x.lines])]).join(' '),
    ).not.toMatch(/\*/);
    // The words are the notes' own, tags included.
    const gamelin = people?.sections.find((s) => s.title === 'Gen. Maurice Gamelin');
    expect(gamelin?.lines.join(' ')).toMatch(/Slowed staff talks with Moscow/);
    expect(gamelin?.lines[0]).toMatch(/^Role and dates: /);
    expect(notes?.sections.find((s) => s.number === '3 G')?.lines.join(' ')).toMatch(/Carley-type view/);
  });
});

describe('a citation of the notes', () => {
  it('leads to the people, states and sections it names', () => {
    expect(named(notesFor("actors.md (Gamelin; Schweisguth's report)"))).toEqual([
      'Gen. Maurice Gamelin',
      'Gen. Victor-Henri Schweisguth ([U] forenames)',
    ]);
    expect(named(notesFor('actors.md (Poland refused Soviet transit throughout)'))).toEqual(['Poland']);
    // A name with a letter beyond ASCII, and a state by the name citations give it.
    expect(named(notesFor('actors.md (Beneš would not fight alone in 1938; Carley 2010)'))).toEqual(['Edvard Beneš']);
    expect(named(notesFor('actors.md (UK: refused military action over the Rhineland)'))).toEqual(['United Kingdom']);
    expect(named(notesFor('actors.md (United Kingdom row: refused military action; Anthony Eden row)'))).toEqual([
      'Anthony Eden',
      'United Kingdom',
    ]);
    expect(named(notesFor("actors.md 'The strategic fact that shapes everything' (no common border)"))).toEqual([
      'The strategic fact that shapes everything',
    ]);
    expect(named(notesFor('counterfactuals.md §3 D-F'))).toEqual(['3 D', '3 E', '3 F']);
    // Lists of branches and ranges of subsections, as citations write them.
    expect(named(notesFor('counterfactuals.md §3 D and H'))).toEqual(['3 D', '3 H']);
    expect(named(notesFor('counterfactuals.md §3 C, F and H (the branches)'))).toEqual(['3 C', '3 F', '3 H']);
    expect(named(notesFor('counterfactuals.md §1.2–1.3'))).toEqual(['1.2', '1.3']);
    // A list of states opening the citation names each.
    expect(named(notesFor('actors.md (Poland and Romania refused)'))).toEqual(['Poland', 'Romania']);
    expect(named(notesFor('actors.md (Poland, Romania and Czechoslovakia)'))).toEqual([
      'Poland',
      'Romania',
      'Czechoslovakia',
    ]);
    expect(named(notesFor('counterfactuals.md §2 point 3 (alienating Poland) and §1.2'))).toEqual(['2', '1.2']);
    expect(named(notesFor('counterfactuals.md §3 F (Ragsdale) and §3 H; timeline.md Sept 1938'))).toEqual([
      '3 F',
      '3 H',
    ]);
    expect(named(notesFor('treaty-and-rules.md §3; counterfactuals.md §4 (Carley, Vershinin)'))).toEqual(['4']);
  });

  it('reads a name as a whole word, in the part of the citation that cites the notes', () => {
    // Surnames of two words, a king by his name, a state with no punctuation before it or after a colon.
    expect(named(notesFor('actors.md (Lloyd George, 27 Jul 1936)'))).toEqual(['David Lloyd George']);
    expect(named(notesFor('actors.md (Leopold III: a policy exclusively Belgian)'))).toEqual(['King Leopold III']);
    expect(named(notesFor('actors.md Poland refused'))).toEqual(['Poland']);
    expect(named(notesFor('actors.md: Romania refused officially'))).toEqual(['Romania']);
    // A state named later in the citation is no row of it; a name inside another word is none either.
    expect(named(notesFor('actors.md (Italy drifted to Germany)'))).toEqual(['Italy']);
    expect(named(notesFor('actors.md (ŽBeck; Blumenthal)'))).toEqual(['actors.md']);
    // The words of the opening section's title are no person's name.
    expect(named(notesFor('actors.md (everything the model assumes)'))).toEqual(['actors.md']);
    // What follows another file's name is that file's: Gamelin here is cited from the timeline, not the notes.
    expect(named(notesFor('actors.md (Blum); timeline.md Sept 1936 (Gamelin slow)'))).toEqual(['Léon Blum']);
    // A king is no number alone.
    expect(named(notesFor('actors.md (III)'))).toEqual(['actors.md']);
  });

  it('gives each file it cites its own place, the top where it names nothing more precise', () => {
    expect(named(notesFor('actors.md (the model); counterfactuals.md (a warning)'))).toEqual([
      'actors.md',
      'counterfactuals.md',
    ]);
    expect(named(notesFor('actors.md (Blum); counterfactuals.md'))).toEqual(['Léon Blum', 'counterfactuals.md']);
    // The opening section by the first words of its title.
    expect(named(notesFor("actors.md 'The strategic fact'"))).toEqual(['The strategic fact that shapes everything']);
  });

  it('names each place once, however often a citation names it', () => {
    expect(named(notesFor('counterfactuals.md §3 D and §3 D-E'))).toEqual(['3 D', '3 E']);
    expect(named(notesFor('actors.md (the model); GAME.md §4; actors.md (its reading)'))).toEqual(['actors.md']);
    expect(named(notesFor('actors.md (Blum); counterfactuals.md §3 D; actors.md (Blum again)'))).toEqual([
      'Léon Blum',
      '3 D',
    ]);
  });

  it('leads to the top of a file it names nothing more precise in, and nowhere for other files', () => {
    expect(named(notesFor('actors.md (the model reads it so)'))).toEqual(['actors.md']);
    expect(named(notesFor('counterfactuals.md'))).toEqual(['counterfactuals.md']);
    expect(notesFor('timeline.md 19 Mar 1936; treaty-and-rules.md §5.8')).toEqual([]);
    // A section the notes do not have is no section: the file's top.
    expect(named(notesFor('counterfactuals.md §9'))).toEqual(['counterfactuals.md']);
  });

  it('has an anchor and a label for each place it leads', () => {
    const [d] = notesFor('counterfactuals.md §3 D');
    if (d === undefined) throw new Error('§3 D');
    expect(notesAnchor(d)).toBe('glossary-notes-counterfactuals-3-d');
    expect(notesLabel(d)).toBe('the notes, counterfactuals.md §3 D: Blum overrides the General Staff and…');
    expect(notesAnchor({ kind: 'file', file: 'actors.md' })).toBe('glossary-notes-actors');
    const [beck] = notesFor('actors.md (Beck)');
    if (beck === undefined) throw new Error('Beck');
    expect(notesLabel(beck)).toBe('the notes, actors.md: Józef Beck');
  });

  it('from the data, every one leads somewhere, and every section a citation numbers exists', () => {
    const cites = dataTexts('notes.en.json').filter((t) => /\b(?:actors|counterfactuals)\.md\b/.test(t));
    expect(cites.length).toBeGreaterThan(150);
    let precise = 0;
    for (const cite of cites) {
      const targets = notesFor(cite);
      expect(targets.length, cite).toBeGreaterThan(0);
      if (targets.some((t) => t.kind === 'section')) precise++;
      // A citation of counterfactuals.md that numbers a section leads to that section, not to the file's top.
      for (const part of cite.split(/(?=\b[\w-]+\.md\b)/).filter((p) => p.startsWith('counterfactuals.md §')))
        expect(named(notesTargetsFor(part, NOTES)), part).not.toContain('counterfactuals.md');
    }
    // Most lead to a row or a section, not only to a file's top.
    expect(precise / cites.length).toBeGreaterThan(0.8);
  });

  it('reads Markdown it has not seen: headings of two digits, a table of historians, a heading before any chapter', () => {
    const notes = researchNotesFromMarkdown({
      actors:
        '<!-- notes -->\n# Actors\n\nTags: none.\n\n## The fact\n\n- **[FACT]** No border.\nPoland - and Romania - refused.\n\n## People\n\n### Others\n\n| Person | Role | Sources |\n|---|---|---|\n| King **Leopold III** | King. | ODT |\n| **Gen. Jean Dupont** ([U] forenames) | Chief. | — |\n\n## States\n\n| State | Position |\n|---|---|\n| **Ruritania** | Neutral. |\n',
      counterfactuals:
        '<!-- notes -->\n# Counterfactuals\n\n### A. Before any chapter\n\n- lost\n\n## 12. Twelve\n\n### 12.10 Ten\n\n1. **One.**\n   - a point\n\n## 4. Historians\n\n| Historian (work) | Position |\n|---|---|\n| **X** (*Book*) | A view. |\n',
    });
    const [actors, counterfactuals] = notes.files;
    expect(actors?.title).toBe('Actors');
    expect(actors?.sections.map((s) => [s.id, s.title, s.group, s.lines])).toEqual([
      ['actors-the-fact', 'The fact', 'The fact', ['• [FACT] No border.', 'Poland - and Romania - refused.']],
      ['actors-king-leopold-iii', 'King Leopold III', 'People: Others', ['Role: King.', 'Sources: ODT']],
      ['actors-gen-jean-dupont', 'Gen. Jean Dupont ([U] forenames)', 'People: Others', ['Role: Chief.', 'Sources: —']],
      ['actors-ruritania', 'Ruritania', 'States', ['Position: Neutral.']],
    ]);
    expect(counterfactuals?.title).toBe('Counterfactuals');
    expect(counterfactuals?.sections.map((s) => [s.number, s.title, s.group, s.lines])).toEqual([
      ['12', 'Twelve', '12. Twelve', []],
      ['12.10', 'Ten', '12. Twelve', ['1. One.', '– a point']],
      ['4', 'Historians', '4. Historians', ['X (Book) — A view.']],
    ]);
    // A person is found by the name left once the rank and the notes' brackets are gone.
    expect(named(notesTargetsFor('actors.md (Dupont)', notes))).toEqual(['Gen. Jean Dupont ([U] forenames)']);
    expect(named(notesTargetsFor('counterfactuals.md §12.10', notes))).toEqual(['12.10']);
  });

  it('reads Markdown it has not seen: a table under a heading, a section of points', () => {
    const notes = researchNotesFromMarkdown({
      actors: '# A\n\n## People\n\n### France\n\n| Person | Role |\n|---|---|\n| **Jean Dupont** | *Minister*. |\n',
      counterfactuals: '# C\n\n## 3. Branches\n\n### A. One\n\n- **[FACT]** It happened.\n',
    });
    expect(notes.files[0]?.sections).toEqual([
      {
        id: 'actors-jean-dupont',
        file: 'actors.md',
        number: null,
        title: 'Jean Dupont',
        group: 'People: France',
        lines: ['Role: Minister.'],
      },
    ]);
    expect(notes.files[1]?.sections.map((s) => [s.id, s.number, s.lines])).toEqual([
      ['counterfactuals-3', '3', []],
      ['counterfactuals-3-a', '3 A', ['• [FACT] It happened.']],
    ]);
  });
});
