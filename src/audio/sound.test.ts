/**
 * The sound module in Node, where Howler finds no audio at all: nothing loads
 * before a gesture, captions still come, preferences are kept with or without
 * storage, and a failure to load is quietly survived. The browser test
 * (sound.browser.test.ts) plays real sound in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { type PreferenceStorage, readPreferences } from './preferences';
import { type Caption, createSound, type HowlerModule } from './sound';

/** Howler, loaded for real, counting how often the module asks for it. */
function countingLoader(): { load: () => Promise<HowlerModule>; count: () => number } {
  let count = 0;
  return {
    load: async () => {
      count += 1;
      const module = await import('howler');
      return { Howl: module.Howl, Howler: module.Howler };
    },
    count: () => count,
  };
}

function memoryStorage(): PreferenceStorage {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const throwingStorage: PreferenceStorage = {
  getItem: () => {
    throw new Error('storage is disabled');
  },
  setItem: () => {
    throw new Error('storage is disabled');
  },
};

describe('createSound', () => {
  it('loads nothing when created, and loads Howler once on the first gesture', async () => {
    const loader = countingLoader();
    const gestures = new EventTarget();
    const sound = createSound({ storage: memoryStorage(), loadHowler: loader.load, gestureTarget: gestures });
    sound.musicForMonth('1936-05');
    sound.play('telegraph');
    expect(loader.count()).toBe(0);
    expect(sound.state()).toMatchObject({ unlocked: false, audio: 'waiting', period: '1936-38', playing: [] });

    gestures.dispatchEvent(new Event('keydown'));
    gestures.dispatchEvent(new Event('pointerdown'));
    await sound.unlock();
    expect(loader.count()).toBe(1);
    expect(sound.state()).toMatchObject({ unlocked: true, audio: 'unavailable', playing: [] });
    sound.dispose();
  });

  it('captions every effect, before the gesture, muted, and with no audio', async () => {
    const captions: Caption[] = [];
    const sound = createSound({ storage: memoryStorage(), gestureTarget: null });
    const stop = sound.onCaption((caption) => captions.push(caption));
    sound.play('telegraph');
    sound.mute(true);
    sound.play('gavel');
    await sound.unlock();
    sound.play('stamp');
    sound.play('alarm');
    stop();
    sound.play('alarm');
    expect(captions).toEqual([
      { cue: 'telegraph', kind: 'effect', text: 'Telegraph: a dispatch arrives' },
      { cue: 'gavel', kind: 'effect', text: 'Gavel: the League Council sits' },
      { cue: 'stamp', kind: 'effect', text: 'Stamp: a signature' },
      { cue: 'alarm', kind: 'effect', text: 'Alarm: a crisis' },
    ]);
  });

  it('captions the music when it changes after the gesture, once per change', async () => {
    const captions: string[] = [];
    const sound = createSound({ storage: memoryStorage(), gestureTarget: null });
    sound.onCaption((caption) => captions.push(caption.text));
    sound.musicForMonth('1935-06');
    expect(captions).toEqual([]);
    await sound.unlock();
    sound.musicForMonth('1935-07');
    sound.musicForMonth('1936-03');
    sound.music(null);
    sound.musicForMonth('1939-08');
    expect(captions).toEqual([
      'Music: hopeful, diplomatic (1935–36)',
      'Music: uneasy (1936–38)',
      'Music: grim (1938–39)',
    ]);
  });

  it('remembers mute and volume in storage for the next page', () => {
    const storage = memoryStorage();
    const first = createSound({ storage, gestureTarget: null });
    first.mute(true);
    first.setVolume(0.3);
    expect(readPreferences(storage)).toEqual({ muted: true, volume: 0.3 });
    const next = createSound({ storage, gestureTarget: null });
    expect(next.state()).toMatchObject({ muted: true, volume: 0.3 });
    next.setVolume(4);
    expect(next.state().volume).toBe(1);
  });

  it('keeps mute and volume for the page when storage throws', () => {
    const sound = createSound({ storage: throwingStorage, gestureTarget: null });
    expect(sound.state()).toMatchObject({ muted: false, volume: 0.8 });
    sound.mute(true);
    sound.setVolume(0.5);
    expect(sound.state()).toMatchObject({ muted: true, volume: 0.5 });
  });

  it('survives Howler failing to load (a blocked or offline chunk): unavailable, captions on, nothing thrown', async () => {
    const captions: string[] = [];
    const sound = createSound({
      storage: memoryStorage(),
      gestureTarget: null,
      loadHowler: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    sound.onCaption((caption) => captions.push(caption.cue));
    sound.play('gavel');
    await expect(sound.unlock()).resolves.toBeUndefined();
    sound.play('alarm');
    sound.musicForMonth('1938-09');
    expect(sound.state()).toMatchObject({ unlocked: true, audio: 'unavailable', playing: [] });
    expect(captions).toEqual(['gavel', 'alarm', 'music-1938-39']);
  });

  it('keeps going when a caption listener throws', () => {
    const heard: string[] = [];
    const sound = createSound({ storage: memoryStorage(), gestureTarget: null });
    sound.onCaption(() => {
      throw new Error('a broken overlay');
    });
    sound.onCaption((caption) => heard.push(caption.cue));
    expect(() => sound.play('stamp')).not.toThrow();
    expect(heard).toEqual(['stamp']);
  });
});
