/**
 * Offline play (issue 13 §4): after the first visit the built game plays with
 * the network off, from its service worker's cache; and a new build served in
 * its place takes over by itself. Served from a copy of this run's build, so
 * that the test can put a "new build" in its place.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, pageWithErrors, requireChromium } from '../testing/browser';
import { activate, screenshot } from './gameDriver';
import { serveStatic } from './staticServer';

let served: string;
let profile: string;
let server: { url: string; close(): Promise<void> };
let context: BrowserContext;

beforeAll(async () => {
  requireChromium();
  served = mkdtempSync(join(tmpdir(), 'hollow-pact-offline-'));
  cpSync(inject('gameBuild'), served, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'hollow-pact-offline-chromium-'));
  server = await serveStatic(served);
  context = await launchChromium(profile, { viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [served, profile]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** Wait until a service worker controls the page. */
async function controlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 20_000 })
    .toBe('activated');
}

describe('offline, after the first visit', () => {
  it('plays a month with the network off, then a new build takes over by itself', async () => {
    const { page, errors } = await pageWithErrors(context);
    await page.goto(`${server.url}?seed=offline`);
    await page.locator('#map[data-ready="true"]').waitFor();
    await controlled(page);

    await context.setOffline(true);
    await page.reload();
    await page.locator('#map[data-ready="true"]').waitFor();
    await activate(page, 'mouse', '#new-game');
    await activate(page, 'mouse', '#start-game');
    const month = await page.locator('#hud-month').textContent();
    await activate(page, 'mouse', '#end-month');
    await expect.poll(() => page.locator('#hud-month').textContent()).not.toBe(month);
    await screenshot(page, 'offline-month');
    // Every page of the build is there offline, the legal cases included.
    await page.goto(`${server.url}cases.html`);
    await expect.poll(() => page.locator('[data-treaty]').count()).toBe(3);
    await context.setOffline(false);

    // A new build: another title and a worker with another version.
    const index = join(served, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<title>Hollow Pact</title>', '<title>Hollow Pact, rebuilt</title>'),
    );
    const worker = join(served, 'sw.js');
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(
        /const CACHE = 'hollow-pact-[0-9a-f]+'/,
        "const CACHE = 'hollow-pact-rebuilt'",
      ),
    );
    await page.goto(`${server.url}?seed=offline`);
    // The old worker answers this visit; the new one installs, takes over and the page reloads itself.
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('Hollow Pact, rebuilt');
    expect(await page.evaluate(() => caches.keys())).toEqual(['hollow-pact-rebuilt']);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
