/**
 * The debrief's own page (`debrief.html`): play a seeded game of a scenario
 * headless, show its printable debrief with a Download CSV button, and below
 * it (not printed) the "why" drawer for any month. The address chooses the
 * game: `#scenario=as-it-happened&role=france&policy=alliance-first&seed=class-1`.
 */
import {
  debriefOf,
  POLICY_NAMES,
  type PolicyName,
  parseScenario,
  type Role,
  type Scenario,
  sidesOf,
  simulate,
} from '../engine';
import { mountMonthWhy } from '../why/render';
import { renderDebrief } from './render';

const bundled = import.meta.glob('../../scenarios/*.json', { eager: true, import: 'default' });

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`debrief.html has no #${id}`);
  return node as T;
}

const form = required<HTMLFormElement>('demo-bar');
const scenarioSelect = required<HTMLSelectElement>('demo-scenario');
const roleSelect = required<HTMLSelectElement>('demo-role');
const policySelect = required<HTMLSelectElement>('demo-policy');
const seedInput = required<HTMLInputElement>('demo-seed');
const main = required<HTMLElement>('debrief-main');
const monthSelect = required<HTMLSelectElement>('demo-month');
const whyPanel = required<HTMLElement>('demo-why-panel');

const scenarios: Scenario[] = [];
for (const [path, data] of Object.entries(bundled)) {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  scenarios.push(parsed.value);
}
scenarios.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

function option(value: string, label: string): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

for (const s of scenarios) scenarioSelect.append(option(s.id, s.title));
for (const p of POLICY_NAMES) policySelect.append(option(p, p));

function isPolicy(value: string): value is PolicyName {
  return (POLICY_NAMES as readonly string[]).includes(value);
}

function fillRoles(scenario: Scenario, wanted: string): void {
  const sides = sidesOf(scenario);
  roleSelect.replaceChildren(...sides.map((r) => option(r, r === 'france' ? 'France' : 'USSR')));
  roleSelect.value = sides.find((r) => r === wanted) ?? sides[0] ?? 'france';
}

function play(): void {
  const scenario = scenarios.find((s) => s.id === scenarioSelect.value) ?? scenarios[0];
  if (scenario === undefined) return;
  const role = (sidesOf(scenario).find((r) => r === roleSelect.value) ?? 'france') satisfies Role;
  const policy = isPolicy(policySelect.value) ? policySelect.value : 'historical';
  const seed = seedInput.value.trim() || 'class-1';
  const hash = new URLSearchParams({ scenario: scenario.id, role, policy, seed }).toString();
  if (location.hash.slice(1) !== hash) history.replaceState(null, '', `#${hash}`);
  const result = simulate(scenario, { seed, policy, role });
  const debrief = debriefOf(scenario, result.world, result.turns);
  renderDebrief(main, debrief, scenario, { fileName: `${scenario.id}-${seed}-debrief.csv` });
  main.dataset.ready = hash;
  const entries = new Map(result.world.log.map((m) => [m.month, m.entries]));
  monthSelect.replaceChildren(...debrief.months.map((m) => option(m.month, m.label)));
  const showMonth = () => mountMonthWhy(whyPanel, entries.get(monthSelect.value) ?? [], { month: monthSelect.value });
  monthSelect.onchange = showMonth;
  const firstWithRoll = debrief.keyRolls[0]?.month ?? debrief.months[0]?.month ?? '';
  monthSelect.value = firstWithRoll;
  showMonth();
}

const params = new URLSearchParams(location.hash.slice(1));
scenarioSelect.value = scenarios.some((s) => s.id === params.get('scenario'))
  ? (params.get('scenario') ?? '')
  : 'as-it-happened';
const chosen = scenarios.find((s) => s.id === scenarioSelect.value);
if (chosen !== undefined) fillRoles(chosen, params.get('role') ?? 'france');
policySelect.value = isPolicy(params.get('policy') ?? '') ? (params.get('policy') ?? '') : 'alliance-first';
seedInput.value = params.get('seed') ?? 'class-1';

scenarioSelect.addEventListener('change', () => {
  const scenario = scenarios.find((s) => s.id === scenarioSelect.value);
  if (scenario !== undefined) fillRoles(scenario, roleSelect.value);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  play();
  main.focus();
});

play();
