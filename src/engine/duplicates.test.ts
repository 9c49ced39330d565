/**
 * Say each thing once: no run of six or more identical lines stands twice in
 * src/engine (whitespace normalised; blank lines, lone braces and import lines
 * left out). Tests aside: a run may stand twice when both places are tests.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceText, typeScriptFiles } from '../testing/imports';

const ENGINE = import.meta.dirname;
const RUN = 6;

interface Line {
  readonly text: string;
  readonly number: number;
}

/** Lines that say nothing of their own: only brackets, commas and semicolons. */
const LONE_BRACES = /^[{}()[\];,]+$/;

/** A file's lines as compared: whitespace normalised; blank lines, lone braces and imports left out. */
function comparedLines(text: string): Line[] {
  const lines: Line[] = [];
  let inImport = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    const startsImport = /^(import|export)\b.*\bfrom ['"]|^import ['"]/.test(line);
    const opensImport = /^(import|export) (type )?\{[^}]*$/.test(line);
    if (inImport) {
      if (/\bfrom ['"]/.test(line)) inImport = false;
      return;
    }
    if (opensImport) {
      inImport = true;
      return;
    }
    if (startsImport || line === '' || LONE_BRACES.test(line)) return;
    lines.push({ text: line, number: index + 1 });
  });
  return lines;
}

/** `a.ts:10 = b.ts:42` for each run of RUN lines that stands twice, once per place a run starts. */
function duplicatedRuns(files: readonly { name: string; text: string }[], isTest: (name: string) => boolean): string[] {
  const places = new Map<string, { name: string; at: number; line: number }[]>();
  for (const { name, text } of files) {
    const lines = comparedLines(text);
    for (let at = 0; at + RUN <= lines.length; at++) {
      const key = lines
        .slice(at, at + RUN)
        .map((l) => l.text)
        .join('\n');
      const list = places.get(key) ?? [];
      // A run that overlaps itself (seven equal lines) is one place, not two.
      if (!list.some((p) => p.name === name && at - p.at < RUN)) {
        list.push({ name, at, line: lines[at]?.number ?? 0 });
      }
      places.set(key, list);
    }
  }
  const found: string[] = [];
  const reported = new Set<string>();
  for (const list of places.values()) {
    if (list.length < 2 || list.every((p) => isTest(p.name))) continue;
    // One report per run: a window that continues the previous one's places is the same run.
    const id = list.map((p) => `${p.name}@${p.at}`).join(' ');
    const previous = list.map((p) => `${p.name}@${p.at - 1}`).join(' ');
    reported.add(id);
    if (reported.has(previous)) continue;
    found.push(list.map((p) => `${p.name}:${p.line}`).join(' = '));
  }
  return found;
}

describe('the engine', () => {
  it('has no run of six identical lines standing twice (tests aside, where both places are tests)', () => {
    const files = typeScriptFiles(ENGINE).map((file) => ({ name: relative(ENGINE, file), text: sourceText(file) }));
    expect(files.length).toBeGreaterThan(50);
    expect(duplicatedRuns(files, (name) => name.endsWith('.test.ts'))).toEqual([]);
  });

  it('finds a repeated run, ignoring whitespace, blank lines, braces and imports, and lets tests repeat', () => {
    const body = ['const a = 1;', 'const b = 2;', '', 'if (a) {', '  f(a);', '}', 'g(b);', 'h(a, b);', 'return a + b;'];
    const run = (lines: string[]) => lines.join('\n');
    const files = [
      { name: 'one.ts', text: run(["import { x } from './x';", ...body]) },
      { name: 'two.ts', text: run(['// two', 'import {', '  y,', "} from './y';", ...body.map((l) => `    ${l}`)]) },
      { name: 'short.ts', text: run(body.slice(0, 5)) },
      { name: 'a.test.ts', text: run(['test();', ...body.slice(3)]) },
      { name: 'b.test.ts', text: run(['test();', ...body.slice(3)]) },
    ];
    const isTest = (name: string) => name.endsWith('.test.ts');
    expect(duplicatedRuns(files, isTest)).toEqual(['one.ts:2 = two.ts:5']);
    expect(duplicatedRuns(files.slice(2), isTest)).toEqual([]);
    expect(
      duplicatedRuns([files[0] ?? { name: '', text: '' }, { name: 'c.test.ts', text: run(body) }], isTest),
    ).toEqual(['one.ts:2 = c.test.ts:1']);
  });

  it('counts a run standing twice in one file, but not seven equal lines as two runs', () => {
    const same = Array.from({ length: 7 }, () => 'push(1);').join('\n');
    expect(duplicatedRuns([{ name: 'f.ts', text: same }], () => false)).toEqual([]);
    const twice = ['a();', 'b();', 'c();', 'd();', 'e();', 'f();'].join('\n');
    expect(duplicatedRuns([{ name: 'f.ts', text: `${twice}\nx();\n${twice}` }], () => false)).toEqual([
      'f.ts:1 = f.ts:8',
    ]);
  });
});
