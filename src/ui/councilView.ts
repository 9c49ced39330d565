/**
 * The League Council chamber (issue 12 §2), opened over the game from the
 * crisis's outcome and from the ending's crisis review: the Council table on
 * the day (an SVG drawing, each member with a vote mark that is a glyph and a
 * word as well as a colour), its text twin (a list a screen reader reads),
 * the article in play and what unanimity it needs (citations linked to the
 * glossary), whether that unanimity was reached, the Locarno guarantors'
 * verdicts beside it, and the Assembly where a case goes there. Everything
 * comes from the engine's `CouncilChamber` (the votes add up to the result the
 * legal engine used). Loaded only when opened (its own chunk); text from data
 * files is set as text only.
 */
import { openPaperDialog } from './paperDialog';
import './councilView.css';
import {
  type CouncilChamber,
  type CrisisChoice,
  councilChamberOfCase,
  councilTableBefore,
  crisisCouncil,
  ELECTED_SEAT,
  formatDate,
  gameWorlds,
  type LegalCase,
  type MemberVote,
  MOVES,
  monthName,
  moveInfo,
  type PlayedGame,
  type Session,
  type WorldState,
} from '../engine';
import { el } from './dom';
import { citationLink, installGlossaryLinks, readableSource } from './glossaryLinks';

const SVG = 'http://www.w3.org/2000/svg';

/** A vote as a glyph and a word: never a colour alone. */
export const VOTE_MARKS = {
  for: { glyph: '✓', word: 'For' },
  against: { glyph: '✗', word: 'Against' },
  none: { glyph: '–', word: 'No vote taken' },
} as const;

const COUNTING_WORDS: Readonly<Record<MemberVote['counting'], string>> = {
  counts: 'its vote counts',
  'left-out': 'a party: its vote is left out of the count (Art. 15 §6-7)',
  'left-out-in-practice': 'a party: counted by the letter (Art. 5 §1), left out in practice by the 1921 guidance',
};

/** Whether a seat's vote counts, in words: the elected seats, one place for several members, are said in the plural. */
function countingWords({ state, counting }: Pick<MemberVote, 'state' | 'counting'>): string {
  return state === ELECTED_SEAT && counting === 'counts' ? 'their votes count' : COUNTING_WORDS[counting];
}

const RESULT_WORDS: Readonly<Record<Session['result'], string>> = {
  unanimous: 'unanimous, the parties included',
  'unanimous-excluding-parties': 'unanimous apart from the parties',
  'majority-only': 'a majority only',
  none: 'no agreement',
  adopted: 'the report adopted',
  'not-adopted': 'no report adopted',
};

/** A guarantor's verdict on a French attack on Germany, taken or not: the verdict is the guarantor's, before France acts. */
const GUARANTOR_WORDS = {
  lawful: 'would hold it lawful',
  'violation-flagrant': 'would call it a flagrant violation',
  'violation-nonflagrant': 'would call it a violation (not flagrant)',
  'no-view': 'gives no view',
} as const;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The table's drawing: the members in a ring around an oval table, each with its vote mark. */
function tableDrawing(session: Session, voted: boolean, labelId: string): SVGSVGElement {
  const width = 720;
  const height = 420;
  const cx = width / 2;
  const cy = height / 2;
  const drawing = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'council-table',
    role: 'img',
    'aria-labelledby': labelId,
  });
  drawing.append(
    svg('ellipse', { cx: String(cx), cy: String(cy), rx: '170', ry: '90', class: 'council-board' }),
    svg('text', { x: String(cx), y: String(cy + 8), 'text-anchor': 'middle', class: 'council-board-label' }, 'Geneva'),
  );
  const n = session.members.length;
  session.members.forEach((member, i) => {
    // Seats evenly round the table, the first at the top (a fixed layout, no trigonometry needed from data).
    const angle = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    const x = cx + 270 * Math.cos(angle);
    const y = cy + 150 * Math.sin(angle);
    const mark = voted ? VOTE_MARKS[member.vote] : VOTE_MARKS.none;
    const vote = voted ? member.vote : 'none';
    const seat = svg('g', {
      class: `council-seat vote-${vote}${member.counting === 'counts' ? '' : ' not-counted'}`,
      'data-state': member.state,
    });
    seat.append(
      svg('circle', { cx: String(x), cy: String(y), r: '30', class: 'council-seat-disc' }),
      svg('text', { x: String(x), y: String(y + 11), 'text-anchor': 'middle', class: 'council-mark' }, mark.glyph),
      svg(
        'text',
        { x: String(x), y: String(y + 54), 'text-anchor': 'middle', class: 'council-name' },
        `${member.name}${member.party === null ? '' : ` (${member.party})`}`,
      ),
    );
    drawing.append(seat);
  });
  return drawing;
}

