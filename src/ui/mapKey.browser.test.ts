/**
 * The map's key in Chromium, as a class meets it: open beside the map at 1280×800 with the stances the map
 * shows, over the sea at the map's foot (clear of the panel and the bottom line), closed and opened again by
 * the keyboard and left as the player chose it, the crisis's ring added at a crisis, hidden on the title
 * screen; closed by itself beside presentation mode's wider panel, where the map is small.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, mapLabelClashes, newGame, screenshot, tabTo } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

const isOpen = (page: Page) => page.locator('#map-key').evaluate((key) => (key as HTMLDetailsElement).open);

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return box;
}

describe('the map key', () => {
  it('at 1280×800: the stances on the map, clear of the panel, closed by keyboard and kept so, the ring at a crisis', async () => {
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${harness.url}?seed=map-key`);
    await page.locator('#map[data-ready="true"]').waitFor();
    expect(await page.locator('#map-key:visible').count()).toBe(0);
    await newGame(page, 'keyboard', 'pact-1935', 'france');

    const key = page.locator('#map-key');
    expect(await key.isVisible()).toBe(true);
    expect(await isOpen(page)).toBe(true);
    // The same stances as the list of the states on the map, word for word.
    const listed = (await page.locator('#states-twin .state .sr-only').allTextContents()).map((t) =>
      t.replace(/^, /, ''),
    );
    const keyed = await key.locator('li[data-kind="stance"]').allTextContents();
    expect(new Set(keyed.map((t) => t.replace(/^[^A-Za-z]+(?=[A-Za-z])/, '')))).toEqual(new Set(listed));
    expect(await key.locator('li[data-kind="route"]').count()).toBe(3);
    expect(await key.locator('li[data-kind="crisis"]').count()).toBe(0);

    // Over the map, beside the panel and above the bottom line.
    const box = await boxOf(page, '#map-key');
    const panel = await boxOf(page, '#panel');
    const standing = await boxOf(page, '#standing');
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
    expect(box.y + box.height).toBeLessThanOrEqual(standing.y);
    // Along the map's foot: no taller than a fifth of the window.
    expect(box.height).toBeLessThan(800 / 5);
    await screenshot(page, 'map-key');

    // No word under it: the states' names whose point it covers give way, and come back when it closes.
    expect(await mapLabelClashes(page)).toEqual([]);
    const shownNames = () =>
      page.evaluate(() => {
        const scene = window.hollowPactMap as unknown as {
          children: { list: { type: string; name: string; text: string; visible: boolean }[] };
        };
        return scene.children.list
          .filter((c) => c.type === 'Text' && c.name === 'label:state' && c.visible)
          .map((c) => c.text)
          .sort();
      });
    const withKey = await shownNames();

    // Closed from the keyboard, and still closed a month later; opened again the same way.
    await tabTo(page, '#map-key summary');
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(false);
    await expect.poll(async () => (await shownNames()).length).toBeGreaterThan(withKey.length);
    expect(await mapLabelClashes(page)).toEqual([]);
    await activate(page, 'keyboard', '#end-month');
    expect(await isOpen(page)).toBe(false);
    await tabTo(page, '#map-key summary');
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);

    // At a crisis, the ring's row; back on the title screen, no key.
    for (let i = 0; !(await page.locator('#crisis-answers').isVisible()); i++) {
      expect(i).toBeLessThan(40);
      await activate(page, 'keyboard', '#end-month');
    }
    expect(await key.locator('li[data-kind="crisis"]').textContent()).toMatch(/where Germany moves/);
    await activate(page, 'keyboard', '#to-title');
    expect(await key.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('closes by itself in presentation mode, and opens again when it ends', async () => {
    const { page, errors } = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${harness.url}?seed=map-key-presenting`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await newGame(page, 'keyboard', 'pact-1935', 'france');
    expect(await isOpen(page)).toBe(true);
    await page.locator('#panel h2').focus();
    await page.keyboard.press('p');
    await page.locator('body.presenting #presentation-bar').waitFor();
    await expect.poll(() => isOpen(page)).toBe(false);
    // Closed, it is one line over the map, above the presentation bar.
    const box = await boxOf(page, '#map-key');
    const bar = await boxOf(page, '#presentation-bar');
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
    expect(box.height).toBeLessThan(60);
    await screenshot(page, 'map-key-presenting');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('body.presenting').count()).toBe(0);
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
