/**
 * The wording of the "why" drawer and the printable debrief
 * (`scenarios/text/why.en.json`), checked against its schema when the module
 * loads, and the small helpers that fill its templates. Every string shown is
 * set as text, never parsed as markup.
 */
import { z } from 'zod';
import whyJson from '../../scenarios/text/why.en.json';
import { LOG_TEXT, type LogParams, type LogText, renderSentence } from '../engine';

const text = z.string().min(1);
const yesNo = z.strictObject({ yes: text, no: text });

/** The schema of a "why" text file. */
export const whyTextSchema = z.strictObject({
  $comment: text,
  version: z.literal(1),
  factors: z.strictObject({
    answers: yesNo,
    answerWords: yesNo,
    question: text,
    /** Plain words for a rule's yes and no, by the rule's key (`roll.transit.poland`) or label. */
    said: z.record(z.string(), yesNo),
    headlineChance: text,
    headlineThreshold: text,
    heading: text,
    bias: text,
    biasNote: text,
    /** A roll at the model's odds (a démarche, a transit answer): no reasons, one chance (`explainRoll`). */
    rollBias: text,
    rollBiasNote: text,
    total: text,
    points: text,
    point: text,
    for: text,
    against: text,
    nothing: text,
    source: text,
    assumption: text,
    stripHeading: text,
    stripLabel: text,
    stripCaption: text,
    rollMark: text,
    thresholdHeading: text,
    thresholdCaption: text,
    thresholdMark: text,
    monthHeading: text,
    monthHeadingAny: text,
    noDecisions: text,
    summary: text,
    oddsChance: text,
    oddsThreshold: text,
    open: text,
    mainReason: text,
  }),
  debrief: z.strictObject({
    title: text,
    played: text,
    /** The rule variants a game was played under: {variants}. */
    variants: text,
    roles: z.strictObject({ france: text, ussr: text }),
    /** The further delegations' names, where a game of delegations seated them (`Debrief.further`). */
    further: z.strictObject({ poland: text, romania: text, czechoslovakia: text, britain: text }),
    model: text,
    /** The label of the list of links to the debrief's sections. */
    contents: text,
    sections: z.strictObject({
      ending: text,
      timeline: text,
      keyRolls: text,
      crises: text,
      questions: text,
      notes: text,
      sources: text,
    }),
    historians: text,
    historical: text,
    counterfactual: text,
    noEnding: text,
    firstDivergence: text,
    noDivergence: text,
    columns: z.strictObject({ month: text, class: text, history: text, events: text, crisis: text }),
    diverged: text,
    firstMark: text,
    same: text,
    noOrders: text,
    /** History's side of a month for which the scenario records none of the game's orders (not "no orders": history did things). */
    noHistoryOrders: text,
    historySaid: text,
    historySource: text,
    eventMissed: text,
    eventElsewhen: text,
    eventDiverged: text,
    eventOwn: text,
    crisisAnswer: text,
    crisisHistory: text,
    sides: z.strictObject({ france: text, ussr: text }),
    results: z.strictObject({ unopposed: text, deterred: text, war: text }),
    crisisHeading: text,
    crisisResult: text,
    metBy: text,
    metByNobody: text,
    verdictLine: text,
    outcomes: z.record(z.string(), text),
    hollow: text,
    citation: text,
    noCitation: text,
    keyRollsIntro: text,
    keyRollWhy: z.strictObject({ odds: text, phase: text }),
    keyRollMonth: text,
    /** A historical event named by its title alone (rendered like the log's `{event:title}`). */
    eventTitle: text,
    noKeyRolls: text,
    /** The teacher panel's notes at each point the game reached (`scenarios/teaching/presentation.en.json`), in the notes. */
    teacherPoints: z.strictObject({ intro: text, questions: text }),
    /**
     * The routine rolls (`Debrief.routineRolls`): counted by rule (`roll.demarche`), in a sentence each; their
     * odds (`odds`: one roll, several at the same odds, or at odds that changed) and "none" for no yes.
     */
    routineRolls: z.strictObject({
      intro: text,
      rules: z.record(z.string(), text),
      odds: z.strictObject({ one: text, each: text, range: text }),
      none: text,
      between: text,
      unrolled: text,
    }),
    download: text,
    print: text,
    paper: text,
    papers: z.strictObject({ a4: text, letter: text }),
    csvColumns: z.array(text).length(9),
    csvYes: text,
    csvNo: text,
    csvEnding: text,
    /** A game of delegations (issue 14 §2): one table per side, and a CSV column saying whose row it is. */
    delegations: z.strictObject({
      played: text,
      and: text,
      headings: z.strictObject({ france: text, ussr: text }),
      names: z.strictObject({ france: text, ussr: text }),
      firstDivergence: text,
      noDivergence: text,
      csvSide: text,
      /** The further delegations' answers (Poland, Romania, Czechoslovakia, Britain) beside history's: one table. */
      further: z.strictObject({
        heading: text,
        intro: text,
        columns: z.strictObject({ month: text, delegation: text, question: text, class: text, history: text }),
        /** A question asked at a crisis: {question}, {move} (the move's title). */
        atCrisis: text,
        none: text,
      }),
    }),
  }),
  /** An order in words, by its type; rendered like a log sentence. */
  orders: z.record(z.string(), text),
});
export type WhyText = z.infer<typeof whyTextSchema>;

/** The English wording, checked when the module loads. */
export const WHY_TEXT: WhyText = whyTextSchema.parse(whyJson);

/** The log's wording with the orders' sentences added (as `order.<type>`, and `why.eventTitle`), so they render as log sentences do. */
export function ordersLogText(t: WhyText = WHY_TEXT, log: LogText = LOG_TEXT): LogText {
  const orders = Object.fromEntries(Object.entries(t.orders).map(([type, sentence]) => [`order.${type}`, sentence]));
  return { ...log, sentences: { ...log.sentences, ...orders, 'why.eventTitle': t.debrief.eventTitle } };
}

/** Fill `{name}` in a template with values; a name without a value is left as it is. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** `+26`, `−35` (a true minus sign), `0`. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** A sentence rendered as the log renders it, from the merged wording. */
export function sentence(key: string, params: LogParams, month: string, t: LogText): string {
  return renderSentence(key, params, month, t);
}
