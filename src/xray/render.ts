/**
 * Draws the rules X-ray in the page: a legal machine as SVG built with DOM
 * calls (text always through `textContent`, never parsed as markup), the
 * path a verdict took lit on it, and the same path as an ordered list for
 * screen readers. Letter and practice differ by colour and by pattern
 * (solid, plain box / dashed, hatched box), so neither colour vision nor a
 * grey-scale projector is needed to tell them apart.
 */
import './xray.css';
import {
  type CaseVerdicts,
  locarnoHeadline,
  type PathStep,
  type RuleMachineId,
  TREATY_IDS,
  TREATY_NAMES,
  type TreatyId,
  treatyHeadline,
} from '../engine';
import {
  machineGraph,
  machineOfState,
  machinesOnPath,
  pathPlan,
  practiceStop,
  stateTitle,
  TREATY_MACHINES,
  type XrayNode,
} from './graph';
import { type LaidOutEdge, type LaidOutGraph, type LaidOutNode, layoutGraph, XRAY_SIZES } from './layout';

const SVG = 'http://www.w3.org/2000/svg';

export interface XrayOptions {
  readonly machine: RuleMachineId;
  /** A verdict's path (all machines' steps; only this machine's are lit). */
  readonly path?: readonly PathStep[];
  /** Show the path as an ordered list under the drawing (default true). */
  readonly textTwin?: boolean;
}

export interface XrayHandle {
  /** The figure the X-ray drew. */
  readonly element: HTMLElement;
  /** Light the path taken, its current (last) state and where practice stopped the letter. */
  highlight(path: readonly PathStep[]): void;
  destroy(): void;
}

export interface CaseXrayHandle {
  readonly element: HTMLElement;
  readonly machines: readonly XrayHandle[];
  destroy(): void;
}

/** Letter and practice as players read them. */
export const KIND_NAMES = { letter: 'Letter', practice: 'Practice' } as const;

const STOP_TEXT = 'Here practice stopped the letter';

let instances = 0;
const layouts = new Map<RuleMachineId, LaidOutGraph>();
/** Each drawn figure's handle, so a case's stepper can light its machines. */
const handles = new WeakMap<HTMLElement, XrayHandle>();

function laidOut(machine: RuleMachineId): LaidOutGraph {
  const known = layouts.get(machine);
  if (known !== undefined) return known;
  const fresh = layoutGraph(machineGraph(machine));
  layouts.set(machine, fresh);
  return fresh;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The pattern and arrowheads one drawing uses, under ids unique in the page. */
function defs(prefix: string): SVGDefsElement {
  const d = svg('defs');
  const hatch = svg('pattern', {
    id: `${prefix}-hatch`,
    width: 8,
    height: 8,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  hatch.append(svg('rect', { width: 8, height: 8, class: 'xray-hatch-ground' }));
  hatch.append(svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, class: 'xray-hatch-line' }));
  d.append(hatch);
  for (const kind of ['arrow', 'arrow-taken'] as const) {
    const marker = svg('marker', {
      id: `${prefix}-${kind}`,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      // In user units, so the bold arrows of the path taken keep heads of the same size.
      markerUnits: 'userSpaceOnUse',
      markerWidth: kind === 'arrow' ? 10 : 16,
      markerHeight: kind === 'arrow' ? 10 : 16,
      orient: 'auto-start-reverse',
    });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `xray-${kind}-head` }));
    d.append(marker);
  }
  return d;
}

function kindText(node: XrayNode): string {
  return node.reading === null ? KIND_NAMES[node.kind] : `${KIND_NAMES[node.kind]} (${node.reading})`;
}

/** What a screen reader says for a state, and what its tooltip shows. */
function stateDescription(node: XrayNode, steps: readonly number[], current: boolean, stop: boolean): string {
  const parts = [`${node.label}. ${kindText(node)}: ${node.cite}.`];
  if (steps.length > 0) parts.push(`Step ${steps.join(' and ')} of the path.`);
  if (current) parts.push('Current state.');
  if (stop) parts.push(`${STOP_TEXT}.`);
  parts.push(node.summary);
  return parts.join(' ');
}