/** The text twin of the table: one line per member, its seat, whether its vote counts, its vote and why. */
function voteList(session: Session, voted: boolean, id: string): HTMLElement {
  return el(
    'ul',
    { className: 'council-votes', attrs: { id } },
    session.members.map((m) => {
      const mark = voted ? VOTE_MARKS[m.vote] : VOTE_MARKS.none;
      const seat = seatWords(m);
      return el('li', { attrs: { 'data-state': m.state, 'data-vote': voted ? m.vote : 'none' } }, [
        el('strong', { text: m.name }),
        ` (${seat}; ${countingWords(m)}): `,
        el('span', { className: `council-vote vote-${voted ? m.vote : 'none'}`, text: `${mark.glyph} ${mark.word}` }),
        voted ? el('span', { className: 'council-rule', text: ` — ${m.rule} (${m.ruleSource})` }) : null,
      ]);
    }),
  );
}

function sessionSection(
  session: Session,
  voted: boolean,
  heading: string,
  prefix: string,
  ending: HTMLElement | null,
  notVoted = 'No vote was taken.',
): HTMLElement {
  const headingId = `${prefix}-heading`;
  const reached = session.reached ? 'reached' : 'not reached';
  return el('section', { className: 'council-session', attrs: { 'aria-labelledby': headingId, id: prefix } }, [
    el('h3', { text: heading, attrs: { id: headingId } }),
    el('p', { className: 'council-needs' }, [`What it needs: ${session.needs} `, citationLink(session.cite)]),
    tableDrawing(session, voted, headingId),
    voteList(session, voted, `${prefix}-votes`),
    voted
      ? el(
          'p',
          { className: 'council-result', attrs: { id: `${prefix}-result`, 'data-reached': String(session.reached) } },
          [
            el('strong', {
              text: `${session.votesFor} for, ${session.votesAgainst} against: ${RESULT_WORDS[session.tally]}. `,
            }),
            `The unanimity this needs was ${reached}.`,
          ],
        )
      : el('p', { className: 'council-result', attrs: { id: `${prefix}-result`, 'data-reached': 'false' } }, [
          notVoted,
        ]),
    ending,
  ]);
}

/**
 * What the chamber's non-Member is supposed to answer the Art. 17 invitation:
 * the legal case's supposition (the answer under which help would be owed),
 * said as one, never as what the state did; where it did, a crisis's outcome
 * or a case's summary says so.
 */
export function invitationWords(chamber: CouncilChamber, name: string, from: 'crisis' | 'case'): string {
  const after =
    from === 'crisis'
      ? "Whether it went to war in this game is the crisis's outcome, not this supposition"
      : "What it did in history is the case's summary, not this supposition";
  return chamber.invitation === 'refuse-and-war'
    ? `The treaties are judged on one supposition: invited to accept the obligations of membership for the dispute, ${name} refuses and goes to war, and Art. 16 applies against it, the case in which help would be owed. ${after} (`
    : `The treaties are judged on one supposition: invited to accept the obligations of membership for the dispute, ${name} accepts (`;
}

/**
 * The chamber's content: the dispute, the Council's vote, the Assembly's if
 * any, and the guarantors; `from` says whether it is a crisis of a game or a
 * legal case of the cases page.
 */
