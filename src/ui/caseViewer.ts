/**
 * The legal-case overlay: a case's three verdicts, and for each the path of
 * cited steps, marked letter or practice, so a class can see where the letter
 * succeeded and practice stopped the help.
 */
import {
  ASSISTANCE_NAMES,
  type CaseResult,
  countryName,
  formatDate,
  hollowExplanation,
  type LegalCase,
  type LocarnoVerdict,
  type PathStep,
  pathLandmarks,
  REASONS,
  TREATY_NAMES,
  type TreatyId,
  type TreatyVerdict,
} from '../engine';
import { el } from './dom';

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  rendered: 'Assistance rendered',
  blocked: 'Blocked',
  declined: 'Declined',
  'not-applicable': 'Not applicable',
  consultation: 'Consultation only',
};

/**
 * Locarno's verdicts say whose action they judge: a French one (a class read a bare "Lawful" beside the Rhineland
 * as Germany's move found lawful; the game says the same, `locarnoHeadline`). A case is supposed: "would be".
 */
const LOCARNO_LABELS: Readonly<Record<LocarnoVerdict['outcome'], string>> = {
  lawful: 'A French action would be lawful',
  violation: 'A French action would be a violation',
  'not-engaged': 'Not engaged',
};

function kindBadge(kind: PathStep['kind']) {
  return el('span', { className: `kind kind-${kind}`, text: kind === 'letter' ? 'Letter' : 'Practice' });
}

function stepItem(step: PathStep) {
  return el('li', { className: `step step-${step.kind}`, attrs: { 'data-state': step.state } }, [
    el('div', { className: 'step-head' }, [
      kindBadge(step.kind),
      el('cite', { className: 'step-cite', text: step.cite }),
      step.reading === undefined ? null : el('span', { className: 'reading', text: step.reading }),
    ]),
    el('p', { className: 'step-summary', text: step.summary }),
    step.note === undefined ? null : el('p', { className: 'step-note', text: step.note }),
  ]);
}

function pathList(path: readonly PathStep[], label: string) {
  return el('details', { className: 'path', attrs: { open: '' } }, [
    el('summary', { text: `${label}: ${path.length} steps` }),
    el('ol', { className: 'steps' }, path.map(stepItem)),
  ]);
}

function reasonBlock(reason: TreatyVerdict['reason']) {
  if (reason === null) return null;
  const entry = REASONS[reason];
  return el('p', { className: 'reason' }, [
    el('strong', { text: `${entry.title}. ` }),
    entry.text,
    ' ',
    kindBadge(entry.kind),
  ]);
}

function treatyCard(id: TreatyId, verdict: TreatyVerdict, hollow: boolean) {
  const facts: string[] = [];
  if (verdict.helper !== null) facts.push(`Owed by ${countryName(verdict.helper)}.`);
  if (verdict.types.length > 0)
    facts.push(`Could deliver: ${verdict.types.map((t) => ASSISTANCE_NAMES[t]).join(', ')}.`);
  if (verdict.delivery !== null) facts.push(`Delivery: ${verdict.delivery}.`);
  const obstacles = verdict.obstacles.filter((o) => o !== verdict.reason).map((o) => REASONS[o].title);
  if (obstacles.length > 0) facts.push(`Practical obstacles: ${obstacles.join('; ')}.`);
  const { owedAt, endedAt } = pathLandmarks(verdict);
  const course =
    owedAt === null
      ? 'The letter: no duty arose.'
      : `The letter: help owed at step ${owedAt}.${
          verdict.outcome === 'rendered' || endedAt === undefined
            ? ''
            : ` Stopped at step ${verdict.path.length}: ${endedAt.cite} (${endedAt.kind}).`
        }`;
  return el('section', { className: `verdict outcome-${verdict.outcome}`, attrs: { 'data-treaty': id } }, [
    el('h3', { text: TREATY_NAMES[id] }),
    el('p', { className: 'outcome' }, [
      el('span', { className: 'outcome-label', text: OUTCOME_LABELS[verdict.outcome] ?? verdict.outcome }),
      hollow ? el('span', { className: 'hollow-badge', text: 'Hollow' }) : null,
    ]),
    reasonBlock(verdict.reason),
    facts.length === 0 ? null : el('p', { className: 'facts', text: facts.join(' ') }),
    el('p', { className: 'course', text: course }),
    pathList(verdict.path, 'The path'),
  ]);
}

function locarnoCard(verdict: LocarnoVerdict) {
  return el('section', { className: `verdict outcome-${verdict.outcome}`, attrs: { 'data-treaty': 'locarno' } }, [
    el('h3', { text: TREATY_NAMES.locarno }),
    el('p', { className: 'outcome' }, [
      el('span', { className: 'outcome-label', text: LOCARNO_LABELS[verdict.outcome] }),
    ]),
    reasonBlock(verdict.reason),
    pathList(verdict.path, 'The path'),
  ]);
}

/** The case's League Council (and Assembly) chamber: its module loaded only when opened (src/ui/councilView.ts). */
function councilButton(legalCase: LegalCase): HTMLElement {
  const button = el('button', {
    className: 'council-open',
    text:
      legalCase.council.assembly === undefined
        ? 'The League Council: who voted how'
        : 'The League Council and the Assembly: who voted how',
    attrs: { type: 'button', id: 'case-council', 'aria-haspopup': 'dialog' },
  });
  button.addEventListener('click', () => {
    void import('./councilView').then(({ openCaseCouncil }) => openCaseCouncil(legalCase, button));
  });
  return el('p', {}, [button]);
}

/** Render a case and its verdicts into `container`, replacing what was there. */
export function renderCase(container: HTMLElement, legalCase: LegalCase, result: CaseResult): void {
  const { event } = legalCase;
  const hollow = hollowExplanation(result);
  const incident = `${countryName(event.aggressor)} — ${event.kind} — ${countryName(event.victim)}`;
  container.replaceChildren(
    el('article', { className: 'case', attrs: { 'data-case': legalCase.id } }, [
      el('header', { className: 'case-head' }, [
        el('h2', { text: legalCase.title ?? legalCase.id }),
        el('p', { className: 'case-meta', text: `${formatDate(legalCase.date)} · ${incident}` }),
        legalCase.summary === undefined ? null : el('p', { className: 'case-summary', text: legalCase.summary }),
      ]),
      hollow === null ? null : el('p', { className: 'hollow', attrs: { role: 'note' }, text: hollow }),
      el('div', { className: 'verdict-cards' }, [
        treatyCard('franco-soviet', result.verdicts['franco-soviet'], result.hollow.includes('franco-soviet')),
        treatyCard(
          'czechoslovak-soviet',
          result.verdicts['czechoslovak-soviet'],
          result.hollow.includes('czechoslovak-soviet'),
        ),
        locarnoCard(result.verdicts.locarno),
      ]),
      councilButton(legalCase),
      legalCase.sources === undefined
        ? null
        : el('section', { className: 'sources' }, [
            el('h3', { text: 'Sources' }),
            el(
              'ul',
              {},
              legalCase.sources.map((s) => el('li', { text: s })),
            ),
          ]),
    ]),
  );
}

/** Show the problems found in a file the user tried to open. */
export function renderProblems(container: HTMLElement, file: string, problems: readonly string[]): void {
  container.replaceChildren(
    el('p', { text: `${file} could not be opened; the case on screen is unchanged.` }),
    el(
      'ul',
      {},
      problems.map((p) => el('li', { text: p })),
    ),
  );
}
