/**
 * The source-criticism worksheet in the page: the document described, the
 * page's claims in the project's words with what to check and where, and the
 * teacher's answer key hidden behind a "Show the answer key" button. Text is
 * set with textContent only.
 *
 * @example
 * const sheet = mountWorksheet(panel, { glossaryPage: 'glossary.html' });
 * sheet.showKey(true);
 */
import './teaching.css';
import { el, labelled } from '../glossary/dom';
import { type Claim, describeCheck, SOURCE_CRITICISM, type SourceCriticism, VERDICT_WORDS } from './sourceCriticism';

export interface WorksheetOptions {
  /** The exercise to show; the 1931 "neutrality treaty" page by default. */
  readonly exercise?: SourceCriticism;
  /** The glossary page's address, for links to its entries. */
  readonly glossaryPage?: string;
}

export interface WorksheetHandle {
  /** Show or hide the answer key, as the button does. */
  showKey(shown: boolean): void;
  destroy(): void;
}

function checkList(claim: Claim, exercise: SourceCriticism, glossaryPage: string): HTMLElement | null {
  if (claim.check.length === 0) return null;
  return el('ul', { className: 'worksheet-check' }, [
    ...claim.check.map((ref) => {
      const view = describeCheck(ref, exercise, glossaryPage);
      return el('li', { attrs: { 'data-check': view.kind } }, [
        view.href === null
          ? view.text
          : el('a', {
              text: view.text,
              // A glossary link names its entry: in the game, the glossary opens over the page (glossaryLinks.ts).
              attrs: { href: view.href, ...('glossary' in ref ? { 'data-glossary': ref.glossary } : {}) },
            }),
      ]);
    }),
  ]);
}

function keyView(claim: Claim, exercise: SourceCriticism): HTMLElement {
  const { verdict, evidence, audit, howToTell } = claim.key;
  return el('div', { className: 'worksheet-key', attrs: { 'data-verdict': verdict, hidden: '' } }, [
    el('p', { className: 'worksheet-verdict' }, [
      el('strong', { text: 'Answer: ' }),
      el('span', { className: `worksheet-verdict-word worksheet-verdict-${verdict}`, text: VERDICT_WORDS[verdict] }),
    ]),
    labelled('worksheet-evidence', 'Evidence', evidence),
    el('p', {
      className: 'worksheet-audit',
      text: `Source: ${exercise.document.audit}, row ${audit.row} (“${audit.verdict}”).`,
    }),
    labelled('worksheet-how', 'How to tell', howToTell),
  ]);
}

/** Draw the worksheet in `container` (replacing what it held), with the answer key hidden. */
export function mountWorksheet(container: HTMLElement, options: WorksheetOptions = {}): WorksheetHandle {
  const exercise = options.exercise ?? SOURCE_CRITICISM;
  const glossaryPage = options.glossaryPage ?? 'glossary.html';
  const keys = exercise.claims.map((claim) => keyView(claim, exercise));
  const keyIds = exercise.claims.map((claim) => `worksheet-key-${claim.id}`);
  keys.forEach((key, index) => {
    key.id = keyIds[index] ?? '';
  });
  const button = el('button', {
    className: 'worksheet-toggle',
    text: 'Show the answer key',
    attrs: { type: 'button', id: 'answer-key-toggle', 'aria-expanded': 'false', 'aria-controls': keyIds.join(' ') },
  });
  const note = el('p', {
    className: 'worksheet-key-note',
    text: 'For the teacher: the answer key is hidden until you show it.',
  });
  const items = exercise.claims.map((claim, index) =>
    el('li', { className: 'worksheet-claim', attrs: { 'data-claim': claim.id } }, [
      el('p', { className: 'worksheet-claim-text' }, [el('strong', { text: 'The page claims: ' }), claim.claim]),
      labelled('worksheet-prompt', 'Check', claim.prompt),
      checkList(claim, exercise, glossaryPage),
      keys[index],
    ]),
  );
  const root = el('div', { className: 'worksheet' }, [
    el('h2', { text: exercise.title }),
    labelled('worksheet-document', 'The document', exercise.document.description),
    el('p', {
      className: 'worksheet-warning',
      text: 'This page is not a reliable source: nothing it says is a fact until another source confirms it.',
    }),
    el('p', { text: exercise.introduction }),
    el('h3', { text: 'How to check a source' }),
    el(
      'ul',
      { className: 'worksheet-method' },
      exercise.method.map((step) => el('li', { text: step })),
    ),
    el('div', { className: 'worksheet-controls' }, [button, note]),
    el('h3', { text: 'The claims' }),
    el('ol', { className: 'worksheet-claims' }, items),
  ]);

  const showKey = (shown: boolean) => {
    for (const key of keys) key.hidden = !shown;
    button.setAttribute('aria-expanded', String(shown));
    button.textContent = shown ? 'Hide the answer key' : 'Show the answer key';
    root.dataset.key = shown ? 'shown' : 'hidden';
  };
  button.addEventListener('click', () => showKey(button.getAttribute('aria-expanded') !== 'true'));
  showKey(false);
  container.replaceChildren(root);
  return {
    showKey,
    destroy() {
      root.remove();
    },
  };
}
