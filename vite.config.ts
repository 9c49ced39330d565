import { defineConfig } from 'vitest/config';

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // The rules X-ray has its own page beside the game (src/xray/demo.ts).
  build: { rolldownOptions: { input: { main: 'index.html', xray: 'xray.html' } } },
  test: {
    include: ['src/**/*.test.ts'],
    // Browser tests start Chromium and a preview server: give them room on a busy 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
