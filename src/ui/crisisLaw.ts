/**
 * The crisis seen through the rules: a "Rules X-ray" panel that opens the
 * X-ray of the crisis's legal case (loaded only when opened: its own chunk),
 * and, once the crisis is answered, a plain answer to "Why did no help
 * come?": each treaty's verdict in words, the step that decided it, the
 * reason (scenarios/law/reasons.json) and its citation, each citation a link
 * to the glossary. Text from data files is set as text only.
 */
import { type CaseVerdicts, type CrisisRecord, crisisCase, type WorldState } from '../engine';
import './paperDialog.css';
import './crisisLaw.css';
import { el } from './dom';
import { citationLink, linkCitationsIn } from './glossaryLinks';
import { crisisWhy, HOLLOW_LINE, helpCame } from './whyNoHelp';

/** Letter and practice, as the X-ray names them. */
const KIND_WORDS = { letter: 'the letter', practice: 'practice' } as const;

/**
 * A button that opens (and closes) the Rules X-ray of `verdicts` below it.
 * `id` keeps the ids unique when two panels are on the page.
 */
export function xrayPanel(id: string, verdicts: CaseVerdicts, heading: string): HTMLElement {
  const regionId = `${id}-region`;
  const button = el('button', {
    className: 'xray-open',
    text: 'Rules X-ray: the path through each treaty',
    attrs: { type: 'button', id: `${id}-button`, 'aria-expanded': 'false', 'aria-controls': regionId },
  });
  const status = el('p', { className: 'quiet', attrs: { 'aria-live': 'polite' } });
  const region = el('div', {
    className: 'crisis-xray-region',
    // Named apart from the section around it: two landmarks of one name confuse a screen reader's list.
    attrs: { id: regionId, role: 'region', 'aria-label': `${heading}: each treaty's path`, tabindex: '-1' },
  });
  region.hidden = true;
  let loaded: Promise<void> | null = null;
  button.addEventListener('click', async () => {
    const opening = region.hidden;
    button.setAttribute('aria-expanded', String(opening));
    region.hidden = !opening;
    if (!opening) return;
    if (loaded === null) {
      status.textContent = 'Loading the X-ray…';
      loaded = import('../xray').then(async ({ openCaseXray }) => {
        const xray = await openCaseXray(region, verdicts);
        // The path lists' citations link to the glossary.
        linkCitationsIn(xray.element, '.xray-step-cite');
        status.textContent = '';
      });
    }
    await loaded;
    region.focus();
  });
  return el('section', { className: 'crisis-xray', attrs: { id, 'aria-label': heading } }, [button, status, region]);
}

/** The X-ray panel for the crisis waiting in `world` (its legal case, as the engine reads it when it opens). */
export function crisisXray(world: WorldState): HTMLElement | null {
  const found = crisisCase(world);
  return found === null ? null : xrayPanel('crisis-xray', found.result.verdicts, 'Rules X-ray of this crisis');
}

/** The "Why did no help come?" section for an answered crisis, and the rebuilt verdicts (for the X-ray), if rebuilt. */
export function whyNoHelp(
  before: WorldState,
  record: CrisisRecord,
): { section: HTMLElement; verdicts: CaseVerdicts | null } {
  const why = crisisWhy(before, record);
  const rows = why.treaties.map(({ treaty, name, headline, step, reason, hollow }) =>
    el('li', { className: 'why-treaty', attrs: { 'data-treaty': treaty } }, [
      el('p', {}, [el('strong', { text: `${name}: ` }), headline]),
      step === null
        ? null
        : el('p', { className: 'why-step', attrs: { 'data-state': step.state } }, [
            `Decided at this step (${KIND_WORDS[step.kind]}): ${step.summary} — `,
            citationLink(step.cite),
          ]),
      reason === null
        ? null
        : el('p', { className: 'why-reason', attrs: { 'data-reason': reason.code } }, [
            el('strong', { text: `${reason.title}. ` }),
            `${reason.text} `,
            el('span', { className: 'quiet' }, ['(', citationLink(reason.source), ')']),
          ]),
      hollow ? el('p', { className: 'hollow why-hollow', text: HOLLOW_LINE }) : null,
    ]),
  );
  const section = el(
    'section',
    { className: 'why-no-help', attrs: { id: 'why-no-help', 'aria-labelledby': 'why-no-help-heading' } },
    [
      el('h3', {
        // When help came after all, the question is what the treaties owed, not why none came.
        text: helpCame(record) ? 'Help came: what did the treaties owe?' : 'Why did no help come?',
        attrs: { id: 'why-no-help-heading' },
      }),
      el('p', { className: 'why-result', text: why.result }),
      el('ul', {}, rows),
      why.verdicts !== null
        ? null
        : el('p', {
            className: 'quiet',
            text: 'The steps of this crisis could not be rebuilt; the verdicts above are the ones the game recorded.',
          }),
    ],
  );
  return { section, verdicts: why.verdicts };
}

/** The answered crisis's "why" and its X-ray, in one block for the crisis's outcome. */
/** The record of the crisis waiting in `before`, in `after`, the world its answer left; undefined if it is not there. */
export function answeredRecord(before: WorldState, after: WorldState): CrisisRecord | undefined {
  const record = after.crises.at(-1);
  return record === undefined || record.move !== before.crisis?.move || record.month !== before.month
    ? undefined
    : record;
}

export function answeredCrisisLaw(before: WorldState, after: WorldState): HTMLElement | null {
  const record = answeredRecord(before, after);
  if (record === undefined) return null;
  const { section, verdicts } = whyNoHelp(before, record);
  if (verdicts !== null)
    section.append(xrayPanel('outcome-xray', verdicts, 'Rules X-ray of the crisis as it was resolved'));
  return section;
}
