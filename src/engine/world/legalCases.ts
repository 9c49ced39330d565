/**
 * The bridge from the world model to the legal engine: a crisis (or a
 * hypothetical one, for deterrence) becomes a legal case whose facts come from
 * the world state, and the verdicts come back as the few facts the model uses.
 * Verdicts are memoised by their inputs: the legal machines are the costly part.
 */
import { digit, enumDigit, flagDigit, Memo, setDigit } from '../memo';
import { firstDay } from '../months';
import { assistancePipeline, caseFactSource, type FactQuestion } from '../rules/assistancePipeline';
import type { FactEvent, FactEventType, Incident } from '../rules/facts';
import { CALENDAR, LOCARNO_STATUSES, type LocarnoStatus, REASONS } from '../rules/lawData';
import {
  CONVENTION_LEVELS,
  COUNCIL_ARTICLES,
  COUNCIL_RESULTS,
  type ConventionLevel,
  type CouncilResult,
  GUARANTOR_VERDICTS,
  type GuarantorVerdict,
  INCIDENT_KINDS,
  INVITATION_ANSWERS,
  type LegalCase,
  TARGETS,
} from '../rules/legalCase';
import type { Guarantor } from '../rules/locarnoRules';
import { type CaseVerdicts, COUNTRY_IDS, type CountryId } from '../rules/types';
import { type WorldFacts, worldFactsOn } from '../rules/worldFacts';
import { SHIPPED_VERDICTS } from './legalCasesTable';
import type { ConventionPhase, CrisisVerdicts, WorldState } from './worldState';

/** The facts of a crisis that are not in the world state: the Council's vote, the guarantors, the decisions, transit. */
export interface CrisisAnswers {
  readonly councilResult: CouncilResult;
  readonly uk: GuarantorVerdict;
  readonly italy: GuarantorVerdict;
  readonly franceActs: boolean;
  readonly parliament: boolean;
  readonly sovietActs: boolean;
  readonly czechoslovakActs: boolean;
  readonly transit: { readonly poland: boolean; readonly romania: boolean };
}

/** What Germany does, in the legal engine's terms. */
export interface IncidentShape {
  readonly kind: 'threat' | 'attack' | 'zone-violation';
  readonly victim: CountryId;
  readonly target: 'own-territory' | 'ally' | 'other';
}

/** The convention as the legal engine knows it: none, staff contacts, or signed. */
export function conventionForLaw(phase: ConventionPhase): ConventionLevel {
  if (phase === 'signed' || phase === 'inForce') return 'signed';
  if (phase === 'staffTalks' || phase === 'drafting' || phase === 'approvals') return 'staff-contacts';
  return 'none';
}

/** The day a crisis is judged on, and whether the Franco-Soviet treaty is in force on it. */
export interface CrisisDay {
  readonly date: string;
  readonly treatyInForce: boolean;
  /** The League Members taking part on that day, when an event later in the month changes them (absent: the world's). */
  readonly leagueMembers?: readonly CountryId[];
  /** Locarno's status on that day, when the move itself changes it (absent: the world's). */
  readonly locarno?: LocarnoStatus;
  /** The legal facts a rule variant switches (absent: history's rules). */
  readonly law?: LawSwitches;
}

/** The legal facts a rule variant can switch (variants/variants.ts `lawSwitchesOf`). */
export interface LawSwitches {
  /** The Locarno guarantors whose verdicts count, under the world's Locarno status. */
  readonly guarantors: readonly ('uk' | 'italy')[];
  /** Protocol of Signature point I §2: may a party act without the Council's recommendation? */
  readonly protocolOverride: boolean;
}

/**
 * A legal case for a German move against `incident.victim` in the world's
 * current month: judged on `day` if given (a move's own day, before an event
 * later in the same month), else on the month's first day with the world's treaty.
 */
