/**
 * The game's keys on `?` (outside presentation mode, whose teacher's keys have
 * a list of their own: presentation.ts): what a player may press, in a paper
 * dialog that Escape or its button closes. Not while the focus is in a field,
 * or while another dialog is open.
 */
import { el } from './dom';
import { openPaperDialog } from './paperDialog';
import './gameKeys.css';

/** The keys, as the list shows them: the key, and what it does. */
export const GAME_KEYS: readonly (readonly [string, string])[] = [
  ['Tab, Shift+Tab', 'Move to the next control, or back'],
  ['Enter or Space', 'Press the button the focus is on'],
  ['Arrow keys', 'Choose within a list of options; on the map (Tab to it), move the map'],
  ['+ and −', 'On the map, zoom in and out'],
  ['0', 'On the map, show the whole stage again'],
  ['Esc', 'Close the convention, a tooltip or a dialog (this list too)'],
  ['P', 'Presentation mode on or off: large type for a projector, and the teacher’s own keys'],
  ['?', 'This list of keys'],
];

/** Whether `?` opens the list now: not in a field that takes the key, nor over another dialog. */
export function isKeysRequest(event: KeyboardEvent): boolean {
  if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null))
    return false;
  return document.querySelector('dialog[open], [role="dialog"]:not([hidden])') === null;
}

/** Open the list of the game's keys; closing it gives the focus back to where it was. */
export function openGameKeys(): HTMLDialogElement {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return openPaperDialog({
    id: 'keys-dialog',
    barClass: 'keys-bar',
    title: 'Keys',
    titleId: 'game-keys-heading',
    closeId: 'game-keys-close',
    closeText: 'Close',
    focusTitle: false,
    returnTo,
    body: [
      el(
        'dl',
        { className: 'game-key-list' },
        GAME_KEYS.flatMap(([key, what]) => [el('dt', {}, [el('kbd', { text: key })]), el('dd', { text: what })]),
      ),
    ],
  });
}
