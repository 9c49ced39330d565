// npm run build:map — rebuilds assets/map/europe-1936.geojson, europe-1936.map.json and
// preview/europe-1936.svg from world-atlas and assets/map/src/. Same sources, same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildMap } from './buildMap';
import { loadSources, OUTPUTS } from './sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = performance.now();
const built = buildMap(loadSources(root));
for (const key of ['geojson', 'map', 'svg'] as const) {
  const path = join(root, OUTPUTS[key]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, built[key]);
  const bytes = Buffer.byteLength(built[key]);
  const gz = gzipSync(built[key], { level: 9 }).length;
  console.log(`${OUTPUTS[key]}: ${(bytes / 1024).toFixed(1)} KB (${(gz / 1024).toFixed(1)} KB gzipped)`);
}
console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