export function legalCaseFor(
  world: WorldState,
  incident: IncidentShape,
  answers: CrisisAnswers,
  day?: CrisisDay,
  law: LawSwitches | undefined = day?.law,
): LegalCase {
  const date = day?.date ?? firstDay(world.month);
  // Under rule variants, the switchable legal facts are the case's (and the path shows them as the case's).
  const variantFacts =
    law === undefined ? {} : { guarantors: [...law.guarantors], protocolOverride: law.protocolOverride };
  return {
    id: `crisis-${world.month}`,
    date,
    event: {
      kind: incident.kind,
      aggressor: 'germany',
      victim: incident.victim,
      target: incident.target,
      unprovoked: true,
    },
    council: { result: answers.councilResult },
    nonMember: { invitation: 'refuse-and-war' },
    guarantors: { uk: answers.uk, italy: answers.italy },
    decisions: {
      franceCabinet: answers.franceActs,
      frenchParliament: answers.parliament,
      sovietLeadership: answers.sovietActs,
      czechoslovakGovernment: answers.czechoslovakActs,
      // France's help needs its chambers' assent to war (Constitution of 1875, Art. 9): the cabinet's decision alone gives none.
      franceAssistsCzechoslovakia: answers.franceActs && answers.parliament,
    },
    transit: answers.transit,
    convention: conventionForLaw(world.convention.phase),
    world: {
      treatyInForce: day?.treatyInForce ?? world.francoSovietInForce,
      czechoslovakSovietInForce: date >= CALENDAR.treaties['czechoslovak-soviet'].inForceFrom,
      locarno: day?.locarno ?? world.locarno,
      leagueMembers: [...(day?.leagueMembers ?? world.leagueMembers)],
      ...variantFacts,
    },
  };
}

/**
 * Legal verdicts memoised by the facts the rules actually consulted. The
 * pipeline asks for facts one at a time, and which fact it asks next depends
 * only on the answers so far; so the memo is a tree: from the incident and the
 * dated facts, each node holds the question asked there and a branch per
 * answer, and a leaf holds the verdicts. A case is looked up by answering the
 * tree's questions from its own facts: facts the rules never consulted (transit
 * when France is the helper, say) never split the memo. Branches are keyed by
 * the answer packed into a small integer (`answerCode`), which V8 hashes and
 * stores unboxed, where a string was built and hashed at every step.
 */
interface MemoNode {
  /** The question the rules asked here (the same for every case that reaches the node). */
  question: FactQuestion | null;
  verdicts: CrisisVerdicts | null;
  readonly next: Map<number, MemoNode>;
  /** The answer each branch stands for, by its code (for `verdictMemoTable`). */
  readonly answers: Map<number, FactEvent>;
}

/** A memo tree with the incident and the day's legal facts it was grown from. */
interface MemoRoot {
  readonly incident: Incident;
  readonly world: WorldFacts;
  readonly node: MemoNode;
}

/** The trees by their root's key: bounded, since a tree forgotten is only grown again. */
const roots = new Memo<string, MemoRoot>(4096);
let evaluations = 0;
/** How many times a case's day had its legal facts worked out (the day memo's misses). */
let dayFactsWorkedOut = 0;

const newNode = (): MemoNode => ({ question: null, verdicts: null, next: new Map(), answers: new Map() });

/** The incident and the legal facts of its day: where a case's memo tree starts. */
function rootKey(e: Incident, world: WorldFacts): string {
  return [
    e.kind,
    e.aggressor,
    e.victim,
    e.target,
    e.unprovoked ? '1' : '0',
    world.francoSovietInForce ? '1' : '0',
    world.czechoslovakSovietInForce ? '1' : '0',
    world.locarno,
    world.leagueMembers.join(','),
    world.councilPermanent.join(','),
    world.locarnoReading,
    world.unavailableTypes.join(','),
    world.guarantors.join(','),
    world.protocolOverride ? '1' : '0',
  ].join('|');
}

/** Every fact's type, in a fixed order: the first digit of an answer's code. */
const FACT_TYPES: readonly FactEventType[] = [
  'council.seize',
  'council.result',
  'council.referToAssembly',
  'assembly.result',
  'nonMember.invitation',
  'guarantor.uk',
  'guarantor.italy',
  'decision.franceCabinet',
  'decision.frenchParliament',
  'decision.sovietLeadership',
  'decision.czechoslovakGovernment',
  'decision.franceAssistsVictim',
  'transit.poland',
  'transit.romania',
  'convention.level',
];

