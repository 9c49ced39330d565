/**
 * Rule variants (issue 14 §4): the files of `scenarios/variants/`, checked when
 * first imported, and the rules of a game — history's data, or that data with
 * the game's variants patched over it, checked again against the files'
 * schemas and references. A game's world names its variants (`world.variants`,
 * absent for history); the engine reads the few switchable facts through
 * `rulesOf(world)`. A variant changes the rules from the scenario's first
 * month: the course of history before it is history's.
 */
import type { z } from 'zod';
import calendarJson from '../../../scenarios/law/calendar.json';
import actorsJson from '../../../scenarios/model/actors.json';
import eventsJson from '../../../scenarios/model/events.json';
import modelJson from '../../../scenarios/model/model.json';
import britainFirmJson from '../../../scenarios/variants/britain-firm-guarantor.json';
import locarnoWithoutItalyJson from '../../../scenarios/variants/locarno-without-italy.json';
import noProtocolOverrideJson from '../../../scenarios/variants/no-protocol-override.json';
import noPurgeJson from '../../../scenarios/variants/no-purge.json';
import polandTransitJson from '../../../scenarios/variants/poland-grants-transit.json';
import { ACTORS, EVENTS, GOVERNMENTS, MODEL, MODEL_SCHEMAS, MOVES, referenceProblems } from '../model/modelData';
import type { Rule } from '../model/modelSchemas';
import { CALENDAR, type Calendar, LAW_SCHEMAS } from '../rules/lawData';
import { formatPath, type Parsed, type Problem, parseWith, shipped } from '../validation';
import type { LawSwitches } from '../world/legalCases';
import { type ActorId, draftOf, type WorldState } from '../world/worldState';
import { type PatchableFile, type PatchOp, type PathSegment, type Variant, variantSchema } from './variantSchema';

/** The data a game's rules read where a variant may differ from history. */
export interface GameRules {
  /** The variants' ids, sorted and joined by "+"; empty for history. */
  readonly key: string;
  readonly model: typeof MODEL;
  readonly actors: typeof ACTORS;
  readonly events: typeof EVENTS;
  readonly calendar: Calendar;
  /** History's events the variants took out: they never happen. */
  readonly removedEvents: ReadonlySet<string>;
}

/** History's rules: the data files as they are. */
export const HISTORY_RULES: GameRules = {
  key: '',
  model: MODEL,
  actors: ACTORS,
  events: EVENTS,
  calendar: CALENDAR,
  removedEvents: new Set(),
};

const RAW: Readonly<Record<PatchableFile, unknown>> = {
  'law/calendar.json': calendarJson,
  'model/model.json': modelJson,
  'model/actors.json': actorsJson,
  'model/events.json': eventsJson,
};

const SCHEMAS: Readonly<Record<PatchableFile, z.ZodType>> = {
  'law/calendar.json': LAW_SCHEMAS['calendar.json'],
  'model/model.json': MODEL_SCHEMAS['model.json'],
  'model/actors.json': MODEL_SCHEMAS['actors.json'],
  'model/events.json': MODEL_SCHEMAS['events.json'],
};

/**
 * The facts a variant may switch, by file: the paths the engine reads through
 * `rulesOf(world)`. Everything else in these files it reads once for every game,
 * so a patch there would change the data and not the game (the verdicts, the
 * rolls and their explanations would go on from history's values): such a patch
 * is refused. Each path here is one a shipped variant patches, and its test in
 * `variants.test.ts` shows the game following it. A variant that needs another
 * fact first has the engine read it through `rulesOf`, then adds it here. Events
 * are taken out (`remove`), never changed: the month's events are read as shipped.
 */
export const SWITCHABLE: Readonly<Record<PatchableFile, readonly (readonly string[])[]>> = {
  'law/calendar.json': [['locarnoGuarantors'], ['protocolPointI', 'overrideWithoutRecommendation']],
  'model/model.json': [
    ['crisis', 'ukVerdict'],
    ['crisis', 'ukJoinsAt'],
    ['transit', 'alwaysGrants'],
  ],
  'model/actors.json': [['actors', 'poland', 'decisions', 'transit1939']],
  'model/events.json': [],
};

/**
 * Why the engine would not follow `op` (a fact it reads once for every game), or null.
 * Exported for its tests: the patchable files hold no list with ids but the events,
 * so only a made-up operation can show a removal anywhere else refused.
 */
export function switchProblem(op: PatchOp): string | null {
  const under = SWITCHABLE[op.file].some((prefix) => prefix.every((key, i) => op.path[i] === key));
  if (under) return null;
  const takesOutAnEvent = op.file === 'model/events.json' && 'remove' in op && op.path.length === 2;
  if (takesOutAnEvent) return null;
  const what = SWITCHABLE[op.file].map((prefix) => prefix.join('.'));
  return (
    `the game reads ${op.path.map(showSegment).join('.')} once for every game, not by variant: ` +
    `a variant can switch ${what.length === 0 ? 'none of its fields (it can take an event out)' : what.join(', ')} in ${op.file}`
  );
}

