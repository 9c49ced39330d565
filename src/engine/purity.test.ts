/**
 * The engine is pure TypeScript: no Phaser, no DOM, no hidden inputs (Math.random,
 * Date, timers, I/O) and no floating-point functions whose last bits differ
 * between browsers. This reads every engine source file and fails on any of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bMath\.random\b/, 'Math.random (randomness must be seeded and part of the state)'],
  [/\bnew Date\b|\bDate\.(now|parse|UTC)\b/, 'Date (dates are scenario data)'],
  [
    /\bMath\.(exp|expm1|pow|log|log2|log10|log1p|sin|cos|tan|atan2|cbrt|hypot)\b/,
    'Math functions that differ between browsers (sqrt is exact in IEEE arithmetic and allowed)',
  ],
  [/\w\s*\*\*\s*\w/, 'the ** operator (Math.pow)'],
  [/from ['"]phaser['"]|\bPhaser\./, 'Phaser'],
  [/\b(document|window|localStorage|navigator)\./, 'the DOM'],
  [/\b(setTimeout|setInterval|requestAnimationFrame|fetch)\(/, 'timers and I/O'],
  [/from ['"]node:/, 'Node built-ins'],
];

/** Comment lines may name what is forbidden; code may not use it. */
function isComment(line: string): boolean {
  const text = line.trim();
  return text.startsWith('*') || text.startsWith('/*') || text.startsWith('//');
}

describe('the engine', () => {
  const files = sourceFiles(ENGINE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const [pattern, what] of FORBIDDEN) {
    it(`uses no ${what}`, () => {
      const offenders = files.filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .some((line) => !isComment(line) && pattern.test(line)),
      );
      expect(offenders.map((f) => relative(ENGINE, f))).toEqual([]);
    });
  }
});
