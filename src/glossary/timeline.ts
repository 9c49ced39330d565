/**
 * The project's timeline as the game ships it (scenarios/text/timeline.en.json,
 * written by `npm run build:timeline`), checked when the module loads, and
 * where a citation of it leads on the glossary page: a row
 * (`#glossary-timeline-19-mar-1936`), a year's section
 * (`#glossary-timeline-s-1936-…`) or the timeline's top (`#glossary-timeline`).
 */
import { z } from 'zod';
import timelineJson from '../../scenarios/text/timeline.en.json';
import { type Parsed, parseWith, shippedValue } from '../engine';
import { sectionId, type TimelineNotes, type TimelineTarget, timelineTargetsFor } from './timelineNotes';

const text = z.string().trim().min(1);

const timelineSchema = z.strictObject({
  $comment: text,
  version: z.literal(1),
  title: text,
  tags: z.record(z.string().regex(/^[A-Z]$/), text),
  rows: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        section: text,
        date: text,
        event: text,
        source: text,
        confidence: text,
      }),
    )
    .min(1)
    .refine((rows) => new Set(rows.map((r) => r.id)).size === rows.length, { message: 'row ids must be unique' }),
  sourceKeys: z.array(z.strictObject({ key: text, reference: text })),
});

export function parseTimeline(data: unknown): Parsed<TimelineNotes> {
  return parseWith(timelineSchema, data);
}

/** The timeline the game ships. */
export const TIMELINE: TimelineNotes = shippedValue(parseTimeline(timelineJson), 'scenarios/text/timeline.en.json');

/** The anchor of the timeline's top on the glossary page. */
export const TIMELINE_ANCHOR = 'glossary-timeline';

/** The anchor of a target on the glossary page. */
export function timelineAnchor(target: TimelineTarget): string {
  switch (target.kind) {
    case 'row':
      return `${TIMELINE_ANCHOR}-${target.row.id}`;
    case 'section':
      return `${TIMELINE_ANCHOR}-s-${sectionId(target.section)}`;
    case 'timeline':
      return TIMELINE_ANCHOR;
  }
}

/** How a target reads in a link: "the timeline, 19 Mar 1936", "the timeline, 1939: the last negotiations". */
export function timelineLabel(target: TimelineTarget): string {
  switch (target.kind) {
    case 'row':
      return `the timeline, ${target.row.date}`;
    case 'section':
      return `the timeline, ${target.section}`;
    case 'timeline':
      return 'the timeline';
  }
}

/** Where a citation leads in the shipped timeline (`timelineTargetsFor`). */
export function timelineFor(cite: string): TimelineTarget[] {
  return timelineTargetsFor(cite, TIMELINE.rows);
}

/**
 * A row's confidence in words: its tag as the timeline gives it, then what
 * the tag means ("C (secondary) — confirmed: checked against …"); a note that
 * is no tag ("Claim rejected") stands alone.
 */
export function confidenceWords(confidence: string): string {
  const tag = /^([A-Z])(?![A-Za-z])/.exec(confidence)?.[1];
  const meaning = tag === undefined ? undefined : TIMELINE.tags[tag];
  return meaning === undefined ? `Confidence: ${confidence}` : `Confidence: ${confidence} — ${meaning}`;
}
