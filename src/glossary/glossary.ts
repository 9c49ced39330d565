/**
 * The glossary of the articles and treaties the game cites (issue 12 §5):
 * the entries of `scenarios/text/glossary.en.json`, a parser that turns any
 * citation used in the game ("Covenant Art. 16 §1", "Rhineland Pact 1925,
 * Art. 2 §2(1)", "Protocol of Signature, point I", "treaty-and-rules.md §1
 * Art. 5") into the entries it names, and the rules of the four legal
 * machines that implement each entry, read from the machines at run time.
 * Pure: no DOM.
 */
import type { AnyStateNode } from 'xstate';
import { z } from 'zod';
import glossaryJson from '../../scenarios/text/glossary.en.json';
import {
  isIsoDate,
  type Parsed,
  parseWith,
  RULE_MACHINE_IDS,
  RULE_MACHINES,
  type RuleMachineId,
  type StepKind,
  shippedValue,
} from '../engine';

/** The texts a citation can name. */
export const INSTRUMENTS = [
  'pact',
  'covenant',
  'league-1921',
  'locarno',
  'versailles',
  'cs-treaty',
  'const-1875',
  'german-memorandum',
  'anglo-french-declaration',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' });
const text = z.string().trim().min(1, { message: 'expected some text' });

const common = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-zA-Z0-9]+)*$/, { message: 'expected an id like covenant-art-16' }),
  instrument: z.enum(INSTRUMENTS),
  /** How citations name the entry: `art-16`, `point-I`, `res-4`, `treaty`, or a document's date. */
  parts: z
    .array(z.string().regex(/^(?:art-\d+|point-(?:I|II|III|IV)|res-\d+|preamble|protocol|treaty|\d{4}-\d{2}-\d{2})$/))
    .min(1),
  title: text,
  treaty: text,
  /** The date of the text (signature or adoption); null where the project's sources give none. */
  date: isoDate.nullable(),
  /** What the entry does, in the project's own words. */
  summary: text,
  /** A reservation treaty-and-rules.md makes: unconfirmed wording, the project's analysis. */
  caveat: text.optional(),
  source: z.strictObject({
    /** The section of treaty-and-rules.md, e.g. `§2` or `§1 (Protocol of Signature)`. */
    section: z.string().regex(/^§\d/, { message: 'expected a section of treaty-and-rules.md, like §2' }),
    /** Keys of treaty-and-rules.md's table of sources (§0), e.g. `S-COV`. */
    keys: z.array(z.string().regex(/^S-[A-Z0-9]+$/, { message: 'expected a source key like S-COV' })).min(1),
  }),
  /** Why no state or guard of the legal machines cites this entry (only where none does). */
  notImplemented: text.optional(),
};

const entrySchema = z.discriminatedUnion(
  'quoted',
  [
    /** The article's words as treaty-and-rules.md quotes them, each passage verbatim. */
    z.strictObject({ ...common, quoted: z.literal(true), text: z.array(text).min(1) }),
    /** treaty-and-rules.md only summarises: the summary is all there is. */
    z.strictObject({ ...common, quoted: z.literal(false) }),
  ],
  { error: 'expected true (the words are quoted) or false (a summary)' },
);

export const glossarySchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    /** The primary sources entries name, by their key in treaty-and-rules.md's table (§0). */
    sources: z.record(z.string().regex(/^S-[A-Z0-9]+$/, { message: 'expected a source key like S-COV' }), text),
    entries: z.array(entrySchema).min(1),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    const named = new Map<string, string>();
    data.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: 'duplicate id' });
      seen.add(entry.id);
      entry.source.keys.forEach((key, k) => {
        if (data.sources[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', index, 'source', 'keys', k],
            message: `no source ${key} in sources`,
          });
        }
      });
      for (const part of entry.parts) {
        const key = `${entry.instrument} ${part}`;
        const other = named.get(key);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', index, 'parts'],
            message: `${part} of ${entry.instrument} is already entry ${other}`,
          });
        }
        named.set(key, entry.id);
      }
    });
  });

export type GlossaryEntry = z.infer<typeof entrySchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type GlossaryEntryId = string;

/** Validate a glossary file's data: one `path: message` problem per fault. */
export function parseGlossary(data: unknown): Parsed<GlossaryData> {
  return parseWith(glossarySchema, data);
}

/** The game's glossary, in its file's order. */
export const GLOSSARY: GlossaryData = shippedValue(parseGlossary(glossaryJson), 'scenarios/text/glossary.en.json');

