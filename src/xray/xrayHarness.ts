/**
 * Test harness for the X-ray's browser test: `xray.html` built alone (so the
 * X-ray's test does not depend on how the game is built), served, in Chromium.
 */
import { type ManifestChunk, type PageHarness, startPageHarness } from '../testing/browser';

export type { ManifestChunk };

export interface XrayHarness extends PageHarness {
  /** The X-ray page's address. */
  readonly url: string;
}

/** Build `xray.html` into a temporary folder, serve it, and start Chromium. */
export async function startXrayHarness(): Promise<XrayHarness> {
  const harness = await startPageHarness({
    name: 'xray',
    pages: { xray: 'xray.html' },
    viewport: { width: 1400, height: 900 },
  });
  return { ...harness, url: `${harness.base}xray.html` };
}
