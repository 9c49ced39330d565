/**
 * What the sound build made (assets/sound/manifest.json): each cue's samples
 * (count, duration, hash) and each encoded file (size, hash). Tests compare
 * the committed files and the recipes against it without needing ffmpeg.
 */
import { join } from 'node:path';
import { RECIPES } from './recipes';
import { SAMPLE_RATE, toPcm16 } from './synth';
import { pcmSha256, sha256 } from './wav';

export const SOUND_DIR = join(import.meta.dirname, '../../assets/sound');

export interface Manifest {
  readonly $comment: string;
  readonly sampleRate: number;
  readonly cues: Record<
    string,
    {
      readonly samples: number;
      readonly seconds: number;
      readonly pcmSha256: string;
      readonly files: Record<string, { readonly bytes: number; readonly sha256: string }>;
    }
  >;
}

/** The 16-bit samples of a cue, from its recipe. */
export function makePcm(id: string): Int16Array {
  const recipe = RECIPES[id];
  if (recipe === undefined) throw new Error(`no recipe for the cue ${id} in scripts/sound/recipes.ts`);
  return toPcm16(recipe());
}

/** The manifest of cues made from `pcms`, reading each file's bytes with `read` (undefined: left out). */
export function buildManifest(
  cues: Record<string, { readonly files: readonly string[] }>,
  pcms: Record<string, Int16Array>,
  read: (file: string) => Uint8Array | undefined,
): Manifest {
  const out: Manifest['cues'] = {};
  for (const [id, cue] of Object.entries(cues)) {
    const pcm = pcms[id];
    if (pcm === undefined) continue;
    const files: Manifest['cues'][string]['files'] = {};
    for (const file of cue.files) {
      const bytes = read(file);
      if (bytes !== undefined) files[file] = { bytes: bytes.length, sha256: sha256(bytes) };
    }
    out[id] = {
      samples: pcm.length,
      seconds: Math.round((pcm.length / SAMPLE_RATE) * 1000) / 1000,
      pcmSha256: pcmSha256(pcm),
      files,
    };
  }
  return {
    $comment: 'Written by npm run build:sound (scripts/sound/build-sound.ts). Do not edit.',
    sampleRate: SAMPLE_RATE,
    cues: out,
  };
}