/** An object (a list too: `locate` takes lists first, and a list item is never a list with an `id`). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function showSegment(s: PathSegment): string {
  return typeof s === 'object' ? `{id: ${s.id}}` : String(s);
}

/** The index (in a list) or key (in an object) `segment` names in `container`, or null if there is none. */
function locate(container: unknown, segment: PathSegment): number | string | null {
  if (Array.isArray(container)) {
    if (typeof segment === 'number') return segment < container.length ? segment : null;
    if (typeof segment === 'object') {
      const index = container.findIndex((item) => isRecord(item) && item.id === segment.id);
      return index < 0 ? null : index;
    }
    return null;
  }
  if (isRecord(container) && typeof segment === 'string') return segment in container ? segment : null;
  return null;
}

/** Apply one operation to a copy of a file's data; a string says why it cannot apply. */
function applyOp(data: unknown, op: PatchOp): string | null {
  let container = data;
  for (let i = 0; i < op.path.length - 1; i++) {
    const segment = op.path[i] as PathSegment;
    const at = locate(container, segment);
    if (at === null) return `no field ${showSegment(segment)} in ${op.file}`;
    container = Array.isArray(container) ? container[at as number] : (container as Record<string, unknown>)[at];
  }
  const last = op.path[op.path.length - 1] as PathSegment;
  const at = locate(container, last);
  if (at === null) return `no field ${showSegment(last)} in ${op.file}`;
  if ('remove' in op) {
    // Only a list has an element `{ "id": … }` (`locate`): the container is a list.
    if (typeof last !== 'object') return 'remove takes a list element named by { "id": … }';
    (container as unknown[]).splice(at as number, 1);
    return null;
  }
  (container as Record<number | string, unknown>)[at] = structuredClone(op.set);
  return null;
}

