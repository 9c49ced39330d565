/**
 * The X-ray draws the machines as they are defined: every state and every
 * transition — the eventless `always` steps and any nested state included —
 * must be in the graph model and in the layout, with the citations the
 * machines carry. The expected sets are read from the machines here, by a
 * second route, so a drawing that drifts from the engine fails.
 */
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, type AnyStateNode, setup } from 'xstate';
import { getStateNodes, toDirectedGraph } from 'xstate/graph';
import { RULE_MACHINE_IDS, RULE_MACHINES, type StepMeta } from '../engine';
import { buildGraph, guardName, machineGraph, stateLabel, type XrayGraph } from './graph';
import { edgeLabelSize, edgeText, layoutGraph, shortCite, XRAY_SIZES } from './layout';
import { XRAY_LABEL_MAX_CHARS } from './words';

/** Every transition of a machine as `from -> to on event [guard]`, read from each state node's own tables. */
function transitionsOf(machine: AnyStateMachine): string[] {
  const nodes: AnyStateNode[] = getStateNodes(machine.root);
  return nodes.flatMap((node) => {
    const evented = [...node.transitions.values()].flat();
    const eventless = node.always ?? [];
    return [...evented, ...eventless].flatMap((t) =>
      (t.target ?? [node]).map(
        (target) => `${node.id} -> ${target.id} on ${t.eventType || 'always'} [${guardName(t.guard) ?? ''}]`,
      ),
    );
  });
}

function edgesOf(graph: XrayGraph): string[] {
  return graph.edges.map((e) => `${e.from} -> ${e.to} on ${e.event} [${e.guard ?? ''}]`);
}

/** What the drawing leaves out of a machine: state ids and transitions. */
function missingFrom(machine: AnyStateMachine, graph: XrayGraph): string[] {
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const states = getStateNodes(machine.root)
    .map((n) => n.id)
    .filter((id) => !drawn.has(id));
  const remaining = edgesOf(graph);
  const transitions = transitionsOf(machine).filter((t) => {
    const at = remaining.indexOf(t);
    if (at < 0) return true;
    remaining.splice(at, 1);
    return false;
  });
  return [...states, ...transitions];
}

