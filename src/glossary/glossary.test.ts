/**
 * The glossary (issue 12 §5) against the machines and the research it comes
 * from: every citation of every state and guard of the four legal machines
 * resolves to an entry, every quoted passage is word for word in
 * ../shared/history/treaty-and-rules.md, and every entry is implemented by a
 * rule or says why not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import glossaryJson from '../../scenarios/text/glossary.en.json';
import {
  GLOSSARY,
  glossaryAnchor,
  glossaryEntry,
  glossaryFor,
  implementedBy,
  parseCitation,
  parseGlossary,
  ruleCitations,
  unresolvedRefs,
} from './glossary';
import { readShared } from './sharedSources';

const MODEL_DIR = join(import.meta.dirname, '../../scenarios/model');

/**
 * The citations of the machines that name no article, point, resolution or
 * document: only sections of treaty-and-rules.md (the rules spec), of the other
 * history files, or the model's design. They are listed here, one by one, so
 * that a new citation naming an article the glossary lacks cannot hide among them.
 */
const NAMES_NO_ARTICLE = [
  'treaty-and-rules.md §4 (Geography) and §5.3 S9',
  'treaty-and-rules.md §5.3 S8',
  'treaty-and-rules.md §5.3 S8 (default by choice)',
  'treaty-and-rules.md §5.3 S8 and §5.8',
  'treaty-and-rules.md §5.3 S9 and §5.6; counterfactuals.md §1',
  'treaty-and-rules.md §5.3 S9 and §5.8 (Feasibility); actors.md (no common border)',
  'treaty-and-rules.md §5.8 (Feasibility)',
  'treaty-and-rules.md §5.8 (Locarno judges a French action)',
  'treaty-and-rules.md §5.8 (the Locarno check)',
];

const ids = (cite: string) => glossaryFor(cite).map((entry) => entry.id);

/** Every `source` string of the model's data files, with where it is. */
function modelSources(): { file: string; source: string }[] {
  const found: { file: string; source: string }[] = [];
  const walk = (file: string, value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(file, item);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string') found.push({ file, source: child });
        else walk(file, child);
      }
    }
  };
  for (const name of readdirSync(MODEL_DIR).filter((n) => n.endsWith('.json'))) {
    walk(name, JSON.parse(readFileSync(join(MODEL_DIR, name), 'utf8')));
  }
  return found;
}

describe('parsing a citation', () => {
  it('reads an article and its paragraph', () => {
    expect(ids('Covenant Art. 16 §1')).toEqual(['covenant-art-16']);
    expect(ids('Rhineland Pact 1925, Art. 2 §2(1)')).toEqual(['locarno-art-2']);
    expect(ids('Rhineland Pact, Art. 4; treaty-and-rules.md §3.2')).toEqual(['locarno-art-4']);
  });

  it('reads lists, ranges and "and" of articles', () => {
    expect(ids('Covenant Arts. 12, 15, 16')).toEqual(['covenant-art-12', 'covenant-art-15', 'covenant-art-16']);
    expect(ids('Covenant Arts. 10-11')).toEqual(['covenant-art-10', 'covenant-art-11']);
    expect(ids('Rhineland Pact 1925, Arts. 2 and 4')).toEqual(['locarno-art-2', 'locarno-art-4']);
    expect(ids('Versailles Arts. 42-43; Rhineland Pact 1925, Art. 1')).toEqual([
      'versailles-arts-42-43',
      'locarno-art-1',
    ]);
  });

  it('keeps paragraphs apart from articles: "Art. 15 §10, §6" is one article', () => {
    expect(ids('Covenant Art. 15 §10, §6')).toEqual(['covenant-art-15']);
    expect(ids('Covenant Art. 15 §6, Art. 16 §1; Franco-Soviet Treaty, Art. 3 §1')).toEqual([
      'covenant-art-15',
      'covenant-art-16',
      'pact-art-3',
    ]);
  });

  it('carries the text named in one clause into the next: "Covenant Art. 10; Art. 5 §1"', () => {
    expect(ids('Covenant Art. 10; Art. 5 §1')).toEqual(['covenant-art-10', 'covenant-art-5']);
    expect(ids('Rhineland Pact 1925, Art. 2 §2(1); Art. 4')).toEqual(['locarno-art-2', 'locarno-art-4']);
  });

  it("reads the Protocol's points, as the Franco-Soviet one unless the Czechoslovak-Soviet treaty is named", () => {
    expect(ids('Protocol of Signature, point I')).toEqual(['pact-protocol-I']);
    expect(ids('Protocol of Signature, point IV (the non-aggression pact of 29 Nov 1932)')).toEqual([
      'pact-protocol-IV',
    ]);
    expect(ids('Rhineland Pact 1925, Art. 2; German memorandum of 25 May 1935; Franco-Soviet Protocol II')).toEqual([
      'locarno-art-2',
      'german-memorandum-1935-05-25',
      'pact-protocol-II',
    ]);
    expect(ids('Czechoslovak-Soviet Treaty, Arts. 2-3 and Protocol of Signature')).toEqual([
      'cs-treaty-art-2',
      'cs-treaty-art-3',
      'cs-treaty-protocol',
    ]);
  });

  it('reads the sections of treaty-and-rules.md as the texts they describe', () => {
    expect(ids("treaty-and-rules.md §1 Art. 5 and §5.8 'Dates'")).toEqual(['pact-art-5']);
    expect(
      ids('treaty-and-rules.md §1 Protocol I and IV; §3.1 Art. 2 (Locarno binds France only towards Germany)'),
    ).toEqual(['pact-protocol-I', 'pact-protocol-IV', 'locarno-art-2']);
    expect(ids('treaty-and-rules.md §2 Art. 15 §10 and Art. 16 §1')).toEqual(['covenant-art-15', 'covenant-art-16']);
    expect(ids('treaty-and-rules.md §5.3 S8 (Const. 1875 Art. 9); actors.md (164 deputies)')).toEqual([
      'const-1875-art-9',
    ]);
    expect(parseCitation('treaty-and-rules.md §5.8 (the Locarno check)')).toEqual([]);
  });

  it('names what a rule implements, not what it resembles: "(mirrors Franco-Soviet Art. 1)" is left out', () => {
    expect(ids('Czechoslovak-Soviet Treaty, Art. 1 (mirrors Franco-Soviet Art. 1)')).toEqual(['cs-treaty-art-1']);
  });

  it('names a treaty as a whole when a clause is only its name', () => {
    expect(ids('Czechoslovak-Soviet Treaty, 16 May 1935')).toEqual(['cs-treaty']);
    expect(ids('Rhineland Pact 1925; treaty-and-rules.md §3.4 (status by date)')).toEqual(['locarno-pact']);
    // A text with no entry of its own as a whole: all its entries.
    expect(ids('Covenant Art. 16 §3; League Assembly resolutions of 4 Oct 1921')).toEqual([
      'covenant-art-16',
      'league-1921-res-1',
      'league-1921-res-4',
    ]);
  });

  it('reports the articles it has no entry for', () => {
    expect(unresolvedRefs('Covenant Art. 13')).toEqual([{ instrument: 'covenant', part: 'art-13' }]);
    expect(glossaryFor('Covenant Art. 13')).toEqual([]);
  });
});

