/**
 * Whether presentation mode is on, remembered in the browser (issue 14 §1).
 * Tiny and DOM-light on purpose: app.ts reads it at start, and loads
 * presentation.ts (the mode itself) only when it is on or asked for.
 */
const KEY = 'hollow-pact:presentation';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Presentation mode was left on last time. */
export function presentationRemembered(): boolean {
  try {
    return storage()?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remember presentation mode on or off (quietly nothing where storage is refused). */
export function rememberPresentation(on: boolean): void {
  try {
    if (on) storage()?.setItem(KEY, 'on');
    else storage()?.removeItem(KEY);
  } catch {
    // Private browsing: the mode works, it is only not remembered.
  }
}

/** The key that turns presentation mode on and off, unless the focus is in a field that takes letters. */
export function isPresentationToggle(event: KeyboardEvent): boolean {
  if (event.key !== 'p' && event.key !== 'P') return false;
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target;
  return !(
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [role="dialog"]') !== null)
  );
}
