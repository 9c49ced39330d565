/**
 * The glossary in the page: every entry with a heading, the article's words
 * in a blockquote (or "Summary:" where the research only summarises), its
 * source, and links to the rules that implement it; then the rules
 * themselves, each linking back to the entries its citation names. Every
 * entry has an anchor (`#glossary-covenant-art-16`) so that any citation in
 * the game can link to it. Text is set with textContent only.
 *
 * @example
 * const glossary = mountGlossary(panel, { focus: 'covenant-art-16' });
 * glossary.focus('pact-protocol-I');
 */
import './glossary.css';
import { formatDate, RULE_MACHINES } from '../engine';
import { stateTitle } from '../xray/graph';
import { guardWords } from '../xray/words';
import { el, labelled } from './dom';
import {
  GLOSSARY,
  type GlossaryEntry,
  type GlossaryEntryId,
  glossaryAnchor,
  glossaryFor,
  type Instrument,
  implementedBy,
  type RuleRef,
  ruleCitations,
} from './glossary';
import { NOTES, NOTES_ANCHOR, notesAnchor } from './notes';
import type { NotesSection } from './researchNotes';
import { confidenceWords, sourceWords, TIMELINE, TIMELINE_ANCHOR, timelineAnchor } from './timeline';
import type { TimelineRow } from './timelineNotes';

export interface GlossaryOptions {
  /** The entry to scroll to and focus once drawn. */
  readonly focus?: GlossaryEntryId;
  /** Where an "implemented by" link goes; by default the rule's own place on this page (`#rule-…`). */
  readonly ruleHref?: (rule: RuleRef) => string;
}

export interface GlossaryHandle {
  /** Scroll to an entry (by id) or to a place on the page (by anchor, `glossary-…` or `rule-…`), mark it and focus it. */
  focus(target: string): boolean;
  destroy(): void;
}

/** The headings the entries are grouped under, in this order. */
const GROUPS: readonly { readonly title: string; readonly instruments: readonly Instrument[] }[] = [
  { title: 'The Franco-Soviet Treaty and its Protocol of Signature (1935)', instruments: ['pact'] },
  { title: 'The Covenant of the League of Nations', instruments: ['covenant', 'league-1921'] },
  { title: 'Locarno, the Rhineland Pact (1925)', instruments: ['locarno', 'versailles'] },
  { title: 'The Czechoslovak-Soviet Treaty (1935)', instruments: ['cs-treaty'] },
  {
    title: 'Other texts the rules cite',
    instruments: ['const-1875', 'german-memorandum', 'anglo-french-declaration'],
  },
];

/** The anchor of a rule on the glossary page: `rule-francoSovietPact.notInForce`. */
export function ruleAnchor(rule: RuleRef): string {
  return `rule-${rule.id}`;
}

/** How a rule reads in a link: `Franco-Soviet pact: state "Not in force"`, `Locarno…: check "Locarno in force?"`. */
export function ruleLabel(rule: RuleRef): string {
  const machine = RULE_MACHINES[rule.machine].title;
  // The X-ray's own words for the step (scenarios/text/xray.en.json), not the machine's code names.
  if (rule.kind === 'guard') return `${machine}: check "${guardWords(rule.name)}"`;
  return `${machine}: state "${stateTitle(rule.name)}"`;
}

function kindWord(rule: RuleRef): HTMLElement {
  return el('span', {
    className: `glossary-kind-${rule.letterOrPractice}`,
    text: rule.letterOrPractice === 'letter' ? ' (letter)' : ' (practice)',
  });
}

function entryView(entry: GlossaryEntry, ruleHref: (rule: RuleRef) => string): HTMLElement {
  const headingId = `${glossaryAnchor(entry.id)}-title`;
  const meta = [entry.treaty, entry.date === null ? null : formatDate(entry.date)].filter((t) => t !== null);
  const words = entry.quoted
    ? el(
        'blockquote',
        { className: 'glossary-words', attrs: { 'aria-label': 'The words, as the sources quote them' } },
        entry.text.map((passage) => el('p', { className: 'glossary-quote', text: `“${passage}”` })),
      )
    : null;
  const summary = entry.quoted
    ? labelled('glossary-summary', 'In short', entry.summary)
    : labelled('glossary-summary', 'Summary', entry.summary);
  const sources = entry.source.keys.map((key) => GLOSSARY.sources[key] ?? key);
  const rules = implementedBy(entry.id);
  const implemented =
    rules.length > 0
      ? el('div', { className: 'glossary-implemented' }, [
          el('p', { text: `Implemented by ${rules.length === 1 ? 'one rule' : `${rules.length} rules`}:` }),
          el(
            'ul',
            {},
            rules.map((rule) =>
              el('li', {}, [
                el('a', { text: ruleLabel(rule), attrs: { href: ruleHref(rule), 'data-rule': rule.id } }),
                kindWord(rule),
              ]),
            ),
          ),
        ])
      : labelled(
          'glossary-implemented glossary-not-implemented',
          'Not implemented by a rule',
          entry.notImplemented ?? '',
        );
  return el(
    'article',
    {
      className: 'glossary-entry',
      attrs: {
        id: glossaryAnchor(entry.id),
        'data-entry': entry.id,
        'data-quoted': String(entry.quoted),
        tabindex: '-1',
        'aria-labelledby': headingId,
      },
    },
    [
      el('h3', { text: entry.title, attrs: { id: headingId } }),
      el('p', { className: 'glossary-meta', text: meta.join(' · ') }),
      words,
      summary,
      entry.caveat === undefined ? null : labelled('glossary-caveat', 'Caution', entry.caveat),
      labelled(
        'glossary-source',
        'Source',
        `treaty-and-rules.md ${entry.source.section}; ${sources.join('; ')}${sources.length > 0 ? '.' : ''}`,
      ),
      implemented,
    ],
  );
}