describe('the glossary against the legal machines', () => {
  const rules = ruleCitations();
  const cites = [...new Set(rules.map((rule) => rule.cite))];

  it('reads every state and guard of the four machines', () => {
    const machines = new Set(rules.map((rule) => rule.machine));
    expect([...machines].sort()).toEqual(['covenantCouncil', 'czechoslovakSoviet', 'francoSovietPact', 'locarno']);
    expect(rules.filter((r) => r.kind === 'guard').length).toBeGreaterThan(40);
    expect(rules.some((r) => r.id === 'francoSovietPact.notInForce')).toBe(true);
  });

  it('resolves every citation that names an article to a glossary entry, and every article it names', () => {
    const failures = cites
      .filter((cite) => !NAMES_NO_ARTICLE.includes(cite))
      .flatMap((cite) => {
        if (glossaryFor(cite).length === 0) return [`${cite}: names no glossary entry`];
        return unresolvedRefs(cite).map((ref) => `${cite}: no entry for ${ref.instrument} ${ref.part}`);
      });
    expect(failures).toEqual([]);
  });

  it('lists as naming no article only citations that really name none, and that the machines still use', () => {
    for (const cite of NAMES_NO_ARTICLE) {
      expect(cites, cite).toContain(cite);
      expect(parseCitation(cite), cite).toEqual([]);
    }
  });

  it("resolves the model's sources that name an article", () => {
    const naming = modelSources().filter(({ source }) => parseCitation(source).length > 0);
    expect(naming.map((s) => s.source)).toContain('timeline.md 27 Mar 1936; treaty-and-rules.md §1 Art. 5');
    const failures = naming.flatMap(({ file, source }) =>
      unresolvedRefs(source).map((ref) => `${file}: ${source}: no entry for ${ref.instrument} ${ref.part}`),
    );
    expect(failures).toEqual([]);
    expect(
      ids('treaty-and-rules.md §5.3 S8 (Const. 1875 Art. 9); actors.md (164 deputies against ratification)'),
    ).toEqual(['const-1875-art-9']);
  });

  it('finds the rules implementing an entry from the machines themselves', () => {
    const art5 = implementedBy('pact-art-5').map((rule) => rule.id);
    expect(art5).toEqual([
      'francoSovietPact.inForceCheck',
      'francoSovietPact.notInForce',
      'francoSovietPact:guard:isTreatyInForce',
    ]);
    const chambers = implementedBy('const-1875-art-9');
    expect(chambers.map((rule) => rule.id)).toContain('francoSovietPact.frenchChambers');
    expect(chambers.every((rule) => rule.cite.includes('1875'))).toBe(true);
    // Every rule whose citation names the entry, and no other.
    for (const entry of GLOSSARY.entries) {
      const expected = rules.filter((rule) => ids(rule.cite).includes(entry.id)).map((rule) => rule.id);
      expect(implementedBy(entry.id).map((rule) => rule.id)).toEqual(expected);
    }
  });

  it('has every entry implemented by at least one rule, or says why not (and only then)', () => {
    const problems = GLOSSARY.entries.flatMap((entry) => {
      const count = implementedBy(entry.id).length;
      if (count === 0 && entry.notImplemented === undefined)
        return [`${entry.id}: no rule cites it and it says not why`];
      if (count > 0 && entry.notImplemented !== undefined)
        return [`${entry.id}: says it is not implemented, but ${count} rules cite it`];
      return [];
    });
    expect(problems).toEqual([]);
    expect(glossaryEntry('pact-art-4')?.notImplemented).toMatch(/League/);
  });
});

