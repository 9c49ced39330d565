/**
 * The rules X-ray's public surface. Everything heavy (the layout library, the
 * drawing and its styles) is loaded only when an X-ray is opened: these
 * functions import `./render` dynamically, so it becomes its own chunk.
 *
 * @example
 * const xray = await openXray(panel, { machine: 'francoSovietPact', path: verdict.path });
 * xray.highlight(nextVerdict.path); // during a crisis, as the path grows
 * xray.destroy();
 *
 * @example
 * const all = await openCaseXray(panel, evaluateCase(legalCase).verdicts);
 */
import type { CaseVerdicts } from '../engine';
import type { CaseXrayHandle, XrayHandle, XrayOptions } from './render';

export type { CaseXrayHandle, XrayHandle, XrayOptions } from './render';

/** Draw one legal machine in `container`, with a verdict's path lit if given. */
export async function openXray(container: HTMLElement, options: XrayOptions): Promise<XrayHandle> {
  const { mountXray } = await import('./render');
  return mountXray(container, options);
}

/** Draw every machine a case's verdicts went through, each treaty with its path as a list and lit on the drawings. */
export async function openCaseXray(container: HTMLElement, verdicts: CaseVerdicts): Promise<CaseXrayHandle> {
  const { mountCaseXray } = await import('./render');
  return mountCaseXray(container, verdicts);
}
