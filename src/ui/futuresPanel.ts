/**
 * The futures panel during play (issue 12 §4, issue 14 §3): a "Futures"
 * button opens a dialog over the map with N futures from the current month
 * (1,000 by default; fewer to choose) with a policy for the player's side, the
 * chart of the endings with their 95% intervals; and an A/B of two candidate
 * choices for this month (two legal orders, or two crisis answers while a
 * crisis waits), side by side, each difference marked "larger than chance" or
 * "within chance". The futures are played in the worker, with progress and
 * Cancel, so the page never freezes. A labelled modal dialog: Tab stays in it,
 * Escape closes it and gives the focus back to the button.
 */
import './endview.css';
import {
  CRISIS_CHOICES,
  type Game,
  type GameAction,
  monthName,
  POLICY_NAMES,
  type PolicyName,
  type Scenario,
} from '../engine';
import { renderComparison, renderFutures } from '../futures/chart';
import { el } from './dom';
import { futuresClient, keepFocus, withProgress } from './futuresJob';
import { actionLabel } from './labels';

/** The batch sizes offered, the first the default. */
export const FUTURES_SIZES = [1000, 500, 200, 100] as const;

/** The words for the policies that may play the player's side. */
const POLICY_WORDS: Readonly<Record<PolicyName, string>> = {
  historical: "history's choices",
  random: 'chance (a random legal order)',
  'alliance-first': 'alliance first',
};

/** The candidate choices now: the crisis answers while a crisis waits, otherwise the orders the rules allow. */
export function candidateChoices(game: Game): GameAction[] {
  const { world } = game.getSnapshot();
  if (world.phase === 'crisis') return CRISIS_CHOICES.map((choice) => ({ type: 'crisis.respond', choice }));
  return game.legalActions().filter((a) => a.type !== 'pass');
}

function select(id: string, options: readonly { value: string; text: string }[], chosen: string): HTMLSelectElement {
  const node = el('select', { attrs: { id } });
  for (const o of options) {
    const option = el('option', { text: o.text, attrs: { value: o.value } });
    if (o.value === chosen) option.selected = true;
    node.append(option);
  }
  return node;
}

function field(text: string, control: HTMLElement): HTMLLabelElement {
  return el('label', { className: 'futures-field' }, [el('span', { text }), control]);
}

/** The elements of the dialog Tab may reach, in order. */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, select, input, a[href]')].filter(
    (node) => !node.matches(':disabled') && node.offsetParent !== null,
  );
}

