/**
 * The URLs of the sound files in assets/sound, as Vite serves and builds them.
 * Only the URLs are bundled here: no file is fetched until the sound module
 * loads it, after the first user gesture. `?no-inline` keeps even the smallest
 * effect a file of its own (no `data:` URL, which a strict media-src refuses).
 */
const files = import.meta.glob<string>('../../assets/sound/*.{webm,mp3}', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
});

/** File name (e.g. `gavel.webm`) → the URL the page loads it from. */
export const SOUND_FILE_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);
