/**
 * `engine/index.ts` is the engine's only door: the command-line tools and the
 * browser side (scenes, ui, the teacher's pages, audio) import the engine
 * through it and nothing else, type-only imports included. Tests in those
 * folders are held to the same rule: they test what the tools see.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, resolvedImport, sourceText, typeScriptFiles } from '../testing/imports';

const SRC = join(import.meta.dirname, '..');
const ENGINE = import.meta.dirname;
const SURFACE = join(ENGINE, 'index');

/** Every file of `src/` outside the engine: cli, ui, scenes, the pages, audio, map, testing, main.ts. */
function outsideFiles(): string[] {
  return typeScriptFiles(SRC).filter((file) => !file.startsWith(`${ENGINE}/`));
}

/** `file:line imports 'specifier'` for each import reaching into the engine other than through index.ts. */
function engineReachesIn(file: string, text: string): string[] {
  return importsOf(text).flatMap(({ specifier, line }) => {
    const target = resolvedImport(file, specifier);
    if (target === null || (target !== ENGINE && !target.startsWith(`${ENGINE}/`))) return [];
    if (target === SURFACE || target === ENGINE) return [];
    return [`${relative(SRC, file)}:${line} imports '${specifier}'`];
  });
}

describe('the engine surface', () => {
  const files = outsideFiles();

  it('finds the command-line tools and the browser side', () => {
    const folders = new Set(files.map((file) => relative(SRC, file).split('/')[0]));
    for (const folder of ['cli', 'ui', 'scenes', 'audio', 'xray', 'share', 'debrief', 'glossary', 'teaching']) {
      expect(folders).toContain(folder);
    }
  });

  it('is reached only through src/engine/index.ts', () => {
    const offenders = files.flatMap((file) => engineReachesIn(file, sourceText(file)));
    expect(offenders).toEqual([]);
  });

  it('catches an import past the surface, type-only, multi-line, re-exported or dynamic', () => {
    const file = join(SRC, 'cli', 'example.ts');
    const text = [
      "import { createGame } from '../engine';",
      "import { step } from '../engine/index';",
      "import type { Parsed } from '../engine/validation';",
      'import {',
      '  runBatch,',
      "} from '../engine/batch';",
      "export { round } from '../engine/stats';",
      "// import { x } from '../engine/commented';",
      "const later = await import('../engine/turn/step');",
      "import { readFileSync } from 'node:fs';",
      "import { fromCli } from './files';",
    ].join('\n');
    expect(engineReachesIn(file, text)).toEqual([
      "cli/example.ts:3 imports '../engine/validation'",
      "cli/example.ts:6 imports '../engine/batch'",
      "cli/example.ts:7 imports '../engine/stats'",
      "cli/example.ts:9 imports '../engine/turn/step'",
    ]);
  });
});
