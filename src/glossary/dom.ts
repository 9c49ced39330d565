/**
 * The glossary's and the teaching pages' element builder: the overlays' own
 * (`src/ui/dom.ts`, text always set with `textContent`), and a labelled paragraph.
 */
import { el } from '../ui/dom';

export { el };

/** A paragraph that opens with a bold label: `Summary: …`. */
export function labelled(className: string, label: string, text: string): HTMLParagraphElement {
  return el('p', { className }, [el('strong', { text: `${label}:` }), ` ${text}`]);
}
