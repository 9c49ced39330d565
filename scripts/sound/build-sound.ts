/**
 * Make the game's sounds: `npm run build:sound`.
 *
 * For every cue in assets/sound/cues.json, synthesise its samples from its
 * recipe (scripts/sound/recipes.ts: seeded, no Math.random, no clock), write
 * a 16-bit mono WAV to a temporary folder, and encode it with ffmpeg to
 * WebM/Opus and MP3 in assets/sound/. Then write assets/sound/manifest.json:
 * each cue's sample count and PCM hash, each file's size and hash.
 *
 * `npm run build:sound -- --check` needs no ffmpeg: it makes the samples
 * again and compares them with the manifest, and the files with their sizes
 * and hashes (exit 1 on a difference).
 *
 * The output is the project's own work, under the project's MIT licence
 * (assets/sound/LICENSE).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cue, parseCueTable } from '../../src/audio/cueTable';
import { buildManifest, type Manifest, makePcm, SOUND_DIR } from './manifest';
import { SAMPLE_RATE } from './synth';
import { sha256, wavBytes } from './wav';

/** Encoder settings: low bitrates for mono synthesised sound (a 30 s loop stays under 150 KB). */
const ENCODERS: Readonly<Record<string, (cue: Cue) => string[]>> = {
  webm: (cue) => ['-c:a', 'libopus', '-b:a', cue.kind === 'music' ? '24k' : '32k', '-vbr', 'on', '-f', 'webm'],
  mp3: (cue) => ['-c:a', 'libmp3lame', '-b:a', cue.kind === 'music' ? '32k' : '48k', '-f', 'mp3'],
};

function hasFfmpeg(): boolean {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function encode(wav: string, out: string, cue: Cue): void {
  const format = out.slice(out.lastIndexOf('.') + 1);
  const settings = ENCODERS[format];
  if (settings === undefined) throw new Error(`no encoder for .${format}`);
  // -fflags +bitexact after -i: otherwise WebM gets random serial numbers and a dated muxer tag.
  execFileSync(
    'ffmpeg',
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-i',
      wav,
      '-fflags',
      '+bitexact',
      '-flags:a',
      '+bitexact',
      '-map_metadata',
      '-1',
      '-ac',
      '1',
      ...settings(cue),
      out,
    ],
    { stdio: 'inherit' },
  );
}

function readTable() {
  const parsed = parseCueTable(JSON.parse(readFileSync(join(SOUND_DIR, 'cues.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`assets/sound/cues.json:\n${parsed.problems.join('\n')}`);
  return parsed.table;
}

function check(): number {
  const table = readTable();
  const manifest: Manifest = JSON.parse(readFileSync(join(SOUND_DIR, 'manifest.json'), 'utf8'));
  const problems: string[] = [];
  for (const [id, cue] of Object.entries(table.cues)) {
    const expected = manifest.cues[id];
    if (expected === undefined) {
      problems.push(`${id}: not in manifest.json`);
      continue;
    }
    const pcm = makePcm(id);
    const made = buildManifest({ [id]: cue }, { [id]: pcm }, () => undefined).cues[id];
    if (made?.pcmSha256 !== expected.pcmSha256) problems.push(`${id}: the recipe makes different samples`);
    for (const file of cue.files) {
      const path = join(SOUND_DIR, file);
      const recorded = expected.files[file];
      if (!existsSync(path)) problems.push(`${file}: missing`);
      else if (recorded === undefined) problems.push(`${file}: not in manifest.json`);
      else if (statSync(path).size !== recorded.bytes || sha256(readFileSync(path)) !== recorded.sha256)
        problems.push(`${file}: differs from manifest.json`);
    }
  }
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? 'assets/sound matches its recipes.' : `${problems.length} problem(s).`);
  return problems.length === 0 ? 0 : 1;
}

function build(): number {
  if (!hasFfmpeg()) {
    console.error(
      'build:sound needs ffmpeg to encode (Debian: apt-get install ffmpeg). The committed files are unchanged.',
    );
    return 1;
  }
  const table = readTable();
  const work = mkdtempSync(join(tmpdir(), 'hollow-pact-sound-'));
  try {
    const pcms: Record<string, Int16Array> = {};
    for (const [id, cue] of Object.entries(table.cues)) {
      const pcm = makePcm(id);
      pcms[id] = pcm;
      const wav = join(work, `${id}.wav`);
      writeFileSync(wav, wavBytes(pcm, SAMPLE_RATE));
      for (const file of cue.files) encode(wav, join(SOUND_DIR, file), cue);
      const sizes = cue.files.map((file) => `${file} ${(statSync(join(SOUND_DIR, file)).size / 1024).toFixed(1)} KB`);
      console.log(`${id}: ${(pcm.length / SAMPLE_RATE).toFixed(2)} s → ${sizes.join(', ')}`);
    }
    const manifest = buildManifest(table.cues, pcms, (file) => readFileSync(join(SOUND_DIR, file)));
    writeFileSync(join(SOUND_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log('wrote assets/sound/manifest.json');
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = process.argv.includes('--check') ? check() : build();