describe('the X-ray graph of each legal machine', () => {
  for (const id of RULE_MACHINE_IDS) {
    const { machine, guardCites } = RULE_MACHINES[id];
    const graph = machineGraph(id);

    it(`${id}: has every state, with the citation, kind and summary of its meta`, () => {
      const nodes = getStateNodes(machine.root);
      expect(graph.nodes.map((n) => n.id).sort()).toEqual(nodes.map((n) => n.id).sort());
      for (const state of nodes) {
        const meta = state.meta as StepMeta;
        const drawn = graph.nodes.find((n) => n.id === state.id);
        expect(drawn, state.id).toMatchObject({
          cite: meta.cite,
          kind: meta.kind,
          summary: meta.summary,
          final: state.type === 'final',
          reading: meta.reading ?? null,
        });
      }
      expect(graph.initial).toBe(`${id}.${String(machine.config.initial)}`);
    });

    it(`${id}: has every transition, evented and eventless, and no other`, () => {
      expect(missingFrom(machine, graph)).toEqual([]);
      expect(edgesOf(graph).sort()).toEqual(transitionsOf(machine).sort());
      const always = graph.edges.filter((e) => e.event === 'always');
      expect(always.length).toBeGreaterThan(0);
      const directed = toDirectedGraph(machine).children.flatMap((c) => c.edges.map((e) => e.id));
      for (const edgeId of directed) expect(graph.edges.map((e) => e.id)).toContain(edgeId);
      expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    });

    it(`${id}: names every guard on its arrow, with the citation from the guard table`, () => {
      const guarded = graph.edges.filter((e) => e.guard !== null);
      const used = new Set(guarded.map((e) => e.guard));
      expect([...used].sort()).toEqual(Object.keys(machine.implementations.guards).sort());
      for (const edge of guarded) expect(edge.guardCite, edge.id).toEqual(guardCites[edge.guard ?? '']);
      for (const edge of graph.edges.filter((e) => e.guard === null)) expect(edge.guardCite).toBeNull();
    });

    it(`${id}: lays out every state and every transition, boxes and labels apart and inside the drawing`, () => {
      const laid = layoutGraph(graph);
      expect(laid.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
      expect(laid.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
      for (const n of laid.nodes) {
        expect(n.width).toBeGreaterThanOrEqual(XRAY_SIZES.nodeMinWidth);
        // The box holds its title on one line, with its inner margin (box widths are whole units).
        const room = n.label.length * XRAY_SIZES.labelCharWidth + XRAY_SIZES.nodePadding;
        expect(n.width, n.id).toBeGreaterThanOrEqual(Math.round(room));
        expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
        expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width / 2).toBeLessThanOrEqual(laid.width);
        expect(n.y + n.height / 2).toBeLessThanOrEqual(laid.height);
      }
      for (const [i, a] of laid.nodes.entries()) {
        for (const b of laid.nodes.slice(i + 1)) {
          const apart =
            Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
          expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
        }
      }
      // Each arrow's label, in words, gets room of its own: no line longer than a label may be, and its box
      // (as wide as its longest line, a line high per line) clear of every state and every other label.
      const labels = laid.edges
        .filter((e) => e.lines.length > 0)
        .map((e) => ({ id: e.id, x: e.labelX, y: e.labelY, ...edgeLabelSize(e.lines) }));
      for (const e of laid.edges) {
        for (const line of e.lines) expect(line.length, e.id).toBeLessThanOrEqual(XRAY_LABEL_MAX_CHARS);
      }
      for (const [i, label] of labels.entries()) {
        expect(label.width, label.id).toBeLessThanOrEqual(XRAY_LABEL_MAX_CHARS * XRAY_SIZES.edgeCharWidth);
        const clear = (b: { x: number; y: number; width: number; height: number }) =>
          Math.abs(label.x - b.x) >= (label.width + b.width) / 2 ||
          Math.abs(label.y - b.y) >= (label.height + b.height) / 2;
        for (const n of laid.nodes) expect(clear(n), `${label.id} over ${n.id}`).toBe(true);
        for (const other of labels.slice(i + 1)) expect(clear(other), `${label.id} over ${other.id}`).toBe(true);
      }
      for (const e of laid.edges) {
        expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
        for (const p of e.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y), e.id).toBe(true);
        const target = laid.nodes.find((n) => n.id === e.to);
        const end = e.points.at(-1);
        if (target === undefined || end === undefined) throw new Error(`${e.id} has no end`);
        // The arrow ends on its target's border.
        expect(Math.abs(end.x - target.x)).toBeLessThanOrEqual(target.width / 2 + 1);
        expect(Math.abs(end.y - target.y)).toBeLessThanOrEqual(target.height / 2 + 1);
      }
    });
  }

  it('notices a state or a transition left out of a drawing', () => {
    const { machine } = RULE_MACHINES.francoSovietPact;
    const graph = machineGraph('francoSovietPact');
    const withoutState = { ...graph, nodes: graph.nodes.filter((n) => n.key !== 'notInForce') };
    const withoutAlways = {
      ...graph,
      edges: graph.edges.filter((e) => e.id !== 'francoSovietPact.threatRaised:always:0:0'),
    };
    expect(missingFrom(machine, withoutState)).toEqual(['francoSovietPact.notInForce']);
    expect(missingFrom(machine, withoutAlways)).toEqual([
      'francoSovietPact.threatRaised -> francoSovietPact.inForceCheck on always []',
    ]);
  });
});

