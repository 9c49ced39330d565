/**
 * Test harness for browser tests: build pages with Vite, serve the build on
 * localhost, and drive Debian's Chromium through playwright-core, the way a
 * new user would use them. Used only by `*.browser.test.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export const ROOT = join(import.meta.dirname, '../..');

export { CHROMIUM, CHROMIUM_ARGS };

/** One entry of Vite's build manifest. */
export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export interface PageHarness {
  /** The served build's address, ending in `/`. */
  readonly base: string;
  readonly context: BrowserContext;
  /** Vite's manifest of the build: which chunk holds what, and what each loads. */
  readonly manifest: Readonly<Record<string, ManifestChunk>>;
  /** A fresh page, with console errors and page errors collected. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export interface PageHarnessOptions {
  /** Names the temporary folders. */
  readonly name: string;
  /**
   * The pages to build alone (entry name → HTML file from the project root), without the
   * project's Vite config; omitted, the project is built as `npm run build` builds it.
   */
  readonly pages?: Readonly<Record<string, string>>;
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly acceptDownloads?: boolean;
}

/** Fail at once, and say how to fix it, where Chromium is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  }
}

/** Start Chromium on a fresh profile in `profile`. */
export function launchChromium(
  profile: string,
  options: Pick<PageHarnessOptions, 'viewport' | 'acceptDownloads'> = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    ...(options.viewport === undefined ? {} : { viewport: options.viewport }),
    ...(options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads }),
  });
}

/** A page with its console errors and page errors collected. */
export async function pageWithErrors(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Build the pages into a temporary folder, serve them, and start Chromium. */
export async function startPageHarness(options: PageHarnessOptions): Promise<PageHarness> {
  requireChromium();
  const outDir = mkdtempSync(join(tmpdir(), `hollow-pact-${options.name}-build-`));
  const profile = mkdtempSync(join(tmpdir(), `hollow-pact-${options.name}-chromium-`));
  const alone = options.pages !== undefined;
  const input = alone
    ? Object.fromEntries(Object.entries(options.pages ?? {}).map(([entry, file]) => [entry, join(ROOT, file)]))
    : undefined;
  await build({
    ...(alone ? { configFile: false as const } : {}),
    root: ROOT,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, manifest: true, ...(input ? { rolldownOptions: { input } } : {}) },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const server: PreviewServer = await preview({
    ...(alone ? { configFile: false as const } : {}),
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (base === undefined) throw new Error('the preview server did not report its address');
  const context = await launchChromium(profile, options);
  return {
    base,
    context,
    manifest,
    newPage: () => pageWithErrors(context),
    async close() {
      await context.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
