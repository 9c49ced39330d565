/**
 * A case's verdicts as a plain-text account a teacher can read aloud or
 * project: each treaty's outcome, then every step with its citation and
 * whether it is the letter or practice.
 */
import { formatDate } from '../dates';
import type { TransitAnswers } from './assistanceRules';
import { REASONS } from './lawData';
import type { LegalCase } from './legalCase';
import { ASSISTANCE_NAMES } from './noteWords';
import type {
  AssistanceType,
  CaseResult,
  LocarnoOutcome,
  LocarnoVerdict,
  PathStep,
  TreatyId,
  TreatyOutcome,
  TreatyVerdict,
} from './types';
import { countryName } from './worldFacts';

export { ASSISTANCE_NAMES };

export const TREATY_NAMES: Readonly<Record<TreatyId, string>> = {
  'franco-soviet': 'Franco-Soviet treaty (1935)',
  'czechoslovak-soviet': 'Czechoslovak-Soviet treaty (1935)',
  locarno: 'Locarno, the Rhineland Pact (1925)',
};

/** An outcome id in capitals and words: `not-applicable` → `NOT APPLICABLE`. */
const outcomeWords = (outcome: string) => outcome.replaceAll('-', ' ').toUpperCase();

/**
 * How a verdict is told: `plain`, the outcome's id in capitals (the legal
 * cases, the command line); `is`, as it stands in a game, Locarno's saying
 * whose action it judges (a class read "LAWFUL" beside the Rhineland as
 * Germany's move found lawful); `would` and `would-have`, of a case supposed
 * ("if both allies act"), before an answer and after it.
 */
export type VerdictMood = 'plain' | 'is' | 'would' | 'would-have';

/** In a game, help owed and given is said in words a class reads ("HELP IS GIVEN"), not the machines' "RENDERED". */
const TREATY_MOODS: Readonly<Record<Exclude<VerdictMood, 'plain'>, Partial<Record<TreatyOutcome, string>>>> = {
  is: { rendered: 'HELP IS GIVEN' },
  would: { rendered: 'HELP WOULD BE GIVEN', blocked: 'WOULD BE BLOCKED', declined: 'WOULD BE DECLINED' },
  'would-have': {
    rendered: 'HELP WOULD HAVE BEEN GIVEN',
    blocked: 'WOULD HAVE BEEN BLOCKED',
    declined: 'WOULD HAVE BEEN DECLINED',
  },
};

/** The states a sentence names with "the" ("by the Soviet Union"), in a game's words. */
const NAMED_WITH_THE: ReadonlySet<string> = new Set(['ussr', 'uk']);

const LOCARNO_MOODS: Readonly<Record<Exclude<VerdictMood, 'plain'>, Record<LocarnoOutcome, string>>> = {
  is: {
    lawful: 'A FRENCH ACTION IS LAWFUL',
    violation: 'A FRENCH ACTION IS A VIOLATION',
    'not-engaged': 'NOT ENGAGED',
  },
  would: {
    lawful: 'A FRENCH ACTION WOULD BE LAWFUL',
    violation: 'A FRENCH ACTION WOULD BE A VIOLATION',
    'not-engaged': 'NOT ENGAGED',
  },
  'would-have': {
    lawful: 'A FRENCH ACTION WOULD HAVE BEEN LAWFUL',
    violation: 'A FRENCH ACTION WOULD HAVE BEEN A VIOLATION',
    'not-engaged': 'NOT ENGAGED',
  },
};

/**
 * The words for a kind of help. Land forces go through the transit states that granted passage in the case
 * (`transit`: "land forces through Romania" where Poland refused), else through either, as the kind is named.
 */
function assistanceWords(type: AssistanceType, transit?: TransitAnswers): string {
  if (type !== 'land_via_transit' || transit === undefined) return ASSISTANCE_NAMES[type];
  const open = (['poland', 'romania'] as const).filter((state) => transit[state] === true);
  if (open.length === 0) return ASSISTANCE_NAMES[type];
  return `land forces through ${open.map((state) => countryName(state)).join(' and ')}`;
}

/**
 * One line saying what a treaty's verdict is, e.g. "RENDERED by France: an offensive in the west (improvised)";
 * in a game's moods, "HELP WOULD BE GIVEN by the Soviet Union: economic help". With the case's transit answers,
 * land forces are said to go through the states that let them pass.
 */
