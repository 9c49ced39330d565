/**
 * The "why" drawer's public surface (issue 12 §3): every decision of another
 * actor and every roll, opened onto its factors.
 *
 * @example
 * mountMonthWhy(panel, snapshot.world.log.at(-1)?.entries ?? [], { month: snapshot.world.month });
 * mountFactors(drawer, entry.reasons[0].explanation);
 * tooltip.textContent = mainReason(explanation).text; // an actor's stance change on the map
 */
export { factorsView, headlineOf, mainReason, monthWhy, oddsOf, saidOf } from './factors';
export { mountFactors, mountMonthWhy } from './render';
export { WHY_TEXT, type WhyText, whyTextSchema } from './text';
