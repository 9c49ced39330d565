/**
 * The engine's layers read one way (see the top comment of `index.ts`): every
 * import of a source file points to its own layer or one below it. This reads
 * the imports of every non-test file in src/engine, type-only ones included,
 * and prints each one that points up, with its file and line.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, resolvedImport, sourceText, typeScriptFiles } from '../testing/imports';

const ENGINE = import.meta.dirname;

/** The layers, bottom up. */
const LAYERS = ['base', 'rules', 'world', 'model', 'negotiation', 'turn', 'scenario', 'save', 'surface'] as const;
type Layer = (typeof LAYERS)[number];

/** The files of the base layer: no game in them, only dates, months, hashing, dice, validation, numbers, a word's case. */
const BASE_FILES = [
  'dates',
  'months',
  'hash',
  'random',
  'validation',
  'version',
  'stats',
  'memo',
  'log/types',
  'log/inSentence',
];

/** Folders that are layers of their own; `view/` and the engine's other root files are the game surface. */
const FOLDER_LAYERS: Readonly<Record<string, Layer>> = {
  rules: 'rules',
  world: 'world',
  variants: 'model',
  model: 'model',
  negotiation: 'negotiation',
  turn: 'turn',
  scenario: 'scenario',
  save: 'save',
  log: 'surface',
  view: 'surface',
};

/** The layer of a module, named by its path inside src/engine without extension (`turn/step`). */
function layerOf(module: string): Layer {
  if (BASE_FILES.includes(module)) return 'base';
  const parts = module.split('/');
  if (parts.length === 1) return 'surface';
  const layer = FOLDER_LAYERS[parts[0] ?? ''];
  if (layer === undefined) throw new Error(`${module}: a folder with no layer; add it to FOLDER_LAYERS`);
  return layer;
}

/** `file:line (layer) imports 'specifier' (layer)` for each import of `text` that points up. */
function upwardImports(file: string, text: string): string[] {
  const module = relative(ENGINE, file).replace(/\.ts$/, '');
  const own = LAYERS.indexOf(layerOf(module));
  return importsOf(text).flatMap(({ specifier, line }) => {
    const target = resolvedImport(file, specifier);
    if (target === null || !target.startsWith(`${ENGINE}/`)) return [];
    const layer = layerOf(relative(ENGINE, target));
    if (LAYERS.indexOf(layer) <= own) return [];
    return [`${module}.ts:${line} (${LAYERS[own]}) imports '${specifier}' (${layer})`];
  });
}

describe('the engine layers', () => {
  const files = typeScriptFiles(ENGINE).filter((file) => !file.endsWith('.test.ts'));

  it('assign every source file a layer, and every layer has files', () => {
    const layers = new Set(files.map((file) => layerOf(relative(ENGINE, file).replace(/\.ts$/, ''))));
    expect([...layers].sort()).toEqual([...LAYERS].sort());
  });

  it('are imported downwards only', () => {
    const offenders = files.flatMap((file) => upwardImports(file, sourceText(file)));
    expect(offenders).toEqual([]);
  });

  it('catch an import that points up, and let one that points down or sideways pass', () => {
    const file = join(ENGINE, 'world', 'example.ts');
    const text = [
      "import type { Rule } from '../model/modelSchemas';",
      "import { isMember } from '../rules/worldFacts';",
      "import { addMonths } from '../months';",
      "import { withWorld } from './worldState';",
      "import { step } from '../turn/step';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(upwardImports(file, text)).toEqual([
      "world/example.ts:1 (world) imports '../model/modelSchemas' (model)",
      "world/example.ts:5 (world) imports '../turn/step' (turn)",
    ]);
  });

  it('put the rules below the world, the world below the model, the turn below the game', () => {
    expect(layerOf('rules/worldFacts')).toBe('rules');
    expect(layerOf('log/types')).toBe('base');
    expect(layerOf('log/render')).toBe('surface');
    expect(layerOf('game')).toBe('surface');
    expect(() => layerOf('nowhere/file')).toThrow('FOLDER_LAYERS');
  });
});
