/**
 * The source-criticism worksheet in a real browser (Debian's Chromium): the
 * answer key stays hidden until the teacher presses "Show the answer key",
 * by mouse and by keyboard; a prompt's glossary link opens the entry.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesHarness, startPagesHarness } from '../glossary/pagesHarness';
import { screenshot } from '../ui/gameDriver';
import { SOURCE_CRITICISM, VERDICT_WORDS } from './sourceCriticism';

let harness: PagesHarness;

beforeAll(async () => {
  harness = await startPagesHarness();
});

afterAll(async () => {
  await harness?.close();
});

const claims = SOURCE_CRITICISM.claims;

async function open(): Promise<{ page: Page; errors: string[] }> {
  const opened = await harness.newPage();
  await opened.page.goto(`${harness.base}teaching.html`);
  await expect.poll(() => opened.page.locator('#teaching-main').getAttribute('data-ready')).toBe('true');
  return opened;
}

/** The key is hidden: no answer box visible, and no evidence in the text a student can read. */
async function expectHidden(page: Page): Promise<void> {
  const keys = page.locator('.worksheet-key');
  expect(await keys.count()).toBe(claims.length);
  for (let i = 0; i < claims.length; i += 1) expect(await keys.nth(i).isVisible()).toBe(false);
  const readable = await page.locator('.worksheet').innerText();
  for (const claim of claims) expect(readable).not.toContain(claim.key.evidence);
  expect(readable).not.toContain('Answer:');
}

async function expectShown(page: Page): Promise<void> {
  const keys = page.locator('.worksheet-key');
  for (let i = 0; i < claims.length; i += 1) expect(await keys.nth(i).isVisible()).toBe(true);
  const first = claims[0];
  if (first === undefined) throw new Error('no claim');
  const key = page.locator(`[data-claim="${first.id}"] .worksheet-key`);
  expect(await key.locator('.worksheet-verdict-word').textContent()).toBe(VERDICT_WORDS[first.key.verdict]);
  expect(await key.locator('.worksheet-evidence').textContent()).toBe(`Evidence: ${first.key.evidence}`);
}

describe('the source-criticism worksheet', () => {
  it('shows every claim with its prompt, and hides the answer key until the button is clicked', async () => {
    const { page, errors } = await open();
    const items = page.locator('.worksheet-claim');
    expect(await items.count()).toBe(claims.length);
    expect(await items.first().locator('.worksheet-claim-text').textContent()).toBe(
      `The page claims: ${claims[0]?.claim}`,
    );
    await expectHidden(page);
    // What a student checks against is on the sheet: the timeline's rows and the game's reason, in their words.
    const first = items.first().locator('[data-check="timeline"]').first();
    expect(await first.textContent()).toMatch(
      /^Timeline, 10 Aug 1931: Franco-Soviet non-aggression pact initialled\. \(Source: /,
    );
    expect(await page.locator('[data-claim="borders"] [data-check="reason"]').textContent()).toMatch(
      /^The game's reason “No transit”: The USSR had no common border with Germany or Czechoslovakia/,
    );
    expect(await page.locator('.worksheet').innerText()).not.toMatch(/hand out the page|Game file:|\.json/);
    // Legible on a projector: no text of the page below 18px, the teacher's note, the checks and the header included.
    const smallest = await page
      .locator('body')
      .evaluate((sheet) =>
        Math.min(
          ...[...sheet.querySelectorAll('*')]
            .filter((node) => [...node.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== ''))
            .map((node) => Number.parseFloat(getComputedStyle(node).fontSize)),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(18);
    await page.locator('[data-claim="borders"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'worksheet-checks');
    const button = page.getByRole('button', { name: 'Show the answer key' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await expectShown(page);
    const hide = page.getByRole('button', { name: 'Hide the answer key' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    await hide.click();
    await expectHidden(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the answer key from the keyboard: Tab to the button, Enter, then Space to hide it', async () => {
    const { page, errors } = await open();
    let focused = '';
    for (let presses = 0; presses < 30 && focused !== 'worksheet-toggle'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toBe('worksheet-toggle');
    await expectHidden(page);
    await page.keyboard.press('Enter');
    await expectShown(page);
    await page.keyboard.press('Space');
    await expectHidden(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the glossary entry a prompt names', async () => {
    const { page, errors } = await open();
    const claim = claims.find((c) => c.check.some((ref) => 'glossary' in ref));
    const ref = claim?.check.find((r) => 'glossary' in r);
    if (claim === undefined || ref === undefined || !('glossary' in ref))
      throw new Error('no prompt names the glossary');
    await page.locator(`[data-claim="${claim.id}"] [data-check="glossary"] a`).first().click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toMatch(/glossary\.html$/);
    await expect.poll(() => page.locator('#glossary-main').getAttribute('data-ready')).toBe('true');
    expect(await page.locator(`#glossary-${ref.glossary}`).getAttribute('data-focused')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });
});
