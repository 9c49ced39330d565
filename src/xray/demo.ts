/**
 * The X-ray's own page (`xray.html`): pick a legal case from
 * `scenarios/cases/` and see every machine its verdicts went through, with
 * the path lit. The game and the case page open the X-ray through
 * `./index`; this page is for trying it alone and for its browser test.
 */
import { evaluateCase, formatDate, type LegalCase, parseLegalCase } from '../engine';
import { type CaseXrayHandle, openCaseXray } from './index';

/** The case shown when the address names none: the hollow pact in one picture. */
const DEFAULT_CASE = 'germany-attacks-ussr-britain-objects';

const bundled = import.meta.glob('../../scenarios/cases/*.json', { eager: true, import: 'default' });

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`xray.html has no #${id}`);
  return node;
}

const list = required('xray-cases');
const main = required('xray-main');

const cases: LegalCase[] = [];
for (const [path, data] of Object.entries(bundled)) {
  const parsed = parseLegalCase(data);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  cases.push(parsed.value);
}
cases.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

let shown: CaseXrayHandle | null = null;

async function show(legalCase: LegalCase, focus: boolean): Promise<void> {
  for (const button of list.querySelectorAll('button')) {
    if (button.dataset.case === legalCase.id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  if (location.hash !== `#${legalCase.id}`) history.replaceState(null, '', `#${legalCase.id}`);
  const result = evaluateCase(legalCase);
  const heading = document.createElement('h2');
  heading.textContent = legalCase.title ?? legalCase.id;
  const date = document.createElement('p');
  date.textContent = formatDate(legalCase.date);
  const summary = document.createElement('p');
  summary.textContent = legalCase.summary ?? '';
  const panel = document.createElement('div');
  panel.className = 'xray-panel';
  shown?.destroy();
  main.replaceChildren(heading, date, summary, panel);
  main.dataset.case = legalCase.id;
  shown = await openCaseXray(panel, result.verdicts);
  main.dataset.ready = legalCase.id;
  if (focus) main.focus();
}

for (const legalCase of cases) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.case = legalCase.id;
  button.textContent = `${legalCase.title ?? legalCase.id} (${formatDate(legalCase.date)})`;
  button.addEventListener('click', () => void show(legalCase, true));
  const item = document.createElement('li');
  item.append(button);
  list.append(item);
}

const wanted = location.hash.slice(1) || DEFAULT_CASE;
const first = cases.find((c) => c.id === wanted) ?? cases[0];
if (first !== undefined) void show(first, false);
