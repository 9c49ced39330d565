/**
 * The world model's data, read from `scenarios/model/` and checked when first
 * imported: against its schemas, and for references that must resolve (an
 * event naming another event, a government, a German move).
 */
import type { z } from 'zod';
import actorsJson from '../../../scenarios/model/actors.json';
import conventionJson from '../../../scenarios/model/convention.json';
import endingsJson from '../../../scenarios/model/endings.json';
import eventsJson from '../../../scenarios/model/events.json';
import governmentsJson from '../../../scenarios/model/governments.json';
import modelJson from '../../../scenarios/model/model.json';
import movesJson from '../../../scenarios/model/moves.json';
import { formatPath } from '../validation';
import type { ActorId } from '../world/worldState';
import { delegationsFileSchema } from './delegationData';
import {
  actorsFileSchema,
  type Condition,
  conventionFileSchema,
  type EndingPredicate,
  endingsFileSchema,
  eventsFileSchema,
  governmentsFileSchema,
  modelFileSchema,
  movesFileSchema,
  type Rule,
} from './modelSchemas';

/** The schemas of the files in `scenarios/model/`, by file name. */
export const MODEL_SCHEMAS = {
  'actors.json': actorsFileSchema,
  'convention.json': conventionFileSchema,
  'delegations.json': delegationsFileSchema,
  'endings.json': endingsFileSchema,
  'events.json': eventsFileSchema,
  'governments.json': governmentsFileSchema,
  'model.json': modelFileSchema,
  'moves.json': movesFileSchema,
} as const;

function load<T>(name: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `scenarios/model/${name}: ${formatPath(i.path)}: ${i.message}`);
  throw new Error(`Invalid model data:\n${lines.join('\n')}`);
}

export const MODEL = load('model.json', modelFileSchema, modelJson);
export const ACTORS = load('actors.json', actorsFileSchema, actorsJson).actors;
export const GOVERNMENTS = load('governments.json', governmentsFileSchema, governmentsJson).governments;
export const EVENTS = load('events.json', eventsFileSchema, eventsJson).events;
export const MOVES = load('moves.json', movesFileSchema, movesJson).moves;
export const CONVENTION = load('convention.json', conventionFileSchema, conventionJson);
export const ENDINGS = load('endings.json', endingsFileSchema, endingsJson).endings;

/** The decision rules the engine calls by name: `actors.json` must define each. */
export const REQUIRED_DECISIONS: readonly (readonly [ActorId, string])[] = [
  ['france', 'staffTalks'],
  ['france', 'acceptOffer'],
  ['france', 'approveCabinet'],
  ['france', 'approveWarMinister'],
  ['france', 'approveGeneralStaff'],
  ['france', 'actInCrisis'],
  ['ussr', 'staffTalks'],
  ['ussr', 'acceptOffer'],
  ['ussr', 'approve'],
  ['ussr', 'actInCrisis'],
  ['ussr', 'dealWithGermany'],
  ['ussr', 'tripleAlliance'],
  ['poland', 'transit1939'],
  ['czechoslovakia', 'fight'],
  ['belgium', 'standWithFrance'],
];

/** An actor's decision rule, by name (checked to exist when the data is loaded). */
export function decisionRule(actor: ActorId, id: string): Rule {
  const rule = ACTORS[actor]?.decisions[id];
  if (rule === undefined) throw new Error(`scenarios/model/actors.json: ${actor} has no decision "${id}"`);
  return rule;
}

export type ModelData = {
  readonly model: typeof MODEL;
  readonly events: typeof EVENTS;
  readonly moves: typeof MOVES;
  readonly governments: typeof GOVERNMENTS;
};

