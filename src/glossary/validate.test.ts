/**
 * `npm run -s validate` accepts the glossary and the source-criticism
 * exercise, and reports a broken one in one line per problem.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as validate } from '../cli/validateCommand';

const ROOT = join(import.meta.dirname, '../..');
const GLOSSARY_FILE = join(ROOT, 'scenarios/text/glossary.en.json');
const EXERCISE_FILE = join(ROOT, 'scenarios/teaching/source-criticism.en.json');

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = validate(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err };
}

describe('validate', () => {
  it('accepts the glossary and the source-criticism exercise', () => {
    const { code, out, err } = run([GLOSSARY_FILE, EXERCISE_FILE]);
    expect(err).toEqual([]);
    expect(out).toEqual(['2 files valid.']);
    expect(code).toBe(0);
  });

  it('names the file and the field of each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-glossary-'));
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'teaching'));
    const glossary = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8'));
    glossary.entries[1].quoted = 'yes';
    const badGlossary = join(dir, 'text/glossary.en.json');
    writeFileSync(badGlossary, JSON.stringify(glossary));
    const exercise = JSON.parse(readFileSync(EXERCISE_FILE, 'utf8'));
    exercise.claims[0].check = [{ glossary: 'pact-art-9' }];
    const badExercise = join(dir, 'teaching/source-criticism.en.json');
    writeFileSync(badExercise, JSON.stringify(exercise));
    const { code, err } = run([badGlossary, badExercise]);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${badGlossary}: entries[1].quoted: expected true (the words are quoted) or false (a summary)`,
      `${badExercise}: claims[0].check[0].glossary: no glossary entry "pact-art-9" in scenarios/text/glossary.en.json`,
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
