/**
 * The one place a log entry becomes words on screen: the engine renders its
 * sentence and its reasons from the entry's data (`renderEntry`), and every
 * decision or roll behind it opens onto its factors in the why drawer (the
 * bias, each term with its source, the total, the odds and the dice).
 */
import { type LogEntry, type LogReason, renderEntry as renderLogEntry, renderSentence } from '../engine';
import { mountFactors, saidOf } from '../why';
import { el } from './dom';
import { linkCitationsIn } from './glossaryLinks';

/**
 * One reason behind an entry: its sentence, and for a decision or a roll, the factors drawer. The drawer
 * says the question, the odds and every factor, so the sentence stands alone above it, without the
 * one-line sum the command line's log prints ("starting lean +10; … → chance 8%, rolled 26: no").
 */
function reasonItem(reason: LogReason, line: string, month: LogEntry['month']): HTMLElement {
  const { explanation } = reason;
  const text =
    explanation === undefined
      ? line
      : reason.key === null
        ? // What was decided ("Poland said no", "Czechoslovakia resists? No"), not the rule's bare question, which
          // reads as a fact ("Belgium stands with France." over a Belgium that did not).
          `${saidOf(explanation)}.`
        : renderSentence(reason.key, reason.params, month);
  const item = el('li', { className: 'reason' }, [el('p', { className: 'reason-text', text })]);
  if (explanation !== undefined) {
    mountFactors(item, explanation);
    // The drawer's citations linked to what they name, as the dispatches' sources are: the words stay the same.
    linkCitationsIn(item, '.why-cite');
  }
  return item;
}

/** An entry as an element: its sentence, and the reasons behind it (each decision's factors), if any. */
export function renderEntry(entry: LogEntry, extra: (Node | string)[] = []): HTMLElement {
  const rendered = renderLogEntry(entry);
  const reasons = entry.reasons ?? [];
  return el('li', { className: `entry entry-${entry.kind}`, attrs: { 'data-kind': entry.kind, 'data-id': entry.id } }, [
    el('p', { className: 'entry-text', text: rendered.text }),
    ...extra,
    reasons.length === 0
      ? null
      : el('details', { className: 'factors' }, [
          el('summary', { text: 'Why' }),
          el(
            'ul',
            {},
            reasons.map((reason, i) => reasonItem(reason, rendered.factors[i] ?? '', entry.month)),
          ),
        ]),
  ]);
}
