/**
 * Test harness for the debrief's browser test: build `debrief.html` alone with
 * Vite (no project config, as the X-ray's harness does), serve it on
 * localhost, and drive Debian's Chromium through playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '../..');

/** Flags that keep Chromium quiet and quick on a machine with no outside network (notes/STACK.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface DebriefHarness {
  /** The debrief page's address. */
  readonly url: string;
  readonly context: BrowserContext;
  /** A fresh page, with console errors and page errors collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Build `debrief.html` into a temporary folder, serve it, and start Chromium (downloads allowed). */
export async function startDebriefHarness(): Promise<DebriefHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'hollow-pact-debrief-build-'));
  const profile = mkdtempSync(join(tmpdir(), 'hollow-pact-debrief-chromium-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: { debrief: join(ROOT, 'debrief.html') } } },
  });
  const server: PreviewServer = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (base === undefined) throw new Error('the preview server did not report its address');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    url: `${base}debrief.html`,
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
