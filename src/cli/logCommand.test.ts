/** The `log` command: a recorded game's log as a player reads it, and as data. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../testing/cli';
import { main as log } from './logCommand';
import { main as validate } from './validateCommand';

const GOLDEN = join(import.meta.dirname, '../engine/save/golden/pact-1935-alliance-first.json');

const run = (args: string[]) => runCommand(log, args);

describe('log', () => {
  it('prints each month, its entries, and every decision adding up with its chance and roll', () => {
    const { code, out, err } = run([GOLDEN]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('May 1935');
    expect(out).toContain('  The general staffs begin to talk.');
    const decisions = out.filter((line) => line.startsWith('      ') && line.includes(': starting lean '));
    expect(decisions.length).toBeGreaterThan(20);
    for (const line of decisions) expect(line).toMatch(/total [+\u2212]?\d+ \u2192 .*: (yes|no)$/);
    expect(out.some((line) => /met by France(,| and) [A-Z]/.test(line) || /met by France, the /.test(line))).toBe(true);
  });

  it("says under a crisis that it is judged as on its day, before the month's later dispatches printed above it", () => {
    const { out } = run([GOLDEN]);
    const at = out.indexOf('  The remilitarisation of the Rhineland: Germany moves. How do you answer?');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(0, at)).toContain(
      '  27 March 1936. The treaty enters into force. Ratifications are exchanged in Moscow: the Franco-Soviet treaty is in force.',
    );
    expect(out[at + 1]).toBe(
      "      The crisis is judged as on 7 March 1936, before what this month's later dispatches tell: 12 March 1936, The Senate votes for ratification; 19 March 1936, Molotov to Le Temps; 27 March 1936, The treaty enters into force.",
    );
    // Said once a crisis, and only where a later dispatch came before it.
    expect(out.filter((line) => line.includes('The crisis is judged as on')).length).toBeLessThanOrEqual(
      out.filter((line) => line.endsWith('Germany moves. How do you answer?')).length,
    );
  });

  it('names the source of each weight with --sources', () => {
    const { out } = run([GOLDEN, '--sources']);
    expect(out.some((line) => line.trim().startsWith('source: ') && line.endsWith("the model's assumption"))).toBe(
      true,
    );
    expect(out.some((line) => /source: .*: .*\.md/.test(line))).toBe(true);
  });

  it('prints one entry a line with --json: its data and its sentences', () => {
    const { code, out } = run([GOLDEN, '--json']);
    expect(code).toBe(0);
    const entries = out.map((line) => JSON.parse(line));
    expect(entries.length).toBeGreaterThan(50);
    const crisis = entries.find((e) => e.key === 'crisis.war' || e.key === 'crisis.deterred');
    expect(crisis.key).toMatch(/^crisis\./);
    expect(crisis.params.allies).toContain('france');
    expect(crisis.params.allies.length).toBeGreaterThan(1);
    for (const id of crisis.params.allies) expect(crisis.text).not.toMatch(new RegExp(`\\b${id}\\b`));
    expect(crisis.reasons[0].explanation.bias.weight).toEqual(expect.any(Number));
  });

  it('refuses a bad file in one line, and no file with its usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hollow-pact-log-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"game": "hollow-pact"}');
    const { code, err } = run([bad]);
    expect(code).toBe(2);
    expect(err[0]).toContain(bad);
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.err[0]).toBe('log: no game file given');
  });
});

describe("validate, on the log's wording", () => {
  it('passes the English text, and names each sentence a translation leaves out', () => {
    const english = join(import.meta.dirname, '../../scenarios/text/log.en.json');
    const text = JSON.parse(readFileSync(english, 'utf8'));
    delete text.sentences.postponed;
    const dir = join(mkdtempSync(join(tmpdir(), 'hollow-pact-text-')), 'text');
    mkdirSync(dir);
    const french = join(dir, 'log.fr.json');
    writeFileSync(french, JSON.stringify(text));
    const out: string[] = [];
    const err: string[] = [];
    const code = validate(
      [english, french],
      (l) => out.push(l),
      (l) => err.push(l),
    );
    expect(code).toBe(1);
    expect(err).toEqual([`${french}: sentences.postponed: missing: the engine logs this sentence`]);
  });
});
