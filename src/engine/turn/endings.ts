/**
 * How a game ends (GAME.md §5): the historical "dead letter", or one of the
 * counterfactual endings. Each ending's condition is data (`when` in
 * `scenarios/model/endings.json`), with its title, text and what historians
 * argue; the endings are a partition: every final world meets exactly one.
 */
import { ENDINGS, MODEL } from '../model/modelData';
import type { EndingPredicate } from '../model/modelSchemas';
import type { WorldState } from '../world/worldState';
import { holds } from './endingPredicates';

export const ENDING_IDS = [
  'dead-letter',
  'paper-alliance',
  'deterrence-1938',
  'early-war-grand-alliance',
  'early-war-western',
  'isolated-france',
  'early-soviet-german-deal',
  'triple-alliance-1939',
  'early-war-broken-front',
  'soviet-front-1939',
  'alliance-unkept-1939',
  'stepped-back',
  'peace-1939',
  'war-without-deal-1939',
  'war-after-deal-1939',
  'open-question',
] as const;
export type EndingId = (typeof ENDING_IDS)[number];

/** Has the game reached an end: war, an early Soviet-German deal, or its last month played? */
export function isOver(world: WorldState): boolean {
  if (world.war !== null) return true;
  if (world.sovietGermanDeal !== null && world.sovietGermanDeal < MODEL.endings.historicalDeal) return true;
  return world.month >= world.endMonth;
}

/** The ids of every ending whose condition the world meets (exactly one, for a finished game). */
export function endingsMet(world: WorldState): EndingId[] {
  conditions ??= ENDING_IDS.map((id) => [id, endingText(id).when] as const);
  const met: EndingId[] = [];
  for (const [id, when] of conditions) if (holds(world, when)) met.push(id);
  return met;
}

/** Each ending's id and condition, in `ENDING_IDS` order: found once, at the first game's end. */
let conditions: readonly (readonly [EndingId, EndingPredicate])[] | null = null;

/** The facts the endings read, in one line: for an error that names the world. */
export function endingFacts(world: WorldState): string {
  const war =
    world.war === null ? 'none' : `${world.war.month} over ${world.war.move} (${world.war.allies.join(', ')})`;
  const moves = Object.entries(world.moves)
    .map(([id, m]) => `${id} ${m.status}${m.month === null ? '' : ` ${m.month}`}`)
    .join(', ');
  return [
    `last month ${world.month}`,
    `convention signed ${world.conventionSigned ?? 'never'}, in force ${world.conventionInForce ?? 'never'}`,
    `deal ${world.sovietGermanDeal ?? 'none'}`,
    `triple alliance ${world.tripleAlliance ?? 'none'}`,
    `war ${war}`,
    `moves: ${moves}`,
  ].join('; ');
}

/** Which ending a finished game reached: the one ending whose condition holds, or an Error naming the world's facts. */
export function classifyEnding(world: WorldState): EndingId {
  const met = endingsMet(world);
  const [only] = met;
  if (only !== undefined && met.length === 1) return only;
  const which = met.length === 0 ? 'no ending' : `${met.length} endings (${met.join(', ')})`;
  throw new Error(`scenarios/model/endings.json: ${which} fit the final world: ${endingFacts(world)}`);
}

/** The ending's title, text, historians' note and condition. */
export function endingText(id: string) {
  const ending = ENDINGS.find((e) => e.id === id);
  if (ending === undefined) throw new Error(`scenarios/model/endings.json has no ending "${id}"`);
  return ending;
}

/**
 * Which of its ending's alternatives a finished game took, in a sentence ("In this game France went to war …"),
 * or null where the ending's text offers none (`cases` in endings.json).
 */
export function endingCase(world: WorldState, id: string): string | null {
  const found = (endingText(id).cases ?? []).filter((c) => holds(world, c.when));
  return found.length === 1 ? (found[0]?.text ?? null) : null;
}