const BY_ID = new Map(GLOSSARY.entries.map((entry) => [entry.id, entry]));
const BY_PART = new Map(
  GLOSSARY.entries.flatMap((entry) => entry.parts.map((part) => [`${entry.instrument} ${part}`, entry] as const)),
);

/** The entry with this id, or undefined. */
export function glossaryEntry(id: GlossaryEntryId): GlossaryEntry | undefined {
  return BY_ID.get(id);
}

/** The anchor of an entry in the glossary page: `glossary-covenant-art-16`. */
export function glossaryAnchor(id: GlossaryEntryId): string {
  return `glossary-${id}`;
}

// ---------------------------------------------------------------------------
// Parsing citations

/** One article, protocol point or resolution a citation names. */
export interface CitationRef {
  readonly instrument: Instrument;
  /** As in an entry's `parts`: `art-16`, `point-I`, `res-4`, `protocol`, `treaty`, `1935-05-25`. */
  readonly part: string;
}

/** treaty-and-rules.md's sections: which text an article number after `§N` belongs to. */
const SECTION_INSTRUMENTS: Readonly<Record<string, Instrument>> = {
  '1': 'pact',
  '2': 'covenant',
  '3': 'locarno',
  '4': 'cs-treaty',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `25 May 1935` → `1935-05-25`; null if it is not a day. */
function isoDay(words: string): string | null {
  const match = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(words);
  if (match === null) return null;
  const [, day, month, year] = match;
  const index = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase());
  if (index < 0 || day === undefined || year === undefined) return null;
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** `12, 15, 16` → [12, 15, 16]; `1-3` → [1, 2, 3]; `2 and 4` → [2, 4]. */
function articleNumbers(list: string): number[] {
  return list.split(/\s*,\s*|\s+and\s+/).flatMap((item) => {
    const [from, to] = item.split(/\s*[-–]\s*/).map(Number);
    if (from === undefined || Number.isNaN(from)) return [];
    if (to === undefined || Number.isNaN(to) || to < from) return [from];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/** Split at `;` outside parentheses. */
function clauses(cite: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of cite) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ';' && depth === 0) {
      out.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  out.push(current);
  return out.map((c) => c.trim()).filter((c) => c !== '');
}

/** A parenthesis that compares ("mirrors Franco-Soviet Art. 1", "as in the Franco-Soviet treaty") names what the rule resembles, not what it implements. */
function withoutComparisons(clause: string): string {
  return clause.replace(/\([^()]*\b(?:mirrors?|as in)\b[^()]*\)/gi, '');
}

const TOKEN = new RegExp(
  [
    '(?<cs>Czechoslovak[-–]Soviet Treat(?:y|ies))',
    '(?<pactProtocol>Franco-Soviet Protocol(?: of Signature)?)',
    '(?<pact>Franco-Soviet Treat(?:y|ies))',
    '(?<protocol>Protocol(?: of Signature)?)',
    '(?<covenant>Covenant)',
    '(?<locarno>Rhineland Pact|Locarno)',
    '(?<versailles>Versailles)',
    String.raw`(?<const>Constitutional Law of 16 July 1875|Const\.(?: Law)?(?: 16 July)? 1875)`,
    '(?<res1921>(?:League Assembly )?resolutions of 4 Oct 1921|1921 resolutions)',
    String.raw`(?<memo>German memorandum of (?<memoDate>\d{1,2} [A-Z][a-z]+\.? \d{4}))`,
    String.raw`(?<decl>Anglo-French declaration of (?<declDate>\d{1,2} [A-Z][a-z]+\.? \d{4}))`,
    String.raw`(?<notes>treaty-and-rules\.md)`,
    String.raw`(?<otherFile>[a-z-]+\.md)`,
    String.raw`(?<section>§(?<sectionNumber>\d+)(?:\.\d+)*)`,
    String.raw`(?<arts>Arts?\.\s*(?<artList>\d+(?:(?:\s*,\s*|\s*[-–]\s*|\s+and\s+)\d+)*))`,
    String.raw`(?<res>res\.\s*(?<resNumber>\d+))`,
    '(?<preamble>Preamble)',
    String.raw`(?<roman>\b(?:IV|III|II|I)\b)`,
  ].join('|'),
  'g',
);

type Context = Instrument | 'notes' | 'other' | null;

interface ClauseState {
  /** The text whose articles follow. */
  context: Context;
  /** treaty-and-rules.md was named last: a `§N` names its section, and so whose articles follow. */
  inNotes: boolean;
}

/** Every article, point or resolution one clause names, in order, from the state the previous clause left. */
function clauseRefs(clause: string, state: ClauseState): CitationRef[] {
  const refs: CitationRef[] = [];
  /** The text whose Protocol of Signature was just named, until a point number or another token follows. */
  let protocolOf: Instrument | null = null;
  let leading: Instrument | null = null;
  let previous: { kind: 'arts' | 'paragraph' | 'other'; end: number } = { kind: 'other', end: 0 };
  const flushProtocol = () => {
    if (protocolOf !== null) refs.push({ instrument: protocolOf, part: 'protocol' });
    protocolOf = null;
  };
  const text = withoutComparisons(clause);
  for (const match of text.matchAll(TOKEN)) {
    const g = match.groups ?? {};
    const gap = text.slice(previous.end, match.index);
    const end = match.index + match[0].length;
    let kind: 'arts' | 'paragraph' | 'other' = 'other';
    let instrument: Instrument | null = null;
    if (g.cs !== undefined) instrument = 'cs-treaty';
    else if (g.pact !== undefined) instrument = 'pact';
    else if (g.covenant !== undefined) instrument = 'covenant';
    else if (g.locarno !== undefined) instrument = 'locarno';
    else if (g.versailles !== undefined) instrument = 'versailles';
    else if (g.const !== undefined) instrument = 'const-1875';
    else if (g.res1921 !== undefined) instrument = 'league-1921';
    if (instrument !== null) {
      flushProtocol();
      state.context = instrument;
      state.inNotes = false;
      if (match.index === 0) leading = instrument;
    } else if (g.pactProtocol !== undefined || g.protocol !== undefined) {
      flushProtocol();
      const owner: Instrument = g.protocol !== undefined && state.context === 'cs-treaty' ? 'cs-treaty' : 'pact';
      state.context = owner;
      protocolOf = owner;
    } else if (g.roman !== undefined) {
      const last = refs.at(-1);
      if (protocolOf !== null) refs.push({ instrument: protocolOf, part: `point-${g.roman}` });
      else if (last?.part.startsWith('point-') === true)
        refs.push({ instrument: last.instrument, part: `point-${g.roman}` });
      protocolOf = null;
    } else {
      flushProtocol();
      if (g.memo !== undefined || g.decl !== undefined) {
        const day = isoDay(g.memoDate ?? g.declDate ?? '');
        const which: Instrument = g.memo !== undefined ? 'german-memorandum' : 'anglo-french-declaration';
        if (day !== null) refs.push({ instrument: which, part: day });
        state.context = which;
        state.inNotes = false;
      } else if (g.notes !== undefined) {
        state.context = 'notes';
        state.inNotes = true;
      } else if (g.otherFile !== undefined) {
        state.context = 'other';
        state.inNotes = false;
      } else if (g.section !== undefined) {
        // `Art. 15 §10` and `Art. 15 §10, §6` are paragraphs; after treaty-and-rules.md, `§1 Art. 5` is a section.
        const paragraph =
          (previous.kind === 'arts' && /^\s*$/.test(gap)) ||
          (previous.kind === 'paragraph' && /^\s*(?:,|and)?\s*$/.test(gap));
        if (paragraph) kind = 'paragraph';
        else if (state.inNotes) state.context = SECTION_INSTRUMENTS[g.sectionNumber ?? ''] ?? 'notes';
      } else if (g.arts !== undefined) {
        kind = 'arts';
        const owner = state.context;
        if (owner !== null && owner !== 'notes' && owner !== 'other') {
          for (const n of articleNumbers(g.artList ?? '')) refs.push({ instrument: owner, part: `art-${n}` });
        }
      } else if (g.res !== undefined) {
        if (state.context === 'league-1921') refs.push({ instrument: 'league-1921', part: `res-${g.resNumber}` });
      } else if (g.preamble !== undefined) {
        if (state.context === 'pact') refs.push({ instrument: 'pact', part: 'preamble' });
      }
    }
    previous = { kind, end };
  }
  flushProtocol();
  // A clause that is only a text's name ("Czechoslovak-Soviet Treaty, 16 May 1935") names the text as a whole.
  if (leading !== null && refs.length === 0) refs.push({ instrument: leading, part: 'treaty' });
  return refs;
}

/** Every article, protocol point, resolution or document a citation names, in order, without repeats. */
export function parseCitation(cite: string): CitationRef[] {
  const refs: CitationRef[] = [];
  const state: ClauseState = { context: null, inNotes: false };
  for (const clause of clauses(cite)) {
    for (const ref of clauseRefs(clause, state)) {
      if (!refs.some((r) => r.instrument === ref.instrument && r.part === ref.part)) refs.push(ref);
    }
  }
  return refs;
}

/**
 * The glossary entries a reference names: the entry with that part; for a text named as a whole
 * with no entry of its own (`treaty`), every entry of that text. Empty if the glossary has none.
 */
export function entriesForRef(ref: CitationRef): GlossaryEntry[] {
  const entry = BY_PART.get(`${ref.instrument} ${ref.part}`);
  if (entry !== undefined) return [entry];
  if (ref.part !== 'treaty') return [];
  return GLOSSARY.entries.filter((e) => e.instrument === ref.instrument);
}

/**
 * The glossary entries a citation names, in the order it names them.
 *
 * @example
 * glossaryFor('Covenant Art. 15 §6, Art. 16 §1; Franco-Soviet Treaty, Art. 3 §1').map((e) => e.id)
 * // ['covenant-art-15', 'covenant-art-16', 'pact-art-3']
 */
export function glossaryFor(cite: string): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const ref of parseCitation(cite)) {
    for (const entry of entriesForRef(ref)) if (!entries.includes(entry)) entries.push(entry);
  }
  return entries;
}

/** The references of a citation that the glossary has no entry for (empty when every one resolves). */
export function unresolvedRefs(cite: string): CitationRef[] {
  return parseCitation(cite).filter((ref) => entriesForRef(ref).length === 0);
}

// ---------------------------------------------------------------------------
// The rules that implement each entry

/** A state or a named guard of a legal machine, with its citation. */
export interface RuleRef {
  readonly kind: 'state' | 'guard';
  readonly machine: RuleMachineId;
  /** A state's id (`francoSovietPact.notInForce`) or a guard's name (`isTreatyInForce`). */
  readonly name: string;
  /** A stable id for links: the state's id, or `machine:guard:name`. */
  readonly id: string;
  readonly cite: string;
  readonly letterOrPractice: StepKind;
  /** A state's one-sentence summary; null for a guard. */
  readonly summary: string | null;
}

function stateNodesOf(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...stateNodesOf(child)]);
}

