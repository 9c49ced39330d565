/**
 * Test harness for the sharing page's browser test: `share.html` built alone,
 * served, in Chromium with downloads accepted; a dialog (an `alert` a file
 * might try) counts as an error.
 */
import { type PageHarness, startPageHarness } from '../testing/browser';

export interface ShareHarness extends PageHarness {
  /** The sharing page's address. */
  readonly url: string;
}

/** Build `share.html` into a temporary folder, serve it, and start Chromium. */
export async function startShareHarness(): Promise<ShareHarness> {
  const harness = await startPageHarness({
    name: 'share',
    pages: { share: 'share.html' },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    ...harness,
    url: `${harness.base}share.html`,
    async newPage() {
      const opened = await harness.newPage();
      opened.page.on('dialog', (dialog) => {
        opened.errors.push(`a dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      return opened;
    },
  };
}
