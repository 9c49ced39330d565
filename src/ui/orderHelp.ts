/**
 * What each monthly order does, in a line under its button: its purpose in
 * words (`scenarios/text/orders.en.json`), then its effects in the model, read
 * from the model's own data (`model.json`, `actions`) so that the line is what
 * the engine does. A playtest found that no order said what it did ("Put out a
 * feeler to Berlin", "Press the General Staff").
 */
import { z } from 'zod';
import ordersJson from '../../scenarios/text/orders.en.json';
import { type Effects, type GameAction, MODEL } from '../engine';
import { fill, signed } from '../why/text';

const text = z.string().min(1);

/** The schema of an order-help text file. */
export const orderHelpSchema = z.strictObject({
  $comment: text,
  version: z.literal(1),
  /** By order type (a démarche by `diplomacy.demarche.<state>`): what the order is for. */
  help: z.record(z.string(), text),
  /** "In the model: {effects}." */
  effects: text,
  /**
   * For Moscow's proposals for collective security, what follows either answer: {answered} ({repeated}: that it
   * counts for less when repeated), {rebuffed}.
   */
  answers: text,
  /** Said after the effects of an order that counts for less when repeated: {months}. */
  repeated: text,
  names: z.strictObject({
    levels: z.record(z.string(), text),
    stance: z.record(z.string(), text),
    trust: z.record(z.string(), text),
  }),
});
export type OrderHelpText = z.infer<typeof orderHelpSchema>;

/** The English wording, checked when the module loads. */
export const ORDER_HELP_TEXT: OrderHelpText = orderHelpSchema.parse(ordersJson);

/** An order's key in the help: its type, a démarche's with its state. */
export function helpKey(action: GameAction): string {
  return action.type === 'diplomacy.demarche' ? `${action.type}.${action.to}` : action.type;
}

/** Each effect of the order in the model, in words ("Britain's commitment to France +3"); empty for none. */
export function effectWords(action: GameAction, t: OrderHelpText = ORDER_HELP_TEXT): string[] {
  const effects = MODEL.actions[action.type]?.effects;
  return effects === undefined ? [] : effectsInWords(effects, t);
}

/** Effects in words, levels first, then stances, then trusts. */
function effectsInWords(effects: Effects, t: OrderHelpText): string[] {
  const named = (names: Readonly<Record<string, string>>, moved: Readonly<Record<string, number | undefined>>) =>
    Object.entries(moved).flatMap(([id, n]) => (n === undefined || n === 0 ? [] : [`${names[id] ?? id} ${signed(n)}`]));
  return [
    ...named(t.names.levels, effects.levels ?? {}),
    ...named(t.names.stance, effects.stance ?? {}),
    ...named(t.names.trust, effects.trust ?? {}),
  ];
}

/** The order's line: what it is for, then its effects in the model, and whether repeating it wears them down. */
export function orderHelp(action: GameAction, t: OrderHelpText = ORDER_HELP_TEXT): string {
  const purpose = t.help[helpKey(action)] ?? '';
  const keep: Readonly<Record<string, number | undefined>> = MODEL.diminishing.keepPercent;
  const repeated =
    keep[action.type] === undefined ? '' : `, ${fill(t.repeated, { months: MODEL.diminishing.forgetAfterMonths })}`;
  // Moscow's proposals: what follows depends on London and Paris's answer (`model.json` `collectiveSecurity`);
  // only a proposal taken up counts for less when repeated (`step.ts`).
  if (action.type === 'diplomacy.collectiveSecurity') {
    const { answered, rebuffed } = MODEL.collectiveSecurity;
    const answers = fill(t.answers, {
      answered: effectsInWords(answered, t).join(', '),
      repeated,
      rebuffed: effectsInWords(rebuffed, t).join(', '),
    });
    return `${purpose} ${fill(t.effects, { effects: answers })}`;
  }
  const effects = effectWords(action, t);
  if (effects.length === 0) return purpose;
  return `${purpose} ${fill(t.effects, { effects: `${effects.join(', ')}${repeated}` })}`;
}