/** The digit of an answer's value: its index in its own list (a yes or no: 1 or 0). */
function answerValue(answer: FactEvent): number {
  switch (answer.type) {
    case 'council.seize':
      return enumDigit(0, COUNCIL_ARTICLES, answer.article);
    case 'council.result':
      return enumDigit(0, COUNCIL_RESULTS, answer.result);
    case 'council.referToAssembly':
      return 0;
    case 'assembly.result':
      return flagDigit(0, answer.adopted);
    case 'nonMember.invitation':
      return enumDigit(0, INVITATION_ANSWERS, answer.answer);
    case 'guarantor.uk':
    case 'guarantor.italy':
      return enumDigit(0, GUARANTOR_VERDICTS, answer.verdict);
    case 'transit.poland':
    case 'transit.romania':
      return flagDigit(0, answer.granted);
    case 'convention.level':
      return enumDigit(0, CONVENTION_LEVELS, answer.level);
    default:
      return flagDigit(0, answer.yes);
  }
}

/** The widest list of values an answer can take (`answerValue`'s radix). */
const ANSWER_VALUES = Math.max(
  COUNCIL_ARTICLES.length,
  COUNCIL_RESULTS.length,
  INVITATION_ANSWERS.length,
  GUARANTOR_VERDICTS.length,
  CONVENTION_LEVELS.length,
  2,
);

/** An answer as a small integer: its type and its value, each a digit of its own radix. */
function answerCode(answer: FactEvent): number {
  return digit(enumDigit(0, FACT_TYPES, answer.type), answerValue(answer), ANSWER_VALUES);
}

/** The legal facts of a case's day and the root of its memo tree, worked out once per day and overrides. */
interface DayRoot {
  readonly world: WorldFacts;
  readonly root: MemoRoot;
  /**
   * The verdicts found from this day, by every fact of the case packed into one
   * integer (`caseKey`): a case seen before is answered at once, without walking
   * the tree's questions (a few dozen, each answered from the case afresh).
   */
  readonly byCase: Memo<number, CrisisVerdicts>;
}

/** `DayRoot`s by the case's incident, day and overrides packed into one integer (`dayKey`). */
const days = new Memo<number, DayRoot>(4096);

/** The overrides a crisis's case can carry (`legalCaseFor`): a case with others is looked up by its string key. */
const DAY_OVERRIDES: ReadonlySet<string> = new Set([
  'treatyInForce',
  'czechoslovakSovietInForce',
  'locarno',
  'leagueMembers',
  'guarantors',
  'protocolOverride',
]);

/** The Locarno guarantors, in the calendar's order. */
const GUARANTORS: readonly Guarantor[] = ['uk', 'italy'];

/**
 * A set's digit (`setDigit`) plus one, or 0 if absent; null unless the members are
 * in their list's order without repeats (the facts keep a list's order: another
 * order is looked up by its string key).
 */
function orderedSet<T>(list: readonly T[], members: readonly T[] | undefined): number | null {
  if (members === undefined) return 0;
  let last = -1;
  for (const member of members) {
    const at = list.indexOf(member);
    if (at <= last) return null;
    last = at;
  }
  return setDigit(0, list, members) + 1;
}

/** A yes, a no, or absent: a digit of radix 3. */
function optionalFlag(key: number, value: boolean | undefined): number {
  return digit(key, value === undefined ? 0 : value ? 2 : 1, 3);
}

/** How many sets of League members (or Locarno guarantors) there can be: one bit per member. */
const MEMBER_SETS = setDigit(1, COUNTRY_IDS, []);
const GUARANTOR_SETS = setDigit(1, GUARANTORS, []);

/** The digits of `text` from `from` to `to` (excluded) as a number, or -1 if one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** How many days `dayNumber` counts: 31 to each month of the years 0-9999. */
const DAYS = 10_000 * 12 * 31;

/** A date "YYYY-MM-DD" as a number of days (31 to a month: a key, not arithmetic), or null if it is not one. */
function dayNumber(date: string): number | null {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return null;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return (year * 12 + month - 1) * 31 + day - 1;
}

/**
 * The incident, the day (its digits read as one number) and the case's overrides
 * packed into one integer; null for a case this key cannot hold (another date's
 * format, another override), which is looked up by its string key as before.
 */
