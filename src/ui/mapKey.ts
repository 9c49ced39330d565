/**
 * The map's key, a strip along the map's foot, for a class that reads the map
 * from the back of a room: the stance colours the map shows now, each with the
 * glyph its states' labels carry, a capital's dot, the Soviet routes west by
 * their answer, the crisis's ring while a crisis is open, and that the borders
 * stay those of 1936. A native details element: its summary opens and closes
 * it (Enter or Space), and it starts closed on a small screen.
 */
import type { WorldState } from '../engine';
import { el } from './dom';
import { AIR_REACH_CSS, airReachShown, ROUTE_STYLES, STANCES, type StanceClass, stanceClass } from './mapModel';

/** The map's crisis ring, as the map scene draws it (mapGame.ts `drawMarker`). */
const RING_CSS = '#cc79a7';

export interface MapKeyRow {
  readonly kind: 'stance' | 'capital' | 'route' | 'air' | 'crisis' | 'borders';
  /** The sample's colour, and for a route its line: solid, long dashes or short ones. */
  readonly css: string;
  readonly line?: 'solid' | 'dashed' | 'dotted';
  readonly text: string;
  /** The stance class a stance row stands for. */
  readonly stance?: StanceClass;
}

const LINES = { granted: 'solid', wavering: 'dashed', refused: 'dotted' } as const;

/** The key's rows for `world`, over the states drawn on the map (`stateIds`): only the stances some state shows. */
export function mapKeyRows(world: WorldState, stateIds: readonly string[]): MapKeyRow[] {
  const shown = new Set(stateIds.map((id) => stanceClass(world, id)));
  const stances = (Object.keys(STANCES) as StanceClass[])
    .filter((stance) => shown.has(stance))
    .map((stance): MapKeyRow => {
      const { css, glyph, word } = STANCES[stance];
      return { kind: 'stance', css, text: glyph === '' ? word : `${glyph} ${word}`, stance };
    });
  const routes = (['granted', 'wavering', 'refused'] as const).map(
    (answer): MapKeyRow => ({
      kind: 'route',
      css: ROUTE_STYLES[answer].css,
      line: LINES[answer],
      text: `Soviet route: ${ROUTE_STYLES[answer].word}`,
    }),
  );
  // Soviet air reach, drawn as a dashed arc in the pact's blue while there is a Czechoslovakia to reach: in
  // presentation mode its label gives way where the map has no room for it, and the key still names it.
  const air: MapKeyRow[] = airReachShown(world)
    ? [{ kind: 'air', css: AIR_REACH_CSS, line: 'dashed', text: 'Soviet air reach to Czechoslovakia' }]
    : [];
  return [
    ...stances,
    { kind: 'capital', css: '#000000', text: 'a capital' },
    ...routes,
    ...air,
    ...(world.crisis === null ? [] : [{ kind: 'crisis', css: RING_CSS, text: 'ring: where Germany moves' } as const]),
    { kind: 'borders', css: 'transparent', text: "Borders of 1936: Germany's gains are coloured, not redrawn." },
  ];
}

function sample(row: MapKeyRow): HTMLElement | null {
  const hidden = { 'aria-hidden': 'true' };
  switch (row.kind) {
    case 'stance':
      return el('span', { className: 'swatch', attrs: { ...hidden, style: `background:${row.css}` } });
    case 'capital':
      return el('span', { className: 'key-dot', attrs: hidden });
    case 'route':
    case 'air':
      return el('span', {
        className: 'key-line',
        attrs: { ...hidden, style: `border-top-color:${row.css};border-top-style:${row.line ?? 'solid'}` },
      });
    case 'crisis':
      return el('span', { className: 'key-ring', attrs: { ...hidden, style: `background:${row.css}` } });
    case 'borders':
      return null;
  }
}

/** The key's list, to put inside its details element (`mapKeyView`) or replace the one there. */
export function mapKeyList(rows: readonly MapKeyRow[]): HTMLUListElement {
  return el(
    'ul',
    { className: 'map-key-rows' },
    rows.map((row) =>
      el(
        'li',
        { attrs: { 'data-kind': row.kind, ...(row.stance === undefined ? {} : { 'data-stance': row.stance }) } },
        [sample(row), row.text],
      ),
    ),
  );
}

/** The key: a details element, open or not, with its summary and its rows, in a landmark of its own (`aside`). */
export function mapKeyView(rows: readonly MapKeyRow[], open: boolean): HTMLElement {
  const details = el('details', { attrs: { id: 'map-key', ...(open ? { open: '' } : {}) } }, [
    el('summary', { text: 'Map key' }),
    mapKeyList(rows),
  ]);
  return el('aside', { className: 'map-key', attrs: { 'aria-label': 'Map key' } }, [details]);
}

/**
 * Is the key open on a map this size (its width beside the panel, the window's height), unless the player
 * chose? Closed where it would cover too much of a small map: 1024×768 leaves about 590 pixels, and opens it;
 * 640×400 (a 1280×800 screen at 200%) does not. Closed in presentation mode, whose large type would cover the
 * projected map: the teacher opens it when the class needs it.
 */
export const keyOpensOn = (mapWidth: number, height: number, presenting: boolean): boolean =>
  !presenting && mapWidth >= 580 && height >= 700;
