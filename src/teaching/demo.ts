/**
 * The source-criticism worksheet's own page (`teaching.html`), linking to the
 * glossary page for the entries its prompts name. Also the page of the
 * worksheet's browser test.
 */
import { mountWorksheet } from './render';

const main = document.getElementById('teaching-main');
if (main === null) throw new Error('teaching.html has no #teaching-main');
mountWorksheet(main, { glossaryPage: 'glossary.html' });
main.dataset.ready = 'true';
