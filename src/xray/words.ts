/**
 * The words on the rules X-ray's arrows (`scenarios/text/xray.en.json`),
 * checked against their schema when the module loads. The machines name
 * their events and guards in code (`guarantor.uk`, `isInForce`), which a
 * pupil on a projector cannot read; the X-ray shows these words instead, as
 * text, never parsed as markup. Pure: no DOM.
 */
import { z } from 'zod';
import xrayJson from '../../scenarios/text/xray.en.json';
import { type Parsed, parseWith } from '../engine';

/** A label is drawn on an arrow, one line at the edge labels' small type: at most this many characters. */
export const XRAY_LABEL_MAX_CHARS = 40;

const label = z
  .string()
  .trim()
  .min(1, { message: 'expected some words' })
  .max(XRAY_LABEL_MAX_CHARS, {
    message: `expected at most ${XRAY_LABEL_MAX_CHARS} characters: it is drawn on an arrow`,
  });

/** The schema of an X-ray text file. */
export const xrayWordsSchema = z.strictObject({
  $comment: z.string().min(1),
  version: z.literal(1),
  /** What happened, by the event's type: `"guarantor.uk": "Britain gives its verdict"`. */
  events: z.record(z.string(), label),
  /** The question a guard answers with yes, by the guard's name: `"isInForce": "Locarno in force?"`. */
  guards: z.record(z.string(), label),
});
export type XrayWords = z.infer<typeof xrayWordsSchema>;

/** Validate an X-ray text file's data: one `path: message` problem per fault. */
export function parseXrayWords(data: unknown): Parsed<XrayWords> {
  return parseWith(xrayWordsSchema, data);
}

function loadXrayWords(): XrayWords {
  const parsed = parseXrayWords(xrayJson);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `scenarios/text/xray.en.json: ${p.path}: ${p.message}`);
    throw new Error(lines.join('\n'));
  }
  return parsed.value;
}

/** The English words, checked when the module loads. */
export const XRAY_WORDS: XrayWords = loadXrayWords();

/**
 * An event's words; the event's own type where the file has none (a test
 * fails first: `words.test.ts` checks every event of every machine drawn).
 */
export function eventWords(event: string, words: XrayWords = XRAY_WORDS): string {
  return (Object.hasOwn(words.events, event) && words.events[event]) || event;
}

/** A guard's question; the guard's own name where the file has none (a test fails first, as for events). */
export function guardWords(guard: string, words: XrayWords = XRAY_WORDS): string {
  return (Object.hasOwn(words.guards, guard) && words.guards[guard]) || guard;
}