/** What the Council did in history over a German move, where it sat on it (moves.json `historicalCouncil`), or null. */
export function historicalCouncilOf(move: string | undefined): { text: string; source: string } | null {
  return MOVES.find((m) => m.id === move)?.historicalCouncil ?? null;
}

export function chamberView(
  chamber: CouncilChamber,
  title: string,
  from: 'crisis' | 'case' = 'crisis',
  history: { text: string; source: string } | null = null,
): HTMLElement {
  const [aggressor, victim] = chamber.parties;
  const voted = chamber.seized && !chamber.referred;
  const endStep = chamber.end;
  const ending = el('p', { className: `council-end kind-${endStep.kind}`, attrs: { 'data-state': endStep.state } }, [
    el('span', { className: 'tag', text: endStep.kind === 'letter' ? 'The letter' : 'Practice' }),
    ` ${endStep.summary} `,
    citationLink(endStep.cite),
  ]);
  const dispute: (HTMLElement | string)[] = [];
  if (aggressor !== undefined && victim !== undefined) {
    dispute.push(
      `The dispute: ${aggressor.name} against ${victim.name}. `,
      aggressor.member ? '' : `${aggressor.name} is not a League Member on this day. `,
    );
  }
  if (chamber.invitation !== null && aggressor !== undefined) {
    dispute.push(invitationWords(chamber, aggressor.name, from), citationLink('Covenant Art. 17 §1, §3'), ').');
  }
  const seizedLine = chamber.seized
    ? 'In this game the dispute was brought before the Council, and its members vote as the model plays them: a vote of this game, not a record of history.'
    : 'Nobody brought this crisis before the Council, so no vote was taken; the legal engine counts no Council result.';
  const usedLine = chamber.usedByVerdicts
    ? "The treaties' verdicts passed through this vote (see the Rules X-ray)."
    : chamber.waited === false
      ? "The treaties' verdicts were decided before the League route (for example, a treaty not yet in force), and no side waited for the Council's word before acting: this vote changed nothing in the crisis."
      : "The treaties' verdicts were decided before the League route (for example, a treaty not yet in force): this vote decided only whether a side that waited for the Council acted.";
  return el('div', { className: 'council-chamber', attrs: { 'data-outcome': chamber.outcome } }, [
    el('p', { className: 'council-when', text: `${title} — ${formatDate(chamber.date)}` }),
    el('p', { className: 'council-dispute' }, dispute),
    el('p', { className: 'council-article' }, [
      `The Council acts under Art. ${chamber.article}. `,
      seizedLine,
      ' ',
      usedLine,
    ]),
    history === null
      ? null
      : el('p', { className: 'council-history', attrs: { id: 'council-history' } }, [
          el('strong', { text: 'In history: ' }),
          `${history.text} (`,
          citationLink(history.source),
          ')',
        ]),
    sessionSection(
      chamber.council,
      voted,
      'The Council table',
      'council-session',
      chamber.referred ? null : ending,
      chamber.referred
        ? 'No vote at the Council: it referred the dispute to the Assembly (Covenant Art. 15 §9-10).'
        : 'No vote was taken.',
    ),
    chamber.assembly === null
      ? null
      : sessionSection(chamber.assembly, chamber.seized, 'The Assembly', 'assembly-session', ending),
    chamber.absent.length === 0
      ? null
      : el('p', { className: 'council-absent', attrs: { id: 'council-absent' } }, [
          'Not at the table on this day: ',
          chamber.absent.map((a) => `${a.name} (${a.why}; ${readableSource(a.source)})`).join('; '),
          '.',
        ]),
    el('p', { className: 'quiet council-elected' }, [
      `The elected seats sit as one place at the table: ${chamber.electedSeats} `,
      `Parties at the table: ${chamber.partiesRule.text} (${readableSource(chamber.partiesRule.source)})`,
    ]),
    el('section', { className: 'council-guarantors', attrs: { 'aria-labelledby': 'council-guarantors-heading' } }, [
      el('h3', {
        text: "Beside it: the Locarno guarantors' verdicts on a French attack on Germany, whether or not France made one",
        attrs: { id: 'council-guarantors-heading' },
      }),
      el(
        'ul',
        { attrs: { id: 'council-guarantors' } },
        chamber.guarantors.map((g) =>
          el('li', { attrs: { 'data-state': g.state, 'data-verdict': g.verdict } }, [
            el('strong', { text: `${g.name}: ` }),
            GUARANTOR_WORDS[g.verdict],
            `; ${g.note}`,
          ]),
        ),
      ),
      el('p', {}, ['The guarantors judge for themselves: ', citationLink('Locarno Art. 4'), '.']),
    ]),
  ]);
}