/** One row of the timeline: its date, the event, its sources and how sure the research is of it. */
function timelineRowView(row: TimelineRow): HTMLElement {
  return el(
    'li',
    {
      className: 'glossary-timeline-row',
      attrs: { id: timelineAnchor({ kind: 'row', row }), 'data-row': row.id, tabindex: '-1' },
    },
    [
      el('strong', { text: row.date }),
      ` ${row.event} `,
      el('span', { className: 'glossary-timeline-source', text: `${sourceWords(row.source)} ` }),
      el('span', { className: 'glossary-timeline-confidence', text: confidenceWords(row.confidence) }),
    ],
  );
}

/** The timeline the dispatches rest on, section by section, with the tags' meanings and the source keys. */
function timelineView(): HTMLElement {
  const sections = [...new Set(TIMELINE.rows.map((row) => row.section))];
  return el(
    'section',
    {
      className: 'glossary-timeline',
      attrs: { id: TIMELINE_ANCHOR, tabindex: '-1', 'aria-labelledby': `${TIMELINE_ANCHOR}-title` },
    },
    [
      el('h2', { text: 'The timeline the dispatches rest on', attrs: { id: `${TIMELINE_ANCHOR}-title` } }),
      el('p', {
        text: `The project's research notes (${TIMELINE.title}), row by row: what a citation such as "timeline.md 19 Mar 1936" names. Each row gives its sources and a confidence tag: ${Object.entries(
          TIMELINE.tags,
        )
          .map(([tag, meaning]) => `${tag}, ${meaning}`)
          .join(' ')}`,
      }),
      ...sections.map((section) =>
        el(
          'div',
          {
            className: 'glossary-timeline-section',
            attrs: { id: timelineAnchor({ kind: 'section', section }), tabindex: '-1' },
          },
          [
            el('h3', { text: section }),
            el('ul', {}, TIMELINE.rows.filter((row) => row.section === section).map(timelineRowView)),
          ],
        ),
      ),
      el('h3', { text: 'The short source keys' }),
      el(
        'ul',
        { className: 'glossary-timeline-keys' },
        TIMELINE.sourceKeys.map(({ key, reference }) => el('li', {}, [el('strong', { text: `${key}: ` }), reference])),
      ),
    ],
  );
}

/** One row or section of the notes: its title, and its lines in the notes' own words. */
function notesSectionView(section: NotesSection): HTMLElement {
  const heading = section.number === null ? section.title : `§${section.number} ${section.title}`;
  return el(
    'div',
    {
      className: 'glossary-notes-section',
      attrs: { id: notesAnchor({ kind: 'section', section }), 'data-notes': section.id, tabindex: '-1' },
    },
    [
      el('h4', { text: heading }),
      section.lines.length === 0
        ? null
        : el(
            'ul',
            { className: 'glossary-notes-lines' },
            // A point within a point ("– …") is set in under the one it belongs to.
            section.lines.map((line) => el('li', { text: line, className: line.startsWith('– ') ? 'nested' : '' })),
          ),
    ],
  );
}

/** The notes on the actors and the counterfactuals, file by file and group by group. */
function notesView(): HTMLElement {
  return el(
    'section',
    {
      className: 'glossary-notes',
      attrs: { id: NOTES_ANCHOR, tabindex: '-1', 'aria-labelledby': `${NOTES_ANCHOR}-title` },
    },
    [
      el('h2', { text: 'The notes on the actors and the counterfactuals', attrs: { id: `${NOTES_ANCHOR}-title` } }),
      el('p', {
        text: 'The project\'s research notes, as citations such as "actors.md (Gamelin)" or "counterfactuals.md §3 D" name them, in the notes\' own words: [FACT] a sourced fact, [JUDGEMENT] a historian\'s or the project\'s characterisation, [U] unconfirmed.',
      }),
      ...NOTES.files.map((view) => {
        const groups = [...new Set(view.sections.map((s) => s.group))];
        return el(
          'div',
          {
            className: 'glossary-notes-file',
            attrs: { id: notesAnchor({ kind: 'file', file: view.file }), tabindex: '-1' },
          },
          [
            el('h3', { text: `${view.file}: ${view.title}` }),
            view.about.length === 0
              ? null
              : el(
                  'div',
                  { className: 'glossary-notes-about' },
                  view.about.map((line) => el('p', { text: line })),
                ),
            ...groups.flatMap((group) => {
              const sections = view.sections.filter((s) => s.group === group);
              // Numbered sections are their own headings; a section that is its whole group needs no label over it.
              const labelled = sections.some((s) => s.number === null && s.title !== group);
              return [
                labelled ? el('p', { className: 'glossary-notes-group', text: group }) : null,
                ...sections.map(notesSectionView),
              ];
            }),
          ],
        );
      }),
    ],
  );
}

