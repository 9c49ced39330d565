/**
 * The source-criticism exercise (issue 14 §5) against the research it comes
 * from: the claims never copy the unreliable page, every answer agrees with
 * its row of ../shared/history/seed-audit.md, and every glossary entry,
 * timeline row and game file a prompt names exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import exerciseJson from '../../scenarios/teaching/source-criticism.en.json';
import { readShared, readSharedFolder } from '../glossary/sharedSources';
import { describeCheck, parseSourceCriticism, SOURCE_CRITICISM, VERDICTS, type Verdict } from './sourceCriticism';

const ROOT = join(import.meta.dirname, '../..');
const DATA_FILE = join(ROOT, 'scenarios/teaching/source-criticism.en.json');
const RUN = 8;

/** Lower-case words, apostrophes straightened, punctuation dropped. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  );
}

/** Every run of `n` consecutive words of `text`. */
function runs(text: string, n: number): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i += 1) out.add(list.slice(i, i + n).join(' '));
  return out;
}

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** The unreliable seed, found by its subject: the page on a 1931 "neutrality treaty". */
function unreliableSeed(): { name: string; text: string } {
  const seeds = readSharedFolder('seeds');
  const found = seeds.filter(({ text }) => /neutrality treaty/i.test(text) && text.includes('1931'));
  if (found.length !== 1) {
    throw new Error(`expected one seed about a 1931 "neutrality treaty", found ${found.map((s) => s.name).join(', ')}`);
  }
  const [seed] = found;
  if (seed === undefined) throw new Error('unreachable');
  return seed;
}

/** The rows of seed-audit.md's table for one seed: row number → its cells. */
function auditRows(seedName: string): Map<number, string[]> {
  const audit = readShared('history/seed-audit.md');
  const start = audit.indexOf(`## Seed ${seedName}`);
  if (start < 0) throw new Error(`seed-audit.md has no section for ${seedName}`);
  const next = audit.indexOf('\n## ', start + 1);
  const section = audit.slice(start, next < 0 ? undefined : next);
  const rows = new Map<number, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const n = Number(cells[1]);
    if (line.startsWith('| ') && Number.isInteger(n) && n > 0) rows.set(n, cells.slice(1, -1));
  }
  return rows;
}

/** The dates of timeline.md's rows, as their first cell reads without bold marks. */
function timelineDates(): Set<string> {
  const timeline = readShared('history/timeline.md');
  const dates = new Set<string>();
  for (const line of timeline.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| Date') || line.startsWith('|---')) continue;
    const cell = line.split('|')[1]?.replace(/\*\*/g, '').trim();
    if (cell !== undefined && cell !== '') dates.add(cell);
  }
  return dates;
}

/** The verdicts of ours that agree with the audit's words (seed-audit.md's legend: Correct, Imprecise, Wrong, Unverifiable). */
function agreeingVerdicts(auditVerdict: string): Verdict[] {
  const v = auditVerdict.replace(/\*/g, '').toLowerCase();
  if (v.startsWith('wrong')) return ['false'];
  if (v.startsWith('unverifiable') || v.startsWith('no evidence')) return ['unverifiable'];
  if (v.startsWith('imprecise') || v.startsWith('anachronistic')) return ['distorted'];
  if (v.startsWith('partly correct')) return ['true', 'distorted'];
  if (v.startsWith('correct')) return ['true'];
  return [];
}

describe('the source-criticism exercise', () => {
  const seed = unreliableSeed();

  it('is about the unreliable seed, and names it', () => {
    expect(SOURCE_CRITICISM.document.seed).toBe(`seeds/${seed.name}`);
    expect(SOURCE_CRITICISM.document.audit).toContain(seed.name);
    expect(SOURCE_CRITICISM.claims.length).toBeGreaterThanOrEqual(8);
  });

  it(`copies no run of ${RUN} consecutive words of the page`, () => {
    const page = runs(seed.text, RUN);
    expect(page.size).toBeGreaterThan(100);
    const data = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as unknown;
    const copied = strings(data).flatMap((s) => [...runs(s, RUN)].filter((run) => page.has(run)));
    expect(copied).toEqual([]);
  });

  it('would catch a copied sentence (the check itself works)', () => {
    const sentence = seed.text.split('\n').find((line) => words(line).length >= 12) ?? '';
    const page = runs(seed.text, RUN);
    expect([...runs(`In our words: ${sentence}`, RUN)].some((run) => page.has(run))).toBe(true);
  });

  it("agrees with seed-audit.md's verdict on every claim, row by row", () => {
    const rows = auditRows(seed.name);
    expect(rows.size).toBeGreaterThanOrEqual(10);
    for (const claim of SOURCE_CRITICISM.claims) {
      const row = rows.get(claim.key.audit.row);
      expect(row, `${claim.id}: row ${claim.key.audit.row}`).toBeDefined();
      const verdictCell = row?.[2] ?? '';
      expect(verdictCell.replace(/\*/g, ''), claim.id).toContain(claim.key.audit.verdict);
      expect(agreeingVerdicts(verdictCell), claim.id).toContain(claim.key.verdict);
    }
  });

  it('teaches every kind of verdict: false, unverifiable, distorted and true', () => {
    const used = new Set(SOURCE_CRITICISM.claims.map((c) => c.key.verdict));
    expect([...used].sort()).toEqual([...VERDICTS].sort());
  });

  it('sends students only to timeline rows, glossary entries and game files that exist', () => {
    const dates = timelineDates();
    const refs = SOURCE_CRITICISM.claims.flatMap((c) => c.check.map((ref) => ({ claim: c.id, ref })));
    expect(refs.some(({ ref }) => 'timeline' in ref)).toBe(true);
    expect(refs.some(({ ref }) => 'glossary' in ref)).toBe(true);
    for (const { claim, ref } of refs) {
      if ('timeline' in ref) expect(dates, `${claim}: timeline ${ref.timeline}`).toContain(ref.timeline);
      if ('file' in ref) expect(existsSync(join(ROOT, ref.file)), `${claim}: ${ref.file}`).toBe(true);
      if ('glossary' in ref) expect(describeCheck(ref).href).toBe(`glossary.html#glossary-${ref.glossary}`);
    }
  });

  it('refuses a wrong verdict and a glossary id that does not exist, one line each', () => {
    const [first] = exerciseJson.claims;
    if (first === undefined) throw new Error('no claim');
    const lines = (data: unknown) => {
      const parsed = parseSourceCriticism(data);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(lines({ ...exerciseJson, claims: [{ ...first, key: { ...first.key, verdict: 'maybe' } }] })).toEqual([
      'claims[0].key.verdict: expected one of false, unverifiable, distorted, true, got "maybe"',
    ]);
    expect(lines({ ...exerciseJson, claims: [{ ...first, check: [{ glossary: 'covenant-art-99' }] }] })).toEqual([
      'claims[0].check[0].glossary: no glossary entry "covenant-art-99" in scenarios/text/glossary.en.json',
    ]);
    expect(parseSourceCriticism(exerciseJson).ok).toBe(true);
  });
});
