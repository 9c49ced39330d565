/**
 * The single file for a USB stick (issue 14 §7): dist/hollow-pact.html, built
 * once here by the second build configuration (vite.single.config.ts), opened
 * from `file://` in Chromium as a double-click would, and played to a crisis
 * with the futures worker and the map inlined. No console error, no request.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE } from '../../scripts/build/single';
import { CHROMIUM, CHROMIUM_ARGS } from '../testing/chromium';
import { activate, newGame, screenshot } from './gameDriver';

const ROOT = join(import.meta.dirname, '../..');
let outDir = '';
let profile = '';
let context: BrowserContext;

beforeAll(async () => {
  const { build } = await import('vite');
  outDir = mkdtempSync(join(tmpdir(), 'hollow-pact-single-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.single.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  profile = mkdtempSync(join(tmpdir(), 'hollow-pact-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
});

afterAll(async () => {
  await context?.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('the single file', () => {
  it('is one page with its script and style allowed by hash, and no service worker', () => {
    expect(readdirSync(outDir)).toEqual([SINGLE_FILE]);
    const html = readFileSync(join(outDir, SINGLE_FILE), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(html).not.toContain('register-sw');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  });

  it('plays from file:// to a crisis: the map, the futures worker and the verdicts, without an error', async () => {
    const page = await context.newPage();
    // Warnings too: Howler warns when it cannot tell an inlined sound's format.
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || (message.type() === 'warning' && !message.text().includes('GL Driver')))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
    });
    const url = pathToFileURL(join(outDir, SINGLE_FILE)).href;
    await page.goto(`${url}?seed=usb-stick`);
    await page.locator('#map[data-ready="true"]').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await newGame(page, 'mouse', 'munich-1938', 'france');
    // The real map (inlined), not the fallback outline (which has no Portugal).
    expect(await page.locator('#states-list [data-state="portugal"]').count()).toBe(1);
    for (let i = 0; i < 24 && !(await page.locator('#crisis-answers').isVisible()); i++) {
      await activate(page, 'mouse', '#end-month');
    }
    expect(await page.locator('#crisis-heading').textContent()).toBe('Crisis: The Sudeten crisis');
    // The autosave works from file:// too.
    expect(await page.locator('#save-status').textContent()).toMatch(/^Saved/);
    expect(await page.locator('#verdicts').textContent()).toContain('Czechoslovak-Soviet treaty (1935):');
    await screenshot(page, 'single-file-crisis');

    // The futures worker, inlined as a blob: 100 futures from the crisis.
    await activate(page, 'mouse', '#open-futures');
    await page.locator('#futures-size').selectOption('100');
    await activate(page, 'mouse', '#futures-run');
    await expect
      .poll(() => page.locator('#futures-batch').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('done');
    await page.keyboard.press('Escape');
    await activate(page, 'mouse', '[data-choice="mobilise"]');
    await page.locator('#crisis-outcome').waitFor();
    expect(await page.locator('#crisis-outcome').textContent()).toMatch(/\S{20}/);
    // Only the page itself was read from the disk.
    expect(requests).toEqual([url, `${url}?seed=usb-stick`].filter((u) => requests.includes(u)));
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
