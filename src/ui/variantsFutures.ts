/**
 * The futures panel's "variant against history" (issue 14 §4): for a game
 * played under rule variants, the same futures from this month twice — under
 * the game's variants and under history's rules, with the same seeds — and
 * how the endings shift, as the A/B chart draws it (A: history, B: the
 * variants). Played in the futures worker like every other batch.
 */
import { compareResults, type PolicyName, type Scenario, type WorldState, withVariants } from '../engine';
import { renderComparison } from '../futures/chart';
import { el } from './dom';
import { futuresClient, keepFocus, withProgress } from './futuresJob';
import { variantsText } from './variantsPicker';

/** What the section needs from the panel: its batch size, seed and policy as chosen now. */
export interface VariantsFuturesOptions {
  readonly runs: () => number;
  readonly seed: string;
  readonly policy: () => PolicyName;
}

/** The section, or null for a game of history's rules. */
export function variantsFuturesSection(
  scenario: Scenario,
  world: WorldState,
  options: VariantsFuturesOptions,
): HTMLElement | null {
  const variants = world.variants;
  if (variants === undefined || variants.length === 0) return null;
  const section = el('section', {
    className: 'futures-variants',
    attrs: { id: 'futures-variants', 'aria-labelledby': 'futures-variants-heading' },
  });
  const progress = el('div');
  const chart = el('div', { attrs: { id: 'futures-variants-chart', 'aria-live': 'polite' } });
  const run = el('button', {
    text: "Compare with history's rules",
    attrs: { type: 'button', id: 'futures-variants-run' },
  });
  run.addEventListener('click', async () => {
    run.disabled = true;
    const job = { scenario, runs: options.runs(), seed: options.seed, policy: options.policy() };
    const end = await withProgress(progress, section, 'Futures under each set of rules', async (signal, bar) => {
      const total = job.runs * 2;
      const history = await futuresClient().run(
        { ...job, world: withVariants(world, []) },
        { signal, onProgress: (done) => bar.update(done, total) },
      );
      const varied = await futuresClient().run(
        { ...job, world },
        { signal, onProgress: (done) => bar.update(job.runs + done, total) },
      );
      return { history, varied };
    });
    run.disabled = false;
    keepFocus(run);
    if (end.kind !== 'done') return;
    chart.dataset.countsHistory = JSON.stringify(end.value.history.counts);
    chart.dataset.countsVariants = JSON.stringify(end.value.varied.counts);
    renderComparison(chart, compareResults(end.value.history, end.value.varied), {
      a: "history's rules",
      b: variantsText(variants).replace(/^Rule variants: /, variants.length === 1 ? 'the variant: ' : 'the variants: '),
      compared: 'rules',
      variants: variants.length,
    });
  });
  section.append(
    el('h3', {
      text: 'How the endings shift: the variants against history',
      attrs: { id: 'futures-variants-heading' },
    }),
    el('p', {
      text: `This game: ${variantsText(variants)}. The same futures, the same dice, under each set of rules.`,
    }),
    run,
    progress,
    chart,
  );
  return section;
}
