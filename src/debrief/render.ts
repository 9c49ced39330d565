/**
 * The printable debrief (issue 14 §6): the ending and what historians argue,
 * the class's choices beside history's month by month with the divergences
 * marked, the rolls that mattered with their factors, each crisis's verdicts
 * with their citations, then the scenario's discussion questions, teacher
 * notes and sources. A print stylesheet (`debrief.css`) gives A4 or Letter
 * pages, a page break before each long section (the notes and sources follow
 * the questions), rolls that run on across pages, black on white, no buttons. Built
 * with createElement; every string is set as text.
 */
import './debrief.css';
import { type Debrief, type DebriefCrisis, formatMonth, KEY_ROLL_MARGIN, type Scenario } from '../engine';
import { TEACHER_NOTES, type TeacherPoint } from '../ui/teacherNotes';
import { type Child, el } from '../why/dom';
import { mountFactors } from '../why/render';
import { fill, WHY_TEXT, type WhyText } from '../why/text';
import { debriefCsv } from './csv';
import {
  answerWords,
  citationWords,
  classWords,
  crisisWords,
  eventsWords,
  furtherHistory,
  furtherQuestion,
  historyAnswerWords,
  historyWords,
  keyRollEvent,
  metByWords,
  resultWords,
  routineRollWords,
  verdictWords,
} from './words';

/** The paper sizes the print stylesheet knows. */
export type Paper = 'a4' | 'letter';

export interface DebriefOptions {
  /** Show the Download CSV and Print buttons (hidden when printed). Default true. */
  readonly actions?: boolean;
  /** The paper to print on. Default A4. */
  readonly paper?: Paper;
  /** The CSV file's name. */
  readonly fileName?: string;
  readonly text?: WhyText;
}

function section(id: string, heading: string, children: readonly Child[]): HTMLElement {
  const headingId = `debrief-${id}-heading`;
  // The heading takes the focus when the contents' link to it is followed (`contents`).
  const h2 = el('h2', null, [heading], { id: headingId, tabindex: '-1' });
  return el('section', `debrief-section debrief-${id}`, [h2, ...children], {
    'aria-labelledby': headingId,
    'data-section': id,
  });
}

/**
 * A link to each section, so that a keyboard reaches any part of a long
 * debrief in two key presses: following one moves the focus to the section's
 * heading (not the page's address: the debrief also sits inside the game's
 * ending screen). Not printed.
 */
function contents(sections: readonly HTMLElement[], t: WhyText): HTMLElement {
  const links = sections.map((s) => {
    const heading = s.querySelector('h2');
    const link = el('a', null, [heading?.textContent ?? ''], { href: `#${heading?.id ?? ''}` });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
    return el('li', null, [link]);
  });
  return el('nav', 'debrief-contents', [el('ol', null, links)], { 'aria-label': t.debrief.contents });
}

function list(tag: 'ul' | 'ol', className: string, items: readonly string[]): HTMLElement {
  return el(
    tag,
    className,
    items.map((item) => el('li', null, [item])),
  );
}

/**
 * The teacher panel's notes and questions (`scenarios/teaching/presentation.en.json`) for every point this game
 * reached, each with its source: a month's orders, the convention's cards where the talks were opened, each crisis
 * of the game with notes of its own, the verdicts where a crisis was answered, and the ending. On paper, for a teacher
 * with one projected screen, who reads them before the lesson.
 */
