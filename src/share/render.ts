/**
 * The DOM side of sharing: a game's summary, a message, and two games side by
 * side. Built with `createElement` and `textContent` only: text from files and
 * links (a seed, a scenario id, a message quoting them) is always set as text.
 */
import { delegationName, formatMonth } from '../engine';
import type { GameComparison, GameFile, LevelName } from './types';

/** The levels shown side by side, with their names as a reader says them. */
export const LEVEL_LABELS: readonly { id: LevelName; label: string }[] = [
  { id: 'tension', label: 'Tension' },
  { id: 'frenchWill', label: 'French will' },
  { id: 'sovietWill', label: 'Soviet will' },
  { id: 'sovietDrift', label: 'Soviet drift' },
  { id: 'redArmyReadiness', label: 'Red Army' },
  { id: 'germanReadiness', label: 'German army' },
  { id: 'britishCommitment', label: 'British commitment' },
  { id: 'italianAlignment', label: 'Italy' },
];

/** `1936-03` → `March 1936`. */
export function monthName(month: string): string {
  return formatMonth(month);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A game's description list: scenario, seed, role (and the delegations), turns, months, final hash, and where it branched. */
export function renderGameSummary(file: GameFile, finalHash: string): HTMLDListElement {
  const list = element('dl');
  list.className = 'share-summary';
  const row = (term: string, value: string, name?: string) => {
    const dd = element('dd', value);
    if (name !== undefined) dd.dataset.field = name;
    list.append(element('dt', term), dd);
  };
  row('Scenario', file.scenario.id, 'scenario');
  row('Seed', file.seed, 'seed');
  row('Played as', file.role === 'france' ? 'France' : 'the USSR', 'role');
  if (file.roles !== undefined) {
    row('Delegations on one screen', file.roles.map((r) => `${delegationName(r)} (${r})`).join(', '), 'roles');
  }
  const first = file.turns[0]?.month ?? '';
  const last = file.turns.at(-1)?.month ?? '';
  row('Months', `${monthName(first)} to ${monthName(last)} (${file.turns.length} turns)`, 'months');
  if (file.branchedFrom !== undefined) {
    const side = file.branchedFrom.role === 'france' ? 'France' : 'the USSR';
    row('Branched', `taken over in ${monthName(file.branchedFrom.month)} from ${side}'s game`, 'branched');
  }
  row('Final hash', finalHash, 'final-hash');
  return list;
}

/** Show a message as text in `region`: `error` for a refusal, `ok` for news. */
export function showMessage(region: HTMLElement, kind: 'ok' | 'error', text: string): void {
  region.dataset.kind = kind;
  region.textContent = text;
}

/**
 * Two games side by side: the first month they diverge, and the world's
 * levels on both, turn by turn, in a table (each cell "A / B").
 */
export function renderComparison(
  comparison: GameComparison,
  names: { readonly a: string; readonly b: string },
  levels: readonly { readonly id: LevelName; readonly label: string }[],
): HTMLElement {
  const figure = element('figure');
  figure.className = 'share-comparison';
  const d = comparison.divergence;
  // The names may begin a sentence in lower case ("your game"): the headline begins with a capital.
  const first = `${names.a.charAt(0).toUpperCase()}${names.a.slice(1)}`;
  const headline = element(
    'p',
    d === null
      ? `${first} and ${names.b} are the same game, month by month.`
      : d.kind === 'world'
        ? `${first} and ${names.b} first diverge in ${monthName(d.month)} (turn ${d.turn}).`
        : d.index === 0
          ? `${first} and ${names.b} do not begin in the same month: they differ from ${monthName(d.month)}.`
          : `${first} and ${names.b} are the same until ${monthName(d.month)}, where one of them stops.`,
  );
  headline.className = 'share-divergence';
  if (d !== null) headline.dataset.month = d.month;
  const caption = element('figcaption');
  caption.append(headline);
  const wrapper = element('div');
  wrapper.className = 'share-table-wrapper';
  wrapper.tabIndex = 0;
  wrapper.setAttribute('role', 'region');
  wrapper.setAttribute('aria-label', `The world's levels in ${names.a} and ${names.b}, month by month`);
  const table = element('table');
  const head = element('tr');
  for (const text of ['Month', 'Same world?', ...levels.map((l) => l.label)]) {
    const th = element('th', text);
    th.scope = 'col';
    head.append(th);
  }
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  for (const row of comparison.rows) {
    const tr = element('tr');
    const where = row.a ?? row.b;
    const th = element('th', where === null ? '' : monthName(where.month));
    th.scope = 'row';
    tr.append(th, element('td', row.same ? 'same' : 'different'));
    if (!row.same) tr.className = 'share-differs';
    for (const level of levels) {
      const a = row.a === null ? '—' : String(row.a.levels[level.id]);
      const b = row.b === null ? '—' : String(row.b.levels[level.id]);
      tr.append(element('td', `${a} / ${b}`));
    }
    tbody.append(tr);
  }
  const note = element('p', `Each cell: ${names.a} / ${names.b}. A dash: that game has no such turn.`);
  table.append(thead, tbody);
  wrapper.append(table);
  figure.append(caption, note, wrapper);
  return figure;
}
