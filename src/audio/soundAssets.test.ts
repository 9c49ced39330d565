/**
 * The committed sound files are the ones scripts/sound describes: the recipes
 * make the same samples every time (and the ones recorded in manifest.json
 * when the files were encoded), and each committed file has the size, hash
 * and duration the manifest gives. No ffmpeg needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifestJson from '../../assets/sound/manifest.json';
import { type Manifest, makePcm, SOUND_DIR } from '../../scripts/sound/manifest';
import { RECIPES } from '../../scripts/sound/recipes';
import { SAMPLE_RATE } from '../../scripts/sound/synth';
import { pcmSha256, sha256, wavBytes } from '../../scripts/sound/wav';
import { CUE_TABLE } from './cueTable';

const manifest: Manifest = manifestJson;

/** The Duration element of a WebM file's Segment Info, in seconds (ffmpeg writes it in milliseconds, as a float). */
function webmSeconds(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 11 < bytes.length; i++) {
    if (bytes[i] !== 0x44 || bytes[i + 1] !== 0x89) continue;
    if (bytes[i + 2] === 0x88) return view.getFloat64(i + 3) / 1000;
    if (bytes[i + 2] === 0x84) return view.getFloat32(i + 3) / 1000;
  }
  throw new Error('no Duration element');
}

/** MPEG-2 Layer III bitrates (kbit/s) and sample rates, by header index. */
const MP3_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MP3_RATES = [22_050, 24_000, 16_000];

/** An MP3's length in seconds, counting its MPEG-2 Layer III frames (576 samples each; a LAME info frame carries none). */
function mp3Seconds(bytes: Uint8Array): number {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    // ID3v2: a 10-byte header whose size is four 7-bit bytes.
    offset = 10 + (((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0));
  }
  let frames = 0;
  let rate = 0;
  let info = false;
  while (offset + 4 <= bytes.length) {
    const b1 = bytes[offset + 1] ?? 0;
    const b2 = bytes[offset + 2] ?? 0;
    if (bytes[offset] !== 0xff || (b1 & 0xfe) !== 0xf2) throw new Error(`not an MPEG-2 Layer III frame at ${offset}`);
    const bitrate = MP3_BITRATES[b2 >> 4] ?? 0;
    rate = MP3_RATES[(b2 >> 2) & 3] ?? 0;
    const length = Math.floor((72_000 * bitrate) / rate) + ((b2 >> 1) & 1);
    if (frames === 0) {
      const tag = String.fromCharCode(...bytes.subarray(offset + 4, offset + 4 + 40));
      info = tag.includes('Info') || tag.includes('Xing');
    }
    frames += 1;
    offset += length;
  }
  return ((frames - (info ? 1 : 0)) * 576) / rate;
}

describe('the sound recipes', () => {
  for (const id of Object.keys(CUE_TABLE.cues)) {
    it(`make the same samples for ${id} twice over, and the samples manifest.json recorded`, () => {
      const pcm = makePcm(id);
      const first = pcmSha256(pcm);
      const second = pcmSha256(makePcm(id));
      expect(second).toBe(first);
      expect(first).toBe(manifest.cues[id]?.pcmSha256);
      if (CUE_TABLE.cues[id]?.loop) {
        // A loop joins without a click: its last sample runs into its first no harder than 99% of its own steps.
        const steps = Array.from(pcm.subarray(1), (v, i) => Math.abs(v - (pcm[i] ?? 0))).sort((a, b) => a - b);
        const seam = Math.abs((pcm[0] ?? 0) - (pcm[pcm.length - 1] ?? 0));
        expect(seam).toBeLessThanOrEqual(steps[Math.floor(steps.length * 0.99)] ?? 0);
      }
    });
  }

  it('have one recipe per cue of the table, and nothing else', () => {
    expect(Object.keys(RECIPES).sort()).toEqual(Object.keys(CUE_TABLE.cues).sort());
    expect(Object.keys(manifest.cues).sort()).toEqual(Object.keys(CUE_TABLE.cues).sort());
  });

  it('write a WAV header that says 16-bit mono PCM at the sample rate', () => {
    const wav = wavBytes(new Int16Array([0, 1, -1, 32767]), SAMPLE_RATE);
    const view = new DataView(wav.buffer);
    expect(String.fromCharCode(...wav.subarray(0, 4), ...wav.subarray(8, 12))).toBe('RIFFWAVE');
    expect([view.getUint16(20, true), view.getUint16(22, true), view.getUint32(24, true)]).toEqual([1, 1, 24_000]);
    expect([view.getUint32(40, true), view.getInt16(48, true), view.getInt16(50, true)]).toEqual([8, -1, 32767]);
  });
});

describe('the committed sound files', () => {
  it('are the files manifest.json describes, byte for byte', () => {
    for (const [id, cue] of Object.entries(CUE_TABLE.cues)) {
      for (const file of cue.files) {
        const bytes = readFileSync(join(SOUND_DIR, file));
        expect({ bytes: bytes.length, sha256: sha256(bytes) }, file).toEqual(manifest.cues[id]?.files[file]);
      }
    }
  });

  it('last as long as their samples: music loops of 20 to 40 s, effects under 3 s', () => {
    for (const [id, cue] of Object.entries(CUE_TABLE.cues)) {
      const seconds = manifest.cues[id]?.seconds ?? 0;
      if (cue.kind === 'music') expect(seconds, id).toBeGreaterThanOrEqual(20);
      expect(seconds, id).toBeLessThanOrEqual(cue.kind === 'music' ? 40 : 3);
      expect(manifest.cues[id]?.samples, id).toBe(Math.round(seconds * SAMPLE_RATE));
      const webm = webmSeconds(readFileSync(join(SOUND_DIR, `${id}.webm`)));
      const mp3 = mp3Seconds(readFileSync(join(SOUND_DIR, `${id}.mp3`)));
      expect(Math.abs(webm - seconds), `${id}.webm lasts ${webm} s`).toBeLessThan(0.05);
      expect(Math.abs(mp3 - seconds), `${id}.mp3 lasts ${mp3} s`).toBeLessThan(0.1);
    }
  });

  it('stay small: at most 150 KB a file', () => {
    for (const entry of Object.values(manifest.cues))
      for (const [file, { bytes }] of Object.entries(entry.files)) expect(bytes, file).toBeLessThanOrEqual(150_000);
  });

  it('are all in the cue table: no stray file in assets/sound', () => {
    const listed = new Set(Object.values(CUE_TABLE.cues).flatMap((cue) => cue.files));
    const present = readdirSync(SOUND_DIR).filter(
      (name) => !['cues.json', 'manifest.json', 'README.md'].includes(name),
    );
    expect(present.filter((name) => !listed.has(name))).toEqual([]);
    expect(present.length).toBe(listed.size);
  });
});
