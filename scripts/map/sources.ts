// Reads the map's sources from the repository: Natural Earth via world-atlas, and the
// project's own files in assets/map/src/.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { MapSources } from './buildMap';

export const OUTPUTS = {
  geojson: 'assets/map/europe-1936.geojson',
  map: 'assets/map/europe-1936.map.json',
  svg: 'assets/map/preview/europe-1936.svg',
} as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function loadSources(root: string): MapSources {
  const require = createRequire(resolve(root, 'package.json'));
  const worldPath = require.resolve('world-atlas/countries-50m.json');
  const countries = readJson(join(root, 'scenarios/law/countries.json')) as { countries: Record<string, unknown> };
  return {
    world: readJson(worldPath) as MapSources['world'],
    states: readJson(join(root, 'assets/map/src/states.json')) as MapSources['states'],
    patches: readJson(join(root, 'assets/map/src/patches.json')) as MapSources['patches'],
    places: readJson(join(root, 'assets/map/src/places.json')) as MapSources['places'],
    legalIds: Object.keys(countries.countries),
  };
}