function stateMeta(state: AnyStateNode): { cite: string; kind: StepKind; summary: string } {
  const meta: unknown = state.meta;
  if (typeof meta === 'object' && meta !== null) {
    const cite: unknown = Reflect.get(meta, 'cite');
    const kind: unknown = Reflect.get(meta, 'kind');
    const summary: unknown = Reflect.get(meta, 'summary');
    if (typeof cite === 'string' && (kind === 'letter' || kind === 'practice') && typeof summary === 'string') {
      return { cite, kind, summary };
    }
  }
  throw new Error(`state ${state.id} has no citation, kind and summary in its meta`);
}

let rulesCache: readonly RuleRef[] | null = null;

/** Every state and every named guard of the four legal machines, with its citation, read from the definitions. */
export function ruleCitations(): readonly RuleRef[] {
  if (rulesCache !== null) return rulesCache;
  const rules: RuleRef[] = [];
  for (const machine of RULE_MACHINE_IDS) {
    const { machine: definition, guardCites } = RULE_MACHINES[machine];
    for (const state of stateNodesOf(definition.root)) {
      const meta = stateMeta(state);
      rules.push({
        kind: 'state',
        machine,
        name: state.id,
        id: state.id,
        cite: meta.cite,
        letterOrPractice: meta.kind,
        summary: meta.summary,
      });
    }
    for (const [name, citation] of Object.entries(guardCites)) {
      rules.push({
        kind: 'guard',
        machine,
        name,
        id: `${machine}:guard:${name}`,
        cite: citation.cite,
        letterOrPractice: citation.kind,
        summary: null,
      });
    }
  }
  rulesCache = rules;
  return rules;
}

/** The states and guards of the legal machines whose citation names the entry, in machine order. */
export function implementedBy(entryId: GlossaryEntryId): RuleRef[] {
  return ruleCitations().filter((rule) => entryIdsOf(rule.cite).includes(entryId));
}

const idsByCite = new Map<string, readonly GlossaryEntryId[]>();

function entryIdsOf(cite: string): readonly GlossaryEntryId[] {
  let known = idsByCite.get(cite);
  if (known === undefined) {
    known = glossaryFor(cite).map((entry) => entry.id);
    idsByCite.set(cite, known);
  }
  return known;
}

// The notes on the actors and the counterfactuals, which citations of "actors.md …" and "counterfactuals.md §…" lead to.
export { NOTES, notesAnchor, notesFor, notesLabel } from './notes';
// The timeline's rows, which citations of "timeline.md …" lead to, load with the glossary.
export { TIMELINE, timelineAnchor, timelineFor, timelineLabel } from './timeline';
