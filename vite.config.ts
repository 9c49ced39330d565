import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the build works from any folder of a plain static server (e.g. /school/game/).
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    rolldownOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), cases: resolve(import.meta.dirname, 'cases.html') },
      output: {
        // Phaser in its own chunk, loaded after the title screen is interactive.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    // One production build per run, for the browser tests (src/ui/*.browser.test.ts).
    globalSetup: ['src/ui/browserBuild.ts'],
    // Browser tests start Chromium and a preview server: give them room on a busy 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