function ruleView(rule: RuleRef): HTMLElement {
  const entries = glossaryFor(rule.cite);
  return el(
    'div',
    { className: 'glossary-rule', attrs: { id: ruleAnchor(rule), 'data-rule': rule.id, tabindex: '-1' } },
    [
      el('h3', { text: ruleLabel(rule) }),
      el('p', { className: 'glossary-rule-cite' }, [
        el('strong', { text: rule.letterOrPractice === 'letter' ? 'Letter: ' : 'Practice: ' }),
        rule.cite,
      ]),
      rule.summary === null ? null : el('p', { text: rule.summary }),
      entries.length === 0
        ? el('p', { className: 'glossary-rule-entries', text: 'Cites no article: the project’s own reading.' })
        : el('p', { className: 'glossary-rule-entries' }, [
            'In the glossary: ',
            ...entries.flatMap((entry, index) => [
              index === 0 ? null : ', ',
              el('a', {
                text: `${entry.treaty}, ${entry.title}`,
                attrs: { href: `#${glossaryAnchor(entry.id)}`, 'data-entry': entry.id },
              }),
            ]),
          ]),
    ],
  );
}

/** Draw the glossary in `container` (replacing what it held). */
export function mountGlossary(container: HTMLElement, options: GlossaryOptions = {}): GlossaryHandle {
  const ruleHref = options.ruleHref ?? ((rule: RuleRef) => `#${ruleAnchor(rule)}`);
  const groups = GROUPS.map((group) => ({
    ...group,
    entries: GLOSSARY.entries.filter((entry) => group.instruments.includes(entry.instrument)),
  })).filter((group) => group.entries.length > 0);
  const toc = el('nav', { className: 'glossary-toc', attrs: { 'aria-label': 'Glossary contents' } }, [
    el(
      'ul',
      {},
      groups.map((group) =>
        el('li', {}, [
          group.title,
          el(
            'ul',
            { className: 'glossary-toc-entries' },
            group.entries.map((entry) =>
              el('li', {}, [el('a', { text: entry.title, attrs: { href: `#${glossaryAnchor(entry.id)}` } })]),
            ),
          ),
        ]),
      ),
    ),
    el('p', {}, [el('a', { text: 'The rules and what they cite', attrs: { href: '#glossary-rules' } })]),
    el('p', {}, [el('a', { text: 'The timeline the dispatches rest on', attrs: { href: `#${TIMELINE_ANCHOR}` } })]),
    el('p', {}, [
      el('a', { text: 'The notes on the actors and the counterfactuals', attrs: { href: `#${NOTES_ANCHOR}` } }),
    ]),
  ]);
  const sections = groups.map((group) =>
    el('section', { className: 'glossary-group' }, [
      el('h2', { text: group.title }),
      ...group.entries.map((entry) => entryView(entry, ruleHref)),
    ]),
  );
  const rules = el('section', { className: 'glossary-rules', attrs: { id: 'glossary-rules' } }, [
    el('h2', { text: 'The rules and what they cite' }),
    el('p', {
      text: 'Every state and check of the four legal machines, with its citation and the glossary entries it names.',
    }),
    ...ruleCitations().map(ruleView),
  ]);
  const root = el('div', { className: 'glossary' }, [toc, ...sections, rules, timelineView(), notesView()]);
  container.replaceChildren(root);

  const handle: GlossaryHandle = {
    focus(target: string): boolean {
      const anchor = target.startsWith('glossary-') || target.startsWith('rule-') ? target : glossaryAnchor(target);
      const node = root.ownerDocument.getElementById(anchor);
      if (node === null || !root.contains(node)) return false;
      for (const marked of root.querySelectorAll('[data-focused="true"]')) marked.removeAttribute('data-focused');
      node.setAttribute('data-focused', 'true');
      node.scrollIntoView({ block: 'start' });
      node.focus({ preventScroll: true });
      return true;
    },
    destroy() {
      root.remove();
    },
  };
  if (options.focus !== undefined) handle.focus(options.focus);
  return handle;
}
