/**
 * The Credits (issue 12 §5): the licence of the map data and its border
 * patches' sources, the fonts, the sounds, the libraries the game ships and
 * the history sources, read from `credits.json` (checked against its schema
 * here, and against the packages, patches and sounds by credits.test.ts) and
 * shown as text in a dialog over the title screen or the game. Loaded only
 * when opened (its own chunk).
 */
import { openPaperDialog } from '../ui/paperDialog';
import './credits.css';
import { z } from 'zod';
import { el } from '../ui/dom';
import creditsJson from './credits.json';

const item = z.strictObject({ name: z.string().min(1), licence: z.string().min(1), note: z.string().min(1) });
const section = <T extends z.ZodRawShape>(extra: T) =>
  z.strictObject({ title: z.string().min(1), items: z.array(item).min(1), ...extra });

export const creditsSchema = z.strictObject({
  $comment: z.string(),
  version: z.literal(1),
  map: section({ patches: z.array(z.strictObject({ id: z.string().min(1), source: z.string().min(1) })).min(1) }),
  fonts: section({}),
  sounds: section({ files: z.array(z.string().min(1)).min(1) }),
  libraries: z.strictObject({
    title: z.string().min(1),
    items: z
      .array(
        z.strictObject({
          package: z.string().min(1),
          version: z.string().min(1),
          licence: z.string().min(1),
          use: z.string().min(1),
        }),
      )
      .min(1),
  }),
  history: z.strictObject({ title: z.string().min(1), note: z.string().min(1), items: z.array(z.string().min(1)) }),
  game: section({}),
});
export type Credits = z.infer<typeof creditsSchema>;

/** The credits, checked: a broken file fails loudly, naming the field. */
export const CREDITS: Credits = creditsSchema.parse(creditsJson);

function itemList(items: Credits['fonts']['items']): HTMLElement {
  return el(
    'ul',
    {},
    items.map((i) => el('li', {}, [el('strong', { text: i.name }), ` — licence: ${i.licence}. ${i.note}`])),
  );
}

function part(id: string, title: string, children: (HTMLElement | null)[]): HTMLElement {
  return el('section', { attrs: { 'aria-labelledby': `credits-${id}` } }, [
    el('h3', { text: title, attrs: { id: `credits-${id}` } }),
    ...children,
  ]);
}

/** The credits as elements (text only). */
export function creditsView(credits: Credits = CREDITS): HTMLElement {
  return el('div', { className: 'credits-body' }, [
    part('map', credits.map.title, [
      itemList(credits.map.items),
      el('details', {}, [
        el('summary', { text: `The border patches and the treaties that drew them (${credits.map.patches.length})` }),
        el(
          'ul',
          { attrs: { id: 'credits-patches' } },
          credits.map.patches.map((p) => el('li', {}, [el('strong', { text: `${p.id}: ` }), p.source])),
        ),
      ]),
    ]),
    part('fonts', credits.fonts.title, [itemList(credits.fonts.items)]),
    part('sounds', credits.sounds.title, [
      itemList(credits.sounds.items),
      el('p', { text: `Files: ${credits.sounds.files.join(', ')} (WebM/Opus and MP3).` }),
    ]),
    part('libraries', credits.libraries.title, [
      el(
        'ul',
        { attrs: { id: 'credits-libraries' } },
        credits.libraries.items.map((l) =>
          el('li', { attrs: { 'data-package': l.package } }, [
            el('strong', { text: `${l.package} ${l.version}` }),
            ` — licence: ${l.licence}; ${l.use}.`,
          ]),
        ),
      ),
    ]),
    part('history', credits.history.title, [
      el('p', { text: credits.history.note }),
      el(
        'ul',
        {},
        credits.history.items.map((h) => el('li', { text: h })),
      ),
    ]),
    part('game', credits.game.title, [itemList(credits.game.items)]),
  ]);
}

/** Open the credits in a modal dialog; Escape or Close shuts it and the focus returns to `returnTo`. */
export function openCredits(returnTo: HTMLElement | null): HTMLDialogElement {
  document.getElementById('credits-dialog')?.remove();
  return openPaperDialog({
    id: 'credits-dialog',
    barClass: 'credits-bar',
    title: 'Credits',
    titleId: 'credits-title',
    closeId: 'credits-close',
    closeText: 'Close',
    focusTitle: true,
    body: [creditsView()],
    returnTo,
  });
}
