/**
 * Lays an X-ray graph out with dagre (a layered layout, top to bottom).
 * Box and label sizes are estimated from the text's length, not measured in a
 * page, so the same graph gets the same layout in Node and in any browser.
 * Imported only by the X-ray's own chunk: never by the first screen.
 */
import { graphlib, layout } from '@dagrejs/dagre';
import type { XrayEdge, XrayGraph, XrayNode } from './graph';
import { eventWords, guardWords, XRAY_WORDS, type XrayWords } from './words';

/** Sizes in SVG user units (CSS pixels at 100%). */
export const XRAY_SIZES = {
  /** A state box: the label on the first line, the citation on the second. */
  nodeHeight: 50,
  nodeMinWidth: 150,
  /** Room for a title of `XRAY_TITLE_MAX_CHARS` (32) characters at `labelCharWidth`, with `nodePadding`. */
  nodeMaxWidth: 280,
  /**
   * Advance of a character at the label's 13px semibold font, and the box's inner margin. Set for a
   * wide face (DejaVu Sans, Debian's Chromium), where a title heavy in m and n ("No unanimous
   * recommendation") runs near 8.6 units a character: with the margin, every title stays in its box
   * (`xray.browser.test.ts` measures it).
   */
  labelCharWidth: 8,
  nodePadding: 24,
  /** The citation line is cut to this many characters (the whole citation is on hover and focus). */
  citeChars: 32,
  /** Edge labels: 10px font, one line for the event's words and one for the guard's; each line's height. */
  edgeCharWidth: 5.8,
  edgeLabelHeight: 14,
  rankSep: 46,
  nodeSep: 28,
  edgeSep: 12,
  margin: 16,
} as const;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LaidOutNode extends XrayNode {
  /** The box's centre and size. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The citation as the box shows it, cut to fit. */
  readonly shortCite: string;
}

export interface LaidOutEdge extends XrayEdge {
  /** The arrow's polyline, from the source box's border to the target's. */
  readonly points: readonly Point[];
  /** The label's lines as drawn: the event's words, then the guard's (none for a plain eventless step). */
  readonly lines: readonly string[];
  /** The lines as one text ('' for a plain eventless step), and the label's centre. */
  readonly text: string;
  readonly labelX: number;
  readonly labelY: number;
}

export interface LaidOutGraph {
  readonly graph: XrayGraph;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

/** The citation cut to `chars` characters, with an ellipsis when cut. */
export function shortCite(cite: string, chars: number = XRAY_SIZES.citeChars): string {
  return cite.length <= chars ? cite : `${cite.slice(0, chars - 1).trimEnd()}…`;
}

/**
 * True for the unguarded transition taken when the guarded ones beside it
 * (from the same state, on the same event or eventless) all fail.
 */
function isFallback(edge: XrayEdge, graph: XrayGraph): boolean {
  return (
    edge.guard === null && graph.edges.some((e) => e.from === edge.from && e.event === edge.event && e.guard !== null)
  );
}

/**
 * What an arrow says, one line each, in words (`scenarios/text/xray.en.json`),
 * never the machine's code names: its event's words, then its guard's
 * question, or "otherwise" on the fallback after guarded transitions. An
 * unguarded eventless step that is its state's only way on says nothing.
 */
export function edgeLines(edge: XrayEdge, graph: XrayGraph, words: XrayWords = XRAY_WORDS): string[] {
  const lines = edge.event === 'always' ? [] : [eventWords(edge.event, words)];
  if (edge.guard !== null) lines.push(guardWords(edge.guard, words));
  else if (isFallback(edge, graph)) lines.push('otherwise');
  return lines;
}

/** A label's lines joined into one text, as the arrow's tooltip and the tests read it. */
function joinLines(lines: readonly string[]): string {
  return lines.join(' — ');
}

/** What an arrow says, as one text: `the Council votes — Report by a majority only?`. */
export function edgeText(edge: XrayEdge, graph: XrayGraph, words: XrayWords = XRAY_WORDS): string {
  return joinLines(edgeLines(edge, graph, words));
}

/** The room a label's lines take: its longest line's width, a line's height for each line. */
export function edgeLabelSize(lines: readonly string[]): { width: number; height: number } {
  const chars = Math.max(0, ...lines.map((line) => line.length));
  return { width: chars * XRAY_SIZES.edgeCharWidth, height: lines.length * XRAY_SIZES.edgeLabelHeight };
}

function nodeWidth(node: XrayNode): number {
  const chars = Math.max(node.label.length, shortCite(node.cite).length * 0.85);
  const width = chars * XRAY_SIZES.labelCharWidth + XRAY_SIZES.nodePadding;
  return Math.round(Math.min(XRAY_SIZES.nodeMaxWidth, Math.max(XRAY_SIZES.nodeMinWidth, width)));
}

interface DagreNode {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

interface DagreEdge {
  width: number;
  height: number;
  labelpos: 'c';
  points?: Point[];
  x?: number;
  y?: number;
}

/** Lay `graph` out: every state gets a box, every transition a polyline and a label position. */
export function layoutGraph(graph: XrayGraph): LaidOutGraph {
  const g = new graphlib.Graph<object, DagreNode, DagreEdge>({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    ranksep: XRAY_SIZES.rankSep,
    nodesep: XRAY_SIZES.nodeSep,
    edgesep: XRAY_SIZES.edgeSep,
    marginx: XRAY_SIZES.margin,
    marginy: XRAY_SIZES.margin,
  });
  for (const node of graph.nodes) g.setNode(node.id, { width: nodeWidth(node), height: XRAY_SIZES.nodeHeight });
  const labels = new Map(graph.edges.map((edge) => [edge.id, edgeLines(edge, graph)]));
  for (const edge of graph.edges) {
    g.setEdge(edge.from, edge.to, { ...edgeLabelSize(labels.get(edge.id) ?? []), labelpos: 'c' }, edge.id);
  }
  layout(g);

  const nodes = graph.nodes.map((node): LaidOutNode => {
    const box = g.node(node.id);
    if (box?.x === undefined || box.y === undefined) throw new Error(`dagre placed no box for ${node.id}`);
    return { ...node, x: box.x, y: box.y, width: box.width, height: box.height, shortCite: shortCite(node.cite) };
  });
  const edges = graph.edges.map((edge): LaidOutEdge => {
    const line = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    const points = line?.points?.map((p) => ({ x: p.x, y: p.y })) ?? [];
    const middle = points[Math.floor(points.length / 2)];
    if (middle === undefined) throw new Error(`dagre drew no line for ${edge.id}`);
    // dagre places a label only where one has a size; an unlabelled arrow's label point is its middle.
    const lines = labels.get(edge.id) ?? [];
    return {
      ...edge,
      points,
      lines,
      text: joinLines(lines),
      labelX: line?.x ?? middle.x,
      labelY: line?.y ?? middle.y,
    };
  });
  const size = g.graph() as { width?: number; height?: number };
  return { graph, width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