function drawNode(node: LaidOutNode, prefix: string): SVGGElement {
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  const g = svg('g', {
    class: `xray-state xray-${node.kind}${node.final ? ' final' : ''}`,
    'data-state': node.id,
    'data-kind': node.kind,
    tabindex: 0,
    role: 'img',
    'aria-roledescription': 'state',
  });
  g.append(
    svg('rect', {
      class: 'xray-halo',
      x: left - 6,
      y: top - 6,
      width: node.width + 12,
      height: node.height + 12,
      rx: 12,
    }),
  );
  const box = svg('rect', { class: 'xray-box', x: left, y: top, width: node.width, height: node.height, rx: 7 });
  if (node.kind === 'practice') box.setAttribute('fill', `url(#${prefix}-hatch)`);
  g.append(box);
  if (node.final) {
    g.append(
      svg('rect', {
        class: 'xray-final-ring',
        x: left + 3,
        y: top + 3,
        width: node.width - 6,
        height: node.height - 6,
        rx: 5,
      }),
    );
  }
  g.append(svg('text', { class: 'xray-label', x: node.x, y: node.y - 4, 'text-anchor': 'middle' }, node.label));
  g.append(svg('text', { class: 'xray-cite', x: node.x, y: node.y + 13, 'text-anchor': 'middle' }, node.shortCite));
  const badge = svg('g', { class: 'xray-badge', transform: `translate(${left + 2},${top + 2})` });
  badge.append(svg('circle', { r: 11, cx: 0, cy: 0 }));
  badge.append(svg('text', { x: 0, y: 4, 'text-anchor': 'middle' }));
  g.append(badge);
  const stop = svg(
    'text',
    { class: 'xray-stop-text', x: node.x, y: top - 10, 'text-anchor': 'middle' },
    `✕ ${STOP_TEXT}`,
  );
  g.append(stop);
  g.setAttribute('aria-label', stateDescription(node, [], false, false));
  return g;
}

