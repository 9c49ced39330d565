/**
 * The Vitest configuration StrykerJS runs (`npm run mutate`, see stryker.config.json).
 *
 * Per-test coverage runs each mutant only against the tests that reach it, so
 * one slow test that reaches everything sets the pace of the whole run. This
 * configuration keeps the engine's fast unit tests and leaves out what is slow
 * or not about the engine: the browser tests (they start Chromium), the
 * command-line and map tests, the fuzzing (`*.fuzz.test.ts`), the
 * random-case properties (`*.property.test.ts`) and the thousand-seed
 * game properties (`game.test.ts`), the balance of the endings over many
 * games (`balance.property.test.ts`) and the verdict paths reached in play
 * (`verdictPaths.property.test.ts`); the properties it keeps play a tenth of
 * their games (`sampled` in src/testing/sample.ts). `npm test` still runs all
 * of them, in full. The graph traversals of the rule machines
 * (`*.graph.test.ts`, half a second) stay: the games' tests judge most legal
 * cases from the shipped verdict table and the memo, without running a machine,
 * so only the machines' own tests reach their guards.
 *
 * Most files share one module graph in each run (`isolate: false`): Vitest
 * evaluates the engine once per run, not once per test file, and a run is one
 * mutant, so nothing a file leaves in the engine's caches outlives it. That
 * halves a run that reaches every game-playing test. The files that stub a
 * module or the die (`vi.mock`, `vi.spyOn`) keep their own graph.
 */
import { defineConfig } from 'vitest/config';
import { STUBBING } from './src/testing/stubbing';

const SLOW_OR_NOT_ENGINE = [
  '**/node_modules/**',
  '**/*.browser.test.ts',
  '**/*.fuzz.test.ts',
  '**/*.property.test.ts',
  'src/engine/game.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The properties that stay play a tenth of their games (src/testing/sample.ts).
    env: { HOLLOW_PACT_MUTATE: '1' },
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/engine/**/*.test.ts'],
          exclude: [...SLOW_OR_NOT_ENGINE, ...STUBBING],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'stubbing', include: [...STUBBING], exclude: SLOW_OR_NOT_ENGINE } },
    ],
  },
});
