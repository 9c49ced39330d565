/**
 * Test harness for the glossary's and the teaching pages' browser tests:
 * `glossary.html` and `teaching.html` built alone, served, in Chromium.
 */
import { type PageHarness, startPageHarness } from '../testing/browser';

export type PagesHarness = PageHarness;

/** Build the glossary's and the teaching pages into a temporary folder, serve them, and start Chromium. */
export function startPagesHarness(): Promise<PagesHarness> {
  return startPageHarness({
    name: 'pages',
    pages: { glossary: 'glossary.html', teaching: 'teaching.html' },
    viewport: { width: 1200, height: 900 },
  });
}
