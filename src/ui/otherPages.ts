/**
 * Links from the game to its other pages (the legal cases, the
 * source-criticism worksheet, the glossary). The served build has those
 * pages beside index.html; the single file for a USB stick
 * (dist/hollow-pact.html, vite.single.config.ts) has no page beside it, so
 * there a link to one would lead nowhere from `file://`. In the single file:
 * the glossary's links stay inside the page (the glossary opens over the game
 * as a dialog), and a link to another page becomes text that says where that
 * page is, in the served game.
 */
import { el } from './dom';

/** Whether this build is the single file: vite.single.config.ts defines the variable. */
export const IN_SINGLE_FILE: boolean = import.meta.env.VITE_HOLLOW_PACT_SINGLE_FILE === 'true';

/** The glossary page's address before its `#entry`: none in the single file (the glossary is a dialog there). */
export const GLOSSARY_PAGE: string = IN_SINGLE_FILE ? '' : 'glossary.html';

/** What the single file says instead of a link to another page. */
export const SERVED_ONLY = 'a page of the served game, not of this single file';

/**
 * A link to another page of the game (`href`, e.g. "cases.html"); in the
 * single file, the link's text with where the page is, as plain text.
 */
export function otherPageLink(text: string, href: string, attrs: Record<string, string> = {}): HTMLElement {
  if (IN_SINGLE_FILE) {
    return el('span', { className: 'served-only', text: `${text} (${SERVED_ONLY})`, attrs: { 'data-page': href } });
  }
  return el('a', { text, attrs: { ...attrs, href } });
}

/** On the title of the single file: which pages it lacks and where they are; null in the served build. */
export function servedOnlyNote(): HTMLElement | null {
  if (!IN_SINGLE_FILE) return null;
  return el('p', {
    className: 'quiet served-only',
    attrs: { id: 'served-only' },
    text: 'The legal cases and the glossary page are pages of the served game (npm run build, then open dist/ with a web server); this single file opens the glossary over the game from any citation, and the source-criticism worksheet from its button.',
  });
}
