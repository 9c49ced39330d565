/**
 * The glossary's own page (`glossary.html`): every entry, opened at the one
 * the address names (`glossary.html#glossary-covenant-art-16`). The game
 * links citations here; this page is also for the glossary's browser test.
 */
import { mountGlossary } from './render';

const main = document.getElementById('glossary-main');
if (main === null) throw new Error('glossary.html has no #glossary-main');

const wanted = decodeURIComponent(location.hash.slice(1));
const glossary = mountGlossary(main, wanted === '' ? {} : { focus: wanted });
main.dataset.ready = 'true';

window.addEventListener('hashchange', () => {
  const target = decodeURIComponent(location.hash.slice(1));
  if (target !== '') glossary.focus(target);
});
