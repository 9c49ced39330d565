/**
 * The source-criticism worksheet over the game, for the single file (which
 * holds no other page: `otherPages.ts`): a paper dialog with the worksheet,
 * its answer key behind its button as on `teaching.html`, its glossary links
 * opening the glossary over the game, and a button that prints the worksheet
 * alone. A modal dialog prints as one screen at most, so while it is open a
 * copy of the worksheet waits in the page's flow, shown only in print, its
 * answer key shown or hidden as the dialog's is. Its code is loaded when
 * first opened.
 */
import './worksheetDialog.css';
import { el } from './dom';
import { installGlossaryLinks } from './glossaryLinks';
import { openPaperDialog } from './paperDialog';

/** Open the worksheet over the game; closing it returns the focus to `returnTo`. */
export async function openWorksheetDialog(returnTo: HTMLElement | null): Promise<HTMLDialogElement> {
  const { mountWorksheet } = await import('../teaching/render');
  const print = el('button', { text: 'Print the worksheet', attrs: { type: 'button', id: 'worksheet-print' } });
  print.addEventListener('click', () => window.print());
  const sheet = el('div', { className: 'worksheet-dialog-body' });
  const printed = el('div', { className: 'worksheet-print-copy', attrs: { id: 'worksheet-print-copy' } });
  const copy = mountWorksheet(printed, { glossaryPage: '' });
  const keyShown = new MutationObserver(() =>
    copy.showKey(sheet.querySelector('.worksheet')?.getAttribute('data-key') === 'shown'),
  );
  document.body.append(printed);
  const box = openPaperDialog({
    id: 'worksheet-dialog',
    barClass: 'worksheet-dialog-bar',
    title: 'Source-criticism worksheet',
    titleId: 'worksheet-dialog-title',
    closeId: 'worksheet-back',
    closeText: 'Back to the game',
    focusTitle: true,
    body: [el('div', { className: 'worksheet-dialog-tools' }, [print]), sheet],
    returnTo,
    onClosed: () => {
      keyShown.disconnect();
      printed.remove();
    },
  });
  // The glossary is a dialog in this page too (GLOSSARY_PAGE is empty in the single file).
  mountWorksheet(sheet, { glossaryPage: '' });
  installGlossaryLinks(sheet);
  keyShown.observe(sheet, { subtree: true, attributes: true, attributeFilter: ['data-key'] });
  return box;
}