/** Problems with references between the model's files: unknown ids, and events that depend on each other in a cycle. */
export function referenceProblems(data: ModelData): string[] {
  const problems: string[] = [];
  const eventIds = new Set(data.events.map((e) => e.id));
  const moveIds = new Set(data.moves.map((m) => m.id));
  const check = (where: string, conditions: readonly Condition[] | undefined) => {
    for (const c of conditions ?? []) {
      if ('event' in c && !eventIds.has(c.event)) problems.push(`${where}: unknown event "${c.event}"`);
      if ('notEvent' in c && !eventIds.has(c.notEvent)) problems.push(`${where}: unknown event "${c.notEvent}"`);
      if ('move' in c && !moveIds.has(c.move)) problems.push(`${where}: unknown German move "${c.move}"`);
      if ('moveNot' in c && !moveIds.has(c.moveNot)) problems.push(`${where}: unknown German move "${c.moveNot}"`);
      if ('government' in c) {
        for (const [country, ids] of Object.entries(c.government)) {
          for (const id of typeof ids === 'string' ? [ids] : ids) {
            const known = data.governments[id];
            if (known === undefined) problems.push(`${where}: unknown government "${id}"`);
            else if (known.country !== country) problems.push(`${where}: "${id}" is a ${known.country} government`);
          }
        }
      }
    }
  };
  data.events.forEach((event, i) => {
    check(`events[${i}].requires`, event.requires);
    check(`events[${i}].unless`, event.unless);
    for (const [country, government] of Object.entries(event.effects.government ?? {})) {
      const known = data.governments[government];
      if (known === undefined)
        problems.push(`events[${i}].effects.government.${country}: unknown government "${government}"`);
      else if (known.country !== country) {
        problems.push(`events[${i}].effects.government.${country}: "${government}" is a ${known.country} government`);
      }
    }
  });
  data.moves.forEach((move, i) => {
    check(`moves[${i}].requires`, move.requires);
  });
  problems.push(...cycleProblems(data));
  return problems;
}

/** Events (and moves) that require each other in a cycle can never happen: name the cycle. */
function cycleProblems(data: ModelData): string[] {
  const edges = new Map<string, string[]>();
  const depends = (conditions: readonly Condition[] | undefined) =>
    (conditions ?? []).flatMap((c) => ('event' in c ? [c.event] : 'move' in c ? [`move:${c.move}`] : []));
  for (const event of data.events) edges.set(event.id, depends(event.requires));
  for (const move of data.moves) edges.set(`move:${move.id}`, depends(move.requires));
  const problems: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(node)), node];
      problems.push(`events: cyclic dependency ${cycle.join(' → ')}`);
      return;
    }
    state.set(node, 'visiting');
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of edges.keys()) visit(node, []);
  return problems;
}

/** The ids of the German moves a predicate names, for checking references when the data loads. */
function predicateMoves(p: EndingPredicate): string[] {
  if ('all' in p) return p.all.flatMap(predicateMoves);
  if ('any' in p) return p.any.flatMap(predicateMoves);
  if ('not' in p) return predicateMoves(p.not);
  if ('warOver' in p) return [...p.warOver];
  if ('move' in p) return [p.move];
  if ('crisis' in p) return p.crisis.move === undefined ? [] : [p.crisis.move];
  return [];
}

/** Problems with the endings: a German move their conditions name that does not exist; transit thresholds out of order. */
export function endingProblems(endings: typeof ENDINGS, moves: typeof MOVES, model: typeof MODEL): string[] {
  const moveIds = new Set(moves.map((m) => m.id));
  const problems = endings.flatMap((ending, i) =>
    predicateMoves(ending.when)
      .filter((id) => !moveIds.has(id))
      .map((id) => `endings[${i}].when: unknown German move "${id}"`),
  );
  if (model.transit.waveringAt > model.transit.grantedAt) {
    problems.push(`model.json: transit.waveringAt: must be at most grantedAt (${model.transit.grantedAt})`);
  }
  return problems;
}

const problems = [
  ...referenceProblems({ model: MODEL, events: EVENTS, moves: MOVES, governments: GOVERNMENTS }),
  ...endingProblems(ENDINGS, MOVES, MODEL),
  ...REQUIRED_DECISIONS.filter(([actor, id]) => ACTORS[actor]?.decisions[id] === undefined).map(
    ([actor, id]) => `actors.${actor}.decisions: the engine needs a decision "${id}"`,
  ),
];
if (problems.length > 0) throw new Error(`Invalid model data:\n${problems.join('\n')}`);
