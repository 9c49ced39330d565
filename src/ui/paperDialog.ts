/**
 * The game's paper dialogs (the glossary, the League Council chamber, the
 * credits): a modal `<dialog>` with a title bar and one button that closes it.
 * Escape closes it without reaching the game's own Escape (tooltip, cards);
 * closing removes it and returns the focus to the control that opened it. Each
 * dialog keeps its own ids and classes (its stylesheet and tests name them);
 * their shared look is paperDialog.css.
 */
import { el } from './dom';
import './paperDialog.css';

export interface PaperDialog {
  /** The dialog's id and class, e.g. `credits-dialog`. */
  readonly id: string;
  /** The title bar's class. */
  readonly barClass: string;
  readonly title: string;
  readonly titleId: string;
  /** The button that closes it: its id and words. */
  readonly closeId: string;
  readonly closeText: string;
  /** Move the focus to the title once open (it is made focusable), for screen readers. */
  readonly focusTitle: boolean;
  readonly body: readonly Node[];
  readonly returnTo: HTMLElement | null;
  /** Called once the dialog has closed and been removed. */
  readonly onClosed?: () => void;
}

/** Open a paper dialog over the game (modal); Escape or its button shuts it. */
export function openPaperDialog(parts: PaperDialog): HTMLDialogElement {
  const close = el('button', { text: parts.closeText, attrs: { type: 'button', id: parts.closeId } });
  const heading = el('h2', {
    text: parts.title,
    attrs: parts.focusTitle ? { id: parts.titleId, tabindex: '-1' } : { id: parts.titleId },
  });
  const box = el('dialog', { className: parts.id, attrs: { id: parts.id, 'aria-labelledby': parts.titleId } }, [
    el('div', { className: parts.barClass }, [heading, close]),
    ...parts.body,
  ]);
  close.addEventListener('click', () => box.close());
  // The game's own Escape handler (tooltip, cards) must not act under the dialog.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') event.stopPropagation();
  });
  box.addEventListener('close', () => {
    box.remove();
    parts.onClosed?.();
    parts.returnTo?.focus();
  });
  document.body.append(box);
  box.showModal();
  if (parts.focusTitle) heading.focus();
  return box;
}
