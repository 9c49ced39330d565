/**
 * Harness for the futures page's browser test and `npm run bench:futures`:
 * build `futures.html` alone with Vite (its worker included), serve it on
 * localhost, and drive Debian's Chromium through playwright-core. The same
 * approach as `src/xray/xrayHarness.ts`, kept separate so neither depends on
 * how the game is built (`configFile: false`: the project's config is not read).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** One entry of Vite's build manifest. */
export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export interface FuturesHarness {
  /** The futures page's address. */
  readonly url: string;
  readonly context: BrowserContext;
  /** Vite's manifest of the build: which chunk holds what, and what each loads. */
  readonly manifest: Readonly<Record<string, ManifestChunk>>;
  /** A fresh page, with console errors and page errors collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Build `futures.html` into a temporary folder, serve it, and start Chromium. */
export async function startFuturesHarness(): Promise<FuturesHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'hollow-pact-futures-build-'));
  const profile = mkdtempSync(join(tmpdir(), 'hollow-pact-futures-chromium-'));
  // Only the futures page, whatever the project's config builds besides it.
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      rolldownOptions: { input: { futures: join(ROOT, 'futures.html') } },
    },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
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
    viewport: { width: 1400, height: 900 },
  });
  return {
    url: `${base}futures.html`,
    context,
    manifest,
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
