/** A source as a class reads it: the research notes' tags in words. */
import { describe, expect, it } from 'vitest';
import { readableSource } from './glossaryLinks';

describe('a source as a class reads it', () => {
  it("says the research notes' tags in words, with their detail", () => {
    expect(readableSource('treaty-and-rules.md §5.8 [DECISION]')).toBe(
      "treaty-and-rules.md §5.8, the project's decision",
    );
    expect(readableSource('a non-Member from 21 October 1935 [DECISION: day]')).toBe(
      "a non-Member from 21 October 1935, the project's decision: day",
    );
    expect(readableSource('feasibility [DECISION, from §4 geography]')).toBe(
      "feasibility, the project's decision: from §4 geography",
    );
    expect(readableSource('two-year notice [ANALYSIS]); timeline.md')).toBe(
      "two-year notice, the project's analysis); timeline.md",
    );
    expect(readableSource('actors.md [JUDGEMENT, widely held]')).toBe('actors.md, a judgement: widely held');
    expect(readableSource('timeline.md 19 Mar 1936 (Kotkin)')).toBe('timeline.md 19 Mar 1936 (Kotkin)');
  });

  it('leaves no bracketed tag in any source the data gives', () => {
    const tags = ['[DECISION', '[ANALYSIS', '[JUDGEMENT', '[HISTORIAN', '[LETTER', '[FACT'];
    for (const sample of [
      'treaty-and-rules.md §5.8 [DECISION] and §3.4 [ANALYSIS]',
      '[JUDGEMENT] and [HISTORIANS: Carley] and [FACT] and [LETTER]',
    ]) {
      const shown = readableSource(sample);
      for (const tag of tags) expect(shown).not.toContain(tag);
    }
  });
});