function teacherPointsOf(debrief: Debrief, scenario: Scenario, t: WhyText): HTMLElement {
  const points = TEACHER_NOTES.points;
  // Each crisis once, headed as this game met it (the notes' own label gives history's month).
  const crises = debrief.crises.filter((c, i) => debrief.crises.findIndex((o) => o.move === c.move) === i);
  const keys: { key: string; heading: string | null }[] = [
    { key: 'month', heading: null },
    ...(debrief.months.some((m) => m.orders.some((o) => o.type.startsWith('convention.')))
      ? [{ key: 'convention', heading: null }]
      : []),
    ...crises.map((c) => ({ key: `crisis:${c.move}`, heading: `${c.title}, ${formatMonth(c.month)}` })),
    ...(crises.length > 0 ? [{ key: 'verdict', heading: null }] : []),
    { key: 'ending', heading: null },
  ];
  // A note's source after a dash: sources hold brackets of their own.
  const sourced = (items: TeacherPoint['notes']) =>
    items.map((item) => el('li', null, [item.text, ' ', el('span', 'note-source', [`\u2014 ${item.source}`])]));
  const shown = keys.flatMap(({ key, heading }) => {
    const point = points[key];
    if (point === undefined) return [];
    // A question the scenario's own list asks already (above, under the questions for discussion) is not asked twice.
    const questions = point.questions.filter((q) => !scenario.questions.includes(q.text));
    return [
      el(
        'div',
        'debrief-point',
        [
          el('h3', null, [heading ?? point.label]),
          el('ul', null, sourced(point.notes)),
          questions.length === 0 ? null : el('h4', null, [t.debrief.teacherPoints.questions]),
          questions.length === 0 ? null : el('ol', null, sourced(questions)),
        ],
        { 'data-point': key },
      ),
    ];
  });
  return el('div', 'debrief-points', [el('p', null, [t.debrief.teacherPoints.intro]), ...shown]);
}

