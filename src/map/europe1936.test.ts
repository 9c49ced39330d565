// The 1936 map in assets/map/: reference places fall in their 1936 state, the map file
// keeps its contract, and `npm run build:map` rebuilds the committed files byte for byte.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../scripts/map/buildMap';
import { loadSources, OUTPUTS } from '../../scripts/map/sources';
import type { MapFile } from '../ui/mapFile';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

type Position = [number, number];
interface StateFeature {
  properties: { id: string; name: string; capital: { name: string; lon: number; lat: number } };
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
}
interface ReferencePlace {
  name: string;
  lon: number;
  lat: number;
  state: string;
  note: string;
}

const geojson = JSON.parse(read(OUTPUTS.geojson)) as { type: string; features: StateFeature[] };
const mapFile = JSON.parse(read(OUTPUTS.map)) as MapFile;
const reference = (JSON.parse(read('assets/map/src/reference-places.json')) as { places: ReferencePlace[] }).places;
const statesFile = JSON.parse(read('assets/map/src/states.json')) as { states: Array<{ id: string; name: string }> };
const legalIds = Object.keys(
  (JSON.parse(read('scenarios/law/countries.json')) as { countries: Record<string, unknown> }).countries,
);

function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygons(x: number, y: number, polygons: readonly (readonly Position[][])[]): boolean {
  return polygons.some(([outer, ...holes]) => !!outer && inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h)));
}

/** Every state whose land contains the point (one, if the map has no overlaps). */
function statesAt(lon: number, lat: number): string[] {
  return geojson.features.filter((f) => inPolygons(lon, lat, f.geometry.coordinates)).map((f) => f.properties.id);
}

describe('europe-1936.geojson', () => {
  it('has one feature per state, with the ids of the legal engine or of assets/map/src/states.json', () => {
    const ids = geojson.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(statesFile.states.map((s) => s.id));
    for (const id of ids) expect(known.has(id), id).toBe(true);
    for (const id of [
      'france',
      'germany',
      'ussr',
      'uk',
      'italy',
      'poland',
      'romania',
      'czechoslovakia',
      'belgium',
      'austria',
    ]) {
      expect(ids).toContain(id);
    }
    const names = Object.fromEntries(geojson.features.map((f) => [f.properties.id, f.properties.name]));
    expect(names).toMatchObject({
      germany: 'Germany',
      ussr: 'USSR',
      uk: 'United Kingdom',
      danzig: 'Free City of Danzig',
      ireland: 'Irish Free State',
    });
  });

  it(`puts each of the ${reference.length} reference places in its 1936 state, and in no other`, () => {
    expect(reference.length).toBeGreaterThanOrEqual(100);
    const wrong = reference
      .map((p) => ({ place: p.name, expected: p.state, found: statesAt(p.lon, p.lat).join('+') || 'sea' }))
      .filter((r) => r.found !== r.expected);
    expect(wrong).toEqual([]);
  });

  it("puts every capital in the frame inside its own state (the Vatican and Monaco are below 1:50m's resolution)", () => {
    const misplaced = geojson.features
      .filter((f) => !['vatican', 'monaco'].includes(f.properties.id))
      .filter(
        ({ properties: { capital } }) =>
          capital.lat >= 33 && capital.lat <= 72 && capital.lon >= -26 && capital.lon <= 46,
      )
      .filter((f) => statesAt(f.properties.capital.lon, f.properties.capital.lat).join('+') !== f.properties.id)
      .map((f) => f.properties.capital.name);
    expect(misplaced).toEqual([]);
  });
});

describe('europe-1936.map.json', () => {
  it('keeps the contract shape', () => {
    expect(mapFile.format).toBe('hollow-pact-map');
    expect(mapFile.version).toBe(1);
    expect(mapFile.width).toBe(1600);
    expect(mapFile.height).toBeGreaterThan(900);
    expect(mapFile.states.map((s) => s.id).sort()).toEqual(geojson.features.map((f) => f.properties.id).sort());
    const outside = mapFile.states.filter((s) => s.capital === null).map((s) => s.id);
    expect(outside.sort()).toEqual(['iran', 'palestine', 'transjordan']);
    for (const s of mapFile.states) {
      expect(s.polygons.length, s.id).toBeGreaterThan(0);
      for (const poly of s.polygons) {
        for (const ring of poly) {
          expect(ring.length % 2, s.id).toBe(0);
          expect(ring.length, s.id).toBeGreaterThanOrEqual(6);
          for (const v of ring) expect(Math.round(v * 10) / 10).toBe(v);
        }
      }
    }
  });

  it('uses the legal engine ids where they exist and the map list elsewhere', () => {
    const own = new Set(statesFile.states.map((s) => s.id));
    for (const s of mapFile.states) expect(legalIds.includes(s.id) || own.has(s.id), s.id).toBe(true);
    const ussr = mapFile.states.find((s) => s.id === 'ussr');
    expect(ussr?.name).toBe('USSR');
  });

  it('puts each label inside its state', () => {
    for (const s of mapFile.states) {
      const polys = s.polygons.map((poly) =>
        poly.map((ring) => {
          const pts: Position[] = [];
          for (let i = 0; i + 1 < ring.length; i += 2) pts.push([ring[i] ?? 0, ring[i + 1] ?? 0]);
          return pts;
        }),
      );
      expect(inPolygons(s.label.x, s.label.y, polys), s.id).toBe(true);
    }
  });

  it('has the route places of the contract, inside the frame', () => {
    const ids = mapFile.places.map((p) => p.id);
    for (const id of [
      'moscow',
      'kiev',
      'minsk',
      'smolensk',
      'warsaw',
      'lwow',
      'cernauti',
      'bucharest',
      'kosice',
      'prague',
      'berlin',
      'paris',
      'strasbourg',
      'rhine-front',
      'uzhhorod',
      'mainz',
      'karlsbad',
    ]) {
      expect(ids).toContain(id);
    }
    for (const p of mapFile.places) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(mapFile.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(mapFile.height);
    }
  });
});

describe('npm run build:map', () => {
  it('names a source for every patch', () => {
    const patches = loadSources(root).patches.features;
    expect(patches.length).toBeGreaterThan(20);
    for (const p of patches) expect(p.properties.source.length, p.properties.id).toBeGreaterThan(20);
  });

  it('rebuilds the committed files byte for byte', () => {
    const built = buildMap(loadSources(root));
    expect(built.geojson === read(OUTPUTS.geojson)).toBe(true);
    expect(built.map === read(OUTPUTS.map)).toBe(true);
    expect(built.svg === read(OUTPUTS.svg)).toBe(true);
  }, 60_000);
});
