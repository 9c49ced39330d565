/**
 * Vitest global setup: one production build per test run, shared by every
 * browser test file (they serve it themselves). The build is removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding this run's `vite build`. */
    gameBuild: string;
  }
}

const ROOT = join(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'hollow-pact-build-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  project.provide('gameBuild', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
