/**
 * A schematic stand-in for assets/map/europe-1936.map.json, used only when a
 * build has no map file: rough outlines in the same shape, from lon/lat
 * corners projected onto the same kind of frame. It keeps the game playable;
 * the real map replaces it as soon as the file exists.
 */
import type { MapFile } from '../ui/mapModel';

const project = (lon: number, lat: number): [number, number] => [
  Math.round((lon + 11) * 36 * 10) / 10,
  Math.round((61 - lat) * 52 * 10) / 10,
];

type Outline = readonly (readonly [number, number])[];

const STATES: readonly { id: string; name: string; outline: Outline; capital?: [string, number, number] }[] = [
  {
    id: 'uk',
    name: 'United Kingdom',
    outline: [
      [-5.5, 50],
      [1.7, 51.2],
      [0, 53.5],
      [-2, 55.8],
      [-5, 58.5],
      [-6, 56],
      [-3, 54.5],
      [-4.5, 52],
    ],
    capital: ['London', -0.1, 51.5],
  },
  {
    id: 'ireland',
    name: 'Ireland',
    outline: [
      [-10, 51.6],
      [-6, 52.2],
      [-6, 54.2],
      [-8.5, 55.2],
      [-10, 54],
    ],
  },
  {
    id: 'france',
    name: 'France',
    outline: [
      [-4.5, 48.5],
      [-1.5, 43.4],
      [3, 42.5],
      [7.5, 43.8],
      [6.5, 46.2],
      [7.5, 47.6],
      [8.2, 48.9],
      [4.5, 50],
      [2.5, 51],
    ],
    capital: ['Paris', 2.35, 48.85],
  },
  {
    id: 'spain',
    name: 'Spain',
    outline: [
      [-9, 43],
      [-1.5, 43.4],
      [3, 42.5],
      [0, 39],
      [-2, 36.8],
      [-6, 36.2],
      [-9, 37],
      [-8.8, 42],
    ],
    capital: ['Madrid', -3.7, 40.4],
  },
  {
    id: 'belgium',
    name: 'Belgium',
    outline: [
      [2.5, 51],
      [4.5, 50],
      [6.4, 49.6],
      [6.1, 50.8],
      [4.3, 51.4],
    ],
    capital: ['Brussels', 4.35, 50.85],
  },
  {
    id: 'netherlands',
    name: 'Netherlands',
    outline: [
      [4.3, 51.4],
      [6.1, 50.8],
      [7.1, 52.5],
      [7.2, 53.3],
      [4.7, 52.9],
    ],
    capital: ['Amsterdam', 4.9, 52.4],
  },
  {
    id: 'switzerland',
    name: 'Switzerland',
    outline: [
      [6.5, 46.2],
      [10.4, 46.5],
      [9.6, 47.6],
      [7.5, 47.6],
    ],
    capital: ['Bern', 7.45, 46.95],
  },
  {
    id: 'germany',
    name: 'Germany',
    outline: [
      [6.1, 50.8],
      [6.4, 49.6],
      [8.2, 48.9],
      [7.5, 47.6],
      [9.6, 47.6],
      [13, 47.6],
      [13.8, 48.8],
      [12.2, 50.3],
      [14.8, 50.9],
      [15, 51.1],
      [14.7, 52.9],
      [14.2, 53.9],
      [11, 54],
      [9, 55],
      [8.6, 53.5],
      [7.2, 53.3],
      [7.1, 52.5],
    ],
    capital: ['Berlin', 13.4, 52.5],
  },
  {
    id: 'danzig',
    name: 'Free City of Danzig',
    outline: [
      [18.4, 54.2],
      [19.1, 54.1],
      [19.2, 54.5],
      [18.5, 54.6],
    ],
  },
  {
    id: 'denmark',
    name: 'Denmark',
    outline: [
      [8.1, 55.5],
      [9, 55],
      [10.6, 55.1],
      [12.6, 55.7],
      [10.5, 57.6],
      [8.2, 56.8],
    ],
    capital: ['Copenhagen', 12.55, 55.7],
  },
  {
    id: 'austria',
    name: 'Austria',
    outline: [
      [9.6, 47.6],
      [10.4, 46.9],
      [13.7, 46.5],
      [16.1, 46.9],
      [17, 48],
      [15, 49],
      [13.8, 48.8],
      [13, 47.6],
    ],
    capital: ['Vienna', 16.37, 48.2],
  },
  {
    id: 'czechoslovakia',
    name: 'Czechoslovakia',
    outline: [
      [12.2, 50.3],
      [13.8, 48.8],
      [15, 49],
      [17, 48],
      [18.8, 47.8],
      [22.2, 48.3],
      [24.1, 47.9],
      [22.5, 49.1],
      [19, 49.4],
      [16.5, 50.3],
      [14.8, 50.9],
    ],
    capital: ['Prague', 14.42, 50.08],
  },
  {
    id: 'poland',
    name: 'Poland',
    outline: [
      [14.7, 52.9],
      [15, 51.1],
      [16.5, 50.3],
      [19, 49.4],
      [22.5, 49.1],
      [24.1, 47.9],
      [26.6, 48.3],
      [27.5, 50.6],
      [27, 52.6],
      [28, 53.7],
      [26.6, 55.7],
      [23.5, 54.4],
      [19.2, 54.5],
      [18.4, 54.2],
      [16, 54.3],
      [14.2, 53.9],
    ],
    capital: ['Warsaw', 21.0, 52.23],
  },
  {
    id: 'lithuania',
    name: 'Lithuania',
    outline: [
      [21, 55.3],
      [23.5, 54.4],
      [26.6, 55.7],
      [25, 56.4],
      [21, 56.1],
    ],
    capital: ['Kaunas', 23.9, 54.9],
  },
  {
    id: 'latvia',
    name: 'Latvia',
    outline: [
      [21, 56.1],
      [25, 56.4],
      [26.6, 55.7],
      [28.2, 56.2],
      [27.7, 57.5],
      [24.3, 57.9],
      [21.6, 57.5],
    ],
    capital: ['Riga', 24.1, 56.95],
  },
  {
    id: 'estonia',
    name: 'Estonia',
    outline: [
      [23.5, 58.3],
      [24.3, 57.9],
      [27.7, 57.5],
      [28, 59.4],
      [23.5, 59.3],
    ],
    capital: ['Tallinn', 24.75, 59.44],
  },
  {
    id: 'hungary',
    name: 'Hungary',
    outline: [
      [16.1, 46.9],
      [16.6, 46.4],
      [18.8, 45.8],
      [21.5, 46.1],
      [22.6, 47.8],
      [22.2, 48.3],
      [18.8, 47.8],
      [17, 48],
    ],
    capital: ['Budapest', 19.04, 47.5],
  },
  {
    id: 'romania',
    name: 'Romania',
    outline: [
      [21.5, 46.1],
      [22.8, 44.6],
      [25, 43.7],
      [28, 43.8],
      [29.7, 45.2],
      [28.2, 46.8],
      [27.3, 48.3],
      [26.6, 48.3],
      [24.1, 47.9],
      [22.6, 47.8],
    ],
    capital: ['Bucharest', 26.1, 44.43],
  },
  {
    id: 'yugoslavia',
    name: 'Yugoslavia',
    outline: [
      [13.7, 46.5],
      [16.1, 46.9],
      [16.6, 46.4],
      [18.8, 45.8],
      [21.5, 46.1],
      [22.8, 44.6],
      [22.4, 42.3],
      [20.6, 41.1],
      [19.3, 42.2],
      [16, 43.5],
      [13.6, 45.3],
    ],
    capital: ['Belgrade', 20.46, 44.8],
  },
  {
    id: 'italy',
    name: 'Italy',
    outline: [
      [6.8, 44],
      [7.5, 43.8],
      [10.2, 43.9],
      [12.3, 41.7],
      [15.6, 40.1],
      [15.7, 38.2],
      [16.6, 38.4],
      [17.2, 39.4],
      [18.5, 40.1],
      [16, 41.4],
      [13.6, 45.3],
      [13.7, 46.5],
      [10.4, 46.9],
      [10.4, 46.5],
      [6.5, 46.2],
    ],
    capital: ['Rome', 12.5, 41.9],
  },
  {
    id: 'bulgaria',
    name: 'Bulgaria',
    outline: [
      [22.4, 42.3],
      [22.8, 44.6],
      [25, 43.7],
      [28, 43.8],
      [28, 42],
      [26, 41.3],
      [22.9, 41.3],
    ],
    capital: ['Sofia', 23.32, 42.7],
  },
  {
    id: 'ussr',
    name: 'USSR',
    outline: [
      [27.5, 50.6],
      [26.6, 48.3],
      [27.3, 48.3],
      [28.2, 46.8],
      [29.7, 45.2],
      [33, 44.5],
      [38, 47],
      [40, 48],
      [40, 60],
      [30, 60.5],
      [28, 59.4],
      [27.7, 57.5],
      [28.2, 56.2],
      [26.6, 55.7],
      [28, 53.7],
      [27, 52.6],
    ],
    capital: ['Moscow', 37.62, 55.75],
  },
];

