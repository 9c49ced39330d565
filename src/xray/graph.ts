/**
 * The rules X-ray's model: each legal machine's states and transitions, read
 * from the machine definition at run time (never a hand-drawn copy that can
 * drift), and a verdict's path mapped onto them.
 *
 * `toDirectedGraph` from `xstate/graph` gives the evented transitions; it
 * leaves out the eventless `always` transitions that carry most of the legal
 * reasoning, so those are read from the state nodes themselves. Each state is
 * named by its title in words (`scenarios/text/xray.en.json`, see `words.ts`),
 * not by its code name. Pure: no DOM.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { type DirectedGraphNode, toDirectedGraph } from 'xstate/graph';
import {
  type Citation,
  type PathStep,
  REASONS,
  type Reading,
  RULE_MACHINE_IDS,
  RULE_MACHINES,
  type RuleMachineId,
  type StepKind,
  type StepMeta,
  type TreatyId,
} from '../engine';
import { stateWords, XRAY_WORDS, type XrayWords } from './words';

/** A state of a legal machine, as the X-ray draws it. */
export interface XrayNode {
  /** The state's id, as a verdict's path names it: `francoSovietPact.notInForce`. */
  readonly id: string;
  /** The state's key within its machine: `notInForce`. */
  readonly key: string;
  /**
   * The state's title in words, from `scenarios/text/xray.en.json`: `Britain's verdict` for
   * `locarno.ukVerdict`; the label made from its key (`stateTitle`) where the file has none.
   */
  readonly label: string;
  readonly cite: string;
  readonly kind: StepKind;
  readonly reading: Reading | null;
  readonly summary: string;
  readonly final: boolean;
  /** On final states: the verdict the state stands for. */
  readonly verdict: StepMeta['verdict'] | null;
  /** The facts the state waits for (event types), empty for eventless steps. */
  readonly awaits: readonly string[];
  /** The parent state's id for nested states; null for the machine's top-level states. */
  readonly parent: string | null;
}

/** A transition of a legal machine. */
export interface XrayEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The event that takes it, or `'always'` for an eventless step. */
  readonly event: string;
  /** The named guard, or null when the transition is unguarded (the fallback of a list). */
  readonly guard: string | null;
  /** What the guard implements, from the machine's guard table; null for unguarded transitions. */
  readonly guardCite: Citation | null;
}

export interface XrayGraph {
  /** The machine's id (a `RuleMachineId` for the legal machines). */
  readonly machine: string;
  readonly title: string;
  readonly initial: string;
  readonly nodes: readonly XrayNode[];
  readonly edges: readonly XrayEdge[];
}

/**
 * A label made mechanically from a state's key, for a state the words give no title:
 * `inForceCheck` → `In force check`, `art15Para7Liberty` → `Art 15 para 7 liberty`, `byProtocolII` → `By protocol II`.
 */
export function stateLabel(key: string): string {
  const words = key.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [key];
  const text = words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase())).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A state's title, by its id: `locarno.ukVerdict` → `Britain's verdict`. Where the words have
 * none (a machine the file does not cover), the label made from its key: `Uk verdict`.
 */
export function stateTitle(id: string, words: XrayWords = XRAY_WORDS): string {
  return stateWords(id, stateLabel(id.slice(id.lastIndexOf('.') + 1)), words);
}

/** The name of a transition's guard: XState keeps a string, an object with a type, or a function. */
export function guardName(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return guard.name === '' ? 'inline guard' : guard.name;
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
  return 'inline guard';
}

function isStepMeta(meta: unknown): meta is StepMeta {
  if (typeof meta !== 'object' || meta === null) return false;
  const m = meta as Partial<Record<keyof StepMeta, unknown>>;
  return typeof m.cite === 'string' && (m.kind === 'letter' || m.kind === 'practice') && typeof m.summary === 'string';
}

/** Every state node under `node`, depth first, in definition order (the root left out). */
export function stateNodesOf(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...stateNodesOf(child)]);
}

function nodeOf(state: AnyStateNode): XrayNode {
  const meta: unknown = state.meta;
  if (!isStepMeta(meta)) throw new Error(`state ${state.id} has no citation, kind and summary in its meta`);
  const parent = state.parent;
  return {
    id: state.id,
    key: state.key,
    label: stateTitle(state.id),
    cite: meta.cite,
    kind: meta.kind,
    reading: meta.reading ?? null,
    summary: meta.summary,
    final: state.type === 'final',
    verdict: meta.verdict ?? null,
    awaits: meta.awaits ?? [],
    parent: parent === undefined || parent.parent === undefined ? null : parent.id,
  };
}

function flattenDirected(graph: DirectedGraphNode): DirectedGraphNode[] {
  return [graph, ...graph.children.flatMap(flattenDirected)];
}

function citeOf(guard: string | null, cites: Readonly<Record<string, Citation>>, where: string): Citation | null {
  if (guard === null) return null;
  const cite = cites[guard];
  if (cite === undefined) throw new Error(`guard ${guard} (${where}) has no citation in the machine's guard table`);
  return cite;
}

/** The evented transitions, from `xstate/graph`. */
function eventEdges(machine: AnyStateMachine, cites: Readonly<Record<string, Citation>>): XrayEdge[] {
  return flattenDirected(toDirectedGraph(machine)).flatMap((graphNode) =>
    graphNode.edges.map((edge) => {
      const guard = guardName(edge.transition.guard);
      return {
        id: edge.id,
        from: edge.source.id,
        to: edge.target.id,
        event: edge.label.text,
        guard,
        guardCite: citeOf(guard, cites, edge.id),
      };
    }),
  );
}