export function treatyHeadline(verdict: TreatyVerdict, mood: VerdictMood = 'plain', transit?: TransitAnswers): string {
  const outcome = (mood === 'plain' ? undefined : TREATY_MOODS[mood][verdict.outcome]) ?? outcomeWords(verdict.outcome);
  const reason = verdict.reason === null ? '' : ` — ${REASONS[verdict.reason].title}`;
  if (verdict.outcome !== 'rendered') return `${outcome}${reason}`;
  const the = mood !== 'plain' && verdict.helper !== null && NAMED_WITH_THE.has(verdict.helper) ? 'the ' : '';
  const helper = verdict.helper === null ? '' : ` by ${the}${countryName(verdict.helper)}`;
  const types = verdict.types.map((t) => assistanceWords(t, transit)).join(', ');
  const delivery = verdict.delivery === null ? '' : ` (${verdict.delivery})`;
  return `${outcome}${helper}: ${types}${delivery}`;
}

/**
 * Why a lawful verdict is lawful, where it has no reason code: France defends its own soil (Art. 2's first
 * exception), or no guarantor whose verdict counts calls the action a violation ("no view" does not bar it).
 */
const LAWFUL_BECAUSE: Readonly<Record<string, string>> = {
  'locarno.legitimateDefence': 'legitimate defence of French soil',
  'locarno.lawful': 'no guarantor that counts calls it a violation',
};

/** One line for the Locarno verdict. */
export function locarnoHeadline(verdict: LocarnoVerdict, mood: VerdictMood = 'plain'): string {
  const because = verdict.outcome === 'lawful' ? LAWFUL_BECAUSE[verdict.path.at(-1)?.state ?? ''] : undefined;
  const reason =
    verdict.reason !== null ? ` — ${REASONS[verdict.reason].title}` : because === undefined ? '' : ` — ${because}`;
  const outcome = mood === 'plain' ? outcomeWords(verdict.outcome) : LOCARNO_MOODS[mood][verdict.outcome];
  return `${outcome}${reason}`;
}

/** What the hollow pact means in this case, or null if no treaty was hollow. */
export function hollowExplanation(result: CaseResult): string | null {
  if (result.hollow.length === 0) return null;
  const parts = result.hollow.map((id) => {
    const reason = result.verdicts[id].reason;
    return reason === null ? TREATY_NAMES[id] : `${TREATY_NAMES[id]} — ${REASONS[reason].title}`;
  });
  return `Hollow: the letter owed help, practice stopped it. ${parts.join('; ')}.`;
}

/** Where the letter's duty arose and where the path ended, as 1-based step numbers; null where it did not arise. */
export function pathLandmarks(verdict: TreatyVerdict): { owedAt: number | null; endedAt: PathStep | undefined } {
  const owed = verdict.path.findIndex((step) => step.state.endsWith('.obligationArises'));
  return { owedAt: owed < 0 ? null : owed + 1, endedAt: verdict.path.at(-1) };
}

function stepLines(step: PathStep, index: number): string[] {
  const label = step.kind === 'letter' ? 'LETTER  ' : 'PRACTICE';
  const reading = step.reading === undefined ? '' : ` [${step.reading}]`;
  const lines = [
    `  ${String(index + 1).padStart(2)}. ${label} ${step.cite}${reading}`,
    `               ${step.summary}`,
  ];
  if (step.note !== undefined) lines.push(`               → ${step.note}`);
  return lines;
}

/** The whole case as text: heading, each treaty's verdict and path, and the hollow pact if any. */
export function describeCase(legalCase: LegalCase, result: CaseResult): string {
  const { event } = legalCase;
  const heading =
    legalCase.title ?? `${countryName(event.aggressor)}: ${event.kind} against ${countryName(event.victim)}`;
  const lines = [`${heading}`, `  ${result.id} · ${formatDate(legalCase.date)}`];
  if (legalCase.summary !== undefined) lines.push(`  ${legalCase.summary}`);
  for (const id of ['franco-soviet', 'czechoslovak-soviet'] as const) {
    const verdict = result.verdicts[id];
    lines.push('', `${TREATY_NAMES[id]}: ${treatyHeadline(verdict, 'plain', legalCase.transit)}`);
    verdict.path.forEach((step, i) => {
      lines.push(...stepLines(step, i));
    });
  }
  const locarno = result.verdicts.locarno;
  lines.push('', `${TREATY_NAMES.locarno}: ${locarnoHeadline(locarno)}`);
  locarno.path.forEach((step, i) => {
    lines.push(...stepLines(step, i));
  });
  const hollow = hollowExplanation(result);
  if (hollow !== null) lines.push('', hollow);
  return lines.join('\n');
}
