/**
 * The world model's data, read from `scenarios/model/` unchecked (see
 * `shipped` in `../validation.ts`): `shippedDataProblems()` checks it against its schemas, and
 * for references that must resolve (an event naming another event, a
 * government, a German move), in a unit test and in `npm run validate`.
 */
import actorsJson from '../../../scenarios/model/actors.json';
import conventionJson from '../../../scenarios/model/convention.json';
import delegationsJson from '../../../scenarios/model/delegations.json';
import endingsJson from '../../../scenarios/model/endings.json';
import eventsJson from '../../../scenarios/model/events.json';
import governmentsJson from '../../../scenarios/model/governments.json';
import modelJson from '../../../scenarios/model/model.json';
import movesJson from '../../../scenarios/model/moves.json';
import { shipped } from '../validation';
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

/** The files as bundled, by name, before any check: what `shippedDataProblems()` checks. */
export const MODEL_FILES: Readonly<Record<keyof typeof MODEL_SCHEMAS, unknown>> = {
  'actors.json': actorsJson,
  'convention.json': conventionJson,
  'delegations.json': delegationsJson,
  'endings.json': endingsJson,
  'events.json': eventsJson,
  'governments.json': governmentsJson,
  'model.json': modelJson,
  'moves.json': movesJson,
};

export const MODEL = shipped(modelFileSchema, modelJson);
export const ACTORS = shipped(actorsFileSchema, actorsJson).actors;
export const GOVERNMENTS = shipped(governmentsFileSchema, governmentsJson).governments;
export const EVENTS = shipped(eventsFileSchema, eventsJson).events;
export const MOVES = shipped(movesFileSchema, movesJson).moves;
export const CONVENTION = shipped(conventionFileSchema, conventionJson);
export const ENDINGS = shipped(endingsFileSchema, endingsJson).endings;

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
  const rule = ACTORS[actor].decisions[id];
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
    if (event.during !== undefined && !moveIds.has(event.during))
      problems.push(`events[${i}].during: unknown German move "${event.during}"`);
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

/** Decisions the engine calls that `actors` lacks. */
export function missingDecisions(actors: typeof ACTORS): string[] {
  return REQUIRED_DECISIONS.filter(([actor, id]) => actors[actor].decisions[id] === undefined).map(
    ([actor, id]) => `actors.${actor}.decisions: the engine needs a decision "${id}"`,
  );
}

/** Every problem across the model's files (references, endings, the engine's decisions): what was checked at import. */
export function modelProblems(data: ModelData & { readonly endings: typeof ENDINGS; readonly actors: typeof ACTORS }) {
  return [
    ...referenceProblems(data),
    ...endingProblems(data.endings, data.moves, data.model),
    ...missingDecisions(data.actors),
  ];
}

/** The model's shipped data, as the checks across its files take it. */
export const SHIPPED_MODEL = {
  model: MODEL,
  actors: ACTORS,
  events: EVENTS,
  moves: MOVES,
  governments: GOVERNMENTS,
  endings: ENDINGS,
} as const;

/**
 * The checks across the model's files with file `name` replaced by `value` (its schema's
 * output): what `npm run validate` says of one model file beside the shipped others.
 */
export function modelProblemsWith(name: keyof typeof MODEL_SCHEMAS, value: unknown): string[] {
  const data = SHIPPED_MODEL;
  switch (name) {
    case 'model.json':
      return modelProblems({ ...data, model: value as typeof MODEL });
    case 'actors.json':
      return modelProblems({ ...data, actors: (value as { actors: typeof ACTORS }).actors });
    case 'events.json':
      return modelProblems({ ...data, events: (value as { events: typeof EVENTS }).events });
    case 'moves.json':
      return modelProblems({ ...data, moves: (value as { moves: typeof MOVES }).moves });
    case 'governments.json':
      return modelProblems({ ...data, governments: (value as { governments: typeof GOVERNMENTS }).governments });
    case 'endings.json':
      return modelProblems({ ...data, endings: (value as { endings: typeof ENDINGS }).endings });
    default:
      return [];
  }
}
