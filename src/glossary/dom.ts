/**
 * A tiny element builder for the glossary and the teaching pages. Text is
 * always set with `textContent`: nothing from a data file is ever parsed as
 * markup.
 */

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Create `<tag>` with a class, text, attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className !== undefined) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A paragraph that opens with a bold label: `Summary: …`. */
export function labelled(className: string, label: string, text: string): HTMLParagraphElement {
  return el('p', { className }, [el('strong', { text: `${label}:` }), ` ${text}`]);
}
