/**
 * The further delegations' decisions (issue 14 §2), read from
 * `scenarios/model/delegations.json`: what each government decided and could
 * have decided differently, each option with its source from ../shared/history
 * or marked as the model's own assumption (a counterfactual).
 */
import { z } from 'zod';
import delegationsJson from '../../../scenarios/model/delegations.json';
import { lazily } from '../memo';
import { shipped } from '../validation';
import { sourced } from './modelSchemas';

const text = lazily(() => z.string().min(1).max(2000));

/** A transit state's answers to a request for passage of Soviet troops. */
export const TRANSIT_ANSWERS = ['refuse', 'grant'] as const;
export type TransitAnswer = (typeof TRANSIT_ANSWERS)[number];

/**
 * The Czechoslovak government's answers when Germany moves against it: resist
 * (fight beside France or the USSR if either fights), yield without fighting,
 * or accept the terms as on 30 Sept 1938 (no attack left to answer).
 */
export const CZECHOSLOVAK_ANSWERS = ['resist', 'yield', 'accept'] as const;
export type CzechoslovakAnswer = (typeof CZECHOSLOVAK_ANSWERS)[number];

/** A transit state's answers to a French or Soviet démarche in its capital: unmoved (history) or moved. */
export const DEMARCHE_ANSWERS = ['unmoved', 'moved'] as const;
export type DemarcheAnswer = (typeof DEMARCHE_ANSWERS)[number];

/**
 * Britain's verdicts as a Locarno guarantor on a French answer to a German move (Art. 4 §3: each guarantor
 * satisfies itself): the three the model's bands give (`crisis.verdictBands`), so that a British delegation
 * can give any verdict the model would have given.
 */
export const BRITISH_VERDICTS = ['lawful', 'no-view', 'violation-nonflagrant'] as const;
export type BritishVerdict = (typeof BRITISH_VERDICTS)[number];

/**
 * Britain's answers after Germany occupies Prague: guarantee Poland (history, 31 Mar 1939) or give no
 * guarantee (a counterfactual: the event's effects do not happen).
 */
export const GUARANTEE_ANSWERS = ['guarantee', 'decline'] as const;
export type GuaranteeAnswer = (typeof GUARANTEE_ANSWERS)[number];

/**
 * Britain's answers at the Sudeten crisis: stand with France (fight beside it if France fights: a counterfactual)
 * or stand aside (Chamberlain's choice, Munich, 29–30 Sept 1938: history's).
 */
export const STAND_ANSWERS = ['stand', 'aside'] as const;
export type StandAnswer = (typeof STAND_ANSWERS)[number];

/**
 * Poland's answers once the Sudetenland is taken: take Teschen (its ultimatum to Prague, 30 Sept 1938: history's)
 * or decline (a counterfactual: the event does not happen).
 */
export const TESCHEN_ANSWERS = ['take', 'decline'] as const;
export type TeschenAnswer = (typeof TESCHEN_ANSWERS)[number];

/** One answer a delegation may give, with where it comes from. */
const optionSchema = lazily(() => sourced({ label: text, summary: text }));

/**
 * A decision a delegation takes instead of the model's roll of the die (or its
 * rule): its question, when it is asked, the rule it stands for (letter or
 * practice), what the government decided in history, and each answer with its
 * source. `extra` fields come before the options, in the data files' order (none: `{}`).
 */
function decisionOf<
  When extends z.ZodType,
  Answers extends readonly [string, ...string[]],
  Extra extends z.ZodRawShape,
>(when: When, answers: Answers, extra: Extra) {
  const options = Object.fromEntries(answers.map((answer) => [answer, optionSchema])) as {
    [A in Answers[number]]: typeof optionSchema;
  };
  return z.strictObject({
    label: text,
    /** When it is asked: at a crisis, in the month's orders (a démarche), or in the month before the 1939 talks. */
    when,
    summary: text,
    /** The rule it stands for, and whether it is the letter or practice. */
    cite: text,
    kind: z.enum(['letter', 'practice']),
    /** What the government decided in history: one of `options`. */
    historical: z.enum(answers),
    /**
     * What the screen says of history where an answer's label does not say it: the answer is not in the sources
     * (`text`), or it differs by German move, or no such answer was given there (`byMove`, by move id).
     */
    historyNote: z.strictObject({ text, byMove: z.record(z.string(), text).optional() }).optional(),
    ...extra,
    options: z.strictObject(options),
  });
}

/** A transit state's answer to a Soviet request for transit, at a crisis or before the 1939 talks. */
const decisionSchema = lazily(() => decisionOf(z.enum(['crisis', 'talks']), TRANSIT_ANSWERS, {}));

/** A transit state's answer to a démarche, given in the month it is made, instead of the die. */
const demarcheDecisionSchema = lazily(() => decisionOf(z.literal('orders'), DEMARCHE_ANSWERS, {}));

/** What a Romanian grant of transit opens and what it leaves limited (counterfactuals.md §3 F). */
const grantReachSchema = lazily(() => sourced({ opens: text, limits: text }));