/** The eventless `always` transitions, which `toDirectedGraph` leaves out, read from the state nodes. */
function alwaysEdges(machine: AnyStateMachine, cites: Readonly<Record<string, Citation>>): XrayEdge[] {
  return stateNodesOf(machine.root).flatMap((state) =>
    (state.always ?? []).flatMap((transition, index) =>
      (transition.target ?? [state]).map((target, targetIndex) => {
        const id = `${state.id}:always:${index}:${targetIndex}`;
        const guard = guardName(transition.guard);
        return { id, from: state.id, to: target.id, event: 'always', guard, guardCite: citeOf(guard, cites, id) };
      }),
    ),
  );
}

/**
 * The X-ray model of any machine whose states carry a `StepMeta` and whose
 * guards are all in `guardCites`. Nested states are included, with their parent.
 */
export function buildGraph(
  machine: AnyStateMachine,
  guardCites: Readonly<Record<string, Citation>>,
  title: string,
): XrayGraph {
  const nodes = stateNodesOf(machine.root).map(nodeOf);
  const initial = machine.root.initial?.target[0]?.id;
  if (initial === undefined) throw new Error(`machine ${machine.id} has no initial state`);
  return {
    machine: machine.id,
    title,
    initial,
    nodes,
    edges: [...eventEdges(machine, guardCites), ...alwaysEdges(machine, guardCites)],
  };
}

const cache = new Map<RuleMachineId, XrayGraph>();

/** The X-ray model of a legal machine: every state with its citation, every transition with its guard's. */
export function machineGraph(id: RuleMachineId): XrayGraph {
  const known = cache.get(id);
  if (known !== undefined) return known;
  const { machine, guardCites, title } = RULE_MACHINES[id];
  const graph = buildGraph(machine, guardCites, title);
  cache.set(id, graph);
  return graph;
}

/** The machine a path step belongs to: `locarno.ukVerdict` → `locarno`. */
export function machineOfState(state: string): RuleMachineId {
  const prefix = state.slice(0, state.indexOf('.'));
  const id = RULE_MACHINE_IDS.find((m) => m === prefix);
  if (id === undefined) throw new Error(`state ${state} belongs to no legal machine`);
  return id;
}

/** The machine each treaty's verdict comes from. */
export const TREATY_MACHINES: Readonly<Record<TreatyId, RuleMachineId>> = {
  'franco-soviet': 'francoSovietPact',
  'czechoslovak-soviet': 'czechoslovakSoviet',
  locarno: 'locarno',
};

/** The machines a verdict's path goes through, in the order it first enters them. */
export function machinesOnPath(path: readonly PathStep[]): RuleMachineId[] {
  return [...new Set(path.map((step) => machineOfState(step.state)))];
}

/**
 * The part of a path inside one machine. A treaty's path splices in the
 * Council's procedure and the Locarno check where the treaty waits for them
 * (`leagueRoute`, `locarnoCheck`), so a machine's own steps, taken in order,
 * are joined by its own transitions.
 */
export function pathInMachine(path: readonly PathStep[], machine: RuleMachineId): string[] {
  return path.map((step) => step.state).filter((state) => machineOfState(state) === machine);
}

/** The transition joining two consecutive states of a machine's path, if the graph has one. */
export function edgeBetween(graph: XrayGraph, from: string, to: string): XrayEdge | undefined {
  return graph.edges.find((edge) => edge.from === from && edge.to === to);
}

/** What the X-ray lights on one machine for a path. */
export interface PathPlan {
  readonly machine: RuleMachineId;
  /** The machine's own steps, in order. */
  readonly states: readonly string[];
  /** For each pair of consecutive steps, the transition that joins them. */
  readonly edges: readonly string[];
  /** Consecutive steps no transition of the graph joins (empty unless the drawing has drifted from the engine). */
  readonly gaps: readonly (readonly [string, string])[];
  /** The state the machine is in: its last step, or null if the path never entered it. */
  readonly current: string | null;
  /** Where practice stopped the letter, if it is in this machine. */
  readonly stop: string | null;
}

/** The steps, arrows, current state and stop the X-ray lights on `machine` for `path`. */
export function pathPlan(path: readonly PathStep[], machine: RuleMachineId): PathPlan {
  const graph = machineGraph(machine);
  const states = pathInMachine(path, machine);
  const edges: string[] = [];
  const gaps: [string, string][] = [];
  for (let i = 1; i < states.length; i += 1) {
    const from = states[i - 1] ?? '';
    const to = states[i] ?? '';
    const edge = edgeBetween(graph, from, to);
    if (edge === undefined) gaps.push([from, to]);
    else edges.push(edge.id);
  }
  const stop = practiceStop(path);
  return {
    machine,
    states,
    edges,
    gaps,
    current: states.at(-1) ?? null,
    stop: stop !== null && machineOfState(stop) === machine ? stop : null,
  };
}

/**
 * Where practice stopped the letter, as `hollowTreaties` decides it: the
 * path reached the obligation (`obligationArises`), then ended in a final
 * state that refuses help (blocked or declined) for a reason of practice.
 * That final state is returned; null when the treaty was not hollow.
 */
export function practiceStop(path: readonly PathStep[]): string | null {
  const last = path.at(-1);
  if (last === undefined || !path.some((step) => step.state.endsWith('.obligationArises'))) return null;
  const node = machineGraph(machineOfState(last.state)).nodes.find((n) => n.id === last.state);
  const verdict = node?.verdict;
  if (node === undefined || !node.final || verdict === null || verdict === undefined || verdict.reason === null) {
    return null;
  }
  const refused = verdict.outcome === 'blocked' || verdict.outcome === 'declined';
  return refused && REASONS[verdict.reason].kind === 'practice' ? node.id : null;
}
