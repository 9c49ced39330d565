/**
 * The guided first game in a real browser, as a new user would: from the
 * title screen through every step to its end with the keyboard alone, and
 * skipped with the mouse (and with Escape). Each step points at a real control
 * on screen; axe-core on each step; no console errors; a screenshot of each
 * step goes to screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11yAudit';
import { type BrowserHarness, COUNT_POINTER_EVENTS, startBrowserHarness } from './browserHarness';
import { screenshot, tabTo } from './gameDriver';
import { AUTOSAVE_KEY } from './saves';
import { TUTORIAL } from './tutorialData';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the guided first game', () => {
  it('is finished from the title screen with the keyboard alone, every step pointing at a real control', async () => {
    const { page, errors } = await harness.newPage();
    await page.addInitScript(COUNT_POINTER_EVENTS);
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    await tabTo(page, '#guided-game');
    await page.keyboard.press('Enter');
    const panel = page.locator('#tutorial');
    await panel.waitFor();
    expect(await page.locator('#hud-month').textContent()).toBe('May 1935');

    const seen: string[] = [];
    for (let turns = 0; turns < 60 && (await panel.count()) > 0; turns++) {
      const id = (await panel.getAttribute('data-step')) ?? '';
      const step = TUTORIAL.steps.find((s) => s.id === id);
      expect(step, id).toBeDefined();
      if (step === undefined) break;
      if (seen.at(-1) !== id) {
        seen.push(id);
        // The panel is labelled, says the step's words as text, and its control is on screen, highlighted.
        expect(await panel.getAttribute('role')).toBe('dialog');
        expect(await page.locator('#tutorial-title').textContent()).toBe(step.title);
        expect(await page.locator('#tutorial-text').textContent()).toBe(step.text);
        const target = page.locator(step.target).first();
        await expect.poll(() => target.isVisible(), { message: `${id}: ${step.target}` }).toBe(true);
        await expect.poll(() => target.evaluate((n) => n.classList.contains('tutorial-target'))).toBe(true);
        expect(await page.locator('.tutorial-target').count()).toBe(1);
        expect(await axeViolations(page), id).toEqual([]);
        await screenshot(page, `tutorial-${id}`);
        if (id === 'transit-answer')
          expect(await page.locator('#tutorial-fact').textContent()).toMatch(/Poland refused .* Romania refused/);
      }
      if (step.advance === 'next') {
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tutorial-next');
        await page.keyboard.press('Enter');
      } else {
        // The keyboard is put on the control (or Tab reaches it, if something else took the focus).
        const selector = `${step.target}, ${step.target} button`;
        await tabTo(page, selector);
        await page.keyboard.press('Enter');
      }
      await page.waitForTimeout(50);
    }
    expect(seen).toEqual(TUTORIAL.steps.map((s) => s.id));
    expect(await panel.count()).toBe(0);
    expect(await page.locator('.tutorial-target').count()).toBe(0);
    // The game goes on after the tutorial: the crisis's outcome is on screen, focus back in the game's panel.
    expect(await page.locator('#crisis-result-heading').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#panel') !== null)).toBe(true);
    expect(await page.evaluate(() => window.pointerEvents)).toBe(0);
    // The guided game did not take the autosave's place.
    expect(await page.locator('#save-status').textContent()).toBe('Guided game: not saved.');
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('is skipped with the mouse, and with Escape, and played again from the title screen', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await page.locator('#map[data-ready="true"]').waitFor();
    await page.locator('#guided-game').click();
    const panel = page.locator('#tutorial');
    await panel.waitFor();
    expect(await panel.getAttribute('data-step')).toBe(TUTORIAL.steps[0]?.id);
    await page.locator('#tutorial-next').click();
    await page.locator('#tutorial-next').click();
    expect(await panel.getAttribute('data-step')).toBe(TUTORIAL.steps[2]?.id);
    await page.locator('#tutorial-skip').click();
    expect(await panel.count()).toBe(0);
    expect(await page.locator('.tutorial-target').count()).toBe(0);
    // The game goes on without it.
    await page.locator('#end-month').click();
    expect(await page.locator('#hud-month').textContent()).toBe('June 1935');
    await screenshot(page, 'tutorial-skipped');

    // Again from the title screen: the guided game starts over in May 1935; Escape inside the panel ends it.
    await page.locator('#to-title').click();
    await page.locator('#guided-game').click();
    await panel.waitFor();
    expect(await page.locator('#hud-month').textContent()).toBe('May 1935');
    expect(await panel.getAttribute('data-step')).toBe(TUTORIAL.steps[0]?.id);
    await page.locator('#tutorial-next').focus();
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('month-heading');
    // Leaving for the title screen while it runs ends it too.
    await page.locator('#to-title').click();
    await page.locator('#guided-game').click();
    await panel.waitFor();
    await page.locator('#to-title').click();
    expect(await panel.count()).toBe(0);
    // Back at the title the focus is on its first control, not lost on the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-game');
    // A Game menu left open in one game is shut in the next.
    await page.locator('#guided-game').click();
    await panel.waitFor();
    await page.locator('#hud-more summary').click();
    expect(await page.locator('#hud-more').getAttribute('open')).not.toBeNull();
    await page.locator('#to-title').click();
    await page.locator('#guided-game').click();
    await panel.waitFor();
    expect(await page.locator('#hud-more').getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
