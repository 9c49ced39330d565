import { resolve } from 'node:path';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, offline } from './scripts/build/holdup.ts';
import { OWN_GRAPH } from './src/testing/stubbing';

/**
 * The title's canvas needs Phaser and the boot scene (src/scenes/boot.ts), which main.ts imports
 * dynamically so that "New game" works before they come: ask for them from index.html itself
 * (`<link rel="modulepreload">`), at the same moment as main.ts, as a page that imports Phaser
 * directly would, instead of after main.ts has run.
 */
function preloadTheCanvas(): Plugin {
  const chunksOf = (bundle: OutputBundle, fileName: string, seen: Set<string>): void => {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk' || seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunk.imports) chunksOf(bundle, imported, seen);
  };
  return {
    name: 'hollow-pact:preload-the-canvas',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { filename, bundle }) {
        if (bundle === undefined || !filename.endsWith('/index.html')) return [];
        const boot = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/scenes/boot.ts') === true,
        );
        if (boot === undefined) return [];
        const files = new Set<string>();
        chunksOf(bundle, boot.fileName, files);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  // Relative asset paths: the build works from any folder of a plain static server (e.g. /school/game/).
  base: './',
  // The built pages only: a Content-Security-Policy in each, and the service worker for offline play.
  plugins: [offline(), contentSecurityPolicy(), preloadTheCanvas()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    rolldownOptions: {
      // The game, and beside it the pages a teacher can open on their own.
      input: Object.fromEntries(
        ['index', 'cases', 'xray', 'glossary', 'teaching', 'debrief', 'futures', 'share'].map((page) => [
          page,
          resolve(import.meta.dirname, `${page}.html`),
        ]),
      ),
      output: {
        // Phaser in its own chunk, loaded after the title screen is interactive.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  test: {
    // Browser tests start Chromium and a preview server: give them room on a busy 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Every core for the engine's tests (pure Node, CPU-bound): vitest gave them one worker on
        // two cores, 161 s against 103 s for the unit tests on this machine. And one module graph per
        // worker (`isolate: false`): the engine, its data and its schemas are evaluated once per worker,
        // not once per file, which halved the unit tests (105 s to 50 s). A file that stubs a module or
        // the die, or needs an engine that has judged nothing yet, keeps its own graph (`unit-own-graph`).
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts', ...OWN_GRAPH],
          maxWorkers: '100%',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-own-graph', include: [...OWN_GRAPH], maxWorkers: '100%' },
      },
      {
        // The browser tests run after the others, so that Chromium does not slow the engine's
        // long tests on two cores; one production build per run (src/ui/browserBuild.ts), made
        // only when a browser test runs.
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          globalSetup: ['src/ui/browserBuild.ts'],
          sequence: { groupOrder: 1 },
          // One file at a time: two Chromiums on two cores took as long in all (362 s against 351 s).
          maxWorkers: 1,
        },
      },
    ],
  },
});