function dayKey(c: LegalCase): number | null {
  const { date, event } = c;
  const overrides = c.world ?? {};
  for (const field in overrides) if (!DAY_OVERRIDES.has(field)) return null;
  const day = dayNumber(date);
  if (day === null) return null;
  let key = enumDigit(0, INCIDENT_KINDS, event.kind);
  key = enumDigit(key, COUNTRY_IDS, event.aggressor);
  key = enumDigit(key, COUNTRY_IDS, event.victim);
  key = enumDigit(key, TARGETS, event.target);
  key = flagDigit(key, event.unprovoked);
  key = optionalFlag(key, overrides.treatyInForce);
  key = optionalFlag(key, overrides.czechoslovakSovietInForce);
  key = optionalFlag(key, overrides.protocolOverride);
  const { locarno, leagueMembers, guarantors } = overrides;
  key = optionalDigit(key, LOCARNO_STATUSES, locarno);
  const members = orderedSet(COUNTRY_IDS, leagueMembers);
  const counted = orderedSet(GUARANTORS, guarantors);
  if (members === null || counted === null) return null;
  key = digit(key, members, MEMBER_SETS + 1);
  key = digit(key, counted, GUARANTOR_SETS + 1);
  return digit(key, day, DAYS);
}

/** The legal facts of the case's day and its memo tree's root (the facts worked out afresh only for a new day). */
function dayRoot(c: LegalCase): DayRoot {
  const key = dayKey(c);
  const known = key === null ? undefined : days.get(key);
  if (known !== undefined) return known;
  dayFactsWorkedOut += 1;
  const world = worldFactsOn(c.date, c.world);
  const rk = rootKey(c.event, world);
  let root = roots.get(rk);
  if (root === undefined) {
    root = shippedRoot(rk) ?? { incident: c.event, world, node: newNode() };
    roots.set(rk, root);
  }
  const found = { world, root, byCase: new Memo<number, CrisisVerdicts>(1024) };
  if (key !== null) days.set(key, found);
  return found;
}

/** Absent, or one of `list`: a digit of radix `list.length + 1`. */
function optionalDigit<T>(key: number, list: readonly T[], value: T | undefined): number {
  return digit(key, value === undefined ? 0 : list.indexOf(value) + 1, list.length + 1);
}

/** What the Assembly did with a dispute referred to it (Art. 15 §10), if it was. */
const ASSEMBLY_RESULTS = ['adopted', 'not-adopted'] as const;

/**
 * Every fact of a case that a tree's question can ask about (`caseFactSource`
 * answers them from these fields alone), packed into one integer; the incident,
 * the day and its overrides are the day's own (`dayKey`).
 */
function caseKey(c: LegalCase): number {
  const { council, guarantors, decisions, transit } = c;
  let key = enumDigit(0, COUNCIL_RESULTS, council.result);
  key = optionalDigit(key, COUNCIL_ARTICLES, council.article);
  key = optionalDigit(key, ASSEMBLY_RESULTS, council.assembly);
  key = optionalDigit(key, INVITATION_ANSWERS, c.nonMember?.invitation);
  key = enumDigit(key, GUARANTOR_VERDICTS, guarantors.uk);
  key = enumDigit(key, GUARANTOR_VERDICTS, guarantors.italy);
  key = flagDigit(key, decisions.franceCabinet);
  key = flagDigit(key, decisions.frenchParliament);
  key = flagDigit(key, decisions.sovietLeadership);
  key = flagDigit(key, decisions.czechoslovakGovernment);
  key = flagDigit(key, decisions.franceAssistsCzechoslovakia);
  key = flagDigit(key, transit.poland);
  key = flagDigit(key, transit.romania);
  return enumDigit(key, CONVENTION_LEVELS, c.convention);
}

/** The parts of every treaty's verdict the world model uses. */
export function summarise(verdicts: CaseVerdicts): CrisisVerdicts {
  const fs = verdicts['franco-soviet'];
  const cs = verdicts['czechoslovak-soviet'];
  return {
    francoSoviet: { outcome: fs.outcome, reason: fs.reason, owed: fs.owed, obstacles: fs.obstacles },
    czechoslovakSoviet: {
      outcome: cs.outcome,
      reason: cs.reason,
      owed: cs.owed,
      types: cs.types,
      obstacles: cs.obstacles,
    },
    locarno: { outcome: verdicts.locarno.outcome, reason: verdicts.locarno.reason },
  };
}