describe('the glossary against treaty-and-rules.md', () => {
  const notes = readShared('history/treaty-and-rules.md');

  it('holds the articles issue 12 §5 asks for', () => {
    const wanted = [
      ...[10, 11, 15, 16, 17].map((n) => `covenant-art-${n}`),
      'locarno-art-2',
      'locarno-art-4',
      ...[1, 2, 3, 4, 5].map((n) => `pact-art-${n}`),
      ...['I', 'II', 'III', 'IV'].map((p) => `pact-protocol-${p}`),
      'cs-treaty',
    ];
    for (const id of wanted) expect(glossaryEntry(id), id).toBeDefined();
  });

  it('quotes only words that treaty-and-rules.md quotes, verbatim', () => {
    const quoted = GLOSSARY.entries.filter((entry) => entry.quoted);
    expect(quoted.length).toBeGreaterThan(10);
    const missing = quoted.flatMap((entry) =>
      entry.quoted ? entry.text.filter((words) => !notes.includes(words)).map((w) => `${entry.id}: "${w}"`) : [],
    );
    expect(missing).toEqual([]);
    // Each passage is a quotation there, in quotation marks, not merely words that occur.
    for (const entry of quoted) {
      if (entry.quoted) for (const words of entry.text) expect(notes, entry.id).toContain(`"${words}`);
    }
  });

  it("names sources that are in treaty-and-rules.md's table, and sections it has", () => {
    const table = notes.slice(notes.indexOf('## 0.'), notes.indexOf('## 1.'));
    const headings = [...notes.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.?\s/gm)].map((m) => m[1]);
    for (const entry of GLOSSARY.entries) {
      for (const key of entry.source.keys) expect(table, `${entry.id}: ${key}`).toContain(`| ${key} |`);
      for (const section of entry.source.section.matchAll(/§(\d+(?:\.\d+)?)/g)) {
        expect(headings, `${entry.id}: §${section[1]}`).toContain(section[1]);
      }
    }
  });
});

describe('the glossary file', () => {
  it('is valid, with unique ids and anchors a citation can link to', () => {
    expect(parseGlossary(glossaryJson).ok).toBe(true);
    expect(glossaryAnchor('covenant-art-16')).toBe('glossary-covenant-art-16');
    expect(new Set(GLOSSARY.entries.map((e) => e.id)).size).toBe(GLOSSARY.entries.length);
  });

  it('says what is wrong in one line per problem', () => {
    const first = glossaryJson.entries[0];
    const broken = {
      ...glossaryJson,
      entries: [
        { ...first, id: 'Bad Id', date: '1935-13-02' },
        { ...first, quoted: true, text: [] },
        { ...first, quoted: false, extra: 1 },
      ],
    };
    const parsed = parseGlossary(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const lines = parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContain('entries[0].id: expected an id like covenant-art-16');
    expect(lines).toContain('entries[0].date: expected a date YYYY-MM-DD');
    expect(lines.some((l) => l.startsWith('entries[1].text'))).toBe(true);
    expect(lines).toContain('entries[2].extra: unknown field');
    for (const line of lines) expect(line).not.toContain('\n');
  });

  it('refuses two entries that claim the same article', () => {
    const first = glossaryJson.entries[0];
    const parsed = parseGlossary({ ...glossaryJson, entries: [first, { ...first, id: 'pact-preamble-again' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.message)).toContain('preamble of pact is already entry pact-preamble');
  });
});

describe('the rules a glossary entry links to, in words', () => {
  it('names each state and check as the rules X-ray does, never by the machines’ code names', async () => {
    const { ruleLabel } = await import('./render');
    const { ruleCitations } = await import('./glossary');
    const rules = ruleCitations();
    expect(rules.length).toBeGreaterThan(50);
    for (const rule of rules) expect(ruleLabel(rule), rule.id).not.toMatch(/"[^"]*[a-z][A-Z][^"]*"/);
    const uk = rules.find((r) => r.kind === 'state' && r.name === 'locarno.ukVerdict');
    const inForce = rules.find((r) => r.kind === 'guard' && r.name === 'isInForce');
    if (uk === undefined || inForce === undefined) throw new Error('no such rule');
    expect(ruleLabel(uk)).toMatch(/: state "Britain's verdict"$/);
    expect(ruleLabel(inForce)).toMatch(/: check "Locarno in force\?"$/);
  });
});