/** Open the futures panel for the game as it stands; `from` gets the focus back when it closes. */
export function openFuturesPanel(scenario: Scenario, game: Game, seed: string, from: HTMLElement | null): HTMLElement {
  document.getElementById('futures-dialog')?.remove();
  const { world } = game.getSnapshot();
  const seedOf = (what: string) => `${seed}-${world.month}-${world.turn}-${what}`;

  const size = select(
    'futures-size',
    FUTURES_SIZES.map((n) => ({ value: String(n), text: n.toLocaleString('en-GB') })),
    '1000',
  );
  const policy = select(
    'futures-policy',
    POLICY_NAMES.map((name) => ({ value: name, text: POLICY_WORDS[name] })),
    'random',
  );
  const runs = () => Number(size.value) || FUTURES_SIZES[0];
  const policyChoice = () => POLICY_NAMES.find((n) => n === policy.value) ?? 'random';

  // The futures from this month.
  const batch = el('section', {
    className: 'futures-batch',
    attrs: { id: 'futures-batch', 'aria-labelledby': 'futures-batch-heading' },
  });
  const batchProgress = el('div');
  const batchChart = el('div', { attrs: { id: 'futures-batch-chart', 'aria-live': 'polite' } });
  const run = el('button', { text: 'Play the futures', attrs: { type: 'button', id: 'futures-run' } });
  run.addEventListener('click', async () => {
    run.disabled = true;
    const job = { scenario, world, runs: runs(), seed: seedOf('batch'), policy: policyChoice() };
    const end = await withProgress(batchProgress, batch, 'Futures played', (signal, bar) =>
      futuresClient().run(job, { signal, onProgress: (done, total) => bar.update(done, total) }),
    );
    run.disabled = false;
    keepFocus(run);
    if (end.kind === 'done') {
      renderFutures(batchChart, end.value, `Your side played by ${POLICY_WORDS[job.policy]}`);
    }
  });
  batch.append(
    el('h3', { text: 'The endings reachable from this month', attrs: { id: 'futures-batch-heading' } }),
    run,
    batchProgress,
    batchChart,
  );

  // A/B: two choices for this month.
  const offered = candidateChoices(game);
  const options = offered.map((action, i) => ({ value: String(i), text: actionLabel(action) }));
  const choiceA = select('futures-choice-a', options, '0');
  const choiceB = select('futures-choice-b', options, offered.length > 1 ? '1' : '0');
  const ab = el('section', {
    className: 'futures-ab-section',
    attrs: { id: 'futures-ab', 'aria-labelledby': 'futures-ab-heading' },
  });
  const abProgress = el('div');
  const abChart = el('div', { attrs: { id: 'futures-ab-chart', 'aria-live': 'polite' } });
  const compare = el('button', { text: 'Compare A and B', attrs: { type: 'button', id: 'futures-compare' } });
  compare.disabled = offered.length < 2;
  compare.addEventListener('click', async () => {
    const a = offered[Number(choiceA.value)];
    const b = offered[Number(choiceB.value)];
    if (a === undefined || b === undefined) return;
    compare.disabled = true;
    const job = { scenario, world, runs: runs(), seed: seedOf('ab'), policy: policyChoice(), choiceA: a, choiceB: b };
    const end = await withProgress(abProgress, ab, 'Futures of each choice', (signal, bar) =>
      futuresClient().compare(job, { signal, onProgress: (done, total) => bar.update(done, total) }),
    );
    compare.disabled = false;
    keepFocus(compare);
    if (end.kind === 'done') renderComparison(abChart, end.value, { a: actionLabel(a), b: actionLabel(b) });
  });
  const few = offered.length < 2 ? el('p', { text: 'Fewer than two choices are open this month.' }) : '';
  ab.append(
    el('h3', {
      text: world.phase === 'crisis' ? 'Compare two answers to the crisis' : 'Compare two orders for this month',
      attrs: { id: 'futures-ab-heading' },
    }),
    few,
    el('div', { className: 'futures-controls' }, [field('Choice A', choiceA), field('Choice B', choiceB), compare]),
    abProgress,
    abChart,
  );

  const close = el('button', { text: 'Close', attrs: { type: 'button', id: 'futures-close' } });
  const dialog = el(
    'div',
    {
      className: 'futures-dialog',
      attrs: {
        id: 'futures-dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'futures-dialog-heading',
      },
    },
    [
      el('div', { className: 'futures-dialog-head' }, [
        el('h2', {
          text: `Futures from ${monthName(world.month)}`,
          attrs: { id: 'futures-dialog-heading', tabindex: '-1' },
        }),
        close,
      ]),
      el('p', {
        className: 'quiet',
        text: 'The game played on from this month many times over, with other rolls of the dice. A model, not a prediction.',
      }),
      el('div', { className: 'futures-controls' }, [field('Futures', size), field('Your side played by', policy)]),
      batch,
      ab,
    ],
  );
  // A game under rule variants: the futures under its rules against history's (loaded only for such a game).
  if (world.variants !== undefined && world.variants.length > 0) {
    void import('./variantsFutures').then(({ variantsFuturesSection }) => {
      const section = variantsFuturesSection(scenario, world, {
        runs,
        seed: seedOf('variants'),
        policy: policyChoice,
      });
      if (section !== null) batch.after(section);
    });
  }
  const backdrop = el('div', { className: 'futures-backdrop' }, [dialog]);
  const shut = () => {
    for (const button of dialog.querySelectorAll<HTMLButtonElement>('.futures-cancel')) button.click();
    document.removeEventListener('keydown', onKey, true);
    backdrop.remove();
    from?.focus();
  };
  close.addEventListener('click', shut);
  // On the document (capture), so that Escape closes the dialog even when the focus fell to the page.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      shut();
      return;
    }
    if (event.key !== 'Tab') return;
    const nodes = focusables(dialog);
    const first = nodes[0];
    const last = nodes.at(-1);
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  document.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  dialog.querySelector<HTMLElement>('#futures-dialog-heading')?.focus();
  // The workers start now, while the panel is read, and play a few futures to have the engine's
  // code compiled: "Play the futures" then starts warm (a job replaces the warm-up at once).
  void futuresClient().warm({ scenario, world, runs: runs(), seed: seedOf('warm-up'), policy: policyChoice() });
  return dialog;
}