/**
 * The assistance treaties whose help was owed and then stopped by a step of
 * practice (as `hollowTreaties` says of a full verdict).
 */
export function hollowOf(verdicts: CrisisVerdicts): ('franco-soviet' | 'czechoslovak-soviet')[] {
  const hollow: ('franco-soviet' | 'czechoslovak-soviet')[] = [];
  const stopped = (v: CrisisVerdicts['francoSoviet']) =>
    v.owed && v.reason !== null && v.outcome !== 'rendered' && REASONS[v.reason].kind === 'practice';
  if (stopped(verdicts.francoSoviet)) hollow.push('franco-soviet');
  if (stopped(verdicts.czechoslovakSoviet)) hollow.push('czechoslovak-soviet');
  return hollow;
}

/** The verdicts the world model uses, memoised by the facts the rules consulted. */
export function crisisVerdicts(legalCase: LegalCase): CrisisVerdicts {
  const { world, root, byCase } = dayRoot(legalCase);
  const key = caseKey(legalCase);
  const known = byCase.get(key);
  if (known !== undefined) return known;
  const source = caseFactSource(legalCase);
  let node: MemoNode | undefined = root.node;
  while (node !== undefined && node.verdicts === null && node.question !== null) {
    node = node.next.get(answerCode(source(node.question)));
  }
  if (node?.verdicts) {
    byCase.set(key, node.verdicts);
    return node.verdicts;
  }

  evaluations += 1;
  const pipeline = assistancePipeline(world, legalCase.event);
  let cursor = root.node;
  let step = pipeline.next();
  while (!step.done) {
    const { machine, state, awaits } = step.value;
    cursor.question ??= { machine, state, awaits };
    const answer = source(step.value);
    const k = answerCode(answer);
    let child = cursor.next.get(k);
    if (child === undefined) {
      child = newNode();
      cursor.next.set(k, child);
      cursor.answers.set(k, answer);
    }
    cursor = child;
    step = pipeline.next(answer);
  }
  cursor.verdicts = summarise(step.value);
  byCase.set(key, cursor.verdicts);
  return cursor.verdicts;
}

/** How many times the legal machines have actually run (the memo's misses), for the benchmark. */
export function legalEvaluations(): number {
  return evaluations;
}

/**
 * How many times a case's day had its legal facts worked out afresh: a case on a
 * day seen before (same incident and overrides) is answered from the day memo.
 */
export function legalDayEvaluations(): number {
  return dayFactsWorkedOut;
}

/**
 * The verdict memo as data: the trees grown so far, each from its incident and
 * the day's legal facts, with every question the rules asked and every answer
 * that was given, down to the verdicts. `scripts/verdict-table.ts` writes the
 * trees the futures from each scenario's start reach into `legalCasesTable.ts`,
 * and the engine starts its memo from that table (`SHIPPED_VERDICTS`), so a
 * fresh futures worker does not run the rule machines again for the cases every
 * future meets; a unit test replays every path of the table through the machines.
 */
export interface VerdictTable {
  /** The distinct verdicts, referred to by index from the trees' leaves. */
  readonly verdicts: readonly CrisisVerdicts[];
  readonly roots: readonly VerdictTableRoot[];
}

/** One memo tree: the incident and the legal facts of the day it was grown from. */
export interface VerdictTableRoot {
  readonly incident: Incident;
  readonly world: WorldFacts;
  readonly tree: VerdictTree;
}

/** A leaf (an index into the table's verdicts), or the question asked there and a branch per answer given. */
export type VerdictTree =
  | { readonly verdicts: number }
  | { readonly question: FactQuestion; readonly answers: readonly (readonly [FactEvent, VerdictTree])[] };

/** Whether the memo starts from the shipped table (off to make the table again from the machines alone). */
let useShipped = true;
/** The shipped trees by their root's key, read at the first case that needs one. */
let shipped: Map<string, VerdictTableRoot> | null = null;

