/** The engine's version, recorded in every game file (kept equal to package.json's by a test). */
export const ENGINE_VERSION = '0.13.0';
