/**
 * Vite plugins for the built pages only (issue 13 §4): a Content-Security-Policy
 * in every HTML page, and a service worker that precaches the whole build so
 * the game plays offline after the first visit and updates itself when a new
 * build is served. The dev server keeps Vite's own inline scripts: nothing here
 * applies to it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The policy's directives; `style-src` gets the hashes of each page's own `<style>` elements. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  // Phaser makes its default textures (missing, white, the cursor) from data: PNGs.
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The CSP hash source of one inline `<style>` element's text. */
function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: the directives, and `style-src 'self'` with the hash of each inline `<style>`. */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => styleHash(match[1] ?? ''));
  return [...CSP_DIRECTIVES, ["style-src 'self'", ...hashes].join(' ')].join('; ');
}

/** Adds `<meta http-equiv="Content-Security-Policy">` to every built page, first in its head. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'hollow-pact:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(html) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/** The service worker's source: precache `files`, answer from the cache first, drop older caches. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Hollow Pact's service worker, written by the build (scripts/build/holdup.ts).
const CACHE = 'hollow-pact-${version}';
const FILES = ${JSON.stringify(['./', ...files])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('hollow-pact-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: request.mode === 'navigate' }).then((hit) => hit ?? fetch(request)),
    ),
  );
});
`;
}

/** The page's side, loaded before its modules: zod without eval; register the worker; when a new build's worker takes over a page that had one, reload. */
export const REGISTER_SOURCE = `// Loaded first by every built page (scripts/build/holdup.ts).
// zod parses without compiling code with new Function (which script-src 'self' refuses): same results.
(globalThis.__zod_globalConfig ??= {}).jitless = true;
// Hollow Pact's service worker, registered in the build only.
if ('serviceWorker' in navigator) {
  const hadController = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  // After the page has loaded, so that precaching does not compete with the first visit's own requests.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
  });
}
`;

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(dir, name) : [name];
    })
    .sort();
}

/**
 * Loads `register-sw.js` from every page, and once the build is written, adds it
 * and `sw.js`: the list of every built file (map, sounds, fonts and workers
 * included) and a version from their contents, so that a new build is a new worker.
 */
export function offline(): Plugin {
  let outDir = '';
  return {
    name: 'hollow-pact:offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        return [{ tag: 'script', attrs: { src: './register-sw.js', defer: true }, injectTo: 'head-prepend' }];
      },
    },
    closeBundle() {
      writeFileSync(join(outDir, 'register-sw.js'), REGISTER_SOURCE);
      const names = filesUnder(outDir).filter((name) => name !== 'sw.js' && !name.endsWith('.map'));
      const hash = createHash('sha256');
      for (const name of names) hash.update(name).update(readFileSync(join(outDir, name)));
      const source = serviceWorkerSource(
        names.map((name) => `./${name}`),
        hash.digest('hex').slice(0, 16),
      );
      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}
