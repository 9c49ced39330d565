/**
 * Game files, links, the replay viewer and sound in the game, in a real
 * browser (the shared build): export a game and import it after a reload;
 * open a share link in a new page; a tampered link and a file holding markup
 * refused as text with the autosave intact; 1936 as it happened replayed,
 * stepped back, taken over as the other side and played on; mute remembered
 * across a reload. No console error anywhere.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';
import { activate, newGame, type PlayLog, playStep, screenshot } from './gameDriver';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

const autosave = (page: Page) => page.evaluate(() => localStorage.getItem('hollow-pact.autosave'));
const hudHash = (page: Page) => page.locator('#hud').getAttribute('data-hash');

/** Open the HUD's "Game file, replay, sound" menu, if it is closed. */
async function openMenu(page: Page): Promise<void> {
  if ((await page.locator('#hud-more').getAttribute('open')) === null) await page.locator('#hud-more summary').click();
}

async function ready(page: Page): Promise<void> {
  await page.locator('#new-game').waitFor();
  await page.locator('#map[data-ready="true"]').waitFor();
}

/** Play `months` months (answering any crisis by referring it to the Council). */
async function playMonths(page: Page, months: number): Promise<void> {
  const log: PlayLog = { months: [], crises: [], offered: false };
  while (log.months.length < months) {
    const before = (await page.locator('#hud-month').textContent()) ?? '';
    const step = await playStep(page, 'mouse', { answer: 'refer-council', shots: 'files' }, log);
    if (step === 'ending') return;
    if (step === 'month') await expect.poll(() => page.locator('#hud-month').textContent()).not.toBe(before);
  }
}

describe('game files, links, replay and sound in the game', () => {
  it('exports a game, imports it after a reload at the same month and hash, and opens its share link in a new page', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=files-7`);
    await ready(page);
    await newGame(page, 'mouse', 'pact-1935', 'france');
    await playMonths(page, 3);
    const month = await page.locator('#hud-month').textContent();
    const hash = await hudHash(page);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);

    await openMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-game').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ game: 'hollow-pact', scenario: { id: 'pact-1935' }, role: 'france' });

    // Share link, before the reload: it holds the same game.
    await page.locator('#share-link').click();
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(/#g1=/);
    await screenshot(page, 'files-share-link');

    await page.reload();
    await ready(page);
    await page.locator('#import-file').setInputFiles({
      name: 'my-game.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.locator('#hud-month').waitFor();
    expect(await page.locator('#hud-month').textContent()).toBe(month);
    expect(await hudHash(page)).toBe(hash);
    expect(await page.locator('#save-status').textContent()).toContain('Opened my-game.json');
    // It plays on.
    await playMonths(page, 1);
    expect(await page.locator('#hud-month').textContent()).not.toBe(month);
    const saved = await autosave(page);

    const other = await harness.newPage();
    await other.page.goto(link);
    await other.page.locator('#hud-month').waitFor();
    expect(await other.page.locator('#hud-month').textContent()).toBe(month);
    expect(await hudHash(other.page)).toBe(hash);
    expect(await autosave(other.page)).toBe(saved);
    expect(other.errors).toEqual([]);
    await other.page.close();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('refuses a tampered link and a file holding markup, as text, with the autosave intact', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}?seed=files-8`);
    await ready(page);
    await newGame(page, 'mouse', 'pact-1935', 'ussr');
    await playMonths(page, 1);
    await openMenu(page);
    await page.locator('#share-link').click();
    const link = await page.locator('#share-url').inputValue();
    const saved = await autosave(page);
    expect(saved).not.toBeNull();

    // A link changed on the way: one character of its body swapped.
    const at = link.length - 12;
    const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    await page.goto('about:blank');
    await page.goto(tampered);
    await ready(page);
    const message = page.locator('#file-message');
    await expect.poll(() => message.textContent()).toMatch(/link.*(broken|altered)/);
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await page.locator('#hud').isHidden()).toBe(true);
    expect(await autosave(page)).toBe(saved);

    // A file holding markup: refused, the markup shown as text and never parsed.
    await page.locator('#import-file').setInputFiles({
      name: '<img src=x onerror=alert(1)>.json',
      mimeType: 'application/json',
      buffer: Buffer.from('<script>window.hacked = 1</script>'),
    });
    await expect.poll(() => message.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await message.textContent()).toContain('not JSON');
    expect(await page.locator('#file-message *').count()).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, 'hacked'))).toBeUndefined();
    expect(await autosave(page)).toBe(saved);
    await screenshot(page, 'files-refused');
    // The saved game is still there to continue.
    expect(await page.locator('#continue').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('replays 1936 as it happened, steps back two months, takes over as the USSR and plays a month; mute survives a reload', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(harness.url);
    await ready(page);
    await activate(page, 'keyboard', '#watch-history');
    await page.locator('#replay-heading').waitFor();
    expect(await page.locator('#replay-heading').textContent()).toBe('May 1935');
    for (let i = 0; i < 4; i++) await page.locator('#replay-forward').click();
    expect(await page.locator('#replay-heading').textContent()).toBe('September 1935');
    expect(await page.locator('#replay-log .entry').count()).toBeGreaterThan(0);
    await page.locator('#replay-back').click();
    await page.locator('#replay-back').click();
    expect(await page.locator('#replay-heading').textContent()).toBe('July 1935');
    // The timeline jumps to a month.
    await page.locator('#replay-timeline').fill('10');
    expect(await page.locator('#replay-position').textContent()).toContain('Step 11 of');
    await page.locator('#replay-timeline').fill('2');
    expect(await page.locator('#replay-heading').textContent()).toBe('July 1935');
    await screenshot(page, 'files-replay');

    await page.locator('[data-take-over="ussr"]').click();
    await page.locator('#month-heading').waitFor();
    expect(await page.locator('#hud-month').textContent()).toBe('July 1935');
    expect(await page.locator('#branch-note').textContent()).toContain('Branched in July 1935');
    await activate(page, 'mouse', '#end-month');
    await expect.poll(() => page.locator('#hud-month').textContent()).toBe('August 1935');
    const saved = JSON.parse((await autosave(page)) ?? '{}');
    expect(saved.role).toBe('ussr');
    expect(saved.branchedFrom).toMatchObject({ month: '1935-07', role: 'france' });
    // Each sound has its caption, shown as text in a live region, heard or not.
    await expect.poll(() => page.locator('#captions .sound-caption').count()).toBeGreaterThan(0);
    await openMenu(page);
    await page.locator('#compare').click();
    await expect.poll(() => page.locator('#compare-box').textContent()).toMatch(/diverge|same/);
    await screenshot(page, 'files-compare');
    await page.locator('#compare-close').click();

    const mute = page.locator('#sound-controls .sound-mute');
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await ready(page);
    await page.locator('#continue').click();
    await page.locator('#hud-month').waitFor();
    expect(await page.locator('#hud-month').textContent()).toBe('August 1935');
    expect(await page.locator('#branch-note').textContent()).toContain('Branched in July 1935');
    await openMenu(page);
    expect(await page.locator('#sound-controls .sound-mute').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
