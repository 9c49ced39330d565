/**
 * The sentences a player reads, rendered from the log's data by pure
 * functions: the wording is in `scenarios/text/log.en.json`, countries are
 * named, verdicts and reasons are given in words, and every decision shows its
 * bias, each term, the total, then the chance and the roll. Nothing here
 * reaches the world state or its hash.
 */
import { z } from 'zod';
import logTextJson from '../../../scenarios/text/log.en.json';
import { formatDate, type IsoDate } from '../dates';
import { lazily } from '../memo';
import { CONVENTION, ENDINGS, EVENTS, MOVES } from '../model/modelData';
import { monthOf, type YearMonth } from '../months';
import { COUNTRIES, REASONS } from '../rules/lawData';
import { FRANCO_SOVIET_PARTIES, isAgainstOwnTerritory } from '../rules/pactRules';
import { shipped } from '../validation';
import { CLAUSE_IDS, type ClauseId } from '../world/worldState';
import { inSentence } from './inSentence';
import type { ExplainedTerm, Explanation, LogEntry, LogParams, LogReason, LogValue } from './types';

const text = lazily(() => z.string().min(1));
const words = lazily(() => z.record(z.string(), text));

/** The schema of a log text file: sentences by key, and the words parameters are rendered with. */
export const logTextSchema = lazily(() =>
  z.strictObject({
    $comment: text,
    version: z.literal(1),
    sentences: words,
    words: z.strictObject({
      countries: words,
      sides: words,
      choices: words,
      /** The Soviet Union's answer where the words differ from France's (`choices`). */
      sovietChoices: words,
      /** An answer at a move that is no attack on French or Soviet soil (the Rhineland, Czechoslovakia), where the words differ (`choices`). */
      choicesElsewhere: words,
      verdicts: words,
      phases: words,
      approvers: words,
      actions: words,
      /** Ordinals for a repeated order: `a second`, `a third`, …; past the list, the number. */
      ordinals: z.array(text),
      noReason: text,
      and: text,
      /** Before a model event, which rests on no timeline row: "In this game:". */
      modelEvent: text,
      /** An event told in another month than its own: its day in history, "(in history, {day})". */
      inHistory: text,
      /** A day the timeline gives as uncertain (`dayUncertain` in events.json): "about {day}". */
      uncertainDay: text,
      explanation: z.strictObject({
        bias: text,
        term: text,
        total: text,
        chance: text,
        threshold: text,
        yes: text,
        no: text,
        assumption: text,
      }),
      factorStates: z.record(z.string(), words),
    }),
  }),
);
export type LogText = z.infer<typeof logTextSchema>;

/** The English log text as bundled, before any check: what `shippedDataProblems()` checks. */
export const LOG_TEXT_FILE: unknown = logTextJson;

/** The English log text (checked by `shippedDataProblems()`, see `shipped` in `../validation.ts`). */
export const LOG_TEXT: LogText = shipped(logTextSchema, logTextJson);

/** A rendered log entry: its sentence, the reasons as lines, and where each term's weight comes from. */
export interface RenderedEntry {
  readonly text: string;
  readonly factors: string[];
  readonly sources: string[];
}

/** `+26`, `−35` (a true minus sign), `0`. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function upperFirst(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * A crisis answer in words, for the side that gives it at `move`: "invokes the Protocol…", or where there is no attack
 * on a party's own soil, the treaty's guard G3 (the Rhineland, a zone on German soil; Czechoslovakia, Poland), "resolves
 * to act … on its own decision" (treaty-and-rules.md §5.5); the Soviet Union's own words where they differ (it is no
 * party to Locarno: it waits for Britain's verdict).
 */
export function choiceWords(choice: string, side: 'france' | 'ussr', move?: string, t: LogText = LOG_TEXT): string {
  const incident = MOVES.find((m) => m.id === move)?.incident;
  const elsewhere =
    incident !== undefined && !isAgainstOwnTerritory(FRANCO_SOVIET_PARTIES, incident.victim, incident.target);
  return (
    (elsewhere ? t.words.choicesElsewhere[choice] : undefined) ??
    (side === 'ussr' ? t.words.sovietChoices[choice] : undefined) ??
    t.words.choices[choice] ??
    choice
  );
}

