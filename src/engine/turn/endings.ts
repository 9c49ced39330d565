/**
 * How a game ends (GAME.md §5): the historical "dead letter", or one of the
 * counterfactual endings. The rule reads the world state; the titles, texts
 * and what historians argue are in `scenarios/model/endings.json`.
 */
import { ENDINGS, MODEL, MOVES } from '../model/modelData';
import type { WorldState } from '../world/worldState';

export const ENDING_IDS = [
  'dead-letter',
  'paper-alliance',
  'deterrence-1938',
  'early-war-grand-alliance',
  'early-war-western',
  'isolated-france',
  'early-soviet-german-deal',
  'triple-alliance-1939',
] as const;
export type EndingId = (typeof ENDING_IDS)[number];

/** Has the game reached an end: war, an early Soviet-German deal, or its last month played? */
export function isOver(world: WorldState): boolean {
  if (world.war !== null) return true;
  if (world.sovietGermanDeal !== null && world.sovietGermanDeal < MODEL.endings.historicalDeal) return true;
  return world.month >= world.endMonth;
}

/** Which ending a finished game reached, checked in this order. */
export function classifyEnding(world: WorldState): EndingId {
  const { historicalWar, historicalDeal } = MODEL.endings;
  if (world.sovietGermanDeal !== null && world.sovietGermanDeal < historicalDeal) return 'early-soviet-german-deal';
  const war = world.war;
  if (war !== null && war.month < historicalWar) {
    if (war.allies.includes('ussr')) return 'early-war-grand-alliance';
    return war.allies.includes('uk') ? 'early-war-western' : 'isolated-france';
  }
  if (world.tripleAlliance !== null) return 'triple-alliance-1939';
  const sudeten = world.moves.sudetenland?.status;
  const sudetenOpens = MOVES.find((m) => m.id === 'sudetenland')?.opens ?? historicalWar;
  const neverTried = sudeten === 'pending' && world.month > sudetenOpens;
  if (war === null && (sudeten === 'deterred' || neverTried)) return 'deterrence-1938';
  if (war !== null && !war.allies.includes('uk')) return 'isolated-france';
  if (war === null && world.moves.poland?.status === 'done') return 'isolated-france';
  return world.conventionSigned !== null ? 'paper-alliance' : 'dead-letter';
}

/** The ending's title, text and historians' note. */
export function endingText(id: string) {
  const ending = ENDINGS.find((e) => e.id === id);
  if (ending === undefined) throw new Error(`scenarios/model/endings.json has no ending "${id}"`);
  return ending;
}
