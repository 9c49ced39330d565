/**
 * The source-criticism exercise (issue 14 §5): the claims of the one
 * unreliable document among the project's sources, restated in the project's
 * own words, each with a prompt for students and the teacher's answer key.
 * Data in `scenarios/teaching/source-criticism.en.json`. Pure: no DOM.
 */
import { z } from 'zod';
import exerciseJson from '../../scenarios/teaching/source-criticism.en.json';
import { type Parsed, parseWith, REASON_CODES, REASONS, shippedValue } from '../engine';
import { glossaryAnchor, glossaryEntry } from '../glossary/glossary';

/** The answer key's verdicts, as the worksheet names them. */
export const VERDICTS = ['false', 'unverifiable', 'distorted', 'true'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The verdicts in words, for students and teachers. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  false: 'False',
  unverifiable: 'Unverifiable',
  distorted: 'Distorted: true in part, but misleading',
  true: 'True',
};

const text = z.string().trim().min(1, { message: 'expected some text' });

/** Where a student checks a claim: a glossary entry, a row of timeline.md (its date cell), or a file of the game. */
/** Where a student checks: a glossary entry, a row of the timeline (printed on the sheet), the game's map, or a reason the game gives. */
const checkSchema = z.union(
  [
    z.strictObject({ glossary: z.string().min(1) }),
    z.strictObject({ timeline: z.string().min(1) }),
    z.strictObject({ game: z.literal('map') }),
    z.strictObject({ reason: z.enum(REASON_CODES) }),
  ],
  {
    error:
      'expected { "glossary": an entry id }, { "timeline": a row of the timeline below }, { "game": "map" } or { "reason": a code of scenarios/law/reasons.json }',
  },
);
export type CheckRef = z.infer<typeof checkSchema>;

const claimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected an id like the-date' }),
  /** The page's claim, in the project's own words. */
  claim: text,
  /** What the student checks, and where. */
  prompt: text,
  check: z.array(checkSchema),
  key: z.strictObject({
    verdict: z.enum(VERDICTS),
    /** The evidence, in the project's words, from seed-audit.md. */
    evidence: text,
    /** The row of seed-audit.md's table for this seed, and its verdict as the audit words it. */
    audit: z.strictObject({ row: z.number().int().positive(), verdict: text }),
    /** The method: how a student could tell. */
    howToTell: text,
  }),
});
export type Claim = z.infer<typeof claimSchema>;

export const sourceCriticismSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    id: text,
    title: text,
    document: z.strictObject({ description: text, seed: text, audit: text }),
    introduction: text,
    method: z.array(text).min(1),
    /** The rows of ../shared/history/timeline.md the prompts send students to, in that file's words, by their date cell. */
    timeline: z.record(z.string().min(1), z.strictObject({ text, source: text })),
    claims: z.array(claimSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.claims.forEach((claim, index) => {
      if (seen.has(claim.id)) ctx.addIssue({ code: 'custom', path: ['claims', index, 'id'], message: 'duplicate id' });
      seen.add(claim.id);
      claim.check.forEach((ref, k) => {
        if ('glossary' in ref && glossaryEntry(ref.glossary) === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['claims', index, 'check', k, 'glossary'],
            message: `no glossary entry "${ref.glossary}" in scenarios/text/glossary.en.json`,
          });
        }
        if ('timeline' in ref && data.timeline[ref.timeline] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['claims', index, 'check', k, 'timeline'],
            message: `no row "${ref.timeline}" in the exercise's timeline`,
          });
        }
      });
    });
  });
export type SourceCriticism = z.infer<typeof sourceCriticismSchema>;

/** Validate an exercise's data, glossary references included: one `path: message` problem per fault. */
export function parseSourceCriticism(data: unknown): Parsed<SourceCriticism> {
  return parseWith(sourceCriticismSchema, data);
}

/** The exercise on the 1931 "neutrality treaty" page. */
export const SOURCE_CRITICISM: SourceCriticism = shippedValue(
  parseSourceCriticism(exerciseJson),
  'scenarios/teaching/source-criticism.en.json',
);

/** A place to check, in words, with a link where the game has one. */
export interface CheckView {
  readonly kind: 'glossary' | 'timeline' | 'game' | 'reason';
  readonly text: string;
  /** A link within the game's pages (the glossary), or null. */
  readonly href: string | null;
}

/**
 * How the worksheet shows a place to check: a glossary entry's title with its
 * link; a timeline row's date, words and source; the game's map; a reason the
 * game gives, in its words (`scenarios/law/reasons.json`).
 */
export function describeCheck(
  ref: CheckRef,
  exercise: Pick<SourceCriticism, 'timeline'> = SOURCE_CRITICISM,
  glossaryPage = 'glossary.html',
): CheckView {
  if ('glossary' in ref) {
    const entry = glossaryEntry(ref.glossary);
    return {
      kind: 'glossary',
      text: `Glossary: ${entry?.title ?? ref.glossary}`,
      href: `${glossaryPage}#${glossaryAnchor(ref.glossary)}`,
    };
  }
  if ('timeline' in ref) {
    const row = exercise.timeline[ref.timeline];
    const words = row === undefined ? '' : ` ${row.text} (Source: ${row.source}.)`;
    return { kind: 'timeline', text: `Timeline, ${ref.timeline}:${words}`, href: null };
  }
  if ('game' in ref) {
    return { kind: 'game', text: 'The game: its map of Europe in 1936, on screen in every game.', href: null };
  }
  const reason = REASONS[ref.reason];
  return { kind: 'reason', text: `The game's reason “${reason.title}”: ${reason.text}`, href: null };
}
