/**
 * Test helper: the TypeScript files under a folder and the modules each one
 * imports, for the tests that check which way imports point
 * (`engine/surface.test.ts`, `engine/layers.test.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every `.ts` file under `dir` (browser and Node tests included), sorted. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return typeScriptFiles(path);
      return name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

/** A source text with its comments blanked out (strings kept, so `'//'` inside a string stays). */
export function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** One import of a file: what it names, and the line it starts on. */
export interface ImportLine {
  specifier: string;
  line: number;
}

/**
 * The modules a source text imports: static imports and re-exports (type-only
 * ones too), side-effect imports and dynamic `import('…')`.
 */
export function importsOf(text: string): ImportLine[] {
  const code = withoutComments(text);
  const found: ImportLine[] = [];
  const patterns = [
    /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] ?? '';
      const at = match.index + match[0].indexOf(specifier);
      found.push({ specifier, line: code.slice(0, at).split('\n').length });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The absolute path a relative specifier names from `file` (without extension), or null for a package. */
export function resolvedImport(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return resolve(dirname(file), specifier).replace(/\.(ts|js|json)$/, '');
}

/** The text of a file. */
export function sourceText(file: string): string {
  return readFileSync(file, 'utf8');
}