function polyline(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** An arrow's tooltip: its words, and the citation of its guard ('' for a plain eventless step). */
function edgeTitle(edge: LaidOutEdge): string {
  if (edge.guardCite === null) return edge.text;
  return `${edge.text} (${edge.guardCite.cite}; ${KIND_NAMES[edge.guardCite.kind]})`;
}

/** An arrow's label, one line each (the event's words, then the guard's), centred on the label's point. */
function edgeLabel(edge: LaidOutEdge): SVGTextElement {
  const text = svg('text', { class: 'xray-edge-label', 'text-anchor': 'middle' });
  const first = edge.labelY + 3 - ((edge.lines.length - 1) * XRAY_SIZES.edgeLabelHeight) / 2;
  edge.lines.forEach((line, i) => {
    text.append(svg('tspan', { x: edge.labelX, y: first + i * XRAY_SIZES.edgeLabelHeight }, line));
  });
  return text;
}

/** Draw one legal machine into `container`, optionally lighting a verdict's path on it. */
export function mountXray(container: HTMLElement, options: XrayOptions): XrayHandle {
  instances += 1;
  const prefix = `xray${instances}`;
  const laid = laidOut(options.machine);
  const { graph } = laid;

  const figure = html('figure', 'xray');
  figure.dataset.machine = options.machine;
  const caption = html('figcaption', 'xray-title', graph.title);
  caption.id = `${prefix}-title`;
  figure.append(caption);
  figure.append(legend(prefix));
  figure.append(fitButton(figure));

  const scroll = html('div', 'xray-scroll');
  const drawing = svg('svg', {
    class: 'xray-svg',
    width: laid.width,
    height: laid.height,
    viewBox: `0 0 ${laid.width} ${laid.height}`,
    role: 'group',
    'aria-labelledby': caption.id,
  });
  drawing.append(defs(prefix));
  const edgeLayer = svg('g', { class: 'xray-edges' });
  const edgeEls = new Map<string, SVGGElement>();
  for (const edge of laid.edges) {
    // The machine's code names stay in data attributes, for tests and the curious; the page shows words.
    const g = svg('g', {
      class: 'xray-edge',
      'data-edge': edge.id,
      'data-from': edge.from,
      'data-to': edge.to,
      'data-event': edge.event,
      ...(edge.guard === null ? {} : { 'data-guard': edge.guard }),
    });
    const title = edgeTitle(edge);
    if (title !== '') g.append(svg('title', {}, title));
    g.append(svg('path', { d: polyline(edge.points), class: 'xray-line', 'marker-end': `url(#${prefix}-arrow)` }));
    if (edge.lines.length > 0) g.append(edgeLabel(edge));
    edgeEls.set(edge.id, g);
    edgeLayer.append(g);
  }
  const nodeLayer = svg('g', { class: 'xray-nodes' });
  const nodeEls = new Map<string, SVGGElement>();
  for (const node of laid.nodes) {
    const g = drawNode(node, prefix);
    nodeEls.set(node.id, g);
    nodeLayer.append(g);
  }
  drawing.append(edgeLayer, nodeLayer);
  scroll.append(drawing);
  figure.append(scroll);

  const tip = html('div', 'xray-tip');
  tip.id = `${prefix}-tip`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  figure.append(tip);

  const twin = html('ol', 'xray-path');
  twin.setAttribute('aria-label', `The path taken through ${graph.title}, step by step`);
  if (options.textTwin !== false) {
    const heading = html('p', 'xray-path-heading', 'The path, step by step:');
    figure.append(heading, twin);
  }

  let steps = new Map<string, number[]>();
  let current: string | null = null;
  let stop: string | null = null;

  function describe(node: LaidOutNode): string {
    return stateDescription(node, steps.get(node.id) ?? [], node.id === current, node.id === stop);
  }

  function showTip(node: LaidOutNode, anchor: SVGGElement): void {
    tip.replaceChildren();
    tip.append(html('strong', 'xray-tip-label', node.label));
    tip.append(html('span', `xray-tip-kind kind-${node.kind}`, kindText(node)));
    tip.append(html('span', 'xray-tip-cite', node.cite));
    tip.append(html('span', 'xray-tip-summary', node.summary));
    const on = steps.get(node.id);
    if (on !== undefined) tip.append(html('span', 'xray-tip-step', `Step ${on.join(' and ')} of the path.`));
    if (node.id === stop) tip.append(html('span', 'xray-tip-stop', `${STOP_TEXT}.`));
    tip.dataset.for = node.id;
    tip.hidden = false;
    const frame = figure.getBoundingClientRect();
    const box = anchor.getBoundingClientRect();
    // Under the state, kept inside the figure when the state is near its right edge.
    const room = frame.width - tip.offsetWidth;
    tip.style.left = `${Math.max(0, Math.min(box.left - frame.left, room))}px`;
    tip.style.top = `${box.bottom - frame.top + 6}px`;
    anchor.setAttribute('aria-describedby', tip.id);
  }

  function hideTip(anchor?: SVGGElement): void {
    tip.hidden = true;
    anchor?.removeAttribute('aria-describedby');
  }

  for (const node of laid.nodes) {
    const g = nodeEls.get(node.id);
    if (g === undefined) continue;
    g.addEventListener('mouseenter', () => showTip(node, g));
    g.addEventListener('mouseleave', () => {
      if (document.activeElement !== g) hideTip(g);
    });
    g.addEventListener('focus', () => showTip(node, g));
    g.addEventListener('blur', () => hideTip(g));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hideTip(g);
      const to = stepTo(node.id, event.key);
      if (to === null) return;
      event.preventDefault();
      rove(to);
      nodeEls.get(to)?.focus();
    });
  }

  /**
   * One Tab stop per machine (the current state, else the first), the arrow keys, Home and End moving between its
   * states in the drawing's order: a crisis's X-ray once put some 120 Tab stops before the class's answer buttons.
   */
  const order = laid.nodes.map((n) => n.id);
  function stepTo(from: string, key: string): string | null {
    const at = order.indexOf(from);
    if (key === 'ArrowRight' || key === 'ArrowDown') return order[Math.min(order.length - 1, at + 1)] ?? null;
    if (key === 'ArrowLeft' || key === 'ArrowUp') return order[Math.max(0, at - 1)] ?? null;
    if (key === 'Home') return order[0] ?? null;
    if (key === 'End') return order.at(-1) ?? null;
    return null;
  }
  function rove(to: string): void {
    for (const [id, g] of nodeEls) g.setAttribute('tabindex', id === to ? '0' : '-1');
  }

  function highlight(path: readonly PathStep[]): void {
    steps = new Map();
    path.forEach((step, index) => {
      if (machineOfState(step.state) !== options.machine) return;
      steps.set(step.state, [...(steps.get(step.state) ?? []), index + 1]);
    });
    const plan = pathPlan(path, options.machine);
    current = plan.current;
    stop = plan.stop;
    const taken = new Set(plan.edges);
    for (const [id, g] of edgeEls) {
      const on = taken.has(id);
      g.classList.toggle('taken', on);
      g.querySelector('path')?.setAttribute('marker-end', `url(#${prefix}-${on ? 'arrow-taken' : 'arrow'})`);
    }
    for (const node of laid.nodes) {
      const g = nodeEls.get(node.id);
      if (g === undefined) continue;
      const on = steps.get(node.id);
      g.classList.toggle('visited', on !== undefined);
      g.classList.toggle('current', node.id === current);
      g.classList.toggle('stop', node.id === stop);
      if (node.id === current) g.setAttribute('aria-current', 'step');
      else g.removeAttribute('aria-current');
      const badge = g.querySelector('.xray-badge text');
      if (badge !== null) badge.textContent = on === undefined ? '' : String(on[0]);
      g.setAttribute('aria-label', describe(node));
    }
    twin.replaceChildren(...pathItems(path, stop));
    rove(current ?? order[0] ?? '');
    figure.dataset.current = current ?? '';
    centre();
  }

  /**
   * Scroll the drawing (not the page) so the current state is in view, at the
   * drawing's scale on screen (presentation mode draws it larger: `zoom`).
   */
  function centre(): void {
    const node = current === null ? undefined : laid.nodes.find((n) => n.id === current);
    if (node === undefined || scroll.clientWidth === 0) return;
    const scale = drawing.getBoundingClientRect().width / laid.width || 1;
    scroll.scrollLeft = Math.max(0, node.x * scale - scroll.clientWidth / 2);
    scroll.scrollTop = Math.max(0, node.y * scale - scroll.clientHeight / 2);
  }
  // Laid out later (a closed panel, a lazy X-ray) or resized (presentation mode): centre it then.
  const resized = new ResizeObserver(() => centre());
  resized.observe(scroll);

  highlight(options.path ?? []);
  container.append(figure);
  centre();
  const handle: XrayHandle = {
    element: figure,
    highlight,
    destroy: () => {
      resized.disconnect();
      figure.remove();
    },
  };
  handles.set(figure, handle);
  return handle;
}