/** A country's name as a sentence uses it ("the United Kingdom"). */
export function countryWords(id: string, t: LogText = LOG_TEXT): string {
  return t.words.countries[id] ?? COUNTRIES[id as keyof typeof COUNTRIES]?.name ?? id;
}

/** "France, the United Kingdom and Poland". */
export function listWords(items: readonly string[], t: LogText = LOG_TEXT): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t.words.and} ${items[items.length - 1]}`;
}

function isClause(id: LogValue | undefined): id is ClauseId {
  return typeof id === 'string' && (CLAUSE_IDS as readonly string[]).includes(id);
}

/**
 * A historical event as a line: its day, title and text. In another month than its own (a contingent event may
 * come later, one after a German move a month after it), its day is history's, said so: "(in history, 31 March
 * 1939)", so that a class does not date the British guarantee to the April it is told in.
 */
function eventWords(id: string, month: YearMonth, titleOnly: boolean, t: LogText): string {
  const event = EVENTS.find((e) => e.id === id);
  if (event === undefined) return id;
  if (titleOnly) return event.title;
  // A model event rests on no timeline row (it has no confidence): it is told as this game's, with no date.
  if (event.confidence === undefined) return `${t.words.modelEvent} ${event.title}. ${event.text}`;
  if (event.date.length <= 7) return `${event.title}. ${event.text}`;
  const date = formatDate(event.date as IsoDate);
  const day = event.dayUncertain === true ? fill(t.words.uncertainDay, { day: date }) : date;
  if (monthOf(event.date) === month)
    return `${day.charAt(0).toUpperCase()}${day.slice(1)}. ${event.title}. ${event.text}`;
  return `${event.title} ${fill(t.words.inHistory, { day })}. ${event.text}`;
}

function reasonWords(code: LogValue | undefined, t: LogText): string {
  if (typeof code !== 'string') return t.words.noReason;
  const reason = REASONS[code as keyof typeof REASONS];
  return reason === undefined ? code : reason.text;
}

/** One parameter in words, by its name (and an optional modifier: `{event:title}`, `{clause:lower}`). */
function paramWords(
  name: string,
  modifier: string | undefined,
  params: LogParams,
  month: YearMonth,
  t: LogText,
): string {
  const value = params[name];
  const clause = params.clause;
  const str = typeof value === 'string' ? value : '';
  switch (name) {
    case 'to':
      return countryWords(str, t);
    case 'allies':
      return Array.isArray(value)
        ? listWords(
            value.map((id) => countryWords(id, t)),
            t,
          )
        : '';
    case 'side':
    case 'by':
      return t.words.sides[str] ?? countryWords(str, t);
    case 'choice':
    case 'franceChoice':
    case 'sovietChoice': {
      const side = name === 'sovietChoice' || (name === 'choice' && params.side === 'ussr') ? 'ussr' : 'france';
      return choiceWords(str, side, typeof params.move === 'string' ? params.move : undefined, t);
    }
    case 'ukVerdict':
      return t.words.verdicts[str] ?? str;
    case 'reason':
      return reasonWords(value, t);
    case 'phase':
      return t.words.phases[str] ?? str;
    case 'approver':
      return t.words.approvers[str] ?? str;
    case 'action':
      return t.words.actions[str] ?? str;
    case 'nth':
      return typeof value === 'number' ? (t.words.ordinals[value - 1] ?? `#${value}`) : '';
    case 'move': {
      const move = MOVES.find((m) => m.id === str);
      // `{move:history}`: what the government named by `side` did besides its answer (moves.json historicalAnswers).
      if (modifier === 'history') {
        const side = params.side;
        return side === 'france' || side === 'ussr' ? (move?.historicalAnswers?.[side] ?? '') : '';
      }
      return move?.title ?? str;
    }
    case 'ending':
      return ENDINGS.find((e) => e.id === str)?.title ?? str;
    case 'event':
      return eventWords(str, month, modifier === 'title', t);
    case 'missing':
      // What a scripted event lacked, a sentence of its own (`premise.*`), read with the entry's parameters.
      return inSentence(renderSentence(str, params, month, t));
    case 'clause': {
      if (!isClause(value)) return str;
      const label = CONVENTION.clauses[value].label;
      return modifier === 'lower' ? inSentence(label) : label;
    }
    case 'option':
    case 'counter':
      return isClause(clause) && typeof value === 'number' ? (CONVENTION.clauses[clause].options[value] ?? '') : '';
    default:
      // `{n:signed}`: a number as the explanations show one, "+4", "0", "−15".
      if (modifier === 'signed' && typeof value === 'number') return signed(value);
      return value === null || value === undefined ? '' : String(value);
  }
}