describe('nested states', () => {
  it('are drawn with their parent, their own transitions and the eventless ones inside them', () => {
    const nested = setup({ guards: { isReady: () => true } }).createMachine({
      id: 'nested',
      initial: 'outer',
      states: {
        outer: {
          meta: { cite: 'A', kind: 'letter', summary: 'Outer.' },
          initial: 'inner',
          states: {
            inner: {
              meta: { cite: 'B', kind: 'practice', summary: 'Inner.' },
              always: { guard: 'isReady', target: 'done' },
            },
            done: { type: 'final', meta: { cite: 'C', kind: 'letter', summary: 'Done.' } },
          },
          on: { 'go.on': 'last' },
        },
        last: { type: 'final', meta: { cite: 'D', kind: 'letter', summary: 'Last.' } },
      },
    });
    const graph = buildGraph(nested, { isReady: { cite: 'B', kind: 'practice' } }, 'Nested');
    expect(missingFrom(nested, graph)).toEqual([]);
    expect(graph.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['nested.outer', null],
      ['nested.outer.inner', 'nested.outer'],
      ['nested.outer.done', 'nested.outer'],
      ['nested.last', null],
    ]);
    expect(edgesOf(graph).sort()).toEqual([
      'nested.outer -> nested.last on go.on []',
      'nested.outer.inner -> nested.outer.done on always [isReady]',
    ]);
    expect(layoutGraph(graph).nodes).toHaveLength(4);
    // A machine the words do not cover keeps the labels made from its keys.
    expect(graph.nodes.map((n) => n.label)).toEqual(['Outer', 'Inner', 'Done', 'Last']);
  });

  it('refuses a guard with no citation', () => {
    const uncited = setup({ guards: { isSecret: () => true } }).createMachine({
      id: 'uncited',
      initial: 'a',
      states: {
        a: { meta: { cite: 'A', kind: 'letter', summary: 'A.' }, always: { guard: 'isSecret', target: 'b' } },
        b: { type: 'final', meta: { cite: 'B', kind: 'letter', summary: 'B.' } },
      },
    });
    expect(() => buildGraph(uncited, {}, 'Uncited')).toThrow(/isSecret .* has no citation/);
  });
});

describe('labels', () => {
  it('turns state keys into words, for a state with no title', () => {
    expect(stateLabel('inForceCheck')).toBe('In force check');
    expect(stateLabel('art15Para7Liberty')).toBe('Art 15 para 7 liberty');
    expect(stateLabel('suspendedByProtocolII')).toBe('Suspended by protocol II');
    expect(stateLabel('blockedNoTransit')).toBe('Blocked no transit');
    expect(stateLabel('peace')).toBe('Peace');
  });

  it('reads a guard name from each form XState keeps', () => {
    expect(guardName('isThreat')).toBe('isThreat');
    expect(guardName({ type: 'isThreat', params: {} })).toBe('isThreat');
    expect(guardName(function isNamed() {})).toBe('isNamed');
    expect(guardName(undefined)).toBeNull();
  });

  it('says "otherwise" on the fallback after guarded eventless steps, nothing on a lone one', () => {
    const graph = machineGraph('francoSovietPact');
    const edge = (id: string) => {
      const found = graph.edges.find((e) => e.id === id);
      if (found === undefined) throw new Error(`no edge ${id}`);
      return found;
    };
    expect(edgeText(edge('francoSovietPact.threatRaised:always:0:0'), graph)).toBe('');
    expect(edgeText(edge('francoSovietPact.ownTerritoryCheck:always:0:0'), graph)).toBe(
      'Attack on French or Soviet soil?',
    );
    expect(edgeText(edge('francoSovietPact.ownTerritoryCheck:always:1:0'), graph)).toBe('otherwise');
    expect(edgeText(edge('francoSovietPact.peace:0:0'), graph)).toBe('a threat of aggression');
  });

  it('cuts a long citation with an ellipsis', () => {
    expect(shortCite('Covenant Art. 16 §1')).toBe('Covenant Art. 16 §1');
    const cut = shortCite('Franco-Soviet Treaty, Arts. 2-3; League Assembly resolutions of 4 Oct 1921, res. 4');
    expect(cut.length).toBeLessThanOrEqual(XRAY_SIZES.citeChars);
    expect(cut.endsWith('…')).toBe(true);
  });
});
