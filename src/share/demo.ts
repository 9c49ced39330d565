/**
 * The sharing page (`share.html`): open 1936 as it happened, download its
 * game file, open a game file by the file picker or by dropping it on the
 * page, make a link and open one, and take over at a month and compare the
 * branch with the game it came from. The game's own screens use the same
 * modules (`link.ts`, `importFile.ts`, `render.ts`) once they are wired in.
 */
import {
  branchAt,
  compareGames,
  type GameFile,
  parseScenario,
  type Role,
  recordGame,
  type Scenario,
  saveBranch,
  simulate,
} from '../engine';
import { gameFileText, readGameFile } from './importFile';
import { hasGameLink, openLink, shareUrl } from './link';
import { LEVEL_LABELS, monthName, renderComparison, renderGameSummary, showMessage } from './render';

const bundled = import.meta.glob('../../scenarios/*.json', { eager: true, import: 'default' });
const SCENARIOS = new Map<string, Scenario>();
for (const [path, data] of Object.entries(bundled)) {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  SCENARIOS.set(parsed.value.id, parsed.value);
}
const lookup = (id: string) => SCENARIOS.get(id);

function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`share.html has no #${id}`);
  return node;
}

const main = required('share-main', HTMLElement);
const message = required('share-message', HTMLDivElement);
const gameBox = required('share-game', HTMLDivElement);
const sample = required('share-sample', HTMLButtonElement);
const exportButton = required('share-export', HTMLButtonElement);
const fileInput = required('share-file', HTMLInputElement);
const drop = required('share-drop', HTMLDivElement);
const makeLink = required('share-make-link', HTMLButtonElement);
const linkOut = required('share-link-out', HTMLInputElement);
const linkSize = required('share-link-size', HTMLParagraphElement);
const linkIn = required('share-link-in', HTMLInputElement);
const openLinkButton = required('share-open-link', HTMLButtonElement);
const branchMonth = required('share-branch-month', HTMLSelectElement);
const branchRole = required('share-branch-role', HTMLSelectElement);
const branchButton = required('share-branch', HTMLButtonElement);
const comparisonBox = required('share-comparison', HTMLDivElement);

/** The game open now: replaced only by a game that passed every check. */
let current: { file: GameFile; finalHash: string } | null = null;

function open(file: GameFile, finalHash: string, news: string): void {
  current = { file, finalHash };
  gameBox.replaceChildren(renderGameSummary(file, finalHash));
  for (const control of [exportButton, makeLink, branchMonth, branchRole, branchButton]) control.disabled = false;
  const months = new Map<number, string>();
  for (const turn of file.turns) if (!months.has(turn.turn)) months.set(turn.turn, turn.month);
  branchMonth.replaceChildren(
    ...[...months].map(([turn, month]) => {
      const option = document.createElement('option');
      option.value = String(turn);
      option.textContent = monthName(month);
      return option;
    }),
  );
  linkOut.value = '';
  linkSize.textContent = '';
  comparisonBox.replaceChildren();
  showMessage(message, 'ok', news);
}

const refuse = (text: string) => showMessage(message, 'error', text);

sample.addEventListener('click', () => {
  const scenario = lookup('as-it-happened');
  if (scenario === undefined) return refuse('The scenario "as-it-happened" is missing from this build.');
  const played = simulate(scenario, { seed: 'as-it-happened', policy: 'historical' });
  const file = recordGame(scenario, 'as-it-happened', 'france', played.turns);
  open(file, file.checkpoints.at(-1)?.hash ?? '', 'Opened 1936 as it happened, played as France.');
});

exportButton.addEventListener('click', () => {
  if (current === null) return;
  const url = URL.createObjectURL(new Blob([gameFileText(current.file)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `hollow-pact-${current.file.scenario.id.replace(/[^a-z0-9-]/gi, '')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  showMessage(message, 'ok', 'The game file is downloading.');
});

async function importBlob(blob: Blob, name: string): Promise<void> {
  const result = await readGameFile(blob, lookup);
  if (!result.ok) {
    refuse(`${name}: ${result.message} The game open before is kept.`);
    return;
  }
  open(
    result.file,
    result.finalHash,
    `Opened ${name}: it replays to its recorded hashes.${result.note === null ? '' : ` ${result.note}`}`,
  );
}

fileInput.addEventListener('change', () => {
  const chosen = fileInput.files?.[0];
  fileInput.value = '';
  if (chosen !== undefined) void importBlob(chosen, chosen.name);
});

drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const dropped = event.dataTransfer?.files[0];
  if (dropped === undefined) return refuse('Only a file can be dropped here: a game file.');
  void importBlob(dropped, dropped.name);
});

makeLink.addEventListener('click', () => {
  if (current === null) return;
  linkOut.value = shareUrl(location.href, current.file);
  linkSize.textContent = `${linkOut.value.length} characters.`;
  linkOut.select();
  showMessage(message, 'ok', 'The link holds the whole game: whoever opens it replays it and checks its hashes.');
});

function openFromLink(text: string): void {
  const result = openLink(text, lookup);
  if (!result.ok) {
    refuse(`${result.message} The game open before is kept.`);
    return;
  }
  open(
    result.file,
    result.file.checkpoints.at(-1)?.hash ?? '',
    'Opened the game in the link: it replays to its recorded hashes.',
  );
}

openLinkButton.addEventListener('click', () => openFromLink(linkIn.value.trim()));

branchButton.addEventListener('click', () => {
  if (current === null) return;
  const scenario = lookup(current.file.scenario.id);
  if (scenario === undefined) return;
  const role: Role = branchRole.value === 'ussr' ? 'ussr' : 'france';
  const branch = branchAt(current.file, scenario, { turn: Number(branchMonth.value), role });
  if (!branch.ok) return refuse(branch.problems.map((p) => p.message).join('; '));
  const { game } = branch.value;
  while (game.getSnapshot().phase !== 'ended') {
    if (game.getSnapshot().phase === 'crisis') game.send({ type: 'crisis.respond', choice: 'mobilise' });
    else game.send({ type: 'turn.end' });
  }
  const saved = saveBranch(branch.value, scenario);
  if (!saved.ok) return refuse(saved.problems.map((p) => p.message).join('; '));
  const side = role === 'france' ? 'France' : 'the USSR';
  const comparison = compareGames(current.file, saved.value, scenario);
  comparisonBox.replaceChildren(
    renderComparison(comparison, { a: 'The game', b: `the branch (${side})` }, LEVEL_LABELS),
  );
  showMessage(
    message,
    'ok',
    `Took over in ${monthName(branch.value.branchedFrom.month)} as ${side} and played to the end.`,
  );
});

if (hasGameLink(location.hash)) openFromLink(location.hash);
main.dataset.ready = 'true';
