/**
 * Test harness for the debrief's browser test: `debrief.html` built alone,
 * served, in Chromium with downloads allowed.
 */
import { type PageHarness, startPageHarness } from '../testing/browser';

export interface DebriefHarness extends PageHarness {
  /** The debrief page's address. */
  readonly url: string;
}

/** Build `debrief.html` into a temporary folder, serve it, and start Chromium (downloads allowed). */
export async function startDebriefHarness(): Promise<DebriefHarness> {
  const harness = await startPageHarness({
    name: 'debrief',
    pages: { debrief: 'debrief.html' },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return { ...harness, url: `${harness.base}debrief.html` };
}
