/**
 * Test harness for the sharing page's browser test: build `share.html` alone
 * with Vite (the project's config left out, as `src/xray/xrayHarness.ts`
 * does), serve it on localhost, and drive Debian's Chromium through
 * playwright-core, with downloads accepted.
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

export interface ShareHarness {
  /** The sharing page's address. */
  readonly url: string;
  readonly context: BrowserContext;
  /** A fresh page, with console errors, page errors and dialogs (an `alert` a file might try) collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Build `share.html` into a temporary folder, serve it, and start Chromium. */
export async function startShareHarness(): Promise<ShareHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'hollow-pact-share-build-'));
  const profile = mkdtempSync(join(tmpdir(), 'hollow-pact-share-chromium-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: { share: join(ROOT, 'share.html') } } },
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
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    url: `${base}share.html`,
    context,
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        errors.push(`a dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
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