const PLACES: readonly [string, string, number, number][] = [
  ['moscow', 'Moscow', 37.62, 55.75],
  ['kiev', 'Kiev', 30.52, 50.45],
  ['minsk', 'Minsk', 27.56, 53.9],
  ['smolensk', 'Smolensk', 32.05, 54.78],
  ['warsaw', 'Warsaw', 21.01, 52.23],
  ['lwow', 'Lwów', 24.03, 49.84],
  ['cernauti', 'Cernăuți', 25.94, 48.29],
  ['bucharest', 'Bucharest', 26.1, 44.43],
  ['kosice', 'Košice', 21.26, 48.72],
  ['prague', 'Prague', 14.42, 50.08],
  ['berlin', 'Berlin', 13.4, 52.52],
  ['paris', 'Paris', 2.35, 48.85],
  ['strasbourg', 'Strasbourg', 7.75, 48.58],
  ['rhine-front', 'the Rhine front', 8.1, 49.0],
  ['uzhhorod', 'Uzhhorod', 22.3, 48.62],
  ['mainz', 'Mainz', 8.27, 50.0],
  ['karlsbad', 'Karlsbad', 12.87, 50.23],
];

function centroid(outline: Outline): [number, number] {
  const lon = outline.reduce((s, p) => s + p[0], 0) / outline.length;
  const lat = outline.reduce((s, p) => s + p[1], 0) / outline.length;
  return project(lon, lat);
}

export const FALLBACK_MAP: MapFile = {
  format: 'hollow-pact-map',
  version: 1,
  width: 1850,
  height: 1300,
  projection: 'schematic equirectangular stand-in (the real map is assets/map/europe-1936.map.json)',
  states: STATES.map((s) => {
    const [lx, ly] = centroid(s.outline);
    return {
      id: s.id,
      name: s.name,
      capital:
        s.capital === undefined
          ? null
          : {
              name: s.capital[0],
              x: project(s.capital[1], s.capital[2])[0],
              y: project(s.capital[1], s.capital[2])[1],
            },
      label: { x: lx, y: ly },
      polygons: [[s.outline.flatMap(([lon, lat]) => project(lon, lat))]],
    };
  }),
  places: PLACES.map(([id, name, lon, lat]) => {
    const [x, y] = project(lon, lat);
    return { id, name, x, y };
  }),
};
