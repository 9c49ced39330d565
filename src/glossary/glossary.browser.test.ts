/**
 * The glossary in a real browser (Debian's Chromium), used as a student
 * following a citation would: open the glossary at an article by its anchor,
 * read its quoted words, follow an "implemented by" link to the rule and come
 * back, with no console error.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossaryEntry, implementedBy } from './glossary';
import { NOTES } from './notes';
import { type PagesHarness, startPagesHarness } from './pagesHarness';
import { TIMELINE } from './timeline';

let harness: PagesHarness;

beforeAll(async () => {
  harness = await startPagesHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the glossary page', () => {
  it('opens at an article by its anchor, shows its quoted words, and follows an "implemented by" link', async () => {
    const entry = glossaryEntry('covenant-art-16');
    if (entry === undefined || !entry.quoted) throw new Error('covenant-art-16 should be a quoted entry');
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.base}glossary.html#glossary-covenant-art-16`);
    await expect.poll(() => page.locator('#glossary-main').getAttribute('data-ready')).toBe('true');

    // Opened at the entry: marked, focused and in view.
    const article = page.locator('#glossary-covenant-art-16');
    expect(await article.getAttribute('data-focused')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-covenant-art-16');
    expect(await article.isVisible()).toBe(true);
    const top = await article.evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(await article.getByRole('heading', { level: 3 }).textContent()).toBe(entry.title);

    // The words, in a blockquote, exactly as quoted.
    const quotes = await article.locator('blockquote.glossary-words p').allTextContents();
    expect(quotes).toEqual(entry.text.map((words) => `“${words}”`));
    expect(await article.locator('.glossary-source').textContent()).toContain('treaty-and-rules.md §2');

    // "Implemented by": one link per rule the machines say cites it.
    const rules = implementedBy('covenant-art-16');
    const links = article.locator('.glossary-implemented a');
    expect(await links.count()).toBe(rules.length);
    const first = rules[0];
    if (first === undefined) throw new Error('covenant-art-16 has no rule');
    await links.first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#rule-${first.id}`);
    const rule = page.locator(`[data-rule="${first.id}"].glossary-rule`);
    await expect.poll(() => rule.getAttribute('data-focused')).toBe('true');
    expect(await rule.isVisible()).toBe(true);
    expect(await rule.locator('.glossary-rule-cite').textContent()).toContain(first.cite);
    expect(await article.getAttribute('data-focused')).toBeNull();

    // And back from the rule to the article.
    await rule.locator('a[data-entry="covenant-art-16"]').click();
    await expect.poll(() => article.getAttribute('data-focused')).toBe('true');
    expect(await page.evaluate(() => location.hash)).toBe('#glossary-covenant-art-16');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks a summary as a summary, and says why an article no rule cites is not implemented', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.base}glossary.html#glossary-pact-art-4`);
    await expect.poll(() => page.locator('#glossary-main').getAttribute('data-ready')).toBe('true');
    const article = page.locator('#glossary-pact-art-4');
    expect(await article.getAttribute('data-quoted')).toBe('false');
    expect(await article.locator('blockquote').count()).toBe(0);
    expect(await article.locator('.glossary-summary').textContent()).toMatch(/^Summary: /);
    expect(await article.locator('.glossary-not-implemented').textContent()).toMatch(/^Not implemented by a rule: /);
    expect(await page.locator('article.glossary-entry').count()).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens at a row of the timeline by its anchor, with its sources and confidence, and lists every row', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.base}glossary.html#glossary-timeline-19-mar-1936`);
    await expect.poll(() => page.locator('#glossary-main').getAttribute('data-ready')).toBe('true');
    const row = page.locator('#glossary-timeline-19-mar-1936');
    await expect.poll(() => row.getAttribute('data-focused')).toBe('true');
    expect(await row.textContent()).toMatch(/^19 Mar 1936 .*Sources: .+Confidence: /);
    expect(await page.locator('.glossary-timeline-row').count()).toBe(TIMELINE.rows.length);
    // The contents lead to it, and a year's section has its own anchor.
    expect(await page.locator('.glossary-toc a[href="#glossary-timeline"]').count()).toBe(1);
    expect(await page.locator('#glossary-timeline-s-1939-the-last-negotiations h3').textContent()).toBe(
      '1939: the last negotiations',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens at a section of the counterfactuals and a row of the actors, in the notes’ own words, and lists them all', async () => {
    const { page, errors } = await harness.newPage();
    await page.goto(`${harness.base}glossary.html#glossary-notes-counterfactuals-3-g`);
    await expect.poll(() => page.locator('#glossary-main').getAttribute('data-ready')).toBe('true');
    const section = page.locator('#glossary-notes-counterfactuals-3-g');
    await expect.poll(() => section.getAttribute('data-focused')).toBe('true');
    expect(await section.locator('h4').textContent()).toBe('§3 G Poland agrees to transit in principle (Aug 1939)');
    expect(await section.textContent()).toContain('Kotkin-type view: Stalin still prefers the German offer');
    expect(await page.locator('.glossary-notes-section').count()).toBe(
      NOTES.files.reduce((n, file) => n + file.sections.length, 0),
    );
    expect(await page.locator('.glossary-toc a[href="#glossary-notes"]').count()).toBe(1);
    await page.goto(`${harness.base}glossary.html#glossary-notes-actors-gen-maurice-gamelin`);
    const gamelin = page.locator('#glossary-notes-actors-gen-maurice-gamelin');
    await expect.poll(() => gamelin.getAttribute('data-focused')).toBe('true');
    expect(await gamelin.textContent()).toMatch(/Gen\. Maurice Gamelin.*Role and dates: /);
    expect(errors).toEqual([]);
    await page.close();
  });
});