/** A member's seat in words: a member, the elected seats (not named: their holders are unconfirmed), or a party. */
function seatWords({ state, party }: Pick<MemberVote, 'state' | 'party'>): string {
  if (state === ELECTED_SEAT) return 'elected seats, not named one by one';
  return party === null ? 'a member' : party === 'aggressor' ? 'party: the aggressor' : 'party: the victim';
}

/**
 * The League Council of the crisis waiting in `world`, before the class
 * answers: presentation mode shows it beside the map and the X-ray
 * (`Presentation.setCouncil`). Who sits on the crisis's day, who is a party,
 * whose vote would count under the article in play, what that article needs,
 * and the empty permanent seats. No vote is shown: who brings the dispute and
 * how each member votes follow the answer (the chamber opens from the
 * result). Null when no crisis waits.
 */
export function councilTableView(world: WorldState): HTMLElement | null {
  const table = councilTableBefore(world);
  if (table === null) return null;
  const headingId = 'council-before-heading';
  const [aggressor, victim] = table.parties;
  const history = historicalCouncilOf(world.crisis?.move);
  return el('div', { className: 'council-before', attrs: { 'data-article': String(table.article) } }, [
    el('h3', { text: `The League Council on ${formatDate(table.date)}`, attrs: { id: headingId } }),
    aggressor === undefined || victim === undefined
      ? null
      : el('p', { className: 'council-dispute', text: `The dispute: ${aggressor.name} against ${victim.name}.` }),
    el('p', { className: 'council-needs' }, [
      `If the dispute is brought before it, the Council acts under Art. ${table.article}. What it needs: ${table.needs} `,
      citationLink(table.cite),
    ]),
    // Art. 16 against a non-Member only once it has refused the Art. 17 invitation and gone to war: said here,
    // before the answer, as the chamber says it after (`invitationWords`).
    table.invitation === null || aggressor === undefined
      ? null
      : el('p', { className: 'council-invitation', attrs: { id: 'council-invitation' } }, [
          `${aggressor.name} is not a Member: the Council first invites it to accept the obligations of membership for the dispute (Art. 17 §1), and Art. 16 applies against it only if it refuses and goes to war (Art. 17 §3), the supposition the verdicts rest on. `,
          citationLink('treaty-and-rules.md §2 and §5.8'),
        ]),
    // Where the Council sat on the move in history (the Rhineland: a finding under Locarno, no Art. 16 vote).
    history === null
      ? null
      : el('p', { className: 'council-before-history', attrs: { id: 'council-before-history' } }, [
          `In history: ${history.text} `,
          citationLink(history.source),
        ]),
    el(
      'ul',
      { className: 'council-seated', attrs: { id: 'council-seated', 'aria-labelledby': headingId } },
      table.members.map((m) =>
        el('li', { attrs: { 'data-state': m.state, 'data-counting': m.counting } }, [
          el('strong', { text: m.name }),
          ` (${seatWords(m)}): ${countingWords(m)}`,
        ]),
      ),
    ),
    table.absent.length === 0
      ? null
      : el('p', { className: 'council-absent' }, [
          'Not at the table: ',
          table.absent.map((a) => `${a.name} (${a.why})`).join('; '),
          '.',
        ]),
    el('p', {
      className: 'council-before-vote',
      text: 'No vote yet: whether anyone brings the dispute before the Council, and how each member votes, follow the answers to this crisis ("The League Council: who voted how" after them).',
    }),
  ]);
}