/** A sentence from its key and parameters. */
export function renderSentence(key: string, params: LogParams = {}, month: YearMonth, t: LogText = LOG_TEXT): string {
  const template = t.sentences[key];
  if (template === undefined) return key;
  const filled = template.replace(
    /\{(\w+)(?::(\w+))?(?:\?([^|}]*)\|([^}]*))?\}/g,
    (_whole, name: string, modifier: string | undefined, ifYes: string | undefined, ifNo: string | undefined) =>
      ifYes !== undefined
        ? params[name] === true
          ? ifYes
          : (ifNo ?? '')
        : paramWords(name, modifier, params, month, t),
  );
  return upperFirst(filled);
}

/** A term's words: its label, and the state of its factor where the label alone would not say it. */
function termLabel(term: ExplainedTerm, t: LogText): string {
  const state = term.value === null ? undefined : t.words.factorStates[term.id]?.[String(term.value)];
  return state === undefined ? term.label : `${term.label} (${state})`;
}

/**
 * A decision in words, adding up: the bias, every term and the total, then the
 * chance and the roll, or the threshold: "bias −35; French will +26; … total +1
 * → chance 5%, rolled 73: no".
 */
export function renderExplanation(explanation: Explanation, t: LogText = LOG_TEXT): string {
  const w = t.words.explanation;
  const parts = [fill(w.bias, { n: signed(explanation.bias.weight) })];
  for (const term of explanation.terms) parts.push(fill(w.term, { label: termLabel(term, t), n: signed(term.weight) }));
  const total = fill(w.total, { n: signed(explanation.total) });
  const test =
    explanation.chance !== null && explanation.roll !== null
      ? fill(w.chance, { chance: String(explanation.chance), roll: String(explanation.roll) })
      : fill(w.threshold, { threshold: signed(explanation.threshold ?? 0) });
  return `${parts.join('; ')}; ${total} \u2192 ${test}: ${explanation.yes ? w.yes : w.no}`;
}

/** Where each weight of a decision comes from: "French will: the model's assumption". */
export function explanationSources(explanation: Explanation, t: LogText = LOG_TEXT): string[] {
  const assumption = t.words.explanation.assumption;
  return [
    `${ruleWords(explanation.rule, t)}, ${fill(t.words.explanation.bias, { n: signed(explanation.bias.weight) })}: ${explanation.bias.source ?? assumption}`,
    ...explanation.terms.map((term) => `${term.label}: ${term.source ?? assumption}`),
  ];
}

/** A rule's name: its label from the model's data, or for a plain roll the words its key names (`roll.demarche`). */
export function ruleWords(rule: string, t: LogText = LOG_TEXT): string {
  return t.sentences[rule] ?? rule;
}

function reasonLine(reason: LogReason, month: YearMonth, t: LogText): string {
  const sentence = reason.key === null ? null : renderSentence(reason.key, reason.params, month, t);
  if (reason.explanation === undefined) return sentence ?? '';
  const why = `${ruleWords(reason.explanation.rule, t)}: ${renderExplanation(reason.explanation, t)}`;
  return sentence === null ? why : `${sentence}. ${why}`;
}

/** A log entry as a player reads it: its sentence, the reasons behind it, and the sources of their weights. */
export function renderEntry(entry: LogEntry, t: LogText = LOG_TEXT): RenderedEntry {
  const reasons = entry.reasons ?? [];
  return {
    text: renderSentence(entry.key, entry.params, entry.month, t),
    factors: reasons.map((reason) => reasonLine(reason, entry.month, t)),
    sources: reasons.flatMap((reason) =>
      reason.explanation === undefined ? [] : explanationSources(reason.explanation, t),
    ),
  };
}