/** The patched files' data, checked: the files each variant patches, against their schemas and references. */
function patchedRules(variants: readonly Variant[]): Parsed<GameRules> {
  const files = new Map<PatchableFile, unknown>();
  const problems: Problem[] = [];
  for (const variant of variants) {
    variant.patch.forEach((op, i) => {
      const data = files.get(op.file) ?? structuredClone(RAW[op.file]);
      files.set(op.file, data);
      const problem = applyOp(data, op) ?? switchProblem(op);
      if (problem !== null) problems.push({ path: `${variant.id}: patch[${i}].path`, message: problem });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const read = <T>(file: PatchableFile, fallback: T): T => {
    if (!files.has(file)) return fallback;
    const result = SCHEMAS[file].safeParse(files.get(file));
    if (result.success) return result.data as T;
    for (const issue of result.error.issues) {
      problems.push({ path: `${file}: ${formatPath(issue.path)}`, message: issue.message });
    }
    return fallback;
  };
  const model = read<typeof MODEL>('model/model.json', MODEL);
  const actors = read<{ actors: typeof ACTORS }>('model/actors.json', { actors: ACTORS }).actors;
  const events = read<{ events: typeof EVENTS }>('model/events.json', { events: EVENTS }).events;
  const calendar = read<Calendar>('law/calendar.json', CALENDAR);
  if (problems.length > 0) return { ok: false, problems };
  for (const message of referenceProblems({ model, events, moves: MOVES, governments: GOVERNMENTS })) {
    problems.push({ path: 'model/events.json', message });
  }
  if (problems.length > 0) return { ok: false, problems };
  const kept = new Set(events.map((e) => e.id));
  return {
    ok: true,
    value: {
      key: variants.map((v) => v.id).join('+'),
      model,
      actors,
      events,
      calendar,
      removedEvents: new Set(EVENTS.map((e) => e.id).filter((id) => !kept.has(id))),
    },
  };
}

/** Read a variant file's data: its schema, then its patch applied alone to history's data. */
export function parseVariant(data: unknown): Parsed<Variant> {
  const parsed = parseWith(variantSchema, data);
  if (!parsed.ok) return parsed;
  const rules = patchedRules([parsed.value]);
  return rules.ok ? parsed : { ok: false, problems: rules.problems };
}

/** The variant files as bundled, by name, before any check: what `shippedDataProblems()` checks. */
export const VARIANT_FILES: Readonly<Record<string, unknown>> = {
  'no-protocol-override.json': noProtocolOverrideJson,
  'locarno-without-italy.json': locarnoWithoutItalyJson,
  'poland-grants-transit.json': polandTransitJson,
  'no-purge.json': noPurgeJson,
  'britain-firm-guarantor.json': britainFirmJson,
};

/** Problems with the shipped variant files: each file's checks (`parseVariant`), and its id must be its name. */
export function variantFileProblems(name: string, data: unknown): Problem[] {
  const parsed = parseVariant(data);
  if (!parsed.ok) return [...parsed.problems];
  return `${parsed.value.id}.json` === name ? [] : [{ path: 'id', message: "must be the file's name" }];
}

/**
 * Every rule variant a class can flip, in the order the title screen shows them (read
 * unchecked: `shippedDataProblems()` checks them, see `shipped` in `../validation.ts`).
 */
export const VARIANTS: readonly Variant[] = Object.values(VARIANT_FILES).map((data) => shipped(variantSchema, data));

/** The ids of the variants. */
export const VARIANT_IDS: readonly string[] = VARIANTS.map((v) => v.id);

/** A variant by id, or undefined. */
export function variantById(id: string): Variant | undefined {
  return VARIANTS.find((v) => v.id === id);
}

/** The titles of the variants `ids` names (an unknown id as itself), for the screen, the ending and the debrief. */
export function variantTitles(ids: readonly string[]): string[] {
  return ids.map((id) => variantById(id)?.title ?? id);
}

/**
 * The transit states a game's rule variants make grant passage whatever their readiness (`transit.alwaysGrants` in
 * model.json), each with the title of the variant that does: so that a verdict's "passage granted" says where it
 * came from.
 */
export function transitGrantedBy(world: {
  readonly variants?: readonly string[];
}): { readonly state: 'poland' | 'romania'; readonly variant: string }[] {
  const granted = rulesOf(world).model.transit.alwaysGrants;
  return granted.map((state) => {
    const variant = (world.variants ?? [])
      .map(variantById)
      .find((v) =>
        v?.patch.some(
          (op) =>
            op.file === 'model/model.json' &&
            'set' in op &&
            op.path.join('.') === 'transit.alwaysGrants' &&
            Array.isArray(op.set) &&
            op.set.includes(state),
        ),
      );
    return { state, variant: variant?.title ?? '' };
  });
}

/** Why a list of variant ids cannot be played (one clear line), or null. */
export function variantsProblem(ids: unknown): string | null {
  if (!Array.isArray(ids)) return 'variants must be a list of variant ids';
  for (const id of ids) {
    if (typeof id !== 'string' || variantById(id) === undefined) {
      const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : typeof id;
      return `unknown rule variant ${shown}; the variants are ${VARIANT_IDS.join(', ')}`;
    }
  }
  if (new Set(ids).size !== ids.length) return 'a rule variant is named twice';
  return null;
}

/** The variant ids in the order of `VARIANTS` (so the same set always gives the same world). */
export function normalVariants(ids: readonly string[]): string[] {
  return VARIANT_IDS.filter((id) => ids.includes(id));
}

const known = new Map<string, GameRules>();

/** The list of variants `rulesFor` read last, and its rules (`rulesOf` runs some hundred times a game). */
let lastVariants: readonly string[] | undefined;
let lastRules: GameRules = HISTORY_RULES;

/** The rules of a game with `variants` (history's for none). Throws on an unknown variant or a combination that does not check. */
export function rulesFor(variants: readonly string[] | undefined): GameRules {
  if (variants === undefined || variants.length === 0) return HISTORY_RULES;
  // A game's worlds share their list of variants: the rules of the list asked for last are found without a key.
  if (variants === lastVariants) return lastRules;
  const key = variants.join('+');
  const cached = known.get(key);
  if (cached !== undefined) {
    lastVariants = variants;
    lastRules = cached;
    return cached;
  }
  const problem = variantsProblem(variants);
  if (problem !== null) throw new Error(problem);
  const chosen = normalVariants(variants).map((id) => variantById(id) as Variant);
  const rules = patchedRules(chosen);
  if (!rules.ok)
    throw new Error(`rule variants ${key}: ${rules.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  known.set(key, rules.value);
  lastVariants = variants;
  lastRules = rules.value;
  return rules.value;
}

/** The rules of the game `world` belongs to. */
export function rulesOf(world: { readonly variants?: readonly string[] }): GameRules {
  return rulesFor(world.variants);
}

/** The legal facts the world's rule variants switch, for its legal cases (undefined under history's rules). */
export function lawSwitchesOf(world: Pick<WorldState, 'variants' | 'locarno'>): LawSwitches | undefined {
  const rules = rulesOf(world);
  if (rules.key === '') return undefined;
  return {
    guarantors: rules.calendar.locarnoGuarantors[world.locarno],
    protocolOverride: rules.calendar.protocolPointI.overrideWithoutRecommendation,
  };
}

/** An actor's decision rule under `rules` (the data checks that the engine's decisions exist). */
export function ruleOf(rules: GameRules, actor: ActorId, id: string): Rule {
  const rule = rules.actors[actor].decisions[id];
  if (rule === undefined) throw new Error(`scenarios/model/actors.json: ${actor} has no decision "${id}"`);
  return rule;
}

/**
 * The same world under other rules from now on (none: history's): what the
 * futures panel compares, variant against history. Switching does not undo
 * what already happened. Throws on an unknown variant.
 */
export function withVariants(world: WorldState, variants: readonly string[]): WorldState {
  const problem = variantsProblem(variants);
  if (problem !== null) throw new Error(problem);
  const next = draftOf(world);
  if (variants.length === 0) delete next.variants;
  else next.variants = normalVariants(variants);
  return next;
}
