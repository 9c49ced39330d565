/**
 * Test harness for browser tests: serve this run's build (made once by
 * browserBuild.ts) from a plain static server on localhost, at the root or in
 * a subfolder as a school's web server would, and drive Debian's Chromium
 * through playwright-core the way a new user would. Used only by
 * `*.browser.test.ts`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../testing/chromium';
import { serveStatic } from './staticServer';

/** Screenshots of each screen, for a person to look at (git-ignored). */
export const SCREENSHOTS = join(import.meta.dirname, '../../screenshots');

export interface BrowserHarness {
  readonly url: string;
  readonly context: BrowserContext;
  /** A fresh page, with console errors, page errors and failed requests collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Serve this run's build under `prefix` and start Chromium (as a touch screen with `touch`; without
 * the service worker with `serviceWorkers: 'block'`, for tests that hold requests back with `page.route`,
 * which does not see what a service worker answers).
 */
export async function startBrowserHarness(
  prefix = '/',
  { touch = false, serviceWorkers = 'allow' }: { touch?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'hollow-pact-chromium-'));
  const server = await serveStatic(inject('gameBuild'), prefix);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    hasTouch: touch,
    serviceWorkers,
  });
  return {
    url: server.url,
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // A request cut off because the page navigated (a reload) is the browser's doing, not a failure.
      let navigations = 0;
      const startedAt = new WeakMap<object, number>();
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations++;
      });
      page.on('request', (request) => startedAt.set(request, navigations));
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? '';
        const report = () => errors.push(`request failed: ${request.url()} (${reason})`);
        if (!reason.includes('ERR_ABORTED')) report();
        // The old document's requests are cut off before the navigation is reported: look again shortly.
        else
          setTimeout(() => {
            if (startedAt.get(request) === navigations) report();
          }, 500);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      return { page, errors };
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    /** Mouse, pointer and touch events received, for the keyboard-only tests (`COUNT_POINTER_EVENTS`). */
    pointerEvents?: number;
  }
}

/**
 * An init script (`page.addInitScript`) that counts every mouse, pointer and
 * touch event the page receives in `window.pointerEvents`; a click made by
 * Enter or Space (detail 0) is the keyboard's, not counted.
 */
export const COUNT_POINTER_EVENTS = (): void => {
  window.pointerEvents = 0;
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'pointerdown', 'pointermove', 'touchstart']) {
    window.addEventListener(
      type,
      (event) => {
        const byKeyboard = event instanceof MouseEvent && event.type === 'click' && event.detail === 0;
        if (event.isTrusted && !byKeyboard) window.pointerEvents = (window.pointerEvents ?? 0) + 1;
      },
      true,
    );
  }
};
