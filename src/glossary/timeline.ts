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
    case 'row': {
      const { date, event } = target.row;
      // Rows of one date ("Sept 1936" has three) told apart by their first words.
      if (TIMELINE.rows.filter((r) => r.date === date).length < 2) return `the timeline, ${date}`;
      const words = event.split(/\s+/);
      // Up to five words, or to the end of the first sentence.
      const end = words.findIndex((word, i) => i === 4 || /[.;:]$/.test(word));
      const shown = words.slice(0, end + 1);
      const cut = shown.length < words.length ? '…' : '';
      return `the timeline, ${date}: ${shown.join(' ').replace(/[.,;:]$/, '')}${cut}`;
    }
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
  // Each tag the row gives ("C (year); S (day)" has two), glossed once, in its order.
  const tags = [...new Set([...confidence.matchAll(/(?<![A-Za-z])([CSU])(?![A-Za-z])/g)].map((m) => m[1] ?? ''))];
  const glosses = tags.flatMap((tag) => {
    const meaning = TIMELINE.tags[tag];
    if (meaning === undefined) return [];
    return [tags.length === 1 ? meaning : `${tag}, ${meaning}`];
  });
  return glosses.length === 0 ? `Confidence: ${confidence}` : `Confidence: ${confidence} — ${glosses.join(' ')}`;
}

/** A row's sources in words: "no source given" where the timeline names none ("—"). */
export function sourceWords(source: string): string {
  return /^[—–-]?$/.test(source.trim()) ? 'Sources: none given in the research notes.' : `Sources: ${source}.`;
}