/** The path as an ordered list: each step's name, citation and kind; the step where practice stopped the letter said in words. */
export function pathItems(path: readonly PathStep[], stop: string | null = practiceStop(path)): HTMLLIElement[] {
  return path.map((step) => {
    const li = html('li', `xray-step xray-step-${step.kind}`);
    li.dataset.state = step.state;
    li.dataset.kind = step.kind;
    li.append(html('span', 'xray-step-label', stateTitle(step.state)));
    li.append(document.createTextNode(' — '));
    li.append(html('span', 'xray-step-cite', step.cite));
    li.append(html('span', `xray-step-kind kind-${step.kind}`, ` (${KIND_NAMES[step.kind]})`));
    if (step.state === stop) li.append(html('strong', 'xray-step-stop', ` ${STOP_TEXT}.`));
    return li;
  });
}

/** A toggle between the drawing at reading size (scrolling) and the whole drawing fitted to the width, for a projector. */
function fitButton(figure: HTMLElement): HTMLButtonElement {
  const button = html('button', 'xray-fit', 'Fit the whole machine to the width');
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    const fitted = figure.classList.toggle('fit');
    button.setAttribute('aria-pressed', String(fitted));
  });
  return button;
}

function legend(prefix: string): HTMLElement {
  const box = html('div', 'xray-legend');
  box.setAttribute('aria-hidden', 'true');
  const entry = (cls: string, text: string, fill?: string) => {
    const item = html('span', 'xray-legend-item');
    const swatch = svg('svg', { width: 28, height: 16, class: `xray-swatch ${cls}` });
    const rect = svg('rect', { x: 2, y: 2, width: 24, height: 12, rx: 3, class: 'xray-box' });
    if (fill !== undefined) rect.setAttribute('fill', fill);
    swatch.append(rect);
    item.append(swatch, html('span', undefined, text));
    return item;
  };
  box.append(
    entry('xray-letter', 'Letter: what a treaty, the Covenant or a constitution says (solid border)'),
    entry(
      'xray-practice',
      'Practice: how it worked politically, militarily, geographically (dashed, hatched)',
      `url(#${prefix}-hatch)`,
    ),
    entry('xray-letter visited current', 'Current state (ringed) and the path taken (numbered, bold arrows)'),
    entry('xray-practice stop', `✕ ${STOP_TEXT}`, `url(#${prefix}-hatch)`),
  );
  return box;
}