/** Czechoslovakia's answer when Germany moves against it: three answers, one of them history's. */
const czechoslovakDecisionSchema = lazily(() =>
  decisionOf(z.literal('crisis'), CZECHOSLOVAK_ANSWERS, {
    /** The last month it may be asked: Czechoslovakia's decisions end with March 1939 (timeline.md, 15 Mar 1939). */
    lastMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  }),
);

/** Britain's verdict as a Locarno guarantor at a crisis, instead of the model's rule. */
const britishDecisionSchema = lazily(() => decisionOf(z.literal('crisis'), BRITISH_VERDICTS, {}));

/**
 * Britain's guarantee to Poland, instead of the model's roll for its event: asked at the crisis of the German move
 * the event requires, beside Britain's verdict.
 */
const guaranteeDecisionSchema = lazily(() =>
  decisionOf(z.literal('crisis'), GUARANTEE_ANSWERS, {
    /** The contingent event the answer decides (scenarios/model/events.json): its `requires` names the German move. */
    event: z.string().min(1),
  }),
);

/**
 * Britain's stand at one German move (the Sudeten crisis), instead of the model's rule that Britain fights beside a
 * fighting France once its commitment reaches `crisis.ukJoinsAt`: asked at the crisis of `move`, beside its verdict.
 */
const standDecisionSchema = lazily(() =>
  decisionOf(z.literal('crisis'), STAND_ANSWERS, {
    /** The German move at whose crisis it is asked (scenarios/model/moves.json). */
    move: z.string().min(1),
  }),
);

/**
 * Poland's answer on the event it decides (Teschen), instead of the event's own course: asked in the orders of the
 * month after the German move the event requires, once that move is done.
 */
const teschenDecisionSchema = lazily(() =>
  decisionOf(z.literal('orders'), TESCHEN_ANSWERS, {
    /** The contingent event the answer decides (scenarios/model/events.json): its `requires` names the German move. */
    event: z.string().min(1),
  }),
);

/** The fields every further delegation has. */
const delegationShape = lazily(() => ({
  /** The adjective of the delegation, for messages ("the Polish delegation"). */
  name: z.string().min(1).max(40),
  government: text,
}));

export const delegationsFileSchema = lazily(() =>
  z.strictObject({
    delegations: z.strictObject({
      poland: sourced({
        ...delegationShape,
        decisions: z.strictObject({
          transitAtCrisis: decisionSchema,
          transitInTalks1939: decisionSchema,
          demarche: demarcheDecisionSchema,
          teschen: teschenDecisionSchema,
        }),
      }),
      romania: sourced({
        ...delegationShape,
        decisions: z.strictObject({
          transitAtCrisis: decisionSchema,
          transitInTalks1939: decisionSchema,
          demarche: demarcheDecisionSchema,
        }),
        grantReach: grantReachSchema,
      }),
      czechoslovakia: sourced({
        ...delegationShape,
        decisions: z.strictObject({ standAtCrisis: czechoslovakDecisionSchema }),
      }),
      britain: sourced({
        ...delegationShape,
        decisions: z.strictObject({
          verdictAtCrisis: britishDecisionSchema,
          guaranteeToPoland: guaranteeDecisionSchema,
          standAtSudeten: standDecisionSchema,
        }),
      }),
    }),
  }),
);
export type DelegationsFile = z.infer<typeof delegationsFileSchema>;

/** The further delegations and their decisions (checked by `shippedDataProblems()`, see `shipped` in `../validation.ts`). */
export const DELEGATION_DATA = shipped(delegationsFileSchema, delegationsJson).delegations;

/** What every kind of further decision has in common, as the screen and the debrief read it. */
export interface DecisionWords {
  /** The question, as the delegation reads it. */
  readonly label: string;
  /** History's answer: one of `options`. */
  readonly historical: string;
  readonly historyNote?: { readonly text: string; readonly byMove?: Readonly<Record<string, string>> };
  readonly options: Readonly<Record<string, { readonly label: string }>>;
}

/** A label inside a sentence: its first letter lower case, names kept ("hold France back"). */
const lowerFirst = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/**
 * The note that says what history did where an answer's label cannot: for the German move `move` (a verdict never
 * given there), else for the decision (an answer the sources do not have); null where history's answer is an option.
 */
export function historyNoteFor(decision: DecisionWords, move: string | null): string | null {
  const note = decision.historyNote;
  const byMove = move === null ? undefined : note?.byMove?.[move];
  return byMove ?? note?.text ?? null;
}

/**
 * History's answer to a delegation's decision in words, asked at the crisis of `move` (null in the month's
 * orders): the note for that move or for the decision, else history's answer by its own label ("refuse passage.").
 */
export function historySaid(decision: DecisionWords, move: string | null): string {
  return (
    historyNoteFor(decision, move) ??
    `${lowerFirst(decision.options[decision.historical]?.label ?? decision.historical)}.`
  );
}