function actions(debrief: Debrief, root: HTMLElement, options: DebriefOptions, t: WhyText): HTMLElement {
  const download = el('button', 'debrief-download', [t.debrief.download], { type: 'button' });
  download.addEventListener('click', () => {
    const blob = new Blob([debriefCsv(debrief, t)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = el('a', null, [], { href: url, download: options.fileName ?? `${debrief.scenario}-debrief.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: the download may still be reading the blob.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const print = el('button', 'debrief-print', [t.debrief.print], { type: 'button' });
  print.addEventListener('click', () => window.print());
  return el('div', 'debrief-actions', [download, ' ', print, ' ', paperChoice(root, options.paper, t)]);
}

/**
 * The paper to print `root` (a rendered debrief) on: A4 or Letter. The print stylesheet names the page by it, so
 * the browser's print dialog cannot choose it: the page must.
 */
export function paperChoice(root: HTMLElement, chosen: Paper = 'a4', t: WhyText = WHY_TEXT): HTMLSelectElement {
  const paper = el('select', 'debrief-paper', [], { 'aria-label': t.debrief.paper });
  for (const value of ['a4', 'letter'] as const) {
    const option = el('option', null, [t.debrief.papers[value]], { value });
    if (chosen === value) option.selected = true;
    paper.append(option);
  }
  paper.addEventListener('change', () => {
    root.dataset.paper = paper.value;
  });
  return paper;
}

function endingSection(debrief: Debrief, t: WhyText): HTMLElement {
  const d = t.debrief;
  const ending = debrief.ending;
  if (ending === null) return section('ending', d.sections.ending, [el('p', null, [d.noEnding])]);
  return section('ending', d.sections.ending, [
    el('h3', 'debrief-ending-title', [ending.title], { 'data-ending': ending.id }),
    el('p', 'debrief-ending-text', [ending.text]),
    ending.case === null ? null : el('p', 'debrief-ending-case', [ending.case]),
    el('p', 'debrief-ending-kind', [ending.historical ? d.historical : d.counterfactual]),
    el('h3', null, [d.historians]),
    el('p', 'debrief-historians', [ending.historians]),
  ]);
}

/** A side's months beside history's: the first divergence in words, then the table. */
function timelineTable(
  months: Debrief['months'],
  role: Debrief['role'],
  t: WhyText,
  lead: (month: string | null) => string,
  classColumn: string = t.debrief.columns.class,
): HTMLElement[] {
  const d = t.debrief;
  const first = months.find((m) => m.firstDivergence);
  const leadLine = el('p', 'debrief-first', [lead(first === undefined ? null : first.label)]);
  if (first !== undefined) leadLine.dataset.month = first.month;
  const head = el('thead', null, [
    el(
      'tr',
      null,
      [d.columns.month, classColumn, d.columns.history, d.columns.events, d.columns.crisis].map((c) =>
        el('th', null, [c], { scope: 'col' }),
      ),
    ),
  ]);
  const body = el('tbody', null);
  for (const month of months) {
    const monthCell = el('th', 'debrief-month', [month.label], { scope: 'row' });
    if (month.diverged) {
      monthCell.append(
        el('span', 'debrief-mark', [
          month.firstDivergence ? `\u2260 ${d.diverged} (${d.firstMark})` : `\u2260 ${d.diverged}`,
        ]),
      );
    }
    // Each cell names its column (`data-label`): a narrow projected screen stacks a month's cells under their names.
    const history = el('td', null, [historyWords(month, role, t)], { 'data-label': d.columns.history });
    for (const source of month.history.sources) {
      history.append(el('span', 'debrief-source', [fill(d.historySource, { source })]));
    }
    const events = eventsWords(month, t);
    const row = el(
      'tr',
      month.diverged ? 'debrief-row debrief-diverged' : 'debrief-row',
      [
        monthCell,
        el('td', null, [classWords(month, role, t)], { 'data-label': classColumn }),
        history,
        el('td', null, events.length === 0 ? [] : [list('ul', 'debrief-events', events)], {
          'data-label': d.columns.events,
        }),
        el(
          'td',
          null,
          month.crises.map((c) => el('p', 'debrief-crisis-line', [crisisWords(c, role, t)])),
          { 'data-label': d.columns.crisis },
        ),
      ],
      { 'data-month': month.month, 'data-diverged': String(month.diverged) },
    );
    body.append(row);
  }
  return [leadLine, el('table', 'debrief-table', [head, body])];
}

function timelineSection(debrief: Debrief, t: WhyText): HTMLElement {
  const d = t.debrief;
  if (debrief.sides === undefined) {
    const lead = (month: string | null) => (month === null ? d.noDivergence : fill(d.firstDivergence, { month }));
    return section('timeline', d.sections.timeline, timelineTable(debrief.months, debrief.role, t, lead));
  }
  // A game of delegations (issue 14 §2): each side's own months beside its own history, one table each.
  const g = d.delegations;
  const sides = debrief.sides.map((side) => {
    const name = g.names[side.role];
    const lead = (month: string | null) =>
      month === null ? fill(g.noDivergence, { side: name }) : fill(g.firstDivergence, { side: name, month });
    const headingId = `debrief-timeline-${side.role}-heading`;
    return el(
      'div',
      'debrief-side',
      [
        el('h3', null, [g.headings[side.role]], { id: headingId }),
        ...timelineTable(side.months, side.role, t, lead, name),
      ],
      { 'data-side': side.role, role: 'group', 'aria-labelledby': headingId },
    );
  });
  const further = furtherTable(debrief, t);
  return section('timeline', d.sections.timeline, further === null ? sides : [...sides, further]);
}

/**
 * In a game that seated further delegations (Poland, Romania, Czechoslovakia, Britain): every question each
 * answered, month by month, its answer beside history's, marked where they differ. Null where none was seated.
 */
function furtherTable(debrief: Debrief, t: WhyText): HTMLElement | null {
  if (debrief.further === undefined) return null;
  const d = t.debrief;
  const f = d.delegations.further;
  const headingId = 'debrief-timeline-further-heading';
  const months = new Map(debrief.months.map((m) => [m.month, m.label]));
  const answers = debrief.furtherAnswers ?? [];
  const head = el('thead', null, [
    el(
      'tr',
      null,
      [f.columns.month, f.columns.delegation, f.columns.question, f.columns.class, f.columns.history].map((c) =>
        el('th', null, [c], { scope: 'col' }),
      ),
    ),
  ]);
  const rows = answers.map((answer) => {
    const month = el('th', 'debrief-month', [months.get(answer.month) ?? answer.month], { scope: 'row' });
    if (answer.differs === true) month.append(el('span', 'debrief-mark', [`\u2260 ${d.diverged}`]));
    return el(
      'tr',
      answer.differs === true ? 'debrief-row debrief-diverged' : 'debrief-row',
      [
        month,
        el('td', null, [d.further[answer.by]]),
        el('td', null, [furtherQuestion(debrief, answer, t)]),
        el('td', null, [answer.answerLabel]),
        el('td', null, [furtherHistory(answer)]),
      ],
      {
        'data-month': answer.month,
        'data-by': answer.by,
        'data-decision': answer.decision,
        'data-differs': answer.differs === null ? '' : String(answer.differs),
      },
    );
  });
  return el(
    'div',
    'debrief-side debrief-further',
    [
      el('h3', null, [f.heading], { id: headingId }),
      el('p', null, [answers.length === 0 ? f.none : f.intro]),
      answers.length === 0 ? null : el('table', 'debrief-table', [head, el('tbody', null, rows)]),
    ],
    { 'data-side': 'further', role: 'group', 'aria-labelledby': headingId },
  );
}

function keyRollsSection(debrief: Debrief, t: WhyText): HTMLElement {
  const d = t.debrief;
  const intro = el('p', null, [fill(d.keyRollsIntro, { low: KEY_ROLL_MARGIN, high: 100 - KEY_ROLL_MARGIN })]);
  const routine =
    debrief.routineRolls.length === 0
      ? null
      : el('div', 'debrief-routine', [
          el('p', null, [d.routineRolls.intro]),
          el(
            'ul',
            null,
            debrief.routineRolls.map((r) =>
              el('li', null, [routineRollWords(r, t)], {
                'data-rule': r.rule,
                'data-to': r.to ?? '',
                'data-rolls': String(r.rolls),
              }),
            ),
          ),
        ]);
  if (debrief.keyRolls.length === 0)
    return section('keyRolls', d.sections.keyRolls, [intro, el('p', null, [d.noKeyRolls]), routine]);
  const months = new Map(debrief.months.map((m) => [m.month, m.label]));
  const items = el('ol', 'debrief-rolls');
  for (const roll of debrief.keyRolls) {
    const item = el(
      'li',
      'debrief-roll',
      [
        el('h3', 'debrief-roll-heading', [`${months.get(roll.month) ?? roll.month}: ${keyRollEvent(roll, t)}`]),
        el('p', 'debrief-roll-why', [roll.why.map((w) => d.keyRollWhy[w]).join('; ')]),
      ],
      {
        'data-month': roll.month,
        'data-chance': roll.chance === null ? '' : String(roll.chance),
        'data-roll': roll.roll === null ? '' : String(roll.roll),
      },
    );
    mountFactors(item, roll.explanation, t);
    items.append(item);
  }
  return section('keyRolls', d.sections.keyRolls, [intro, items, routine]);
}

/** In a game of delegations, each other side's answer to a crisis, and history's for it. */
function otherAnswers(debrief: Debrief, crisis: DebriefCrisis, t: WhyText): HTMLParagraphElement[] {
  return (debrief.sides ?? [])
    .filter((side) => side.role !== debrief.role)
    .flatMap((side) => {
      const own = side.months.flatMap((m) => m.crises).find((c) => c.move === crisis.move && c.month === crisis.month);
      if (own === undefined) return [];
      const answer = el('p', null, [answerWords(side.role, own.answer, t, own.move)], { 'data-side': side.role });
      if (own.historyAnswer === null) return [answer];
      return [
        answer,
        el('p', null, [historyAnswerWords(side.role, own.historyAnswer, t, own.move)], { 'data-side': side.role }),
      ];
    });
}

function crisesSection(debrief: Debrief, t: WhyText): HTMLElement {
  const d = t.debrief;
  const months = new Map(debrief.months.map((m) => [m.month, m.label]));
  const blocks = debrief.crises.map((crisis) => {
    const verdicts = el(
      'ul',
      'debrief-verdicts',
      crisis.verdicts.map((v) =>
        el(
          'li',
          v.hollow ? 'debrief-verdict debrief-hollow' : 'debrief-verdict',
          [
            el('p', 'debrief-verdict-line', [verdictWords(v, t)]),
            v.reasonText === null ? null : el('p', 'debrief-verdict-text', [v.reasonText]),
            el('p', 'debrief-citation', [citationWords(v, t)]),
            v.hollow ? el('p', 'debrief-hollow-line', [d.hollow]) : null,
          ],
          { 'data-treaty': v.treaty, 'data-outcome': v.outcome },
        ),
      ),
    );
    return el(
      'article',
      'debrief-crisis',
      [
        el('h3', null, [
          fill(d.crisisHeading, { month: months.get(crisis.month) ?? crisis.month, title: crisis.title }),
        ]),
        el('p', null, [answerWords(debrief.role, crisis.answer, t, crisis.move)]),
        crisis.historyAnswer === null
          ? null
          : el('p', null, [historyAnswerWords(debrief.role, crisis.historyAnswer, t)]),
        ...otherAnswers(debrief, crisis, t),
        el('p', 'debrief-result', [fill(d.crisisResult, { result: resultWords(crisis, t) })]),
        el('p', null, [metByWords(crisis, t)]),
        verdicts,
      ],
      { 'data-move': crisis.move, 'data-month': crisis.month },
    );
  });
  return section('crises', d.sections.crises, blocks);
}

/** "Your class played France." or, in a game of delegations, "Your class played France and the Soviet Union, …". */
function playedWords(debrief: Debrief, t: WhyText): string {
  const d = t.debrief;
  if (debrief.sides === undefined) return fill(d.played, { role: d.roles[debrief.role] });
  const names = [
    ...debrief.sides.map((side) => d.roles[side.role]),
    ...(debrief.further ?? []).map((seat) => d.further[seat]),
  ];
  const roles =
    names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${d.delegations.and} ${names.at(-1)}`;
  return fill(d.delegations.played, { roles });
}

/**
 * Draw the debrief of a game in `container` (replacing what it held), ready to
 * read on screen or print. Returns the debrief's root element.
 *
 * @example
 * const { world, turns } = game.getSnapshot();
 * renderDebrief(panel, debriefOf(scenario, world, turns), scenario);
 */
export function renderDebrief(
  container: HTMLElement,
  debrief: Debrief,
  scenario: Scenario,
  options: DebriefOptions = {},
): HTMLElement {
  const t = options.text ?? WHY_TEXT;
  const d = t.debrief;
  const root = el('article', 'debrief', [], {
    'aria-labelledby': 'debrief-title',
    'data-paper': options.paper ?? 'a4',
    'data-scenario': debrief.scenario,
  });
  const header = el('header', 'debrief-header', [
    el('h1', null, [fill(d.title, { scenario: scenario.title })], { id: 'debrief-title' }),
    el('p', null, [playedWords(debrief, t)]),
    debrief.variants.length === 0
      ? null
      : el('p', 'debrief-variants', [fill(d.variants, { variants: debrief.variants.join('; ') })]),
    el('p', 'debrief-model', [d.model]),
  ]);
  if (options.actions ?? true) header.append(actions(debrief, root, options, t));
  const sections = [
    endingSection(debrief, t),
    timelineSection(debrief, t),
    keyRollsSection(debrief, t),
    crisesSection(debrief, t),
    section('questions', d.sections.questions, [list('ol', 'debrief-questions', scenario.questions)]),
    section('notes', d.sections.notes, [
      list('ul', 'debrief-notes', scenario.teacherNotes),
      teacherPointsOf(debrief, scenario, t),
    ]),
    section('sources', d.sections.sources, [list('ul', 'debrief-sources', scenario.sources)]),
  ];
  header.append(contents(sections, t));
  root.append(header, ...sections);
  container.replaceChildren(root);
  return root;
}
