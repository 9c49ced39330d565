/**
 * The single-file build (issue 14 §7): `dist/hollow-pact.html`, one page that
 * plays when a teacher double-clicks it on a USB stick (`file://`, no server).
 *
 * - Every module in one script (no code splitting), inlined into the page with
 *   the stylesheet; nothing is left beside it (the build fails if anything is).
 * - The futures worker inlined as a blob worker (Vite's `?worker&inline`).
 * - The map file and the sounds inlined as `data:` URLs (Phaser and Howler
 *   decode them without a request).
 * - A Content-Security-Policy that allows the page's own script and style by
 *   their hashes: no `unsafe-inline`, no `unsafe-eval`, no service worker.
 *
 * Used by vite.single.config.ts only; the served build (vite.config.ts) is unchanged.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The page's name in dist/. */
export const SINGLE_FILE = 'hollow-pact.html';

/** zod parses without compiling code with `new Function` (which the policy refuses), in the page and in the worker. */
const JITLESS_ID = '\0hollow-pact:jitless';
const JITLESS_SOURCE = '(globalThis.__zod_globalConfig ??= {}).jitless = true;\n';

/** The favicon, inline (a file beside the page would be one more file to carry). */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' fill='%23223'/%3E%3C/svg%3E";

/** The policy's directives besides the hashes; a `file://` page has no origin of its own to allow. */
export const SINGLE_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "connect-src 'none'",
  // Phaser makes its default textures from data: PNGs; the map arrives as a data: URL.
  'img-src data: blob:',
  'media-src data: blob:',
  // Vite's inline worker is a blob: URL (a data: URL where blobs are refused).
  'worker-src blob: data:',
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The CSP hash source of an inline element's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The single page's policy: its inline scripts and styles allowed by hash, nothing else inline. */
export function singlePolicyFor(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashSource(m[1] ?? ''));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashSource(m[1] ?? ''));
  if (scripts.length === 0) throw new Error('the single page has no inline script');
  return [...SINGLE_CSP_DIRECTIVES, ['script-src', ...scripts].join(' '), ['style-src', ...styles].join(' ')].join(
    '; ',
  );
}

/** Text safe inside `<script>` or `<style>`: `</script` and `</style` cannot close the element early. */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** Source rewrites, each checked: if the code they rewrite changes, the build fails instead of shipping a broken page. */
const REWRITES: readonly { file: RegExp; from: string; to: string; prepend?: string }[] = [
  {
    // The futures worker: a module of its own in the served build, inlined here.
    file: /src[\\/]futures[\\/]client\.ts$/,
    from: "new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })",
    to: 'new HollowPactFuturesWorker()',
    prepend: "import HollowPactFuturesWorker from './worker.ts?worker&inline';\n",
  },
  {
    file: /src[\\/]futures[\\/]worker\.ts$/,
    from: '',
    to: '',
    prepend: `import '${JITLESS_ID}';\n`,
  },
  {
    file: /src[\\/]main\.ts$/,
    from: '',
    to: '',
    prepend: `import '${JITLESS_ID}';\n`,
  },
  {
    // The sounds: data: URLs instead of files of their own, MP3 only (every browser plays it; a
    // data: URL's type is all Howler has to pick a format by, and WebM's says video/webm).
    file: /src[\\/]audio[\\/]soundFiles\.ts$/,
    from: "query: '?url&no-inline'",
    to: "query: '?url&inline'",
  },
  {
    file: /src[\\/]audio[\\/]soundFiles\.ts$/,
    from: "'../../assets/sound/*.{webm,mp3}'",
    to: "'../../assets/sound/*.mp3'",
  },
  {
    // The map: a data: URL (Phaser's loader decodes it without a request).
    file: /src[\\/]scenes[\\/]boot\.ts$/,
    from: "query: '?url'",
    to: "query: '?url&inline'",
  },
];

export function singleFile(): Plugin {
  return {
    name: 'hollow-pact:single-file',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === JITLESS_ID ? id : null;
    },
    load(id) {
      return id === JITLESS_ID ? JITLESS_SOURCE : null;
    },
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      let out = code;
      let touched = false;
      for (const rewrite of REWRITES) {
        if (!rewrite.file.test(path)) continue;
        if (rewrite.from !== '') {
          if (!out.includes(rewrite.from)) throw new Error(`single-file build: ${path} no longer has ${rewrite.from}`);
          out = out.split(rewrite.from).join(rewrite.to);
        }
        if (rewrite.prepend !== undefined) out = rewrite.prepend + out;
        touched = true;
      }
      return touched ? { code: out, map: null } : null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return html.replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${FAVICON}">`);
      },
    },
    generateBundle: {
      // After Vite's own HTML plugin has written the page.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page === undefined || page.type !== 'asset') throw new Error('single-file build: no index.html');
        let html = String(page.source);
        const inlined = new Set<string>(['index.html']);
        const fileOf = (href: string) => href.replace(/^\.\//, '');
        html = html.replace(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_tag, src: string) => {
          const chunk = bundle[fileOf(src)];
          if (chunk === undefined || chunk.type !== 'chunk') throw new Error(`single-file build: no chunk ${src}`);
          inlined.add(chunk.fileName);
          return `<script type="module">${inlineSafe(chunk.code, 'script')}</script>`;
        });
        html = html.replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (_tag, href: string) => {
          const asset = bundle[fileOf(href)];
          if (asset === undefined || asset.type !== 'asset')
            throw new Error(`single-file build: no stylesheet ${href}`);
          inlined.add(asset.fileName);
          return `<style>${inlineSafe(String(asset.source), 'style')}</style>`;
        });
        html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
        const left = Object.keys(bundle).filter((name) => !inlined.has(name) && !name.endsWith('.map'));
        if (left.length > 0) throw new Error(`single-file build: files left beside the page: ${left.join(', ')}`);
        for (const name of Object.keys(bundle)) delete bundle[name];
        const policy = `<meta http-equiv="Content-Security-Policy" content="${singlePolicyFor(html)}">`;
        html = html.replace(/<head>/, `<head>\n    ${policy}`);
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE, source: html });
      },
    },
  };
}
