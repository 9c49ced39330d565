import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import cuesJson from '../../assets/sound/cues.json';
import { CUE_TABLE, EFFECT_IDS, musicCueOf, parseCueTable, periodOf } from './cueTable';

const SOUND_DIR = join(import.meta.dirname, '../../assets/sound');

/** A deep copy of the bundled table to break. */
const copy = () => structuredClone(cuesJson);

describe('periodOf', () => {
  it('gives the 1935–36 music before the Rhineland, and to months before the first period', () => {
    expect(periodOf('1935-05')).toBe('1935-36');
    expect(periodOf('1936-02')).toBe('1935-36');
    expect(periodOf('1934-12')).toBe('1935-36');
  });

  it('changes to the 1936–38 music in the month of the Rhineland and keeps it until the Anschluss', () => {
    expect(periodOf('1936-03')).toBe('1936-38');
    expect(periodOf('1936-05')).toBe('1936-38');
    expect(periodOf('1938-02')).toBe('1936-38');
  });

  it('gives the 1938–39 music from March 1938 to the end of the game and after', () => {
    expect(periodOf('1938-03')).toBe('1938-39');
    expect(periodOf('1939-09')).toBe('1938-39');
    expect(periodOf('1940-01')).toBe('1938-39');
  });

  it('reads a day as its month', () => {
    expect(periodOf('1936-03-07')).toBe('1936-38');
    expect(periodOf('1936-02-29')).toBe('1935-36');
  });

  it('finds each period its one music cue', () => {
    expect(CUE_TABLE.periods.map((p) => musicCueOf(p.id))).toEqual(['music-1935-36', 'music-1936-38', 'music-1938-39']);
    expect(musicCueOf('1940-41')).toBeUndefined();
  });
});

describe('the cue table (assets/sound/cues.json)', () => {
  it('is valid: every cue has files, a caption and a volume in 0..1', () => {
    const parsed = parseCueTable(cuesJson);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    for (const cue of Object.values(CUE_TABLE.cues)) {
      expect(cue.files.length).toBeGreaterThan(0);
      expect(cue.caption.trim()).not.toBe('');
      expect(cue.volume).toBeGreaterThanOrEqual(0);
      expect(cue.volume).toBeLessThanOrEqual(1);
    }
  });

  it('names files that exist, a WebM/Opus and an MP3 for every cue', () => {
    for (const [id, cue] of Object.entries(CUE_TABLE.cues)) {
      expect(cue.files, id).toEqual([`${id}.webm`, `${id}.mp3`]);
      for (const file of cue.files) expect(existsSync(join(SOUND_DIR, file)), file).toBe(true);
    }
  });

  it('has the four effects, none looping, and music that loops', () => {
    expect(EFFECT_IDS.map((id) => [CUE_TABLE.cues[id]?.kind, CUE_TABLE.cues[id]?.loop])).toEqual([
      ['effect', false],
      ['effect', false],
      ['effect', false],
      ['effect', false],
    ]);
    const music = Object.values(CUE_TABLE.cues).filter((cue) => cue.kind === 'music');
    expect(music.map((cue) => cue.loop)).toEqual([true, true, true]);
  });

  it('refuses a volume outside 0..1 and an empty caption, naming the field', () => {
    const table = copy();
    table.cues.gavel.volume = 1.5;
    table.cues.stamp.caption = '  ';
    const parsed = parseCueTable(table);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'cues.gavel.volume: expected a volume from 0 to 1',
      'cues.stamp.caption: expected some text',
    ]);
  });

  it('refuses a file of another format, two recordings in one cue, and an unknown field', () => {
    const table = copy();
    table.cues.gavel.files = ['gavel.wav'];
    const parsed = parseCueTable({ ...table, colour: 'blue' });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'cues.gavel.files.0: expected a file name in assets/sound ending .webm or .mp3',
      '(file): Unrecognized key: "colour"',
    ]);
    const stampOnly = copy();
    stampOnly.cues.stamp.files = ['stamp.webm', 'gavel.mp3'];
    const refused = parseCueTable(stampOnly);
    expect(refused.ok ? [] : refused.problems).toEqual([
      'cues.stamp.files: expected one recording in different formats',
    ]);
  });

  it('refuses periods out of order, music without a period, and a period without music', () => {
    const table = copy();
    const [first, second, third] = table.periods;
    if (first === undefined || second === undefined || third === undefined) throw new Error('three periods');
    second.from = '1935-01';
    table.cues['music-1938-39'].period = '1940-41';
    const parsed = parseCueTable(table);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      "periods.1.from: expected a month after 1935-01, the previous period's",
      'cues.music-1938-39.period: expected one of 1935-36, 1936-38, 1938-39',
      'periods: expected one music cue for period 1938-39, found 0',
    ]);
  });

  it('refuses a table that has lost an effect', () => {
    const { cues, ...rest } = copy();
    const { telegraph: _telegraph, ...others } = cues;
    const parsed = parseCueTable({ ...rest, cues: others });
    expect(parsed.ok ? [] : parsed.problems).toEqual(['cues.telegraph: expected this effect']);
  });
});
