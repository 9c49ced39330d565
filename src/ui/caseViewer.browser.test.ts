/**
 * The legal-case page in a real browser (Debian's Chromium), used as a new
 * player or a teacher would: pick a case, read the verdicts and their cited
 * paths, move with the keyboard, open a case file, good or bad.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, startBrowserHarness } from './browserHarness';

const CASES = join(import.meta.dirname, '../../scenarios/cases');
let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the legal-case page', () => {
  it('opens on the hollow pact: owed by the letter, blocked by a guarantor in practice', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}cases.html`);
    const pact = page.locator('[data-treaty="franco-soviet"]');
    await expect.poll(() => pact.locator('.outcome-label').textContent()).toBe('Blocked');
    expect(await page.locator('.case-head h2').textContent()).toContain('Britain calls a French offensive a violation');
    expect(await page.locator('.hollow').textContent()).toMatch(
      /^Hollow: the letter owed help, practice stopped it\. Franco-Soviet treaty \(1935\) — A Locarno guarantor/,
    );
    expect(await pact.locator('.course').textContent()).toMatch(
      /^The letter: help owed at step \d+\. Stopped at step 28: .* \(practice\)\.$/,
    );
    expect(await pact.locator('.reason').textContent()).toContain('A Locarno guarantor judged France the violator');
    const steps = pact.locator('.step');
    expect(await steps.count()).toBeGreaterThan(20);
    expect(await pact.locator('[data-state="francoSovietPact.protocolOverride"] .step-cite').textContent()).toBe(
      'Protocol of Signature, point I §2',
    );
    expect(await pact.locator('[data-state="francoSovietPact.protocolOverride"] .kind').textContent()).toBe('Letter');
    expect(await pact.locator('[data-state="locarno.ukVerdict"] .kind').textContent()).toBe('Practice');
    expect(await page.locator('[data-treaty]').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the Rhineland of 7 March 1936: the pact not yet in force', async () => {
    const { page } = await harness.newPage();
    await page.goto(`${harness.url}cases.html`);
    await page.getByRole('button', { name: /The Rhineland, 7 March 1936/ }).click();
    const pact = page.locator('[data-treaty="franco-soviet"]');
    expect(await pact.locator('.outcome-label').textContent()).toBe('Not applicable');
    expect(await pact.locator('.reason strong').textContent()).toBe('Not in force. ');
    // Locarno judges a French riposte, not Germany's move: its verdict says whose action it is.
    const locarno = page.locator('[data-treaty="locarno"] .outcome-label');
    expect(await locarno.textContent()).toBe('A French action would be lawful');
    expect(page.url()).toMatch(/#rhineland-1936-03-07$/);
    await page.close();
  });

  it('moves between cases with the arrow keys, and opens a case from its link', async () => {
    const { page } = await harness.newPage();
    await page.goto(`${harness.url}cases.html#japan-attacks-ussr`);
    expect(await page.locator('.case-head h2').textContent()).toBe('A non-European aggressor (what-if)');
    await page.locator('button[aria-current="true"]').focus();
    await page.keyboard.press('ArrowDown');
    const current = await page.locator('button[aria-current="true"]').getAttribute('data-case');
    expect(current).not.toBe('japan-attacks-ussr');
    expect(await page.locator('.case').getAttribute('data-case')).toBe(current);
    await page.close();
  });

  it('refuses a bad case file with a line per problem and keeps the case on screen', async () => {
    const { page } = await harness.newPage();
    await page.goto(`${harness.url}cases.html#japan-attacks-ussr`);
    const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-upload-'));
    const bad = join(dir, 'bad-case.json');
    const good = JSON.parse(readFileSync(join(CASES, 'japan-attacks-ussr.json'), 'utf8'));
    writeFileSync(
      bad,
      JSON.stringify({ ...good, event: { ...good.event, aggressor: 'prussia' }, convention: 'maybe' }),
    );
    await page.locator('#case-file').setInputFiles(bad);
    const errors = page.locator('#case-errors');
    await expect.poll(() => errors.textContent()).toContain('bad-case.json could not be opened');
    const items = await errors.locator('li').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/^event\.aggressor: expected one of france, .* got "prussia"$/),
      'convention: expected one of none, staff-contacts, signed, got "maybe"',
    ]);
    expect(await page.locator('.case').getAttribute('data-case')).toBe('japan-attacks-ussr');
    await page.close();
  });

  it('opens a good case file, and shows text from it as text, never as markup', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.url}cases.html`);
    const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-upload-'));
    const file = join(dir, 'my-case.json');
    const base = JSON.parse(readFileSync(join(CASES, 'germany-attacks-ussr-1937.json'), 'utf8'));
    const title = '<img src=x onerror="document.title=\'pwned\'"> A class what-if';
    writeFileSync(file, JSON.stringify({ ...base, id: 'class-what-if', title, convention: 'signed' }));
    await page.locator('#case-file').setInputFiles(file);
    await expect.poll(() => page.locator('.case').getAttribute('data-case')).toBe('class-what-if');
    expect(await page.locator('.case-head h2').textContent()).toBe(title);
    expect(await page.locator('.case img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('[data-treaty="franco-soviet"] .facts').textContent()).toContain('Delivery: planned.');
    expect(await page.getByRole('button', { name: /A class what-if/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
