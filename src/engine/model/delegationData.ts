/**
 * The further delegations' decisions (issue 14 §2), read from
 * `scenarios/model/delegations.json`: what each government decided and could
 * have decided differently, each option with its source from ../shared/history
 * or marked as the model's own assumption (a counterfactual).
 */
import { z } from 'zod';
import delegationsJson from '../../../scenarios/model/delegations.json';
import { shipped } from '../validation';
import { sourced } from './modelSchemas';

const text = z.string().min(1).max(2000);

/** A transit state's answers to a request for passage of Soviet troops. */
export const TRANSIT_ANSWERS = ['refuse', 'grant'] as const;
export type TransitAnswer = (typeof TRANSIT_ANSWERS)[number];

/** One answer a delegation may give, with where it comes from. */
const optionSchema = sourced({ label: text, summary: text });

/** A decision a delegation takes instead of the model's roll of the die. */
const decisionSchema = z.strictObject({
  label: text,
  /** When it is asked: at a crisis, or (the 1939 talks) in the month before the talks open. */
  when: z.enum(['crisis', 'talks']),
  summary: text,
  /** The rule it stands for, and whether it is the letter or practice. */
  cite: text,
  kind: z.enum(['letter', 'practice']),
  /** What the government decided in history: one of `options`. */
  historical: z.enum(TRANSIT_ANSWERS),
  options: z.strictObject({ refuse: optionSchema, grant: optionSchema }),
});

export const delegationsFileSchema = z.strictObject({
  delegations: z.strictObject({
    poland: sourced({
      /** The adjective of the delegation, for messages ("the Polish delegation"). */
      name: z.string().min(1).max(40),
      government: text,
      decisions: z.strictObject({ transitAtCrisis: decisionSchema, transitInTalks1939: decisionSchema }),
    }),
  }),
});
export type DelegationsFile = z.infer<typeof delegationsFileSchema>;

/** The further delegations and their decisions (checked by `shippedDataProblems()`, see `shipped` in `../validation.ts`). */
export const DELEGATION_DATA = shipped(delegationsFileSchema, delegationsJson).delegations;
