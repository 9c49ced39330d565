/**
 * The notes on the actors and the counterfactuals as the game ships them
 * (scenarios/text/notes.en.json, written by `npm run build:timeline`), checked
 * when the module loads, and where a citation of them leads on the glossary
 * page: a row or a section (`#glossary-notes-counterfactuals-3-d`) or a file's
 * top (`#glossary-notes-actors`).
 */
import { z } from 'zod';
import notesJson from '../../scenarios/text/notes.en.json';
import { type Parsed, parseWith, shippedValue } from '../engine';
import { NOTES_FILES, type NotesFile, type NotesTarget, notesTargetsFor, type ResearchNotes } from './researchNotes';

const text = z.string().trim().min(1);

const notesSchema = z.strictObject({
  $comment: text,
  version: z.literal(1),
  files: z
    .array(
      z.strictObject({
        file: z.enum(NOTES_FILES),
        title: text,
        about: z.array(text),
        sections: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
              file: z.enum(NOTES_FILES),
              number: text.nullable(),
              title: text,
              group: text,
              lines: z.array(text),
            }),
          )
          .min(1),
      }),
    )
    .length(NOTES_FILES.length)
    .refine(
      (files) =>
        new Set(files.flatMap((f) => f.sections.map((s) => s.id))).size === files.flatMap((f) => f.sections).length,
      {
        message: 'section ids must be unique',
      },
    ),
});

export function parseNotes(data: unknown): Parsed<ResearchNotes> {
  return parseWith(notesSchema, data);
}

/** The notes the game ships. */
export const NOTES: ResearchNotes = shippedValue(parseNotes(notesJson), 'scenarios/text/notes.en.json');

/** The anchor of the notes' top on the glossary page. */
export const NOTES_ANCHOR = 'glossary-notes';

/** A file's short name in anchors: `actors`, `counterfactuals`. */
const fileId = (file: NotesFile) => file.replace(/\.md$/, '');

/** The anchor of a target on the glossary page. */
export function notesAnchor(target: NotesTarget): string {
  return target.kind === 'section' ? `${NOTES_ANCHOR}-${target.section.id}` : `${NOTES_ANCHOR}-${fileId(target.file)}`;
}

/** How a target reads in a link: "actors.md, Gen. Maurice Gamelin", "counterfactuals.md §3 D: Blum overrides…". */
export function notesLabel(target: NotesTarget): string {
  if (target.kind === 'file') return `the notes, ${target.file}`;
  const { section } = target;
  if (section.number === null) return `the notes, ${section.file}: ${section.title}`;
  const words = section.title.split(/\s+/);
  const shown = words
    .slice(0, 6)
    .join(' ')
    .replace(/[.,;:]$/, '');
  return `the notes, ${section.file} §${section.number}: ${shown}${words.length > 6 ? '…' : ''}`;
}

/** Where a citation leads in the shipped notes (`notesTargetsFor`). */
export function notesFor(cite: string): NotesTarget[] {
  return notesTargetsFor(cite, NOTES);
}
