/**
 * Issue 14 §4 and §8 in a real browser: a class flips a rule variant on the
 * new-game screen by keyboard, starts, sees the variant named in the game's
 * bar, and the futures panel shows the endings shift — the variant's counts
 * differ from history's and equal what the engine's batch function gives in
 * Node for the same seeds. Reuses the shared game build.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, monthName, moveInfo, recordGame, runBatch } from '../engine';
import { loadScenario } from '../testing/scenarios';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { screenshot, tabTo } from './gameDriver';
import { AUTOSAVE_KEY } from './saves';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

const SEED = 'variants-browser';
const RUNS = 100;

/** A new game of `scenario` as France under the rule variant `variant`, chosen with the mouse on the new-game screen. */
async function startUnder(scenario: string, variant: string) {
  const opened = await harness.newPage();
  const { page } = opened;
  await page.goto(`${harness.url}?seed=${SEED}`);
  await page.locator('#map[data-ready="true"]').waitFor();
  await page.locator('#new-game').click();
  await page.locator(`input[name="scenario"][value="${scenario}"]`).check();
  await page.locator(`#variant-${variant}`).check();
  await page.locator('#start-game').click();
  return opened;
}

/** Open the futures panel and play `RUNS` futures under the game's variants and under history's rules, to the end. */
async function runVariantsFutures(page: Page): Promise<void> {
  await page.locator('#open-futures').click();
  await page.locator('#futures-size').selectOption(String(RUNS));
  await page.locator('#futures-variants-run').click();
  await expect
    .poll(() => page.locator('#futures-variants').getAttribute('data-state'), { timeout: 60_000 })
    .toBe('done');
}

describe('rule variants in the game', () => {
  it('a variant chosen on the title screen shifts the futures, as the engine computes them', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=${SEED}`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#new-game').click();
    await page.locator('input[name="scenario"][value="pact-1935"]').check();
    await page.locator('#variants').waitFor();

    // Every switch is there with its title and what it changes, and none is checked: history's rules.
    const choices = page.locator('#variants input[type="checkbox"]');
    expect(await choices.count()).toBe(5);
    expect(await page.locator('#variants input:checked').count()).toBe(0);
    const changes = await page.locator('#variant-poland-grants-transit-changes').textContent();
    expect(changes).toMatch(/^Poland lets Soviet forces cross its territory/);
    const fontSize = await page
      .locator('#variant-poland-grants-transit-changes')
      .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);

    // By keyboard: Tab to the checkbox, Space checks it, with a visible focus.
    await tabTo(page, '#variant-poland-grants-transit');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await page.locator('#variant-poland-grants-transit').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'variants-setup');

    await page.locator('#start-game').click();
    await expect.poll(() => page.locator('#hud-variants').textContent()).toBe('Rule variants: Poland grants transit');

    // The futures: the variant against history's rules, from the first month, with the same dice.
    await runVariantsFutures(page);
    const chart = page.locator('#futures-variants-chart');
    const shown = {
      history: JSON.parse((await chart.getAttribute('data-counts-history')) ?? '{}'),
      variant: JSON.parse((await chart.getAttribute('data-counts-variants')) ?? '{}'),
    };
    const scenario = loadScenario('pact-1935');
    const options = { runs: RUNS, seed: `${SEED}-1935-05-0-variants`, policy: 'random', role: 'france' } as const;
    const history = runBatch(scenario, options);
    const variant = runBatch(scenario, { ...options, variants: ['poland-grants-transit'] });
    expect(shown.history).toEqual(history.counts);
    expect(shown.variant).toEqual(variant.counts);
    expect(variant.counts).not.toEqual(history.counts);
    expect(await page.locator('#futures-variants-chart figure').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'variants-futures');

    // Escape closes the panel and gives the focus back to its button.
    await page.keyboard.press('Escape');
    expect(await page.locator('#futures-dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-futures');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('says, where a variant changes nothing from here, that the rules made no difference, not two choices', async () => {
    // After the purge of 1937, "no purge" has nothing left to change: the engine's batches agree in Node.
    const scenario = loadScenario('munich-1938');
    const options = { runs: RUNS, seed: `${SEED}-1938-09-0-variants`, policy: 'random', role: 'france' } as const;
    expect(runBatch(scenario, { ...options, variants: ['no-purge'] }).counts).toEqual(
      runBatch(scenario, options).counts,
    );
    const { page, errors } = await startUnder('munich-1938', 'no-purge');
    await runVariantsFutures(page);
    const chart = page.locator('#futures-variants-chart');
    expect(await chart.getAttribute('data-counts-history')).toBe(await chart.getAttribute('data-counts-variants'));
    expect(await chart.locator('.futures-alike').textContent()).toBe(
      'A and B ended alike: with the same dice, every ending has the same share, so from here this rule variant changes nothing in this game.',
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('says at a crisis that a passage the variant grants is the variant’s, not Poland’s answer', async () => {
    const { page, errors } = await startUnder('rhineland-1936', 'poland-grants-transit');
    for (let months = 0; !(await page.locator('#crisis-heading').isVisible()); months++) {
      expect(months).toBeLessThan(3);
      await page.locator('#end-month').click();
      await page.locator('#crisis-heading, #month-heading').first().waitFor();
    }
    expect(await page.locator('#verdict-assumptions').innerText()).toContain(
      "Passage through Poland is granted whenever it is asked: this game's rule variant “Poland grants transit”.",
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('a game under a variant, to its end: the Council at each crisis lists every crisis of the game as played', async () => {
    // Each month ended at once, each crisis answered by invoking the Protocol: the engine's game in Node, played so.
    const seed = 'review-v2';
    const variants = ['no-protocol-override'];
    const scenario = loadScenario('pact-1935');
    const game = createGame(scenario, { seed, role: 'france', variants });
    const play = (g: typeof game) =>
      g.send(
        g.getSnapshot().phase === 'crisis'
          ? { type: 'crisis.respond', choice: 'invoke-protocol' }
          : { type: 'turn.end' },
      );
    while (game.getSnapshot().phase !== 'ended') play(game);
    const { world, turns } = game.getSnapshot();
    const expected = world.crises.map((c) => `${moveInfo(c.move)?.title ?? 'Crisis'} (${monthName(c.month)})`);
    // Replayed under history's rules this game had one crisis; under its own, five.
    expect(expected.length).toBe(5);

    // The class continues the game from its autosave three turns before the end, and plays those turns.
    const file = recordGame(scenario, seed, 'france', turns.slice(0, -3), undefined, variants);
    const { page, errors } = await harness.newPage();
    await page.addInitScript(
      ([key, text]) => {
        if (sessionStorage.getItem('seeded') === null) {
          localStorage.setItem(key, text);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [AUTOSAVE_KEY, JSON.stringify(file)] as const,
    );
    await page.goto(`${harness.url}?seed=${seed}`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#continue').click();
    await expect.poll(() => page.locator('#hud-variants').textContent()).toBe('Rule variants: No Protocol I override');
    for (let step = 0; step < 10 && !(await page.locator('#ending').isVisible()); step++) {
      if (await page.locator('#crisis-answers').isVisible()) {
        await page.locator('[data-choice="invoke-protocol"]').click();
        await page.locator('#crisis-continue').click();
      } else await page.locator('#end-month').click();
    }
    await page.locator('#open-council-review').click();
    const review = page.locator('#council-review button');
    await review.first().waitFor();
    expect(await review.allTextContents()).toEqual(expected);
    await review.last().click();
    await page.locator('.council-review-shown #council-session-heading').waitFor();
    await screenshot(page, 'variant-council-review');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
