/**
 * The futures drawn for a class: one horizontal bar per ending reached, its
 * share, its 95% interval as a whisker and its count; a table with the same
 * figures for screen readers; an A/B comparison side by side with each
 * difference marked "larger than chance" or "within chance"; a progress bar
 * with a Cancel button. Built with DOM calls and `textContent` only: the
 * endings' titles come from a data file and are never parsed as markup.
 */
import './futures.css';
import {
  type Comparison,
  type EndingComparison,
  type EndingShare,
  endingShares,
  endingText,
  type FuturesResult,
  formatMonth,
} from '../engine';

const SVG = 'http://www.w3.org/2000/svg';

type Child = Node | string | null;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== null) node.className = className;
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** A share as a percentage with one decimal: 0.4237 → "42.4%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A 95% interval as "38.2–46.7%". */
export function interval([low, high]: readonly [number, number]): string {
  return `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}%`;
}

/** A difference in percentage points, signed, with a true minus sign as the rest of the game writes it: "+12.3 points", "−4.5 points". */
export function points(difference: number): string {
  const value = Math.abs(difference * 100).toFixed(1);
  const sign = value === '0.0' ? '±' : difference > 0 ? '+' : '\u2212';
  return `${sign}${value} points`;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** A game month in words: "1936-03" → "March 1936". */
export function monthWords(month: string): string {
  return formatMonth(month);
}

/** The ending's title, as the model's data names it. */
function title(id: string): string {
  return endingText(id).title;
}

/**
 * A bar with its whisker, on a 0–100 scale stretched to the row's width. The
 * whisker's stroke keeps its width however far the drawing is stretched.
 */
function bar(share: EndingShare, arm: 'a' | 'b' | 'single'): SVGSVGElement {
  const figure = svg('svg', {
    class: `futures-bar futures-bar-${arm}`,
    viewBox: '0 0 100 10',
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const [low, high] = share.ci95;
  figure.append(
    svg('rect', { class: 'futures-track', x: '0', y: '1', width: '100', height: '8' }),
    svg('rect', { class: 'futures-fill', x: '0', y: '1', width: (share.share * 100).toFixed(3), height: '8' }),
  );
  const whisker = svg('g', { class: 'futures-whisker', 'data-low': low.toFixed(4), 'data-high': high.toFixed(4) });
  const attrs = (x1: number, y1: number, x2: number, y2: number) => ({
    x1: x1.toFixed(3),
    y1: String(y1),
    x2: x2.toFixed(3),
    y2: String(y2),
    'vector-effect': 'non-scaling-stroke',
  });
  whisker.append(
    svg('line', attrs(low * 100, 5, high * 100, 5)),
    svg('line', attrs(low * 100, 2, low * 100, 8)),
    svg('line', attrs(high * 100, 2, high * 100, 8)),
  );
  figure.append(whisker);
  return figure;
}

/**
 * The table twin, read by screen readers and not drawn, in a clipping box: a
 * table is never narrower than its content, so hidden on its own it still
 * widened the page (a sideways scroll bar under the futures).
 */
function twin(table: HTMLTableElement): HTMLElement {
  return h('div', 'futures-table-twin', [table]);
}

/** Hidden from screen readers, which read the table twin instead. */
function hidden<T extends Element>(node: T): T {
  node.setAttribute('aria-hidden', 'true');
  return node;
}

function cell(tag: 'td' | 'th', text: string, scope?: 'row' | 'col'): HTMLTableCellElement {
  const node = h(tag, null, [text]);
  if (scope !== undefined) node.scope = scope;
  return node;
}

/** The endings to draw: those some future reached, most frequent first. */
function reached<T extends { id: string }>(rows: readonly T[], total: (row: T) => number): T[] {
  return rows.filter((row) => total(row) > 0).sort((x, y) => total(y) - total(x));
}

/**
 * What the whiskers mean (and, for an A/B, "larger than chance"), in words a class reads on the projected screen;
 * the figure's caption says it to a screen reader, so this note is hidden from one.
 */
function readingNote(ab: boolean): HTMLParagraphElement {
  const note = h('p', 'futures-note futures-reading', [
    'Each bar is an ending’s share of the futures; the black whisker across it is its 95% interval: with other dice, the share would most likely fall within it.',
    ab ? ' “Larger than chance”: A and B differ by more than other dice would likely make them differ.' : '',
  ]);
  note.setAttribute('aria-hidden', 'true');
  return note;
}

function notReachedNote(unreached: number): HTMLParagraphElement {
  const note = h('p', 'futures-note', [
    unreached === 0
      ? 'Every ending was reached in these futures.'
      : `${unreached} other ending${unreached === 1 ? ' was' : 's were'} not reached in these futures.`,
  ]);
  return note;
}

/**
 * Draw a batch of futures in `container` (its children are replaced): a chart
 * of the endings reached and its table twin. Returns the figure.
 */
export function renderFutures(container: HTMLElement, result: FuturesResult, heading: string): HTMLElement {
  const shares = endingShares(result);
  const rows = reached(shares, (s) => s.count);
  const caption = `${heading}: ${count(result.runs)} futures from ${monthWords(result.month)}. Bars show each ending's share; whiskers its 95% interval (Wilson).`;
  const figure = h('figure', 'futures-chart');
  figure.dataset.runs = String(result.runs);
  const list = h('div', 'futures-rows');
  list.setAttribute('aria-hidden', 'true');
  for (const share of rows) {
    const row = h('div', 'futures-row', [
      h('span', 'futures-label', [title(share.id)]),
      bar(share, 'single'),
      h('span', 'futures-value', [`${percent(share.share)} (${count(share.count)})`]),
    ]);
    row.dataset.ending = share.id;
    list.append(row);
  }
  const table = h('table', 'futures-table', [
    h('caption', null, [caption]),
    h('thead', null, [
      h('tr', null, [
        cell('th', 'Ending', 'col'),
        cell('th', 'Futures', 'col'),
        cell('th', 'Share', 'col'),
        cell('th', '95% interval', 'col'),
      ]),
    ]),
    h(
      'tbody',
      null,
      rows.map((s) =>
        h('tr', null, [
          cell('th', title(s.id), 'row'),
          cell('td', count(s.count)),
          cell('td', percent(s.share)),
          cell('td', interval(s.ci95)),
        ]),
      ),
    ),
  ]);
  figure.append(
    hidden(h('figcaption', null, [caption])),
    list,
    readingNote(false),
    notReachedNote(shares.length - rows.length),
    twin(table),
  );
  container.replaceChildren(figure);
  return figure;
}

function verdict(e: EndingComparison): HTMLSpanElement {
  const mark = h('span', e.largerThanChance ? 'futures-verdict futures-larger' : 'futures-verdict futures-within', [
    e.largerThanChance ? 'larger than chance' : 'within chance',
  ]);
  return mark;
}

/**
 * Draw an A/B comparison in `container`: for every ending either choice
 * reached, both shares side by side with their whiskers, the difference (B
 * minus A) and whether it is larger than chance; and the same as a table.
 */
export function renderComparison(
  container: HTMLElement,
  comparison: Comparison,
  labels: {
    readonly a: string;
    readonly b: string;
    /** What A and B are, where the two ended alike: two choices (the default) or two sets of rules. */
    readonly compared?: 'choices' | 'rules';
    /** With `compared: 'rules'`, how many rule variants B plays under. */
    readonly variants?: number;
  },
): HTMLElement {
  const rows = reached(comparison.endings, (e) => e.a.count + e.b.count);
  const runs = comparison.a.runs;
  const caption = `A: ${labels.a}. B: ${labels.b}. ${count(runs)} futures each from ${monthWords(comparison.a.month)}, the same dice for both. A difference is larger than chance when a two-proportion z-test finds it at 95%.`;
  const figure = h('figure', 'futures-chart futures-ab');
  figure.dataset.runs = String(runs);
  const legend = h('p', 'futures-legend', [
    h('span', 'futures-key futures-key-a', ['A']),
    ` ${labels.a}   `,
    h('span', 'futures-key futures-key-b', ['B']),
    ` ${labels.b}`,
  ]);
  legend.setAttribute('aria-hidden', 'true');
  const list = h('div', 'futures-rows');
  list.setAttribute('aria-hidden', 'true');
  for (const e of rows) {
    const row = h('div', 'futures-row futures-row-ab', [
      h('span', 'futures-label', [title(e.id)]),
      h('span', 'futures-arms', [
        h('span', 'futures-arm', [
          h('span', 'futures-arm-name', ['A']),
          bar(e.a, 'a'),
          h('span', 'futures-value', [percent(e.a.share)]),
        ]),
        h('span', 'futures-arm', [
          h('span', 'futures-arm-name', ['B']),
          bar(e.b, 'b'),
          h('span', 'futures-value', [percent(e.b.share)]),
        ]),
      ]),
      h('span', 'futures-difference', [points(e.difference), h('br', null), verdict(e)]),
    ]);
    row.dataset.ending = e.id;
    row.dataset.larger = String(e.largerThanChance);
    list.append(row);
  }
  const table = h('table', 'futures-table', [
    h('caption', null, [caption]),
    h('thead', null, [
      h('tr', null, [
        cell('th', 'Ending', 'col'),
        cell('th', `A: share (95% interval)`, 'col'),
        cell('th', `B: share (95% interval)`, 'col'),
        cell('th', 'B minus A', 'col'),
        cell('th', 'Larger than chance?', 'col'),
      ]),
    ]),
    h(
      'tbody',
      null,
      rows.map((e) =>
        h('tr', null, [
          cell('th', title(e.id), 'row'),
          cell('td', `${percent(e.a.share)} (${interval(e.a.ci95)})`),
          cell('td', `${percent(e.b.share)} (${interval(e.b.ci95)})`),
          cell('td', points(e.difference)),
          cell('td', e.largerThanChance ? 'larger than chance' : 'within chance'),
        ]),
      ),
    ),
  ]);
  // Two choices can come to the same thing under a game's rules (invoking the Protocol and referring to the
  // Council, with the rule variant that takes Protocol I §2 away): said, so that a class does not read a fault.
  const alike = comparison.endings.every((e) => e.a.count === e.b.count);
  figure.append(hidden(h('figcaption', null, [caption])), legend, list, readingNote(true));
  if (alike) {
    figure.append(
      h('p', 'futures-alike', [
        labels.compared === 'rules'
          ? `A and B ended alike: with the same dice, every ending has the same share, so from here ${labels.variants === 1 ? 'this rule variant changes' : 'these rule variants change'} nothing in this game.`
          : 'A and B ended alike: with the same dice, every ending has the same share, so under this game’s rules the two choices made no difference from here.',
      ]),
    );
  }
  figure.append(notReachedNote(comparison.endings.length - rows.length), twin(table));
  container.replaceChildren(figure);
  return figure;
}

/** Progress bars made so far: each gets its own id for its label. */
let progresses = 0;

export interface ProgressHandle {
  readonly element: HTMLElement;
  /** Show `done` of `runs` games played. */
  update(done: number, runs: number): void;
  /** The job is over: say how, and take the Cancel button away. */
  finish(message: string): void;
}

/**
 * A progress bar with its count and a Cancel button (a real button: Tab
 * reaches it, Enter and Space press it), in `container`.
 */
export function renderProgress(container: HTMLElement, label: string, onCancel: () => void): ProgressHandle {
  progresses += 1;
  const id = `futures-progress-${progresses}`;
  const bar = h('progress', 'futures-progress-bar');
  bar.id = id;
  bar.max = 1;
  bar.value = 0;
  const name = h('label', 'futures-progress-label', [label]);
  name.htmlFor = id;
  const figures = h('span', 'futures-progress-count', ['starting…']);
  const cancel = h('button', 'futures-cancel', ['Cancel']);
  cancel.type = 'button';
  cancel.addEventListener('click', onCancel);
  const status = h('p', 'futures-status');
  status.setAttribute('role', 'status');
  const element = h('div', 'futures-progress', [name, bar, figures, cancel, status]);
  container.replaceChildren(element);
  return {
    element,
    update(done, runs) {
      bar.max = runs;
      bar.value = done;
      figures.textContent = `${count(done)} of ${count(runs)}`;
    },
    finish(message) {
      cancel.remove();
      status.textContent = message;
      element.dataset.finished = 'true';
    },
  };
}
