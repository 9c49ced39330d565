/**
 * Text from data files is shown as text, never parsed as markup: the why
 * drawer and the debrief build their elements with createElement and set
 * strings as text. This reads their sources and fails on any markup sink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser)\b|document\.write\(/;

function sources(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(dir, name));
}

describe('the why drawer and the debrief', () => {
  const files = [...sources(import.meta.dirname), ...sources(join(import.meta.dirname, '../debrief'))];

  it('have sources to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it('never parse a string as markup', () => {
    const offenders = files.filter((file) => SINKS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
