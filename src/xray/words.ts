/**
 * The words of the rules X-ray (`scenarios/text/xray.en.json`): on its arrows
 * and in its state boxes, checked against their schema when the module loads.
 * The machines name their events, guards and states in code (`guarantor.uk`,
 * `isInForce`, `ukVerdict`), which a pupil on a projector cannot read; the
 * X-ray shows these words instead, as text, never parsed as markup. Pure: no DOM.
 */
import { z } from 'zod';
import xrayJson from '../../scenarios/text/xray.en.json';
import { type Parsed, parseWith, shippedValue } from '../engine';

/** A label is drawn on an arrow, one line at the edge labels' small type: at most this many characters. */
export const XRAY_LABEL_MAX_CHARS = 40;

/** A state's title is drawn in its box, on one line at the state labels' type: at most this many characters. */
export const XRAY_TITLE_MAX_CHARS = 32;

const label = z
  .string()
  .trim()
  .min(1, { message: 'expected some words' })
  .max(XRAY_LABEL_MAX_CHARS, {
    message: `expected at most ${XRAY_LABEL_MAX_CHARS} characters: it is drawn on an arrow`,
  });

const title = z
  .string()
  .trim()
  .min(1, { message: 'expected some words' })
  .max(XRAY_TITLE_MAX_CHARS, {
    message: `expected at most ${XRAY_TITLE_MAX_CHARS} characters: it is drawn in a state's box`,
  });

/** The schema of an X-ray text file. */
export const xrayWordsSchema = z.strictObject({
  $comment: z.string().min(1),
  version: z.literal(1),
  /** What happened, by the event's type: `"guarantor.uk": "Britain gives its verdict"`. */
  events: z.record(z.string(), label),
  /** The question a guard answers with yes, by the guard's name: `"isInForce": "Locarno in force?"`. */
  guards: z.record(z.string(), label),
  /**
   * A state's title, by the state's id as the X-ray keys its boxes (the machine, then the state):
   * `"locarno.ukVerdict": "Britain's verdict"`. A state two machines share can read differently in each.
   */
  states: z.record(z.string(), title),
});
export type XrayWords = z.infer<typeof xrayWordsSchema>;

/** Validate an X-ray text file's data: one `path: message` problem per fault. */
export function parseXrayWords(data: unknown): Parsed<XrayWords> {
  return parseWith(xrayWordsSchema, data);
}

/** The English words, checked when the module loads. */
export const XRAY_WORDS: XrayWords = shippedValue(parseXrayWords(xrayJson), 'scenarios/text/xray.en.json');

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

/**
 * A state's title, by its id (`locarno.ukVerdict`); `fallback` (the label
 * the X-ray makes from the state's key) where the file has none (a test
 * fails first, as for events).
 */
export function stateWords(state: string, fallback: string, words: XrayWords = XRAY_WORDS): string {
  return (Object.hasOwn(words.states, state) && words.states[state]) || fallback;
}
