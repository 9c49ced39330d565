/**
 * The printable debrief's public surface (issue 12 §4, issue 14 §6).
 *
 * @example
 * const { world, turns } = game.getSnapshot();
 * const debrief = debriefOf(scenario, world, turns); // from src/engine
 * renderDebrief(panel, debrief, scenario);
 * const csv = debriefCsv(debrief);
 */
export { debriefCsv, parseCsv } from './csv';
export { type DebriefOptions, type Paper, paperChoice, renderDebrief } from './render';
