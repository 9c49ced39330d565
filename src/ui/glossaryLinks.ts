/**
 * Citations in the game link to the glossary: a citation's text becomes a
 * link to its glossary entry (`glossary.html#glossary-<id>`), and a click on
 * it (or Enter) opens the glossary over the game in a labelled dialog,
 * scrolled to the entry. Escape or "Back to the game" closes it and the
 * focus returns to the link. The glossary's data is loaded with the first
 * citation shown (its own chunk; until it is there, a citation is plain text
 * and becomes its links when it comes), and its drawing only when first
 * opened. Text from data files is set as text only.
 */
import { el } from './dom';
import { GLOSSARY_PAGE } from './otherPages';
import { openPaperDialog } from './paperDialog';

type Glossary = typeof import('../glossary/glossary');

/** The glossary entry a link points at, on every glossary link made here. */
const ENTRY_ATTR = 'data-glossary';

let glossary: Glossary | null = null;
let loading: Promise<Glossary> | null = null;

/** The glossary's data, loaded once. */
function loadGlossary(): Promise<Glossary> {
  loading ??= import('../glossary/glossary').then((module) => {
    glossary = module;
    return module;
  });
  return loading;
}

/** A place in the glossary a citation leads to: an article's entry, a row (or section) of the timeline or of the notes. */
interface Destination {
  /** What `openGlossaryDialog` is given: an entry's id, or an anchor (`glossary-timeline-…`). */
  readonly id: string;
  readonly anchor: string;
  /** How the link reads after the first: the entry's title, or "the timeline, 19 Mar 1936". */
  readonly title: string;
  /** Where it opens, for the link's label: "Covenant, Art. 16", "the timeline, 19 Mar 1936". */
  readonly where: string;
}

/** Where a citation leads: the articles it names, then the timeline's rows, then the notes' rows and sections. */
function destinations(loaded: Glossary, cite: string): Destination[] {
  const articles = loaded.glossaryFor(cite).map((entry) => ({
    id: entry.id,
    anchor: loaded.glossaryAnchor(entry.id),
    title: entry.title,
    where: `${entry.treaty}, ${entry.title}`,
  }));
  // A row or section of the research notes: opened by its anchor, named by its label.
  const place = (anchor: string, label: string): Destination => ({ id: anchor, anchor, title: label, where: label });
  const timeline = loaded.timelineFor(cite).map((t) => place(loaded.timelineAnchor(t), loaded.timelineLabel(t)));
  const notes = loaded.notesFor(cite).map((t) => place(loaded.notesAnchor(t), loaded.notesLabel(t)));
  return [...articles, ...timeline, ...notes];
}

/** The citation's text with its glossary links, from the glossary's data. */
function linked(loaded: Glossary, cite: string, className: string): HTMLElement {
  const [first, ...rest] = destinations(loaded, cite);
  const shown = readableSource(cite);
  if (first === undefined) return el('span', { className, text: shown });
  const link = (text: string, to: Destination, label: string) =>
    el('a', {
      text,
      attrs: {
        // In the single file, an anchor of the page itself: the glossary opens over the game there.
        href: `${GLOSSARY_PAGE}#${to.anchor}`,
        [ENTRY_ATTR]: to.id,
        'aria-label': label,
      },
    });
  // The further entries in one bracket, "(also: A; B)"; an entry whose title another shares (each treaty's
  // "Article 2") is named with its treaty, so no entry reads as listed twice.
  const titles = rest.map((to) => to.title);
  const named = (to: Destination) => (titles.filter((t) => t === to.title).length > 1 ? to.where : to.title);
  const also = rest.flatMap((to, i) => [
    i === 0 ? ' (also: ' : '; ',
    link(named(to), to, `Open the glossary at ${to.where}`),
  ]);
  return el('span', { className }, [
    link(shown, first, `${shown}: open the glossary at ${first.where}`),
    ...also,
    rest.length === 0 ? null : ')',
  ]);
}

