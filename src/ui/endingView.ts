/**
 * The ending's debrief and "the endings reachable from here" (issue 12 §4,
 * issue 14 §3 and §6), shown on the ending screen below the ending itself:
 * the printable debrief (the class's months beside history's, the key rolls
 * with their factors, each crisis's verdicts with their citations) with
 * "Print the debrief" and "Download CSV"; and a small batch of seeded futures
 * from a few months before the end, played in the futures worker, so the
 * class sees that another roll could have ended otherwise.
 */
import './endview.css';
import { debriefCsv, paperChoice, renderDebrief } from '../debrief';
import {
  type Delegation,
  debriefOf,
  gameWorlds,
  monthName,
  type PlayedGame,
  type Scenario,
  type TurnRecord,
  type WorldState,
} from '../engine';
import { renderFutures } from '../futures/chart';
import { el } from './dom';
import { futuresClient, keepFocus, withProgress } from './futuresJob';

type Turns = readonly TurnRecord[];

/** How many futures the ending plays, and from how many turns before the end. */
export const REACHABLE_RUNS = 200;
export const REACHABLE_TURNS_BACK = 6;

/** Save `text` as a file called `name` (a link to a blob, clicked). */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The debrief of the game just ended, with its two buttons. Printing shows the debrief alone. In a game of
 * delegations (`roles`, the world's role first), each side's months beside its own history.
 */
export function debriefSection(
  scenario: Scenario,
  world: WorldState,
  turns: Turns,
  roles?: readonly Delegation[],
): HTMLElement {
  const debrief = debriefOf(scenario, world, turns, roles === undefined ? {} : { roles });
  const print = el('button', { text: 'Print the debrief', attrs: { type: 'button', id: 'print-debrief' } });
  print.addEventListener('click', () => window.print());
  const csv = el('button', { text: 'Download CSV', attrs: { type: 'button', id: 'download-debrief' } });
  csv.addEventListener('click', () =>
    download(debriefCsv(debrief), `${scenario.id}-debrief.csv`, 'text/csv;charset=utf-8'),
  );
  const body = el('div', { className: 'ending-debrief-body' });
  const root = renderDebrief(body, debrief, scenario, { actions: false });
  // The paper the debrief prints on (its print stylesheet names the page: the browser's dialog cannot choose it).
  const paper = paperChoice(root);
  paper.id = 'debrief-paper';
  paper.removeAttribute('aria-label');
  const paperLabel = el('label', { className: 'ending-paper', attrs: { for: 'debrief-paper' } }, ['Paper size', paper]);
  return el('section', { className: 'ending-debrief', attrs: { id: 'ending-debrief', 'aria-label': 'The debrief' } }, [
    el('div', { className: 'ending-buttons' }, [print, csv, paperLabel]),
    body,
  ]);
}

/**
 * "The endings reachable from here": a button plays `REACHABLE_RUNS` futures
 * from the world `REACHABLE_TURNS_BACK` turns before the end (rebuilt from the
 * recorded turns), every side played by the model, with progress and Cancel.
 */
export function reachableSection(played: PlayedGame, world: WorldState): HTMLElement {
  const { scenario, seed } = played;
  const back = Math.max(0, played.turns.length - REACHABLE_TURNS_BACK);
  const start = gameWorlds(played)[back] ?? world;
  const headingId = 'reachable-heading';
  const progress = el('div', { className: 'reachable-progress' });
  const chart = el('div', { className: 'reachable-chart', attrs: { id: 'reachable-chart', 'aria-live': 'polite' } });
  const run = el('button', {
    text: `Play ${REACHABLE_RUNS} futures from ${monthName(start.month)}`,
    attrs: { type: 'button', id: 'reachable-run' },
  });
  const section = el('section', { className: 'reachable', attrs: { id: 'reachable', 'aria-labelledby': headingId } }, [
    el('h3', { text: 'The endings reachable from here', attrs: { id: headingId } }),
    el('p', {
      text: `The same game from ${monthName(start.month)}, played again ${REACHABLE_RUNS} times with other rolls of the dice, your side played by the model's random policy: another roll could have ended otherwise.`,
    }),
    run,
    progress,
    chart,
  ]);
  run.addEventListener('click', async () => {
    run.disabled = true;
    const job = { scenario, world: start, runs: REACHABLE_RUNS, seed: `${seed}-endings`, policy: 'random' as const };
    const end = await withProgress(progress, section, 'Futures played', (signal, bar) =>
      futuresClient().run(job, { signal, onProgress: (done, runs) => bar.update(done, runs) }),
    );
    run.disabled = false;
    keepFocus(run);
    if (end.kind === 'done')
      renderFutures(chart, end.value, 'The endings reachable from here, your side played at random');
  });
  return section;
}
