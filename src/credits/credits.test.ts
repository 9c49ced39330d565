import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDITS } from './credits';

const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;

describe('the credits', () => {
  it('name every library the game ships, at the version and licence of its own package.json', () => {
    const dependencies = Object.keys(field(readJson('package.json'), 'dependencies') as object).sort();
    expect(CREDITS.libraries.items.map((l) => l.package).sort()).toEqual(dependencies);
    for (const library of CREDITS.libraries.items) {
      const pkg = readJson(`node_modules/${library.package}/package.json`);
      expect(library.version, library.package).toBe(field(pkg, 'version'));
      expect(library.licence, library.package).toBe(field(pkg, 'license'));
    }
  });

  it('give every border patch of the map with the source patches.json names', () => {
    const features = field(readJson('assets/map/src/patches.json'), 'features') as unknown[];
    const patches = features.map((f) => {
      const p = field(f, 'properties');
      return { id: field(p, 'id'), source: field(p, 'source') };
    });
    expect(CREDITS.map.patches).toEqual(patches);
  });

  it('list the sounds in assets/sound, and say no font file is shipped', () => {
    const sounds = [...new Set(readdirSync(join(ROOT, 'assets/sound')).filter((f) => f.endsWith('.webm')))]
      .map((f) => f.replace(/\.webm$/, ''))
      .sort();
    expect([...CREDITS.sounds.files].sort()).toEqual(sounds);
    for (const file of CREDITS.sounds.files) expect(existsSync(join(ROOT, `assets/sound/${file}.mp3`))).toBe(true);
    const css = readdirSync(join(ROOT, 'src/ui')).filter((f) => f.endsWith('.css'));
    for (const file of css) expect(readFileSync(join(ROOT, 'src/ui', file), 'utf8')).not.toContain('@font-face');
    expect(CREDITS.fonts.items[0]?.licence).toBe('None shipped');
  });
});