/** The research notes' bracketed tags, in words a class reads: `[DECISION]` is the project's decision. */
const TAG_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\s*\[DECISION(?:[:,]\s*([^\]]+))?\]/g, "the project's decision"],
  [/\s*\[ANALYSIS(?:[:,]\s*([^\]]+))?\]/g, "the project's analysis"],
  [/\s*\[JUDGEMENT(?:[:,]\s*([^\]]+))?\]/g, 'a judgement'],
  [/\s*\[HISTORIANS?(?:[:,]\s*([^\]]+))?\]/g, 'historians'],
  [/\s*\[LETTER(?:[:,]\s*([^\]]+))?\]/g, 'the letter'],
  [/\s*\[FACT(?:[:,]\s*([^\]]+))?\]/g, 'a fact'],
];

/**
 * A source as a class reads it: the research notes' tags in words, after a
 * comma ("§5.8 [DECISION: day]" is "§5.8, the project's decision: day"), the
 * rest as written.
 */
export function readableSource(source: string): string {
  return TAG_WORDS.reduce(
    (text, [tag, words]) =>
      text.replace(tag, (_match, detail: string | undefined) =>
        detail === undefined ? `, ${words}` : `, ${words}: ${detail}`,
      ),
    source,
  );
}

/**
 * A citation as text, with a link to each glossary entry it names: the
 * citation itself links to the first entry; further entries follow by title.
 * A citation the glossary does not know stays plain text. Before the
 * glossary's data has loaded, the citation shows as text and gets its links
 * when the data comes (if it cannot load, the citation stays text).
 */
export function citationLink(cite: string, className = 'cite'): HTMLElement {
  if (glossary !== null) return linked(glossary, cite, className);
  const span = el('span', { className, text: readableSource(cite) });
  loadGlossary()
    .then((loaded) => span.replaceChildren(...linked(loaded, cite, className).childNodes))
    .catch(() => {});
  return span;
}

/** "Source: …" with the citation linked to the glossary where it names an article. */
export function sourceLine(source: string, className = 'source'): HTMLElement {
  return el('p', { className }, ['Source: ', citationLink(source)]);
}

/** Turn every citation span matched by `selector` inside `root` into glossary links (the X-ray's path lists). */
export function linkCitationsIn(root: HTMLElement, selector: string): void {
  const spans = [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (span) => (span.textContent ?? '') !== '' && span.querySelector('a') === null,
  );
  const link = (loaded: Glossary) => {
    for (const span of spans) span.replaceChildren(...linked(loaded, span.textContent ?? '', '').childNodes);
  };
  if (glossary !== null) link(glossary);
  else if (spans.length > 0) loadGlossary().then(link, () => {});
}

let dialog: HTMLDialogElement | null = null;

/** Open the glossary over the game at `entryId`; closing it returns the focus to `returnTo`. */
export async function openGlossaryDialog(entryId: string, returnTo: HTMLElement | null): Promise<HTMLDialogElement> {
  const { mountGlossary } = await import('../glossary/render');
  dialog?.close();
  dialog?.remove();
  const body = el('div', { className: 'glossary-dialog-body' });
  const box = openPaperDialog({
    id: 'glossary-dialog',
    barClass: 'glossary-dialog-bar',
    title: 'Glossary: the articles the rules cite, and the timeline',
    titleId: 'glossary-dialog-title',
    closeId: 'glossary-back',
    closeText: 'Back to the game',
    focusTitle: false,
    body: [body],
    returnTo,
    onClosed: () => {
      if (dialog === box) dialog = null;
    },
  });
  dialog = box;
  const handle = mountGlossary(body, { focus: entryId });
  // Links within the glossary move inside the dialog instead of changing the game's address.
  body.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    const href = target?.getAttribute('href') ?? '';
    if (target === null || !href.startsWith('#')) return;
    event.preventDefault();
    handle.focus(href.slice(1));
  });
  if (!handle.focus(entryId)) box.querySelector<HTMLElement>('#glossary-back')?.focus();
  return box;
}

/** Open the glossary dialog for clicks on citation links anywhere under `root` (a plain click: new tabs still work). */
export function installGlossaryLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>(`a[${ENTRY_ATTR}]`) : null;
    const id = link?.getAttribute(ENTRY_ATTR);
    if (link === null || link === undefined || id === null || id === undefined) return;
    event.preventDefault();
    void openGlossaryDialog(id, link);
  });
}