/** A memo tree from the table: its nodes keyed as `crisisVerdicts` grows them. */
function growFromTable(tree: VerdictTree, verdicts: readonly CrisisVerdicts[]): MemoNode {
  const node = newNode();
  if ('verdicts' in tree) {
    const found = verdicts[tree.verdicts];
    if (found === undefined) throw new Error(`the verdict table has no verdicts ${tree.verdicts}`);
    node.verdicts = found;
    return node;
  }
  node.question = tree.question;
  for (const [answer, child] of tree.answers) {
    const k = answerCode(answer);
    node.next.set(k, growFromTable(child, verdicts));
    node.answers.set(k, answer);
  }
  return node;
}

/** The shipped tree for a root's key, as a memo tree of its own, if the table has one. */
function shippedRoot(key: string): MemoRoot | undefined {
  if (!useShipped) return undefined;
  shipped ??= new Map(SHIPPED_VERDICTS.roots.map((r) => [rootKey(r.incident, r.world), r]));
  const entry = shipped.get(key);
  if (entry === undefined) return undefined;
  return { incident: entry.incident, world: entry.world, node: growFromTable(entry.tree, SHIPPED_VERDICTS.verdicts) };
}

/**
 * Forget every verdict found, and start from the shipped table (`true`, the
 * default) or from nothing (`false`: the rule machines answer every new case,
 * as when the table is made).
 */
export function resetVerdictMemo(fromTable: boolean): void {
  useShipped = fromTable;
  roots.clear();
  days.clear();
}

