/**
 * Test harness for the glossary's and the teaching pages' browser tests:
 * build `glossary.html` and `teaching.html` alone with Vite (`configFile:
 * false`, so the project's config and the game's pages are left out), serve
 * them on localhost, and drive Debian's Chromium through playwright-core.
 * The same approach as `src/xray/xrayHarness.ts`.
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

export interface PagesHarness {
  /** The address of the served build, ending in `/`: pages are `${base}glossary.html` and `${base}teaching.html`. */
  readonly base: string;
  readonly context: BrowserContext;
  /** A fresh page, with console errors and page errors collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Build the glossary's and the teaching pages into a temporary folder, serve them, and start Chromium. */
export async function startPagesHarness(): Promise<PagesHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'hollow-pact-pages-build-'));
  const profile = mkdtempSync(join(tmpdir(), 'hollow-pact-pages-chromium-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { glossary: join(ROOT, 'glossary.html'), teaching: join(ROOT, 'teaching.html') } },
    },
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
    viewport: { width: 1200, height: 900 },
  });
  return {
    base,
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
