/**
 * The "legal cases" page (cases.html, linked from the title screen): the legal
 * engine at work. Pick a legal case (or open a case file) and read every
 * treaty's verdict with its cited path.
 */
import './style.css';
import { evaluateCase, type LegalCase, parseLegalCase, parseLegalCaseText } from '../engine';
import { renderCase, renderProblems } from './caseViewer';
import { el } from './dom';

/** The case shown first: the hollow pact in one picture. */
const DEFAULT_CASE = 'germany-attacks-ussr-britain-objects';
/** Larger files are refused before they are read. */
const MAX_CASE_BYTES = 1_000_000;

const bundled = import.meta.glob('../../scenarios/cases/*.json', { eager: true, import: 'default' });

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`index.html has no #${id}`);
  return node as T;
}

const list = required<HTMLUListElement>('case-list');
const verdicts = required<HTMLElement>('verdicts');
const errors = required<HTMLElement>('case-errors');
const fileInput = required<HTMLInputElement>('case-file');

const cases: LegalCase[] = [];
for (const [path, data] of Object.entries(bundled)) {
  const parsed = parseLegalCase(data);
  if (parsed.ok) cases.push(parsed.value);
  else
    renderProblems(
      errors,
      path,
      parsed.problems.map((p) => `${p.path}: ${p.message}`),
    );
}
cases.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

function show(legalCase: LegalCase, focus = false): void {
  renderCase(verdicts, legalCase, evaluateCase(legalCase));
  for (const button of list.querySelectorAll('button')) {
    if (button.dataset.case === legalCase.id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  if (location.hash !== `#${legalCase.id}`) history.replaceState(null, '', `#${legalCase.id}`);
  if (focus) verdicts.focus();
}

function addToList(legalCase: LegalCase): void {
  const button = el('button', { className: 'case-button', attrs: { type: 'button', 'data-case': legalCase.id } }, [
    el('span', { className: 'case-date', text: legalCase.date.slice(0, 7) }),
    el('span', { className: 'case-title', text: legalCase.title ?? legalCase.id }),
  ]);
  button.addEventListener('click', () => {
    const current = cases.find((c) => c.id === legalCase.id);
    if (current !== undefined) show(current);
  });
  list.append(el('li', {}, [button]));
}

/** Arrow keys move between cases, as in a list box; Tab still reaches every button. */
list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...list.querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next !== undefined) {
    event.preventDefault();
    next.focus();
    next.click();
  }
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (file === undefined) return;
  errors.replaceChildren();
  if (file.size > MAX_CASE_BYTES) {
    renderProblems(errors, file.name, [`too large (${(file.size / 1_000_000).toFixed(1)} MB; at most 1 MB)`]);
    return;
  }
  const parsed = parseLegalCaseText(await file.text());
  fileInput.value = '';
  if (!parsed.ok) {
    renderProblems(
      errors,
      file.name,
      parsed.problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)),
    );
    return;
  }
  const existing = cases.findIndex((c) => c.id === parsed.value.id);
  if (existing >= 0) cases[existing] = parsed.value;
  else {
    cases.push(parsed.value);
    addToList(parsed.value);
  }
  show(parsed.value, true);
});

for (const legalCase of cases) addToList(legalCase);
const wanted = decodeURIComponent(location.hash.slice(1));
const first = cases.find((c) => c.id === wanted) ?? cases.find((c) => c.id === DEFAULT_CASE) ?? cases[0];
if (first !== undefined) show(first);
window.addEventListener('hashchange', () => {
  const target = cases.find((c) => c.id === decodeURIComponent(location.hash.slice(1)));
  if (target !== undefined) show(target);
});