/** The verdict memo's trees as data (`VerdictTable`), roots by key, branches by answer code. */
export function verdictMemoTable(): VerdictTable {
  const verdicts: CrisisVerdicts[] = [];
  const index = new Map<CrisisVerdicts, number>();
  const byText = new Map<string, number>();
  const leaf = (found: CrisisVerdicts): number => {
    let at = index.get(found);
    if (at === undefined) {
      const text = JSON.stringify(found);
      at = byText.get(text);
      if (at === undefined) {
        at = verdicts.length;
        verdicts.push(found);
        byText.set(text, at);
      }
      index.set(found, at);
    }
    return at;
  };
  const treeOf = (node: MemoNode): VerdictTree => {
    if (node.verdicts !== null) return { verdicts: leaf(node.verdicts) };
    if (node.question === null) throw new Error('a memo node with neither a question nor verdicts');
    const codes = [...node.next.keys()].sort((a, b) => a - b);
    return {
      question: node.question,
      answers: codes.map((k) => {
        const answer = node.answers.get(k);
        const child = node.next.get(k);
        if (answer === undefined || child === undefined) throw new Error(`memo branch ${k} has no answer`);
        return [answer, treeOf(child)] as const;
      }),
    };
  };
  const entries = [...roots.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tableRoots = entries.map(([, root]) => ({
    incident: root.incident,
    world: root.world,
    tree: treeOf(root.node),
  }));
  return { verdicts, roots: tableRoots };
}

/** The same question: the machine, its state and the facts it waits for. */
function sameQuestion(a: FactQuestion, b: FactQuestion): boolean {
  return a.machine === b.machine && a.state === b.state && a.awaits.join() === b.awaits.join();
}

/** A path of a verdict tree: each question asked and the answer given, in order. */
type TablePath = readonly (readonly [FactQuestion, FactEvent])[];

/** What the machines give otherwise than `path` and its leaf's `verdicts`, or null if they give the same. */
function pathProblem(root: VerdictTableRoot, path: TablePath, verdicts: CrisisVerdicts | undefined): string | null {
  const pipeline = assistancePipeline(root.world, root.incident);
  let step = pipeline.next();
  for (const [question, answer] of path) {
    if (step.done) return `the machines gave their verdicts before ${question.machine}.${question.state}`;
    if (!sameQuestion(step.value, question)) {
      return `the machines ask ${step.value.machine}.${step.value.state}, not ${question.machine}.${question.state}`;
    }
    step = pipeline.next(answer);
  }
  if (!step.done) return `the machines still ask ${step.value.machine}.${step.value.state}`;
  if (JSON.stringify(summarise(step.value)) !== JSON.stringify(verdicts)) return 'the machines give other verdicts';
  return null;
}

/**
 * What in `table` the rule machines do not give (none: the table is theirs):
 * every path from a tree's root to a leaf replayed through the machines, on the
 * tree's incident and day, answering as the path does; each question they ask
 * must be the path's, and their verdicts the leaf's.
 */
export function verdictTableProblems(table: VerdictTable): string[] {
  const problems: string[] = [];
  const walk = (root: VerdictTableRoot, tree: VerdictTree, path: TablePath) => {
    if ('verdicts' in tree) {
      let problem: string | null;
      try {
        problem = pathProblem(root, path, table.verdicts[tree.verdicts]);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      const { kind, victim } = root.incident;
      const answers = path.map(([, answer]) => answer.type).join(' > ');
      if (problem !== null) problems.push(`${kind} on ${victim} (${root.world.date}), ${answers}: ${problem}`);
      return;
    }
    for (const [answer, child] of tree.answers) walk(root, child, [...path, [tree.question, answer]]);
  };
  for (const root of table.roots) walk(root, root.tree, []);
  return problems;
}

/** A question's key among a table's questions: its machine, state and the facts it waits for. */
function questionKey(question: FactQuestion): string {
  return `${question.machine}.${question.state}.${question.awaits.join()}`;
}

/**
 * `table` with some trees completed: where the futures reached a tree's root by
 * `minPaths` paths or more (the model's answers on that day vary from future to
 * future), the tree is grown, through the rule machines, for every combination
 * of the answers the table gives anywhere to each question the machines ask on
 * the way, so that a batch of futures meets no path it lacks. The others (one
 * path: the day's answers do not vary) are kept as they are. Each branch in the
 * order of its answer's code, as `verdictMemoTable` writes them.
 */
export function completeVerdictTable(table: VerdictTable, minPaths: number): VerdictTable {
  const answersByQuestion = new Map<string, Map<number, FactEvent>>();
  const gather = (tree: VerdictTree) => {
    if ('verdicts' in tree) return;
    const key = questionKey(tree.question);
    let answers = answersByQuestion.get(key);
    if (answers === undefined) {
      answers = new Map();
      answersByQuestion.set(key, answers);
    }
    for (const [answer, child] of tree.answers) {
      answers.set(answerCode(answer), answer);
      gather(child);
    }
  };
  for (const root of table.roots) gather(root.tree);
  const verdicts = [...table.verdicts];
  const byText = new Map(verdicts.map((found, i) => [JSON.stringify(found), i]));
  const leaf = (found: CrisisVerdicts): number => {
    const text = JSON.stringify(found);
    let at = byText.get(text);
    if (at === undefined) {
      at = verdicts.length;
      verdicts.push(found);
      byText.set(text, at);
    }
    return at;
  };
  // The machines replayed from the root for each path (a generator cannot be forked): a few hundred short runs.
  const grow = (root: VerdictTableRoot, path: readonly FactEvent[]): VerdictTree => {
    const pipeline = assistancePipeline(root.world, root.incident);
    let step = pipeline.next();
    for (const answer of path) {
      if (step.done) throw new Error('the machines gave their verdicts before the path ended');
      step = pipeline.next(answer);
    }
    if (step.done) return { verdicts: leaf(summarise(step.value)) };
    const { machine, state, awaits } = step.value;
    const question: FactQuestion = { machine, state, awaits };
    const answers = answersByQuestion.get(questionKey(question));
    if (answers === undefined) throw new Error(`no answer in the table to ${machine}.${state}`);
    const codes = [...answers.keys()].sort((a, b) => a - b);
    return {
      question,
      answers: codes.map((code) => {
        const answer = answers.get(code) as FactEvent;
        return [answer, grow(root, [...path, answer])] as const;
      }),
    };
  };
  const count = (tree: VerdictTree): number =>
    'verdicts' in tree ? 1 : tree.answers.reduce((sum, [, child]) => sum + count(child), 0);
  const roots = table.roots.map((root) => (count(root.tree) < minPaths ? root : { ...root, tree: grow(root, []) }));
  return { verdicts, roots };
}

/** How many paths (leaves) the table's trees hold. */
export function verdictTablePaths(table: VerdictTable): number {
  const count = (tree: VerdictTree): number =>
    'verdicts' in tree ? 1 : tree.answers.reduce((sum, [, child]) => sum + count(child), 0);
  return table.roots.reduce((sum, root) => sum + count(root.tree), 0);
}
