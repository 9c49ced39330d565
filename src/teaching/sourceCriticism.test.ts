/**
 * The source-criticism exercise (issue 14 §5) against the research it comes
 * from: the claims never copy the unreliable page, every answer agrees with
 * its row of ../shared/history/seed-audit.md, and every glossary entry,
 * timeline row and game file a prompt names exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import exerciseJson from '../../scenarios/teaching/source-criticism.en.json';
import { REASONS } from '../engine';
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

/** timeline.md's rows by their date cell, each row's description without bold marks. */
function timelineRows(): Map<string, string> {
  const timeline = readShared('history/timeline.md');
  const rows = new Map<string, string>();
  for (const line of timeline.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| Date') || line.startsWith('|---')) continue;
    const cells = line.replace(/\*\*/g, '').split('|');
    const date = cells[1]?.trim();
    if (date !== undefined && date !== '') rows.set(date, cells[2]?.trim() ?? '');
  }
  return rows;
}

/** The verdicts of ours that agree with the audit's words (seed-audit.md's legend: Correct, Imprecise, Wrong, Unverifiable). */
function agreeingVerdicts(auditVerdict: string): Verdict[] {
  const v = auditVerdict.replace(/\*/g, '').toLowerCase();
  if (v.startsWith('wrong')) return ['false'];
  if (v.startsWith('unverifiable') || v.startsWith('no evidence')) return ['unverifiable'];
  if (v.startsWith('imprecise') || v.startsWith('anachronistic')) return ['distorted'];
  if (v.startsWith('partly correct')) return ['distorted'];
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

  it('teaches false, unverifiable and distorted, and keys none of the unreliable page’s claims as true', () => {
    // "True" stays a choice on the sheet, but the page's claims are never presented as fact: the promise it
    // gets right belongs to the pact of 1932, not to its 1931 treaty, and is keyed distorted (seed-audit.md row 6).
    const used = new Set(SOURCE_CRITICISM.claims.map((c) => c.key.verdict));
    expect([...used].sort()).toEqual(VERDICTS.filter((v) => v !== 'true').sort());
    expect(VERDICTS).toContain('true');
  });

  it('sends students only to timeline rows, glossary entries and reasons that exist, and prints each row and reason on the sheet', () => {
    const rows = timelineRows();
    const refs = SOURCE_CRITICISM.claims.flatMap((c) => c.check.map((ref) => ({ claim: c.id, ref })));
    for (const kind of ['timeline', 'glossary', 'game', 'reason'])
      expect(
        refs.some(({ ref }) => kind in ref),
        kind,
      ).toBe(true);
    for (const { claim, ref } of refs) {
      const view = describeCheck(ref);
      if ('timeline' in ref) {
        // The words printed are the timeline row's own (its bold marks aside), with a source.
        const row = SOURCE_CRITICISM.timeline[ref.timeline];
        expect(rows.get(ref.timeline), `${claim}: timeline ${ref.timeline}`).toContain(row?.text);
        expect(view.text).toBe(`Timeline, ${ref.timeline}: ${row?.text} (Source: ${row?.source}.)`);
      }
      if ('reason' in ref)
        expect(view.text).toBe(`The game's reason “${REASONS[ref.reason].title}”: ${REASONS[ref.reason].text}`);
      if ('game' in ref) expect(view.text).toMatch(/map of Europe in 1936/);
      if ('glossary' in ref) expect(view.href).toBe(`glossary.html#glossary-${ref.glossary}`);
    }
    // Every row printed is one a prompt sends to.
    const sent = new Set(refs.flatMap(({ ref }) => ('timeline' in ref ? [ref.timeline] : [])));
    expect(Object.keys(SOURCE_CRITICISM.timeline).sort()).toEqual([...sent].sort());
  });

  it('refuses a check on a timeline row the sheet does not print, and a reason the game does not have', () => {
    const withCheck = (check: unknown) => {
      const broken = structuredClone(exerciseJson) as { claims: { check: unknown[] }[] };
      broken.claims[0]?.check.push(check);
      const parsed = parseSourceCriticism(broken);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(withCheck({ timeline: '1 Jan 1930' })).toEqual([
      `claims[0].check[${exerciseJson.claims[0]?.check.length}].timeline: no row "1 Jan 1930" in the exercise's timeline`,
    ]);
    expect(withCheck({ reason: 'NO_SUCH_REASON' })).toEqual([
      `claims[0].check[${exerciseJson.claims[0]?.check.length}]: expected { "glossary": an entry id }, { "timeline": a row of the timeline below }, { "game": "map" } or { "reason": a code of scenarios/law/reasons.json }`,
    ]);
    expect(withCheck({ reason: 'NO_TRANSIT' })).toEqual([]);
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
