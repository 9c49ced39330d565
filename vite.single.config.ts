/**
 * The second build of `npm run build`: dist/hollow-pact.html, the whole game in
 * one file for a USB stick (scripts/build/single.ts). It writes beside the
 * served build (vite.config.ts) without emptying dist/.
 */
import { defineConfig } from 'vite';
import { singleFile } from './scripts/build/single.ts';

export default defineConfig({
  base: './',
  // No files beside the page: the favicon is inline, and nothing of public/ is needed.
  publicDir: false,
  plugins: [singleFile()],
  // The game knows it is the single file (src/ui/otherPages.ts): no links to pages it does not hold.
  define: { 'import.meta.env.VITE_HOLLOW_PACT_SINGLE_FILE': JSON.stringify('true') },
  // A classic worker: Chromium refuses a module worker from a blob: URL on a file:// page.
  worker: { format: 'iife' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Everything inline: the map, the sounds, the stylesheet.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER,
    rolldownOptions: {
      input: 'index.html',
      // One script: every dynamic import inlined.
      output: { codeSplitting: false },
    },
  },
});