/** Open `content` in a modal dialog titled `title`; Escape or Close shuts it and the focus returns to `returnTo`. */
function openDialog(title: string, content: HTMLElement, returnTo: HTMLElement | null): HTMLDialogElement {
  document.getElementById('council-dialog')?.remove();
  const box = openPaperDialog({
    id: 'council-dialog',
    barClass: 'council-dialog-bar',
    title,
    titleId: 'council-dialog-title',
    closeId: 'council-close',
    closeText: 'Close',
    focusTitle: true,
    body: [el('div', { className: 'council-dialog-body' }, [content])],
    returnTo,
  });
  installGlossaryLinks(box);
  return box;
}

/** The Council (and the Assembly, where the case goes there) of a legal case, from the case's own result. */
export function openCaseCouncil(legalCase: LegalCase, returnTo: HTMLElement | null): HTMLDialogElement {
  const title = legalCase.title ?? legalCase.id;
  return openDialog(
    `The League Council: ${title}`,
    chamberView(councilChamberOfCase(legalCase), title, 'case'),
    returnTo,
  );
}

/** The Council of the crisis waiting in `before`, as the answer `choice` resolved it. */
export function openCrisisCouncil(
  before: WorldState,
  choice: CrisisChoice,
  returnTo: HTMLElement | null,
): HTMLDialogElement | null {
  const chamber = crisisCouncil(before, choice);
  const move = before.crisis === null ? null : moveInfo(before.crisis.move);
  if (chamber === null) return null;
  const title = `The League Council: ${move?.title ?? 'the crisis'}`;
  return openDialog(
    title,
    chamberView(chamber, move?.title ?? '', 'crisis', historicalCouncilOf(before.crisis?.move)),
    returnTo,
  );
}

/**
 * Every crisis of a finished game: the world it opened in and the answer given, rebuilt from the turns as the
 * game played them (`gameWorlds`: under its rule variants, by its delegations, a branch by its roles).
 */
export function crisesOfGame(played: PlayedGame): { before: WorldState; choice: CrisisChoice }[] {
  const worlds = gameWorlds(played);
  return played.turns.flatMap((turn, index) => {
    const before = worlds[index];
    const answer = turn.actions.find((a) => a.type === 'crisis.respond');
    return answer?.type === 'crisis.respond' && before?.phase === 'crisis' ? [{ before, choice: answer.choice }] : [];
  });
}

/** The crisis review: every crisis of the game, each opening its Council chamber in the same dialog. */
export function openCouncilReview(played: PlayedGame, returnTo: HTMLElement | null): HTMLDialogElement {
  const crises = crisesOfGame(played);
  const shown = el('div', { className: 'council-review-shown', attrs: { 'aria-live': 'polite' } });
  const list = el(
    'ul',
    { className: 'council-review', attrs: { id: 'council-review' } },
    crises.map(({ before, choice }) => {
      const info = before.crisis === null ? null : moveInfo(before.crisis.move);
      const button = el('button', {
        text: `${info?.title ?? 'Crisis'} (${monthName(before.month)})`,
        attrs: { type: 'button', 'data-move': before.crisis?.move ?? '' },
      });
      button.addEventListener('click', () => {
        const chamber = crisisCouncil(before, choice);
        if (chamber === null) return;
        for (const b of list.querySelectorAll('button')) b.removeAttribute('aria-current');
        button.setAttribute('aria-current', 'true');
        shown.replaceChildren(
          chamberView(chamber, info?.title ?? '', 'crisis', historicalCouncilOf(before.crisis?.move)),
        );
        shown.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
        shown.querySelector<HTMLElement>('h3')?.focus();
      });
      return el('li', {}, [button]);
    }),
  );
  const content = el('div', {}, [
    crises.length === 0
      ? el('p', { text: 'No crisis came in this game.' })
      : el('p', { text: 'Choose a crisis to see the Council table on its day, and who voted how.' }),
    list,
    shown,
  ]);
  return openDialog('The League Council at each crisis', content, returnTo);
}
