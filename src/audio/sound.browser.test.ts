/**
 * The sound module in a real browser (Debian's Chromium): the test page
 * (src/audio/testpage/) is built with Vite and served, and used as a player
 * would: nothing before a gesture, a cue after a click, mute remembered
 * across a reload, and a page without audio that plays on with captions.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageHarness, startPageHarness } from '../testing/browser';

const PAGE = 'src/audio/testpage/index.html';

let harness: PageHarness;
let url: string;

beforeAll(async () => {
  harness = await startPageHarness({ name: 'sound', pages: { sound: PAGE } });
  url = `${harness.base}${PAGE}`;
});

afterAll(async () => {
  await harness?.close();
});

/** A fresh page with its console errors, page errors and sound requests collected. */
async function open(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const { page, errors } = await harness.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\.(webm|mp3)$|howler/.test(request.url())) requests.push(request.url());
  });
  return { page, errors, requests };
}

function soundState(page: Page) {
  return page.evaluate(() => window.hollowPactSound?.state());
}

describe('sound in the browser', () => {
  it('plays nothing and loads nothing before a gesture, then plays a cue after a click and captions it', async () => {
    const { page, errors, requests } = await open();
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await soundState(page)).toMatchObject({ unlocked: false, audio: 'waiting', playing: [] });
    expect(await page.evaluate(() => typeof Reflect.get(window, 'Howl'))).toBe('undefined');
    expect(requests).toEqual([]);

    await page.getByRole('button', { name: 'A dispatch' }).click();
    await expect.poll(async () => (await soundState(page))?.playing).toContain('telegraph');
    const state = await soundState(page);
    expect(state).toMatchObject({ unlocked: true, audio: 'ready', period: '1936-38', failed: [] });
    await expect.poll(async () => (await soundState(page))?.playing).toContain('music-1936-38');
    expect(await page.locator('#captions [data-cue="telegraph"]').textContent()).toBe('Telegraph: a dispatch arrives');
    expect(await page.locator('#captions [data-cue="music-1936-38"]').textContent()).toBe('Music: uneasy (1936–38)');
    const context = await page.evaluate(() => Reflect.get(Reflect.get(Reflect.get(window, 'Howler'), 'ctx'), 'state'));
    expect(context).toBe('running');
    expect(requests.some((r) => /telegraph-[\w-]+\.webm$/.test(r))).toBe(true);
    expect(requests.some((r) => /music-1935-36/.test(r))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the music with the period, fading the old loop out, and keeps it when the period flips back', async () => {
    const { page, errors } = await open();
    await page.goto(`${url}?month=1935-09`);
    const music = async () => ((await soundState(page))?.playing ?? []).filter((cue) => cue.startsWith('music'));
    await page.getByRole('button', { name: 'A signature' }).click();
    await expect.poll(music).toEqual(['music-1935-36']);
    await page.evaluate(() => window.hollowPactSound?.musicForMonth('1938-10'));
    await expect.poll(music, { timeout: 5000 }).toEqual(['music-1938-39']);
    await page.evaluate(() => {
      window.hollowPactSound?.musicForMonth('1936-05');
      window.hollowPactSound?.musicForMonth('1939-01');
    });
    await page.waitForTimeout(2000);
    expect(await music()).toEqual(['music-1938-39']);
    // A cue heard again renews its caption instead of stacking a copy; at most three lines show.
    const musicLines = await page.locator('#captions .sound-caption-music').allTextContents();
    expect(musicLines.slice(-2)).toEqual(['Music: uneasy (1936–38)', 'Music: grim (1938–39)']);
    const cues = await page
      .locator('#captions .sound-caption')
      .evaluateAll((lines) => lines.map((line) => (line instanceof HTMLElement ? line.dataset.cue : '')));
    expect(new Set(cues).size).toBe(cues.length);
    expect(cues.length).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('remembers mute and volume across a reload, and applies them to Howler', async () => {
    const { page, errors } = await open();
    await page.goto(url);
    const toggle = page.getByRole('button', { name: 'Mute sound' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.getByRole('slider', { name: 'Volume' }).fill('40');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    expect(await page.getByRole('button', { name: 'Mute sound' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('slider', { name: 'Volume' }).inputValue()).toBe('40');
    expect(await soundState(page)).toMatchObject({ muted: true, volume: 0.4, audio: 'waiting' });

    await page.getByRole('button', { name: 'A signature' }).click();
    await expect.poll(async () => (await soundState(page))?.audio).toBe('ready');
    const howler = await page.evaluate(() => {
      const global = Reflect.get(window, 'Howler');
      return { muted: Reflect.get(global, '_muted'), volume: Reflect.get(global, '_volume') };
    });
    expect(howler).toEqual({ muted: true, volume: 0.4 });
    expect(await page.locator('#captions [data-cue="stamp"]').textContent()).toBe('Stamp: a signature');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays on with captions and no error when the browser has no audio at all', async () => {
    const { page, errors } = await open();
    await page.addInitScript(() => {
      for (const name of ['AudioContext', 'webkitAudioContext', 'Audio', 'HTMLAudioElement'])
        Reflect.deleteProperty(window, name);
    });
    await page.goto(`${url}?month=1938-10`);
    await page.getByRole('button', { name: 'A crisis' }).click();
    await expect.poll(async () => (await soundState(page))?.audio).toBe('unavailable');
    await page.getByRole('button', { name: 'The Council' }).click();
    expect(await page.locator('#captions p').allTextContents()).toEqual([
      'Alarm: a crisis',
      'Music: grim (1938–39)',
      'Gavel: the League Council sits',
    ]);
    expect((await soundState(page))?.playing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays on with captions and no error when the sound files are broken', async () => {
    const { page, errors } = await open();
    await page.route(/\.(webm|mp3)$/, (route) =>
      route.fulfill({ status: 200, contentType: 'audio/webm', body: 'not a sound file' }),
    );
    await page.goto(url);
    await page.getByRole('button', { name: 'The Council' }).click();
    await expect.poll(async () => (await soundState(page))?.failed).toContain('gavel');
    await page.getByRole('button', { name: 'The Council' }).click();
    // The second gavel renews its caption: one line, still shown, though no sound played.
    await expect.poll(() => page.locator('#captions [data-cue="gavel"]').count()).toBe(1);
    expect(await page.locator('#captions [data-cue="gavel"]').textContent()).toMatch(/\S/);
    expect((await soundState(page))?.playing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
