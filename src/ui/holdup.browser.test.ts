/**
 * Issue 13 §4 in a real browser: every screen of the game and every demo page
 * passes axe-core (default rules, best practices, every impact); the built pages
 * carry a Content-Security-Policy and break none of it; no request leaves the
 * test server; the game plays offline after the first visit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, type PlayLog, playStep, screenshot } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function audit(page: Page, screen: string, found: Record<string, unknown>): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) found[screen] = violations;
}

describe('accessibility: axe-core on every screen', () => {
  it('the game: title, new-game choice, month panel, convention cards, a crisis, the ending', async () => {
    const { page, errors } = await harness.newPage();
    const found: Record<string, unknown> = {};
    await page.goto(`${harness.url}?seed=axe`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await audit(page, 'title', found);
    await activate(page, 'mouse', '#new-game');
    await audit(page, 'new-game', found);
    await page.locator('input[name="scenario"][value="munich-1938"]').check();
    await activate(page, 'mouse', '#start-game');
    await page.locator('#hud-month').waitFor();
    await audit(page, 'month', found);
    await activate(page, 'mouse', '#open-convention');
    await page.locator('#clause-cards').waitFor();
    await audit(page, 'convention', found);
    await activate(page, 'mouse', '#close-convention');
    const log: PlayLog = { months: [], crises: [], offered: false };
    const options = { answer: 'refer-council', shots: 'axe' };
    let crisisSeen = false;
    for (let step = 0; step < 100; step++) {
      if (!crisisSeen && (await page.locator('#crisis-answers').isVisible())) {
        await audit(page, 'crisis', found);
        crisisSeen = true;
      }
      if ((await playStep(page, 'mouse', options, log)) === 'ending') break;
    }
    expect(crisisSeen).toBe(true);
    await expect.poll(() => page.locator('#ending-title').textContent()).toMatch(/\S/);
    await audit(page, 'ending', found);
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it.each([
    ['cases.html', '[data-treaty]'],
    ['xray.html', '#xray-cases button'],
    ['glossary.html', 'main h2'],
    ['teaching.html', 'main h2'],
    ['debrief.html', 'main h2'],
    ['futures.html', 'main button'],
    ['share.html', 'main button'],
  ])('%s', async (file, ready) => {
    const { page, errors } = await harness.newPage();
    const found: Record<string, unknown> = {};
    await page.goto(`${harness.url}${file}`);
    await page.locator(ready).first().waitFor();
    await audit(page, file, found);
    await screenshot(page, `axe-${file.replace('.html', '')}`);
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  });
});
