/**
 * Rule variants on screen (issue 14 §4): the switches a class can flip on the
 * new-game screen — a checkbox per variant with its title, what it changes
 * (read out with the checkbox) and, behind "Why", what history did instead and
 * its sources — and the line that names the variants of a game in play, at its
 * end and beside its files. Loaded lazily by app.ts when a screen needs it.
 * Text from the variant files is set as text, never parsed as markup.
 */
import './variants.css';
import { VARIANTS, variantTitles } from '../engine';
import { el } from './dom';

/** The form field's name: `FormData.getAll(VARIANT_FIELD)` gives the chosen ids. */
export const VARIANT_FIELD = 'variant';

/** The fieldset of rule variants for the new-game form; none checked plays history's rules. */
export function variantsFieldset(): HTMLFieldSetElement {
  const fieldset = el(
    'fieldset',
    { className: 'variants', attrs: { id: 'variants', 'aria-describedby': 'variants-hint' } },
    [
      el('legend', { text: 'Rule variants: what if the rules were different?' }),
      el('p', {
        className: 'variants-hint',
        attrs: { id: 'variants-hint' },
        text: "None checked: history's rules. Each switch changes the rules from the scenario's first month.",
      }),
    ],
  );
  for (const variant of VARIANTS) {
    const id = `variant-${variant.id}`;
    fieldset.append(
      el('div', { className: 'variant-choice' }, [
        el('input', {
          attrs: { type: 'checkbox', name: VARIANT_FIELD, value: variant.id, id, 'aria-describedby': `${id}-changes` },
        }),
        el('div', {}, [
          el('label', { attrs: { for: id } }, [el('strong', { text: variant.title })]),
          el('span', { className: 'variant-changes', attrs: { id: `${id}-changes` }, text: variant.changes }),
          el('details', { className: 'variant-why' }, [
            el('summary', { text: 'Why it is interesting' }),
            el('p', { text: variant.why }),
            el('p', { className: 'variant-sources', text: `Sources: ${variant.sources.join('; ')}.` }),
            el('p', { className: 'variant-sources', text: `The model's part: ${variant.assumption}` }),
          ]),
        ]),
      ]),
    );
  }
  return fieldset;
}

/** The variants' titles, or history's rules. */
export function variantsText(ids: readonly string[] | undefined): string {
  if (ids === undefined || ids.length === 0) return "History's rules";
  return `Rule variants: ${variantTitles(ids).join('; ')}`;
}

/** A line naming a game's rule variants (for the game's bar, its ending and its files). */
export function variantsLine(ids: readonly string[] | undefined, id: string): HTMLElement {
  return el('p', { className: 'variants-line', attrs: { id }, text: variantsText(ids) });
}
