/**
 * The single file for a USB stick (issue 14 §7): dist/hollow-pact.html, built
 * once here by the second build configuration (vite.single.config.ts), opened
 * from `file://` in Chromium as a double-click would, and played to a crisis
 * with the futures worker and the map inlined. No console error, no request.
 * Every link it shows, at the title and in a game, leads somewhere that
 * exists: the single file holds no other page, so it links to none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE } from '../../scripts/build/single';
import { SOURCE_CRITICISM } from '../teaching/sourceCriticism';
import { CHROMIUM, CHROMIUM_ARGS } from '../testing/chromium';
import { activate, newGame, screenshot } from './gameDriver';

const ROOT = join(import.meta.dirname, '../..');

/** Every link the page shows (laid out, not hidden): its address, whether its anchor is in the page, its glossary entry. */
async function visibleLinks(page: Page): Promise<{ href: string; anchored: boolean; glossary: string | null }[]> {
  return page.locator('a[href]').evaluateAll((links) =>
    links
      .filter((a) => a instanceof HTMLAnchorElement && a.getClientRects().length > 0)
      .map((a) => {
        const link = a as HTMLAnchorElement;
        return {
          href: link.href,
          anchored: link.hash !== '' && document.getElementById(decodeURIComponent(link.hash.slice(1))) !== null,
          glossary: link.getAttribute('data-glossary'),
        };
      }),
  );
}

/**
 * What is wrong with each link of the page (none if every link leads somewhere): a link must be a
 * blob: or data: download, or a file that exists on the disk; a link into the page itself must
 * name an anchor the page has, or be a glossary link (the glossary opens over the game).
 */
async function brokenLinks(page: Page): Promise<string[]> {
  const here = page.url().split(/[?#]/)[0] ?? '';
  return (await visibleLinks(page)).flatMap(({ href, anchored, glossary }) => {
    const url = new URL(href);
    if (url.protocol === 'blob:' || url.protocol === 'data:') return [];
    if (url.protocol !== 'file:') return [`${href}: not a file on the stick`];
    if (!existsSync(fileURLToPath(url))) return [`${href}: no such file`];
    const target = `${url.origin === 'null' ? 'file://' : url.origin}${url.pathname}`;
    if (target === here && url.hash !== '' && !anchored && glossary === null) return [`${href}: no such anchor`];
    return [];
  });
}
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
    // The title: no link to the cases or the worksheet (pages the file does not hold); it says where they are.
    await page.locator('#new-game').waitFor();
    expect(await brokenLinks(page)).toEqual([]);
    expect(await page.locator('#legal-cases, #teaching-link').count()).toBe(0);
    expect(await page.locator('#served-only').textContent()).toMatch(/served game/);

    // The worksheet opens over the game: every claim, its key behind its button, its glossary links into the page.
    await activate(page, 'keyboard', '#worksheet-open');
    const sheet = page.locator('#worksheet-dialog');
    await sheet.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('worksheet-dialog-title');
    expect(await sheet.locator('.worksheet-claim').count()).toBe(SOURCE_CRITICISM.claims.length);
    expect(await sheet.locator('.worksheet-key').first().isVisible()).toBe(false);
    expect(await brokenLinks(page)).toEqual([]);
    await screenshot(page, 'single-file-worksheet');
    // Printed at once, as a teacher's "Print the worksheet" does (no switch of media first): the worksheet alone.
    const bare = (text = '') => text.normalize('NFKC').replace(/\s+/g, '');
    const atOnce = join(outDir, 'worksheet-at-once.pdf');
    await page.pdf({ path: atOnce });
    const printedAtOnce = bare(execFileSync('pdftotext', [atOnce, '-'], { encoding: 'utf8' }));
    rmSync(atOnce);
    expect(printedAtOnce).toContain(bare(SOURCE_CRITICISM.claims.at(-1)?.claim));
    expect(printedAtOnce).not.toContain(bare('New game'));
    // Printed: the worksheet alone, in full, its key as the dialog shows it.
    const printedKey = page.locator('#worksheet-print-copy .worksheet-key').first();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#worksheet-print-copy .worksheet-claim').last().isVisible()).toBe(true);
    expect(await page.locator('#map').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(false);
    expect(await printedKey.isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
    await sheet.locator('.worksheet-toggle').click();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => printedKey.isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
    const pdf = join(outDir, 'worksheet.pdf');
    await page.pdf({ path: pdf });
    // Compared without white space: pdftotext breaks the lines where the page did.
    const printed = bare(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    rmSync(pdf);
    expect(printed).toContain(bare(SOURCE_CRITICISM.claims.at(-1)?.claim));
    expect(printed).toContain(bare(SOURCE_CRITICISM.claims.at(-1)?.key.howToTell));
    expect(printed).not.toContain(bare('Back to the game'));
    expect(printed).not.toContain(bare('New game'));
    // A glossary link opens the glossary over the worksheet; Escape closes each, and the focus comes back.
    await sheet.locator('a[data-glossary]').first().click();
    await page.locator('#glossary-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#glossary-dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await page.locator('#worksheet-print-copy').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('worksheet-open');

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
    // In the game: every link leads somewhere; the verdicts name the cases page as text, and a citation's
    // glossary link (the crisis's X-ray, opened here, cites its articles) opens the glossary over the game, at its entry.
    await activate(page, 'mouse', '#crisis-xray-button');
    await page.locator('#crisis-xray-region .xray-case').waitFor();
    await page.locator('#crisis-xray-region a[data-glossary]').first().waitFor();
    expect(await brokenLinks(page)).toEqual([]);
    expect((await visibleLinks(page)).length).toBeGreaterThan(0);
    expect(await page.locator('#verdicts').textContent()).toContain('legal cases (a page of the served game');
    const cited = page.locator('#crisis-xray-region a[data-glossary]').first();
    const entry = await cited.getAttribute('data-glossary');
    expect(await cited.getAttribute('href')).toBe(`#glossary-${entry}`);
    await cited.click();
    await page.locator('#glossary-dialog').waitFor();
    expect(await page.locator(`#glossary-dialog #glossary-${entry}`).count()).toBe(1);
    expect(await brokenLinks(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('#glossary-dialog').waitFor({ state: 'detached' });

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
    expect(await brokenLinks(page)).toEqual([]);
    // Only the page itself was read from the disk.
    expect(requests).toEqual([url, `${url}?seed=usb-stick`].filter((u) => requests.includes(u)));
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
