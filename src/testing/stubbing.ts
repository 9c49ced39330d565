/**
 * The test files that stub a module or a function (`vi.mock`, `vi.spyOn`): each needs its own module graph,
 * where every other unit test file shares one per worker (`isolate: false` in vite.config.ts and
 * vitest.mutate.config.ts: the engine is evaluated once per worker, not once per file). A unit test
 * (`stubbing.test.ts`) checks that every file that stubs is named here.
 */
export const STUBBING: readonly string[] = [
  'src/engine/britainGuarantee.test.ts',
  'src/engine/turn/collectiveSecurityDie.test.ts',
  'src/engine/turn/crisisDie.test.ts',
  'src/engine/turn/crisisDispatchesDie.test.ts',
  'src/engine/turn/crisisSteps.test.ts',
  'src/engine/turn/furtherDie.test.ts',
  'src/engine/turn/history.test.ts',
  'src/engine/turn/polandDie.test.ts',
];

/** The test files that need an engine that has judged nothing yet (the verdict table is made from one). */
export const FRESH_ENGINE: readonly string[] = ['src/cli/verdictTable.test.ts'];

/** Every unit test file that keeps its own module graph (`unit-own-graph` in vite.config.ts). */
export const OWN_GRAPH: readonly string[] = [...STUBBING, ...FRESH_ENGINE];
