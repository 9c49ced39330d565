/**
 * Who takes the seat again after a démarche's answer, in a game of delegations
 * resumed from its autosave (issue 14 §2): the side that made the démarche, not
 * the game's first role. The engine keeps a démarche to a transit state whose
 * delegation plays waiting for that delegation's answer only until any other
 * action comes (then the die settles it: `turn/delegations.ts`, `settled`), so a
 * démarche still waits only if it is the last order given this month.
 */
import { type Delegation, isSide } from '../engine';

/** The field `key` of an order given as unknown data (an autosave's), or undefined. */
function field(action: unknown, key: string): unknown {
  return typeof action === 'object' && action !== null ? Reflect.get(action, key) : undefined;
}

/**
 * The démarche that may still wait for a further delegation's answer after the month's `pending` orders
 * are given again: the last order, if it is a démarche to a further delegation of `roles`; else null.
 */
export function waitingDemarche(
  pending: readonly { readonly action: unknown; readonly by: Delegation }[],
  roles: readonly Delegation[],
): { readonly by: Delegation; readonly to: Delegation } | null {
  const last = pending.at(-1);
  if (last === undefined || field(last.action, 'type') !== 'diplomacy.demarche') return null;
  const to = roles.find((role) => role === field(last.action, 'to'));
  return to === undefined || isSide(to) ? null : { by: last.by, to };
}
