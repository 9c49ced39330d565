/**
 * The "why" drawer in the page: `mountFactors` draws one decision's factors
 * (`factors.ts` computes them), `mountMonthWhy` lists a month's decisions,
 * each a keyboard disclosure (`<details>`) that opens onto its factors.
 * Elements are built with createElement and every string is set as text.
 */
import './why.css';
import type { Explanation, LogEntry } from '../engine';
import { el } from './dom';
import { type FactorRow, factorsView, monthWhy } from './factors';
import { fill, WHY_TEXT, type WhyText } from './text';

let ids = 0;
/** A page-unique id for labelling. */
function nextId(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

function barRow(row: FactorRow, zero: number, threshold: { at: number; mark: string } | null): HTMLLIElement {
  const label = el('span', 'why-label', [row.label]);
  if (row.note !== null) label.append(el('span', 'why-note', [row.note]));
  const track = el('span', 'why-track', [], { 'aria-hidden': 'true' });
  const zeroLine = el('span', 'why-zero');
  zeroLine.style.left = `${zero}%`;
  const bar = el('span', `why-bar why-bar-${row.side}`);
  bar.style.left = `${row.left}%`;
  bar.style.width = `${row.width}%`;
  track.append(bar, zeroLine);
  if (threshold !== null) {
    const line = el('span', 'why-threshold', [el('span', 'why-threshold-mark', [threshold.mark])]);
    line.style.left = `${threshold.at}%`;
    track.append(line);
  }
  const pointsText = el('span', 'why-points', [row.points, ' ', el('span', 'why-side', [row.sideWord])]);
  const item = el('li', `why-row why-row-${row.kind} why-${row.side}`, [label, track, pointsText], {
    'data-kind': row.kind,
    'data-id': row.id,
    'data-weight': String(row.weight),
  });
  if (row.source !== null) item.append(el('span', 'why-source', sourceParts(row.source, row.cite)));
  return item;
}

/** A source line's words with its citation in a span of its own (`why-cite`), which a game may link to the glossary. */
function sourceParts(source: string, cite: string | null): (string | HTMLElement)[] {
  const at = cite === null ? -1 : source.indexOf(cite);
  if (cite === null || at < 0) return [source];
  return [source.slice(0, at), el('span', 'why-cite', [cite]), source.slice(at + cite.length)];
}

function strip(chance: number, roll: number, label: string, mark: string): HTMLElement {
  const grid = el('div', 'why-strip', [], { role: 'img', 'aria-label': label, 'data-chance': String(chance) });
  for (let square = 0; square < 100; square++) {
    const cell = el('span', square < chance ? 'why-square why-square-yes' : 'why-square why-square-no');
    if (square === roll) {
      cell.classList.add('why-rolled');
      cell.dataset.roll = String(roll);
      cell.title = mark;
    }
    grid.append(cell);
  }
  return grid;
}

/**
 * Draw one decision's factors in `container` (appended): the headline, a bar
 * per factor, the total, and the dice or the threshold. Returns the drawer.
 *
 * @example
 * mountFactors(panel, entry.reasons[0].explanation);
 */
export function mountFactors(container: HTMLElement, explanation: Explanation, t: WhyText = WHY_TEXT): HTMLElement {
  const view = factorsView(explanation, t);
  const headingId = nextId('why-headline');
  // A named group, not a region: a log may hold several drawers with the same headline (axe: landmark-unique).
  const root = el('div', 'why-factors', [], {
    role: 'group',
    'aria-labelledby': headingId,
    'data-yes': String(view.yes),
  });
  root.append(el('p', 'why-headline', [view.headline], { id: headingId }));
  root.append(el('h4', 'why-sub', [t.factors.heading]));
  const thresholdMark = view.threshold === null ? null : { at: view.threshold.at, mark: view.threshold.mark };
  const list = el('ul', 'why-bars');
  for (const row of view.rows) list.append(barRow(row, view.zero, row.kind === 'total' ? thresholdMark : null));
  root.append(list);
  if (view.chance !== null) {
    root.append(el('h4', 'why-sub', [t.factors.stripHeading]));
    root.append(strip(view.chance.chance, view.chance.roll, view.chance.label, view.chance.mark));
    root.append(el('p', 'why-caption', [view.chance.caption]));
  } else if (view.threshold !== null) {
    root.append(el('h4', 'why-sub', [t.factors.thresholdHeading]));
    root.append(el('p', 'why-caption', [view.threshold.caption]));
  }
  container.append(root);
  return root;
}

/**
 * List the decisions and rolls behind a month's log entries in `container`
 * (replacing what it held): each entry's sentence, then one disclosure per
 * decision that opens onto its factors. Keyboard: Tab to a summary, Enter or
 * Space to open it. `month` names the month when it has no entries.
 *
 * @example
 * mountMonthWhy(panel, world.log.at(-1)?.entries ?? [], { month: world.month });
 */
export function mountMonthWhy(
  container: HTMLElement,
  entries: readonly LogEntry[],
  options: { readonly month?: string; readonly text?: WhyText } = {},
): HTMLElement {
  const t = options.text ?? WHY_TEXT;
  const items = monthWhy(entries, t);
  const month = options.month ?? entries[0]?.month;
  const headingId = nextId('why-month');
  const root = el('section', 'why why-month', [], { 'aria-labelledby': headingId });
  const heading =
    month === undefined ? t.factors.monthHeadingAny : fill(t.factors.monthHeading, { month: monthLabel(month) });
  root.append(el('h3', 'why-month-heading', [heading], { id: headingId }));
  if (month !== undefined) root.dataset.month = month;
  if (items.length === 0) {
    root.append(el('p', 'why-empty', [t.factors.noDecisions]));
  } else {
    const list = el('ol', 'why-entries');
    for (const item of items) {
      const li = el('li', 'why-entry', [el('p', 'why-entry-text', [item.text])], {
        'data-entry': `${item.entry.kind}:${item.entry.id}`,
      });
      for (const decision of item.decisions) {
        const details = el('details', 'why-decision');
        const summary = el('summary', 'why-summary', [
          el('span', 'why-open', [t.factors.open]),
          ' ',
          el('span', 'why-summary-text', [decision.summary]),
        ]);
        details.append(summary);
        mountFactors(details, decision.explanation, t);
        li.append(details);
      }
      for (const note of item.notes) li.append(el('p', 'why-entry-note', [note]));
      list.append(li);
    }
    root.append(list);
  }
  container.replaceChildren(root);
  return root;
}

const MONTHS_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `1936-03` → `March 1936`. */
function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (year === undefined || m === undefined || Number.isNaN(year) || Number.isNaN(m)) return month;
  return MONTHS_EN.format(Date.UTC(year, m - 1, 1));
}