/**
 * Every machine a case's verdicts went through: for each treaty, its verdict,
 * its path as an ordered list, and each machine on that path drawn with the
 * path lit.
 */
export function mountCaseXray(container: HTMLElement, verdicts: CaseVerdicts): CaseXrayHandle {
  const root = html('div', 'xray-case');
  const machines: XrayHandle[] = [];
  for (const id of TREATY_IDS) root.append(treatySection(id, verdicts, machines));
  container.append(root);
  return {
    element: root,
    machines,
    destroy: () => {
      for (const m of machines) m.destroy();
      root.remove();
    },
  };
}

/**
 * A slider that replays the path one step at a time, as a crisis unfolds in
 * the game: the drawings light the path up to the chosen step, and the list
 * marks that step and dims the ones not yet taken.
 */
function stepper(id: TreatyId, path: readonly PathStep[], list: HTMLOListElement, section: HTMLElement): HTMLElement {
  const label = html('label', 'xray-stepper');
  const input = html('input');
  input.type = 'range';
  input.min = '1';
  input.max = String(path.length);
  input.value = String(path.length);
  input.setAttribute('aria-label', `Step through the path of the ${TREATY_NAMES[id]}`);
  const shown = html('output', 'xray-stepper-value');
  const show = () => {
    const upTo = Number(input.value);
    shown.textContent = `step ${upTo} of ${path.length}`;
    for (const [i, li] of [...list.children].entries()) {
      li.classList.toggle('xray-step-later', i >= upTo);
      if (i === upTo - 1) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
    const partial = path.slice(0, upTo);
    for (const handle of handlesIn(section)) handle.highlight(partial);
  };
  input.addEventListener('input', show);
  label.append(html('span', undefined, 'Step through the path: '), input, shown);
  shown.textContent = `step ${path.length} of ${path.length}`;
  return label;
}

function handlesIn(section: HTMLElement): XrayHandle[] {
  return [...section.querySelectorAll<HTMLElement>('figure.xray')].flatMap((f) => {
    const handle = handles.get(f);
    return handle === undefined ? [] : [handle];
  });
}

function treatySection(id: TreatyId, verdicts: CaseVerdicts, machines: XrayHandle[]): HTMLElement {
  const section = html('section', 'xray-treaty');
  section.dataset.treaty = id;
  const verdict = verdicts[id];
  const headline = id === 'locarno' ? locarnoHeadline(verdicts.locarno) : treatyHeadline(verdicts[id]);
  section.append(html('h3', 'xray-treaty-title', `${TREATY_NAMES[id]}: ${headline}`));
  const stop = practiceStop(verdict.path);
  if (stop !== null) {
    const node = machineGraph(machineOfState(stop)).nodes.find((n) => n.id === stop);
    section.append(
      html('p', 'xray-hollow', `Hollow: the letter owed help, and practice stopped it at "${node?.label ?? stop}".`),
    );
  }
  section.append(html('p', 'xray-path-heading', 'The path, step by step:'));
  const list = html('ol', 'xray-path');
  list.setAttribute('aria-label', `The path of the ${TREATY_NAMES[id]}, step by step`);
  list.append(...pathItems(verdict.path, stop));
  section.append(list);
  section.append(stepper(id, verdict.path, list, section));
  // The treaty's own machine first, then the procedures its path went through.
  const own = TREATY_MACHINES[id];
  const drawn = [own, ...machinesOnPath(verdict.path).filter((m) => m !== own)];
  for (const machine of drawn) {
    machines.push(mountXray(section, { machine, path: verdict.path, textTwin: false }));
  }
  return section;
}
