/**
 * The sharing page in a real browser (Debian's Chromium): download a game
 * file and open it again after a reload, open a file by the picker and by
 * dropping it, open a link and refuse a tampered one, refuse a file with
 * markup and show it as text, open a file the command line recorded, and
 * take over at the Rhineland and compare. No console error anywhere.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as record } from '../cli/recordCommand';
import { parseGameFileText } from '../engine';
import { type ShareHarness, startShareHarness } from './shareHarness';

const MARKUP = '<img src=x onerror=alert(1)>';
let harness: ShareHarness;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hollow-pact-share-test-'));
  harness = await startShareHarness();
});

afterAll(async () => {
  await harness?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

async function load(page: Page, url = harness.url): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator('#share-main').getAttribute('data-ready')).toBe('true');
}

const finalHash = (page: Page) => page.locator('#share-game [data-field="final-hash"]').textContent();
const message = (page: Page) => page.locator('#share-message');

async function openSample(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open 1936 as it happened' }).click();
  await expect.poll(() => finalHash(page)).toMatch(/^[0-9a-f]{16}$/);
  return (await finalHash(page)) ?? '';
}

describe('the sharing page', () => {
  it('downloads a game file that, after a reload, opens again to the same final hash', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    const hash = await openSample(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the game file' }).click(),
    ]);
    const saved = join(dir, 'exported.json');
    await download.saveAs(saved);
    const parsed = parseGameFileText(readFileSync(saved, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.checkpoints.at(-1)?.hash).toBe(hash);
    await page.reload();
    await expect.poll(() => page.locator('#share-main').getAttribute('data-ready')).toBe('true');
    expect(await page.locator('#share-game').textContent()).toMatch(/No game is open yet/);
    await page.getByLabel(/Choose a game file/).setInputFiles(saved);
    await expect.poll(() => finalHash(page)).toBe(hash);
    expect(await message(page).getAttribute('data-kind')).toBe('ok');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a game file dropped on the page', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    const hash = await openSample(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the game file' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    await page.reload();
    await expect.poll(() => page.locator('#share-main').getAttribute('data-ready')).toBe('true');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.locator('#share-drop').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('#share-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => finalHash(page)).toBe(hash);
    expect(await message(page).textContent()).toMatch(/^Opened dropped\.json/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes a link that opens the same game, at the same final hash, in a new page', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    const hash = await openSample(page);
    await page.getByRole('button', { name: 'Make a link to this game' }).click();
    const link = await page.getByLabel('The link (copy it and send it)').inputValue();
    expect(link).toMatch(/share\.html#g1=/);
    expect(link.length).toBeLessThan(2000);
    const other = await harness.newPage();
    await load(other.page, link);
    await expect.poll(() => finalHash(other.page)).toBe(hash);
    expect(await other.page.locator('#share-game [data-field="scenario"]').textContent()).toBe('as-it-happened');
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
    await page.close();
  });

  it('refuses a tampered link with its message shown as text, keeping the game open', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    const hash = await openSample(page);
    await page.getByRole('button', { name: 'Make a link to this game' }).click();
    const link = await page.getByLabel('The link (copy it and send it)').inputValue();
    const payload = JSON.parse(decompressFromEncodedURIComponent(link.slice(link.indexOf('#g1=') + 4)));
    const forged = `#g1=${compressToEncodedURIComponent(JSON.stringify({ ...payload, seed: MARKUP }))}`;
    await page.getByLabel('Open a link').fill(forged);
    await page.getByRole('button', { name: 'Open the link' }).click();
    await expect.poll(() => message(page).getAttribute('data-kind')).toBe('error');
    expect(await message(page).textContent()).toMatch(/^This link has been altered/);
    expect(await finalHash(page)).toBe(hash);
    // Opened directly, a tampered link opens nothing at all.
    const fresh = await harness.newPage();
    await load(fresh.page, `${harness.url}${forged}`);
    expect(await message(fresh.page).textContent()).toMatch(/^This link has been altered/);
    expect(await fresh.page.locator('#share-game').textContent()).toMatch(/No game is open yet/);
    // A link naming a "scenario" that is markup: refused, the markup quoted as text.
    const marked = `#g1=${compressToEncodedURIComponent(JSON.stringify({ ...payload, s: MARKUP }))}`;
    await fresh.page.getByLabel('Open a link').fill(marked);
    await fresh.page.getByRole('button', { name: 'Open the link' }).click();
    await expect.poll(() => message(fresh.page).textContent()).toContain(`"${MARKUP}"`);
    expect(await fresh.page.locator('img').count()).toBe(0);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.page.close();
    await page.close();
  });

  it('works by keyboard alone: open the game, make its link, take over', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    const focusOn = async (name: string) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (focused === name) return;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    await focusOn('Open 1936 as it happened');
    await page.keyboard.press('Enter');
    await expect.poll(() => finalHash(page)).toMatch(/^[0-9a-f]{16}$/);
    await focusOn('Make a link to this game');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('The link (copy it and send it)').inputValue()).toMatch(/#g1=/);
    await focusOn('Take over and compare');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.share-divergence').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a file with markup, showing the markup as text: no element is created, no script runs', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    const hash = await openSample(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the game file' }).click(),
    ]);
    const good = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    await page.getByLabel(/Choose a game file/).setInputFiles({
      name: 'markup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...good, role: MARKUP })),
    });
    await expect.poll(() => message(page).getAttribute('data-kind')).toBe('error');
    const text = (await message(page).textContent()) ?? '';
    expect(text).toContain(MARKUP);
    expect(text).toMatch(/^markup\.json: This game file cannot be opened: role:/);
    expect(await message(page).evaluate((node) => node.children.length)).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await finalHash(page)).toBe(hash);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a file the command line recorded, at the hash the command line recorded', async () => {
    const out = join(dir, 'recorded.json');
    const scenario = join(import.meta.dirname, '../../scenarios/pact-1935.json');
    const args = ['--scenario', scenario, '--out', out, '--seed', MARKUP, '--policy', 'alliance-first'];
    expect(
      record(
        args,
        () => {},
        () => {},
      ),
    ).toBe(0);
    const recorded = parseGameFileText(readFileSync(out, 'utf8'));
    if (!recorded.ok) throw new Error('record wrote a bad file');
    const { page, errors } = await harness.newPage();
    await load(page);
    await page.getByLabel(/Choose a game file/).setInputFiles(out);
    await expect.poll(() => finalHash(page)).toBe(recorded.value.checkpoints.at(-1)?.hash);
    // The seed is markup, and shown as text.
    expect(await page.locator('#share-game [data-field="seed"]').textContent()).toBe(MARKUP);
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes over at the Rhineland as the USSR and shows where the branch left the game', async () => {
    const { page, errors } = await harness.newPage();
    await load(page);
    await openSample(page);
    await page.getByLabel('Take over in').selectOption({ label: 'March 1936' });
    await page.getByLabel('As', { exact: true }).selectOption('ussr');
    await page.getByRole('button', { name: 'Take over and compare' }).click();
    const headline = page.locator('.share-divergence');
    await expect.poll(() => headline.getAttribute('data-month')).toBe('1936-03');
    expect(await headline.textContent()).toMatch(/first diverge in March 1936/);
    const rows = page.locator('.share-comparison tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    expect(await rows.first().locator('td').first().textContent()).toBe('same');
    expect(errors).toEqual([]);
    await page.close();
  });
});
